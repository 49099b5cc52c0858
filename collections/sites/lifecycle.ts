import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { getPlatformSettings } from '../../src/settings/platformSettings'

export const siteStatuses = [
  { value: 'applying', label: { zh: '申请中', en: 'Applying' } },
  { value: 'live', label: { zh: '运行中', en: 'Live' } },
  { value: 'temporarily-offline', label: { zh: '临时下线', en: 'Temporarily offline' } },
  { value: 'migrating', label: { zh: '迁移中', en: 'Migrating' } },
  { value: 'closing', label: { zh: '关停公告中', en: 'Closing (notice running)' } },
  { value: 'closed', label: { zh: '已关停', en: 'Closed' } },
] as const

export type SiteStatus = (typeof siteStatuses)[number]['value']

const dayMs = 24 * 60 * 60 * 1000

type ClosureNotice = { announcedAt?: string | null; closesAt?: string | null; successorSite?: unknown; text?: string | null }

/**
 * The closure rules (开设→变更→关停): a site closes only after a notice has run for the configured
 * number of days, naming the successor site; only then may it be marked closed.
 */
export const enforceSiteLifecycle: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  const next = (data.status ?? originalDoc?.status) as SiteStatus
  const previous = (operation === 'update' ? originalDoc?.status : undefined) as SiteStatus | undefined
  const notice: ClosureNotice = { ...(originalDoc?.closureNotice ?? {}), ...(data.closureNotice ?? {}) }
  const errors: { path: string; message: string }[] = []

  if (next === 'closing' || next === 'closed') {
    const { closureNoticeDays } = await getPlatformSettings(req.payload)
    if (!notice.successorSite) errors.push({ path: 'closureNotice.successorSite', message: '关停网站须指定承接网站（新网站）。' })
    if (!notice.closesAt) errors.push({ path: 'closureNotice.closesAt', message: '请填写关停日期。' })
    if (next === 'closing' && previous !== 'closing') notice.announcedAt ??= new Date().toISOString()
    if (notice.announcedAt && notice.closesAt) {
      const days = (Date.parse(notice.closesAt) - Date.parse(notice.announcedAt)) / dayMs
      if (days < closureNoticeDays) {
        errors.push({
          path: 'closureNotice.closesAt',
          message: `关停公告期不足：公告日至关停日须不少于 ${closureNoticeDays} 天，当前为 ${Math.floor(days)} 天。`,
        })
      }
    }
    if (notice.successorSite && String(typeof notice.successorSite === 'object' ? (notice.successorSite as { id: unknown }).id : notice.successorSite) === String(originalDoc?.id)) {
      errors.push({ path: 'closureNotice.successorSite', message: '承接网站不能是本网站。' })
    }
  }
  if (next === 'closed' && previous !== 'closed') {
    if (previous !== 'closing') errors.push({ path: 'status', message: '网站须先发布关停公告（状态“关停公告中”），公告期满后才能关停。' })
    else if (notice.closesAt && Date.parse(notice.closesAt) > Date.now()) {
      errors.push({ path: 'status', message: `关停公告期尚未届满，${notice.closesAt.slice(0, 10)} 之后才能关停。` })
    }
  }
  if (errors.length) throw new ValidationError({ collection: 'sites', errors })
  if (next === 'closing' || next === 'closed') data.closureNotice = notice
  return data
}
