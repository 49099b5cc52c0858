import type { Payload } from 'payload'
import { chinaDay, chinaMonthPeriod } from '../calendar/chinaTime'
import { idOf } from '../ids'
import type { ColumnFreshness } from './freshness'
import type { VetoPrediction } from './scoring'
import { SiteLifecycle } from '../states'

/**
 * 月度通报: the general office's monthly bulletin of every live site's health, on China-time months.
 * A site is judged on its last report of the month (as a spot check would find it) and described by
 * the month's run: days monitored, days with a predicted veto, the average and lowest score.
 */

/** 19号: any single veto fails the site; so does a deduction score below 60. */
export const passScore = 60

export type BulletinVerdict = 'veto' | 'fail' | 'pass' | 'unmonitored'
export const verdictLabels: Record<BulletinVerdict, string> = { veto: '不合格（单项否决）', fail: '不合格（低于60分）', pass: '合格', unmonitored: '本月未监测' }
/** The verdicts for an English admin's view; the bulletin itself (export) stays Chinese. */
export const verdictLabelsEn: Record<BulletinVerdict, string> = { veto: 'Failed (veto)', fail: 'Failed (below 60)', pass: 'Passed', unmonitored: 'Not monitored this month' }

export type BulletinSite = {
  siteId: string
  name: string
  siteCode: string
  verdict: BulletinVerdict
  reportDays: number
  lastDay: string | null
  lastScore: number | null
  averageScore: number | null
  lowestScore: number | null
  vetoDays: number
  /** Vetoes predicted by the month's last report. */
  vetoes: { item: VetoPrediction['item']; label: string; figure: string; line: string }[]
  /** Failing columns in the month's last report. */
  columns: { title: string; problem: string; daysSince: number | null }[]
  brokenLinks: number
  unreachablePercent: number | null
  warningsOpened: number
}

export type Bulletin = {
  month: string
  title: string
  period: { firstDay: string; lastDay: string }
  summary: { sites: number; monitored: number; vetoed: number; failed: number; passed: number; averageScore: number | null }
  sites: BulletinSite[]
}

/** `YYYY-MM`, or null when it is not a month. */
export function parseMonth(value: unknown): { year: number; month: number } | null {
  const match = typeof value === 'string' ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value) : null
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null
}

/** The month before the China month of `now`: the usual subject of a bulletin. */
export function previousChinaMonth(now = new Date()): string {
  const [y, m] = chinaDay(now).split('-').map(Number) as [number, number]
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

const round1 = (n: number) => Math.round(n * 10) / 10

type FigureJson = { availability?: { failedPercent?: number }; links?: { brokenInner?: number; brokenAttachments?: number; brokenExternal?: number } }

export async function monthlyBulletin(payload: Payload, month: string): Promise<Bulletin> {
  const parsed = parseMonth(month)
  if (!parsed) throw new Error(`月份格式应为 YYYY-MM：${month}`)
  const period = chinaMonthPeriod(parsed.year, parsed.month)
  const firstDay = chinaDay(period.from)
  const lastDay = chinaDay(period.to.getTime() - 1)
  const common = { pagination: false as const, depth: 0, overrideAccess: true }
  const sites = (await payload.find({ collection: 'sites', where: { status: { equals: SiteLifecycle.live } }, sort: 'siteCode', select: { name: true, siteCode: true }, ...common })).docs
  const reports = (
    await payload.find({
      collection: 'site-health-reports',
      where: { and: [{ day: { greater_than_equal: firstDay } }, { day: { less_than_equal: lastDay } }] },
      sort: 'day',
      select: { site: true, day: true, score: true, vetoCount: true },
      ...common,
    })
  ).docs
  const bySite = new Map<string, typeof reports>()
  for (const r of reports) bySite.set(idOf(r.site)!, [...(bySite.get(idOf(r.site)!) ?? []), r])
  const lastIds = [...bySite.values()].map((list) => list[list.length - 1]!.id)
  const lastReports = lastIds.length
    ? (await payload.find({ collection: 'site-health-reports', where: { id: { in: lastIds } }, select: { site: true, vetoes: true, problems: true, figures: true }, ...common })).docs
    : []
  const lastBySite = new Map(lastReports.map((r) => [idOf(r.site)!, r]))
  const warnings = (
    await payload.find({
      collection: 'health-warnings',
      where: { and: [{ firstSeenAt: { greater_than_equal: period.from.toISOString() } }, { firstSeenAt: { less_than: period.to.toISOString() } }] },
      select: { site: true },
      ...common,
    })
  ).docs
  const warningsBySite = new Map<string, number>()
  for (const w of warnings) warningsBySite.set(idOf(w.site)!, (warningsBySite.get(idOf(w.site)!) ?? 0) + 1)

  const rows: BulletinSite[] = sites.map((site) => {
    const siteId = String(site.id)
    const list = bySite.get(siteId) ?? []
    const last = list[list.length - 1]
    const full = lastBySite.get(siteId)
    const vetoes = ((full?.vetoes ?? []) as VetoPrediction[]).filter((v) => v.vetoed)
    const columns = ((full?.problems as { columns?: ColumnFreshness } | undefined)?.columns ?? { staleNewsNotice: [], longStale: [], empty: [], excusedEmpty: [] }) as ColumnFreshness
    const figures = (full?.figures ?? {}) as FigureJson
    const links = figures.links ?? {}
    const verdict: BulletinVerdict = !last ? 'unmonitored' : vetoes.length ? 'veto' : last.score < passScore ? 'fail' : 'pass'
    return {
      siteId,
      name: site.name,
      siteCode: site.siteCode,
      verdict,
      reportDays: list.length,
      lastDay: last?.day ?? null,
      lastScore: last?.score ?? null,
      averageScore: list.length ? round1(list.reduce((s, r) => s + r.score, 0) / list.length) : null,
      lowestScore: list.length ? Math.min(...list.map((r) => r.score)) : null,
      vetoDays: list.filter((r) => r.vetoCount > 0).length,
      vetoes: vetoes.map((v) => ({ item: v.item, label: v.label, figure: v.figure, line: v.line })),
      columns: [
        ...(columns.staleNewsNotice ?? []).map((c) => ({ title: c.column.title, problem: '未按时更新', daysSince: c.daysSince })),
        ...(columns.longStale ?? []).map((c) => ({ title: c.column.title, problem: '长期未更新', daysSince: c.daysSince })),
        ...(columns.empty ?? []).map((c) => ({ title: c.column.title, problem: '空白栏目', daysSince: null })),
      ],
      brokenLinks: (links.brokenInner ?? 0) + (links.brokenAttachments ?? 0) + (links.brokenExternal ?? 0),
      unreachablePercent: figures.availability?.failedPercent ?? null,
      warningsOpened: warningsBySite.get(siteId) ?? 0,
    }
  })
  const order: Record<BulletinVerdict, number> = { veto: 0, fail: 1, pass: 2, unmonitored: 3 }
  rows.sort((a, b) => order[a.verdict] - order[b.verdict] || (a.lastScore ?? 101) - (b.lastScore ?? 101) || a.siteCode.localeCompare(b.siteCode))
  const monitored = rows.filter((r) => r.verdict !== 'unmonitored')
  return {
    month,
    title: `${parsed.year}年${parsed.month}月政府网站监测情况通报`,
    period: { firstDay, lastDay },
    summary: {
      sites: rows.length,
      monitored: monitored.length,
      vetoed: rows.filter((r) => r.verdict === 'veto').length,
      failed: rows.filter((r) => r.verdict === 'fail').length,
      passed: rows.filter((r) => r.verdict === 'pass').length,
      averageScore: monitored.length ? round1(monitored.reduce((s, r) => s + (r.lastScore ?? 0), 0) / monitored.length) : null,
    },
    sites: rows,
  }
}
