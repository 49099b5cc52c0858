import type { Payload } from 'payload'
import { addCalendarDays, chinaDay } from '../calendar/chinaTime'
import { positiveSetting } from '../security/settings'

/** 热门搜索 counts the searches of the last this many China days. */
export const HOT_QUERY_WINDOW_DAYS = 30
const CACHE_MS = 5 * 60 * 1000

export type HotQuery = { query: string; count: number }

const cache = new Map<string, { at: number; queries: HotQuery[] }>()

/** Forgets the cached lists, after staff hide a query or in tests. */
export function forgetHotQueries(): void {
  cache.clear()
}

/**
 * A site's most searched queries of the last 30 days, at least HOT_QUERY_MIN_COUNT searches each (3 by
 * default) so that one visitor's unusual query never shows, without the queries staff have hidden. Cached
 * for five minutes per site: the list changes slowly and the search page must not query it every time.
 */
export async function hotQueries(payload: Payload, siteId: string | number, limit = 10): Promise<HotQuery[]> {
  const key = `${siteId}|${limit}`
  const cached = cache.get(key)
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.queries
  const minCount = positiveSetting('HOT_QUERY_MIN_COUNT', 3)
  const from = addCalendarDays(chinaDay(), -(HOT_QUERY_WINDOW_DAYS - 1))
  const [recent, hidden] = await Promise.all([
    payload.find({
      collection: 'search-queries',
      where: { and: [{ site: { equals: siteId } }, { day: { greater_than_equal: from } }] },
      select: { query: true, count: true },
      depth: 0,
      limit: 20_000,
      pagination: false,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'search-queries',
      where: { and: [{ site: { equals: siteId } }, { hidden: { equals: true } }] },
      select: { query: true },
      depth: 0,
      limit: 1000,
      pagination: false,
      overrideAccess: true,
    }),
  ])
  const hiddenQueries = new Set(hidden.docs.map((d) => d.query))
  const totals = new Map<string, number>()
  for (const row of recent.docs) if (!hiddenQueries.has(row.query)) totals.set(row.query, (totals.get(row.query) ?? 0) + (row.count ?? 0))
  const queries = [...totals]
    .filter(([, count]) => count >= minCount)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'))
    .slice(0, limit)
    .map(([query, count]) => ({ query, count }))
  cache.set(key, { at: Date.now(), queries })
  return queries
}
