import type { Payload, Where } from 'payload'
import { BilingualError } from '../i18n/bilingual'
import { complianceText } from '../i18n/text/compliance'
import { idOf } from '../ids'
import { addCalendarDays, isCalendarDay, startOfChinaDay } from '../calendar/chinaTime'
import { describePeriod } from './lateness'
import { csvDocument } from '../exports/csv'
import { Repost } from '../states'

/** 转载情况专项检查: per target site and period, what was due, what was reposted on time or late, what is outstanding. */
export type SiteCompliance = {
  site: { id: string; name: string; siteCode: string; level: string }
  due: number
  publishedOnTime: number
  publishedLate: number
  /** Minutes late of the worst and of all late reposts. */
  maxLateMinutes: number
  totalLateMinutes: number
  rejected: number
  pending: number
  overduePending: number
  /** Reposts the original's withdrawal took down before the target published them: no longer owed. */
  cancelled: number
  missedDeadline: boolean
  late: { repost: string; title: string; dueAt: string; publishedAt: string; lateMinutes: number }[]
}

export type ComplianceReport = {
  /** Instants; `to` is exclusive (the day after the last day asked for, at midnight China time). */
  period: { from: string | null; to: string | null }
  /** The one target site asked for, if any. */
  site: { id: string; name: string } | null
  generatedAt: string
  totals: Omit<SiteCompliance, 'site' | 'late' | 'missedDeadline'>
  sites: SiteCompliance[]
  missedSites: { id: string; name: string; publishedLate: number; overduePending: number; maxLateMinutes: number }[]
}

export type ComplianceFilter = { site?: string | null; from?: string | null; to?: string | null; now?: Date }

const noSuchSite = { zh: '所选网站不存在。', en: 'The chosen site does not exist.' }

export const parseDay = (value: string | null | undefined, endOfDay = false): string | null => {
  if (!value) return null
  // A bare date is a day in China Standard Time; `to` includes the whole day.
  if (isCalendarDay(value)) return (endOfDay ? startOfChinaDay(addCalendarDays(value, 1)) : startOfChinaDay(value)).toISOString()
  const time = Date.parse(value)
  if (!Number.isFinite(time)) throw new BilingualError({ zh: `无法识别的日期：${value}`, en: `Not a date: ${value}` })
  return new Date(time).toISOString()
}

export async function complianceReport(payload: Payload, filter: ComplianceFilter = {}): Promise<ComplianceReport> {
  const now = filter.now ?? new Date()
  const from = parseDay(filter.from)
  const to = parseDay(filter.to, true)
  if (from && to && from >= to) throw new BilingualError(complianceText.fromAfterTo)
  if (filter.site && !/^\d+$|^[a-f0-9]{24}$/.test(filter.site)) throw new BilingualError(noSuchSite)
  const clauses: Where[] = []
  if (from) clauses.push({ dueAt: { greater_than_equal: from } })
  if (to) clauses.push({ dueAt: { less_than: to } })
  if (filter.site) clauses.push({ targetSite: { equals: filter.site } })
  const { docs } = await payload.find({
    collection: 'reposts',
    where: clauses.length ? { and: clauses } : {},
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { title: true, targetSite: true, status: true, dueAt: true, publishedAt: true, withdrawnBy: true },
  })
  const siteIds = [...new Set(docs.map((d) => idOf(d.targetSite)!))]
  const sites = siteIds.length
    ? (await payload.find({ collection: 'sites', where: { id: { in: siteIds } }, pagination: false, depth: 0, overrideAccess: true, select: { name: true, siteCode: true, level: true } })).docs
    : []
  const siteById = new Map(sites.map((s) => [String(s.id), s]))
  const rows = new Map<string, SiteCompliance>()
  const empty = () => ({ due: 0, publishedOnTime: 0, publishedLate: 0, maxLateMinutes: 0, totalLateMinutes: 0, rejected: 0, pending: 0, overduePending: 0, cancelled: 0 })
  for (const doc of docs) {
    const siteId = idOf(doc.targetSite)!
    let row = rows.get(siteId)
    if (!row) {
      const site = siteById.get(siteId)
      row = { site: { id: siteId, name: site?.name ?? siteId, siteCode: site?.siteCode ?? '', level: site?.level ?? '' }, ...empty(), missedDeadline: false, late: [] }
      rows.set(siteId, row)
    }
    const dueAt = doc.dueAt ? Date.parse(doc.dueAt) : Number.NaN
    if (doc.publishedAt) {
      // Published, and possibly withdrawn since: the repost happened, so it counts by when it happened.
      row.due++
      const lateMinutes = Math.max(0, Math.ceil((Date.parse(doc.publishedAt) - dueAt) / 60_000))
      if (lateMinutes > 0) {
        row.publishedLate++
        row.totalLateMinutes += lateMinutes
        row.maxLateMinutes = Math.max(row.maxLateMinutes, lateMinutes)
        row.late.push({ repost: String(doc.id), title: doc.title, dueAt: doc.dueAt, publishedAt: doc.publishedAt, lateMinutes })
      } else row.publishedOnTime++
    } else if (doc.status === Repost.declined) {
      row.due++
      row.rejected++
    } else if (doc.status === Repost.submitted) {
      row.due++
      row.pending++
      if (dueAt < now.getTime()) row.overduePending++
    } else {
      row.cancelled++
    }
  }
  const list = [...rows.values()].map((row) => ({ ...row, missedDeadline: row.publishedLate > 0 || row.overduePending > 0 }))
  list.sort((a, b) => Number(b.missedDeadline) - Number(a.missedDeadline) || a.site.siteCode.localeCompare(b.site.siteCode))
  const totals = empty()
  for (const row of list) {
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) {
      totals[key] = key === 'maxLateMinutes' ? Math.max(totals[key], row[key]) : totals[key] + row[key]
    }
  }
  const asked = filter.site
    ? (siteById.get(String(filter.site)) ??
      (await payload.findByID({ collection: 'sites', id: filter.site, depth: 0, overrideAccess: true, disableErrors: true, select: { name: true } })))
    : null
  if (filter.site && !asked) throw new BilingualError(noSuchSite)
  return {
    period: { from, to },
    site: asked ? { id: String(asked.id), name: asked.name } : null,
    generatedAt: now.toISOString(),
    totals,
    sites: list,
    missedSites: list
      .filter((r) => r.missedDeadline)
      .map((r) => ({ id: r.site.id, name: r.site.name, publishedLate: r.publishedLate, overduePending: r.overduePending, maxLateMinutes: r.maxLateMinutes })),
  }
}

const hours = (minutes: number) => (minutes ? (minutes / 60).toFixed(1) : '0')

/** The report as CSV, UTF-8 with a byte-order mark so that Excel opens the Chinese correctly. */
export function complianceCsv(report: ComplianceReport): string {
  const header = ['网站名称', '网站标识码', '应转载', '按时转载', '超时转载', '最长超时（小时）', '累计超时（小时）', '不予转载', '待审核', '其中已逾期', '原文撤回（不计入）', '是否逾期']
  const lines = report.sites.map((r) =>
    [r.site.name, r.site.siteCode, r.due, r.publishedOnTime, r.publishedLate, hours(r.maxLateMinutes), hours(r.totalLateMinutes), r.rejected, r.pending, r.overduePending, r.cancelled, r.missedDeadline ? '是' : '否'],
  )
  const t = report.totals
  lines.push(['合计', '', t.due, t.publishedOnTime, t.publishedLate, hours(t.maxLateMinutes), hours(t.totalLateMinutes), t.rejected, t.pending, t.overduePending, t.cancelled, report.missedSites.length ? `${report.missedSites.length} 个网站逾期` : ''])
  const scope = `转载情况统计　统计期间（按转载时限）：${describePeriod(report.period)}　统计范围：${report.site?.name ?? '全部网站'}`
  return csvDocument([[scope], header, ...lines])
}
