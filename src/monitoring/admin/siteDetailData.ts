import type { Payload } from 'payload'
import { readsWholeCluster, siteIdsWithRole } from '../../access/roles'
import { addCalendarDays, chinaDay, startOfChinaDay } from '../../calendar/chinaTime'
import type { FooterProblem } from '../footer'
import type { ColumnFinding, ColumnFreshness } from '../freshness'
import type { InteractionFinding } from '../interaction'
import type { Deduction, VetoPrediction } from '../scoring'
import type { BrokenLink, PageRef } from '../siteProbe'
import type { SafetyFinding } from '../contentSafety'
import { HealthWarning } from '../../states'

/**
 * 网站详情 (drill-down) of the 监测中心: one site's latest report taken apart into things to fix, with links
 * into the admin, and its availability over time. The general office sees every site; a site admin their own.
 */
export function canViewSiteHealth(user: unknown, siteId: string): boolean {
  if (readsWholeCluster(user)) return true
  return siteIdsWithRole(user, 'site-admin').map(String).includes(siteId)
}

/** `problem` is the Chinese label (as in the bulletin), `problemEn` the English for an English admin; `kind` the finding. */
export type FailingColumn = { id: string; title: string; kind: keyof ColumnFreshness; problem: string; problemEn: string; daysSince: number | null; lineDay: string | null; excused: boolean }
export type AvailabilityDay = { day: string; probes: number | null; failed: number | null; failedPercent7d: number | null; score: number | null }

export type SiteDetail = {
  site: { id: string; name: string; siteCode: string }
  report: { id: string; day: string; runAt: string; score: number; vetoCount: number } | null
  vetoes: VetoPrediction[]
  deductions: Deduction[]
  columns: FailingColumn[]
  brokenLinks: BrokenLink[]
  externalLinks: { url: string; verdict: string; pages: PageRef[] }[]
  contentSafety: (SafetyFinding & { page: PageRef })[]
  footer: FooterProblem[]
  interaction: InteractionFinding | null
  availability: AvailabilityDay[]
  warnings: { id: string; level: string; message: string; lastSeenAt: string | null; source: string }[]
}

const problemLabel: Record<keyof ColumnFreshness, { zh: string; en: string }> = {
  staleNewsNotice: { zh: '未按时更新', en: 'Not updated on time' },
  longStale: { zh: '长期未更新', en: 'Not updated for a long time' },
  empty: { zh: '空白栏目', en: 'Empty column' },
  excusedEmpty: { zh: '空白（已说明原因）', en: 'Empty (reason given)' },
}

type Problems = { columns?: ColumnFreshness; brokenLinks?: BrokenLink[]; externalLinks?: SiteDetail['externalLinks']; footer?: FooterProblem[]; contentSafety?: SiteDetail['contentSafety']; interaction?: InteractionFinding }

/** null when the site does not exist. `days` is the chart's window (China days, today included). */
export async function siteDetailData(payload: Payload, siteId: string, options: { days?: number; now?: Date } = {}): Promise<SiteDetail | null> {
  const now = options.now ?? new Date()
  const days = options.days ?? 30
  const common = { depth: 0, overrideAccess: true }
  const site = await payload.findByID({ collection: 'sites', id: siteId, select: { name: true, siteCode: true }, disableErrors: true, ...common })
  if (!site) return null
  const firstDay = addCalendarDays(chinaDay(now), -(days - 1))
  const reports = (
    await payload.find({
      collection: 'site-health-reports',
      where: { and: [{ site: { equals: siteId } }, { day: { greater_than_equal: firstDay } }] },
      sort: 'day',
      pagination: false,
      select: { day: true, score: true, figures: true },
      ...common,
    })
  ).docs
  const latest = (await payload.find({ collection: 'site-health-reports', where: { site: { equals: siteId } }, sort: '-runAt', limit: 1, ...common })).docs[0]
  const checks = (
    await payload.find({
      collection: 'availability-checks',
      where: { and: [{ site: { equals: siteId } }, { checkedAt: { greater_than_equal: startOfChinaDay(firstDay).toISOString() } }] },
      pagination: false,
      select: { checkedAt: true, ok: true },
      ...common,
    })
  ).docs
  const probesByDay = new Map<string, { probes: number; failed: number }>()
  for (const c of checks) {
    const d = probesByDay.get(chinaDay(c.checkedAt)) ?? { probes: 0, failed: 0 }
    d.probes++
    if (!c.ok) d.failed++
    probesByDay.set(chinaDay(c.checkedAt), d)
  }
  const reportByDay = new Map(reports.map((r) => [r.day, r]))
  const availability: AvailabilityDay[] = []
  for (let i = 0; i < days; i++) {
    const day = addCalendarDays(firstDay, i)
    const probes = probesByDay.get(day)
    const report = reportByDay.get(day)
    const figure = (report?.figures as { availability?: { failedPercent?: number } } | undefined)?.availability
    availability.push({ day, probes: probes?.probes ?? null, failed: probes?.failed ?? null, failedPercent7d: figure?.failedPercent ?? null, score: report?.score ?? null })
  }

  const problems = (latest?.problems ?? {}) as Problems
  const columns: FailingColumn[] = []
  for (const key of ['staleNewsNotice', 'longStale', 'empty', 'excusedEmpty'] as const) {
    for (const f of (problems.columns?.[key] ?? []) as ColumnFinding[]) {
      columns.push({ id: f.column.id, title: f.column.title, kind: key, problem: problemLabel[key].zh, problemEn: problemLabel[key].en, daysSince: f.daysSince, lineDay: f.lineDay, excused: key === 'excusedEmpty' })
    }
  }
  const warnings = (
    await payload.find({
      collection: 'health-warnings',
      where: { and: [{ site: { equals: siteId } }, { status: { equals: HealthWarning.unresolved } }] },
      sort: '-lastSeenAt',
      limit: 50,
      select: { level: true, message: true, lastSeenAt: true, source: true },
      ...common,
    })
  ).docs
  return {
    site: { id: String(site.id), name: site.name, siteCode: site.siteCode },
    report: latest ? { id: String(latest.id), day: latest.day, runAt: latest.runAt, score: latest.score, vetoCount: latest.vetoCount } : null,
    vetoes: (latest?.vetoes ?? []) as VetoPrediction[],
    deductions: (latest?.deductions ?? []) as Deduction[],
    columns,
    brokenLinks: problems.brokenLinks ?? [],
    externalLinks: problems.externalLinks ?? [],
    contentSafety: problems.contentSafety ?? [],
    footer: problems.footer ?? [],
    interaction: problems.interaction ?? null,
    availability,
    warnings: warnings.map((w) => ({ id: String(w.id), level: w.level, message: w.message, lastSeenAt: w.lastSeenAt ?? null, source: w.source })),
  }
}
