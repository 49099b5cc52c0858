import { describe, expect, it } from 'vitest'
import type { MatchPlan } from '../../src/search/embeddedPlan'
import { pageRowids, topRows, type PagingSource } from '../../src/search/embeddedPaging'

/** Rowid r was published on day r, so newest first is descending rowid; bm25 order is ascending rowid. */
function source(matchesByExpression: Record<string, number[]>, rankAllLimit: number) {
  const calls: string[] = []
  const s: PagingSource = {
    matches: (match) => {
      calls.push(`matches ${match}`)
      return matchesByExpression[match] ?? []
    },
    ranked: (match, limit, offset) => {
      calls.push(`ranked ${match} ${limit} ${offset}`)
      return [...(matchesByExpression[match] ?? [])].sort((a, b) => a - b).slice(offset, offset + limit)
    },
    byDate: (a, b) => b - a,
    rankAllLimit,
  }
  return { s, calls }
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i)
const words: MatchPlan = { all: 'all', ranked: true, titleOnly: 'title' }

describe('embedded ranking and paging', () => {
  it('sorts by date when asked, or when nothing can be scored', () => {
    const { s, calls } = source({}, 1000)
    expect(pageRowids(words, { sort: 'date', page: 1, pageSize: 3 }, range(1, 10), s)).toEqual([10, 9, 8])
    expect(
      pageRowids(
        { all: 'meta : all', ranked: false, titleOnly: null },
        { sort: 'relevance', page: 2, pageSize: 3 },
        range(1, 10),
        s,
      ),
    ).toEqual([7, 6, 5])
    expect(calls).toEqual([])
  })

  it('scores every match by bm25 while they are few enough', () => {
    const { s, calls } = source({ all: range(1, 10) }, 10)
    expect(pageRowids(words, { sort: 'relevance', page: 2, pageSize: 4 }, range(1, 10), s)).toEqual([5, 6, 7, 8])
    expect(calls).toEqual(['ranked all 4 4'])
  })

  it('puts title matches first, scored, then the rest newest first, above the limit', () => {
    const title = [3, 7, 9]
    const { s } = source({ all: range(1, 20), title }, 10)
    const page1 = pageRowids(words, { sort: 'relevance', page: 1, pageSize: 5 }, range(1, 20), s)
    expect(page1).toEqual([3, 7, 9, 20, 19])
    const page2 = pageRowids(words, { sort: 'relevance', page: 2, pageSize: 5 }, range(1, 20), s)
    expect(page2).toEqual([18, 17, 16, 15, 14])
  })

  it('orders a large title tier by date instead of scoring it', () => {
    const title = range(1, 12)
    const { s, calls } = source({ all: range(1, 30), title }, 10)
    expect(pageRowids(words, { sort: 'relevance', page: 1, pageSize: 3 }, range(1, 30), s)).toEqual([12, 11, 10])
    expect(calls).toEqual(['matches title'])
  })

  it('falls back to date order for a large result with no words (a 文号 only)', () => {
    const { s } = source({}, 5)
    expect(
      pageRowids(
        { all: 'x', ranked: true, titleOnly: null },
        { sort: 'relevance', page: 1, pageSize: 2 },
        range(1, 8),
        s,
      ),
    ).toEqual([8, 7])
  })

  it('returns an empty page past the end', () => {
    const { s } = source({}, 5)
    expect(pageRowids(words, { sort: 'date', page: 4, pageSize: 5 }, range(1, 15), s)).toEqual([])
  })

  it('takes the top n without sorting everything, the same as a full sort', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1009)
    const order = (a: number, b: number) => a - b
    expect(topRows(rows, order, 10)).toEqual([...rows].sort(order).slice(0, 10))
    expect(topRows(rows, order, 600)).toEqual([...rows].sort(order).slice(0, 600))
    expect(topRows([3, 1], order, 5)).toEqual([1, 3])
  })
})
