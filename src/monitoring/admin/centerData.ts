import type { Payload } from 'payload'
import { idOf } from '../../ids'
import type { VetoPrediction } from '../scoring'
import { SiteLifecycle } from '../../states'

export type CenterRow = {
  siteId: string
  name: string
  siteCode: string
  reportId: string | null
  day: string | null
  score: number | null
  vetoes: { item: string; label: string; figure: string }[]
  warningCount: number
  /** Score per day, oldest first, over the trend window. */
  trend: { day: string; score: number; vetoCount: number }[]
}

export type CenterData = { rows: CenterRow[]; days: { day: string; vetoedSites: number; averageScore: number }[] }

/** The cluster table of the 监测中心: every live site with its latest report and its trend over `days` days. */
export async function monitoringCenterData(payload: Payload, days = 30, now = new Date()): Promise<CenterData> {
  const sites = (await payload.find({ collection: 'sites', where: { status: { equals: SiteLifecycle.live } }, pagination: false, depth: 0, overrideAccess: true, sort: 'siteCode', select: { name: true, siteCode: true } })).docs
  const since = new Date(now.getTime() - days * 86_400_000).toISOString()
  const reports = (
    await payload.find({
      collection: 'site-health-reports',
      where: { runAt: { greater_than_equal: since } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      sort: 'day',
      select: { site: true, day: true, score: true, vetoCount: true, warningCount: true },
    })
  ).docs
  const bySite = new Map<string, typeof reports>()
  for (const r of reports) {
    const key = idOf(r.site)!
    bySite.set(key, [...(bySite.get(key) ?? []), r])
  }
  const latestIds = [...bySite.values()].map((list) => list[list.length - 1]!.id)
  const latest = latestIds.length
    ? (await payload.find({ collection: 'site-health-reports', where: { id: { in: latestIds } }, pagination: false, depth: 0, overrideAccess: true, select: { site: true, vetoes: true } })).docs
    : []
  const vetoesBySite = new Map(latest.map((r) => [idOf(r.site)!, ((r.vetoes ?? []) as VetoPrediction[]).filter((v) => v.vetoed)]))
  const rows: CenterRow[] = sites.map((site) => {
    const list = bySite.get(String(site.id)) ?? []
    const last = list[list.length - 1]
    return {
      siteId: String(site.id),
      name: site.name,
      siteCode: site.siteCode,
      reportId: last ? String(last.id) : null,
      day: last?.day ?? null,
      score: last?.score ?? null,
      vetoes: (vetoesBySite.get(String(site.id)) ?? []).map((v) => ({ item: v.item, label: v.label, figure: v.figure })),
      warningCount: last?.warningCount ?? 0,
      trend: list.map((r) => ({ day: r.day, score: r.score, vetoCount: r.vetoCount })),
    }
  })
  rows.sort((a, b) => b.vetoes.length - a.vetoes.length || (a.score ?? 101) - (b.score ?? 101))
  const perDay = new Map<string, { vetoed: number; total: number; scores: number }>()
  for (const r of reports) {
    const d = perDay.get(r.day) ?? { vetoed: 0, total: 0, scores: 0 }
    d.total++
    d.scores += r.score
    if (r.vetoCount > 0) d.vetoed++
    perDay.set(r.day, d)
  }
  return {
    rows,
    days: [...perDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, d]) => ({ day, vetoedSites: d.vetoed, averageScore: Math.round((d.scores / d.total) * 10) / 10 })),
  }
}
