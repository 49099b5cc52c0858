import type { MatchPlan } from './embeddedPlan'

/**
 * Ranking and paging for the embedded engine: which rowids make up the requested page, in order.
 * Pure: the FTS queries reach it as functions, so the tiering can be tested without SQLite.
 */
export type PagingSource = {
  /** Every rowid matching an FTS expression, in no particular order. */
  matches(match: string): number[]
  /** Rowids matching an FTS expression in bm25 order, `limit` from `offset`. */
  ranked(match: string, limit: number, offset: number): number[]
  /** Newest first (then the higher rowid): the order of a date sort and of unranked tiers. */
  byDate(a: number, b: number): number
  /** Above this many matches, bm25 is not computed for all of them. */
  rankAllLimit: number
}

export type PageRequest = { sort: 'relevance' | 'date'; page: number; pageSize: number }

/** The rowids of the requested page, in order; `rowids` are all the matches of `plan.all`. */
export function pageRowids(plan: MatchPlan, query: PageRequest, rowids: number[], source: PagingSource): number[] {
  const offset = (query.page - 1) * query.pageSize
  if (offset >= rowids.length) return []
  const end = offset + query.pageSize
  if (query.sort === 'date' || !plan.ranked) return topRows(rowids, source.byDate, end).slice(offset)
  if (rowids.length <= source.rankAllLimit) return source.ranked(plan.all, query.pageSize, offset)
  if (!plan.titleOnly) return topRows(rowids, source.byDate, end).slice(offset)

  // Too many matches to score them all: title matches first (Meilisearch's attribute rule), scored
  // by bm25 when they are few enough, then the others, each tier newest first.
  const inTitle = source.matches(plan.titleOnly)
  const page: number[] = []
  if (offset < inTitle.length) {
    const needed = Math.min(end, inTitle.length)
    const ordered = inTitle.length <= source.rankAllLimit ? source.ranked(plan.titleOnly, needed, 0) : topRows(inTitle, source.byDate, needed)
    page.push(...ordered.slice(offset, needed))
  }
  if (end > inTitle.length) {
    const titleSet = new Set(inTitle)
    const others = rowids.filter((r) => !titleSet.has(r))
    const to = end - inTitle.length
    page.push(...topRows(others, source.byDate, to).slice(Math.max(0, offset - inTitle.length), to))
  }
  return page
}

/** The first `n` rows in `order`, without sorting every match when only a page is wanted. */
export function topRows<T>(rows: T[], order: (a: T, b: T) => number, n: number): T[] {
  if (n >= rows.length / 4) return [...rows].sort(order).slice(0, n)
  const top: T[] = []
  for (const row of rows) {
    if (top.length < n) {
      top.push(row)
      if (top.length === n) top.sort(order)
      continue
    }
    if (order(row, top[n - 1]!) >= 0) continue
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (order(row, top[mid]!) < 0) hi = mid
      else lo = mid + 1
    }
    top.splice(lo, 0, row)
    top.pop()
  }
  return top.length < n ? top.sort(order) : top
}
