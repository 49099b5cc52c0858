import type { ColumnKind } from '../../collections/columns/kinds'
import { addCalendarDays, addCalendarMonths, calendarDaysBetween, chinaDay } from '../calendar/chinaTime'
import type { MonitoringSettings } from '../settings/monitoringDefaults'

/**
 * 首页不更新 and 栏目不更新 (19号). A column is judged by the newest published item in it, on China days:
 * an item published on the line's own day is inside the window, so a news column last updated exactly
 * 14 days ago is fresh and one updated 15 days ago is stale.
 */

export type ColumnFacts = {
  id: string
  title: string
  slug: string
  kind: ColumnKind
  /** Top-level (no parent): the notice/policy rule only covers 一级栏目. */
  topLevel: boolean
  emptyReason?: string | null
  /** Newest publication instant of anything in the column (ISO), null when nothing was ever published. */
  lastPublishedAt: string | null
  itemCount: number
}

/** Which 19号 class a column falls in. */
export type FreshnessClass = 'news' | 'noticePolicy' | 'longStale' | 'exempt'

export type ColumnFinding = {
  column: Pick<ColumnFacts, 'id' | 'title' | 'slug' | 'kind'>
  class: FreshnessClass
  /** Days since the last item; null when empty. */
  daysSince: number | null
  /** The first China day that still counts as updated. */
  lineDay: string | null
}

export type ColumnFreshness = {
  /** News and notice/policy columns past their line: counted together towards the veto (≥ 5). */
  staleNewsNotice: ColumnFinding[]
  /** 「应更新但长期未更新」 columns (≥ 10 vetoes). */
  longStale: ColumnFinding[]
  /** Empty without a note (≥ 5 vetoes); never also counted as stale. */
  empty: ColumnFinding[]
  /** Empty with a note: listed for the report, not counted. */
  excusedEmpty: ColumnFinding[]
}

export function freshnessClass(column: Pick<ColumnFacts, 'kind' | 'topLevel'>, settings: MonitoringSettings): FreshnessClass {
  if (column.kind === 'news') return 'news'
  if ((column.kind === 'notice' || column.kind === 'policy') && column.topLevel) return 'noticePolicy'
  // Non-top-level notice/policy columns fall under the other kinds' rule, with the notice line as their horizon.
  if (column.kind === 'notice' || column.kind === 'policy') return 'longStale'
  return (settings.longStaleDaysByKind[column.kind] ?? 0) > 0 ? 'longStale' : 'exempt'
}

export function lineDayFor(column: Pick<ColumnFacts, 'kind' | 'topLevel'>, now: Date, settings: MonitoringSettings): string | null {
  const cls = freshnessClass(column, settings)
  if (cls === 'news') return addCalendarDays(chinaDay(now), -settings.newsStaleDays)
  if (cls === 'noticePolicy' || column.kind === 'notice' || column.kind === 'policy') return addCalendarMonths(chinaDay(now), -settings.noticePolicyStaleMonths)
  if (cls === 'longStale') return addCalendarDays(chinaDay(now), -settings.longStaleDaysByKind[column.kind])
  return null
}

export function columnFreshness(columns: ColumnFacts[], now: Date, settings: MonitoringSettings): ColumnFreshness {
  const result: ColumnFreshness = { staleNewsNotice: [], longStale: [], empty: [], excusedEmpty: [] }
  for (const column of columns) {
    const cls = freshnessClass(column, settings)
    const lineDay = lineDayFor(column, now, settings)
    const finding: ColumnFinding = {
      column: { id: column.id, title: column.title, slug: column.slug, kind: column.kind },
      class: cls,
      daysSince: column.lastPublishedAt ? calendarDaysBetween(column.lastPublishedAt, now) : null,
      lineDay,
    }
    // Interaction columns are judged by the interaction probe: an empty one is "no channel", not an empty column.
    if (column.kind === 'interaction') continue
    if (column.itemCount === 0 || !column.lastPublishedAt) {
      if (column.emptyReason?.trim()) result.excusedEmpty.push(finding)
      else result.empty.push(finding)
      continue
    }
    if (!lineDay || cls === 'exempt') continue
    if (chinaDay(column.lastPublishedAt) < lineDay) {
      if (cls === 'longStale') result.longStale.push(finding)
      else result.staleNewsNotice.push(finding)
    }
  }
  return result
}

export type HomeFreshness = { lastPublishedAt: string | null; daysSince: number | null }

/** 首页不更新: days since the newest item shown on the home page (columns shown on the home page). */
export function homeFreshness(lastPublishedAt: string | null, now: Date): HomeFreshness {
  return { lastPublishedAt, daysSince: lastPublishedAt ? calendarDaysBetween(lastPublishedAt, now) : null }
}
