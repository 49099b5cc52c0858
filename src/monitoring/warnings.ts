import type { Payload } from 'payload'
import type { Site } from '../../payload-types'
import { hasSiteRole, type SiteRole } from '../access/roles'
import type { HealthWarning } from './scoring'
import { HealthWarning as WarningState } from '../states'

/**
 * Keeps a site's open warnings in step with the latest run: new ones are opened (and mailed), ones still
 * found are touched, ones no longer found are resolved. A warning is mailed once, when it opens.
 */
export async function syncSiteWarnings(payload: Payload, site: Pick<Site, 'id'>, warnings: HealthWarning[], now: Date): Promise<{ opened: HealthWarning[]; resolved: number }> {
  const open = (
    await payload.find({
      collection: 'health-warnings',
      where: { and: [{ site: { equals: site.id } }, { status: { equals: WarningState.unresolved } }, { source: { equals: 'daily' } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs
  const byCode = new Map(open.map((w) => [w.code, w]))
  const opened: HealthWarning[] = []
  const at = now.toISOString()
  for (const warning of warnings) {
    const existing = byCode.get(warning.code)
    if (existing) {
      byCode.delete(warning.code)
      await payload.update({ collection: 'health-warnings', id: existing.id, data: { message: warning.message, level: warning.level, lastSeenAt: at }, overrideAccess: true, depth: 0 })
    } else {
      await payload.create({
        collection: 'health-warnings',
        data: { site: site.id, code: warning.code, level: warning.level, message: warning.message, status: WarningState.unresolved, source: 'daily', firstSeenAt: at, lastSeenAt: at },
        overrideAccess: true,
        depth: 0,
      })
      opened.push(warning)
    }
  }
  for (const stale of byCode.values()) {
    await payload.update({ collection: 'health-warnings', id: stale.id, data: { status: WarningState.resolved, resolvedAt: at }, overrideAccess: true, depth: 0 })
  }
  return { opened, resolved: byCode.size }
}

/** The e-mail addresses of the site's holders of `roles` (site admins by default). */
export async function siteStaffEmails(payload: Payload, siteId: number | string, roles: SiteRole[] = ['site-admin']): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { 'siteMemberships.site': { equals: siteId } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.filter((u) => hasSiteRole(u, siteId, ...roles)).map((u) => u.email)
}

/** One mail per site per run, listing what opened; nothing when nothing opened or nobody administers the site. */
export async function mailOpenedWarnings(payload: Payload, site: Pick<Site, 'id' | 'name'>, opened: HealthWarning[]): Promise<string[]> {
  if (!opened.length) return []
  const to = await siteStaffEmails(payload, site.id)
  if (!to.length) return []
  const vetoes = opened.filter((w) => w.level === 'veto').length
  const lines = opened.map((w, i) => `${i + 1}. ${w.level === 'veto' ? '【预计单项否决】' : '【预警】'}${w.message}`)
  await payload.sendEmail({
    to,
    subject: `【网站监测】${site.name}：${vetoes ? `${vetoes} 项预计单项否决，` : ''}${opened.length} 条新预警`,
    text: [`${site.name} 的网站管理员：`, '', '今日网站监测发现以下新问题，请尽快整改：', '', ...lines, '', '登录管理后台 → 网站监测 → 监测预警 查看详情。', '', '站群管理平台（本邮件由系统自动发送）'].join('\n'),
  })
  return to
}
