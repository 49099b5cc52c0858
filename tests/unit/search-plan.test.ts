import { describe, expect, it } from 'vitest'
import { normalizeQuery } from '../../src/search/common'
import { metaTokens, planMatch, type TokenOf } from '../../src/search/embeddedPlan'
import type { ParsedQuery } from '../../src/search/query'
import type { SearchQuery } from '../../src/search/types'

const known: Record<string, string> = { 'site:640': 's1', 'agency:自治区人民政府': 'a3', 'category:rules': 'c2', 'column:12': 'k4', 'column:13': 'k5' }
const tokenOf: TokenOf = (kind, value) => known[`${kind}:${value}`]
const plan = (parsed: ParsedQuery, query: SearchQuery, year = 2026) =>
  planMatch(parsed, normalizeQuery(query), tokenOf, year)

const words = (...phrases: string[][]): ParsedQuery => ({
  normalized: phrases.flat().join(''),
  clauses: phrases.map((p) => ({ kind: 'text' as const, phrases: [p], surface: p.join('') })),
})

describe('embedded query planning', () => {
  it('lists everything newest first for an empty query', () => {
    expect(plan({ normalized: '', clauses: [] }, { q: '' })).toEqual({
      all: 'meta : all',
      ranked: false,
      titleOnly: null,
    })
  })

  it('matches Han words in any column (only the text columns hold Han tokens) and, for large results, in the title alone', () => {
    expect(plan(words(['政务', '公开'], ['通知']), { q: '政务公开 通知' })).toEqual({
      all: '("政务 公开" AND "通知")',
      ranked: true,
      titleOnly: '{title} : ("政务 公开" AND "通知")',
    })
  })

  it('keeps Latin letters and digits to the text columns, where codes, 文号 keys and pinyin cannot match them', () => {
    // `all`, `y2020` and `zheng` are tokens of the meta and pinyin columns.
    for (const token of ['all', 'y2020', 'zheng', '2020n5']) {
      expect(plan(words(['通知'], [token]), { q: `通知 ${token}` })?.all).toBe(`{title body extra} : ("通知" AND "${token}")`)
    }
  })

  it('ORs the synonyms of one word and escapes quotes', () => {
    const parsed: ParsedQuery = {
      normalized: 'x',
      clauses: [{ kind: 'text', phrases: [['医保'], ['医疗', '保险'], ['a"b']], surface: '医保' }],
    }
    expect(plan(parsed, { q: '医保' })?.all).toBe('{title body extra} : (("医保" OR "医疗 保险" OR "a""b"))')
    const han: ParsedQuery = { normalized: '医保', clauses: [{ kind: 'text', phrases: [['医保'], ['医疗', '保险']], surface: '医保' }] }
    expect(plan(han, { q: '医保' })?.all).toBe('(("医保" OR "医疗 保险"))')
  })

  it('looks a 文号 up by its key, ranked but with no title tier', () => {
    const parsed: ParsedQuery = {
      normalized: '宁政办发〔2017〕74号',
      clauses: [{ kind: 'docNumber', parsed: { key: '宁政办发2017n74' } as never, surface: '宁政办发〔2017〕74号' }],
    }
    expect(plan(parsed, { q: '宁政办发〔2017〕74号' })).toEqual({
      all: '{dockey refkeys} : "宁政办发2017n74"',
      ranked: true,
      titleOnly: null,
    })
  })

  it('adds filters as meta tokens', () => {
    const result = plan(words(['通知']), {
      q: '通知',
      types: ['policy-document'],
      siteIds: ['640'],
      issuingAgencies: ['自治区人民政府'],
      gazetteCategories: ['rules'],
    })
    expect(result?.all).toBe(
      '("通知") AND meta : (tpolicy) AND meta : (s1) AND meta : (a3) AND meta : (c2)',
    )
  })

  it('expands a year range, open ends bounded by 1949 and next year', () => {
    expect(plan({ normalized: '', clauses: [] }, { q: '', yearFrom: 2024 }, 2026)?.all).toBe(
      'meta : (y2024 OR y2025 OR y2026 OR y2027)',
    )
    expect(plan({ normalized: '', clauses: [] }, { q: '', yearTo: 1950 })?.all).toBe('meta : (y1949 OR y1950)')
  })

  it('plans nothing when nothing can match', () => {
    expect(plan(words(['通知']), { q: '通知', siteIds: ['999'] })).toBeNull()
    expect(plan(words(['通知']), { q: '通知', issuingAgencies: ['无此机关'] })).toBeNull()
    expect(plan({ normalized: '', clauses: [] }, { q: '', yearFrom: 2020, yearTo: 2019 })).toBeNull()
    // Words that left no clause (only punctuation, say) match nothing rather than everything.
    expect(plan({ normalized: '。', clauses: [] }, { q: '。' })).toBeNull()
  })

  it('writes the meta tokens a document is filtered by', () => {
    expect(metaTokens('gazette-article', 1, 2017, 2, [3, 4])).toBe('all tgazette s1 y2017 c2 a3 a4')
    expect(metaTokens('article', 5, 2026, 0, [])).toBe('all tarticle s5 y2026')
    expect(metaTokens('policy-document', 5, 2019, 0, [3], 'in-force')).toBe('all tpolicy s5 y2019 a3 vinforce')
    expect(metaTokens('article', 5, 2026, 0, [], null, [4, 9])).toBe('all tarticle s5 y2026 k4 k9')
  })

  it('filters by any of the given columns; columns no document has are dropped, and none known matches nothing', () => {
    expect(plan(words(['通知']), { q: '通知', columnIds: [12, '13', 99] })?.all).toBe('("通知") AND meta : (k4 OR k5)')
    expect(plan({ normalized: '', clauses: [] }, { q: '', siteIds: [640], columnIds: ['12'] })?.all).toBe('meta : (s1) AND meta : (k4)')
    expect(plan(words(['通知']), { q: '通知', columnIds: [99] })).toBeNull()
  })

  it('filters by 有效性 with the validity tokens, alone or with words', () => {
    expect(plan({ normalized: '', clauses: [] }, { q: '', validities: ['repealed', 'expired'] })).toEqual({
      all: 'meta : (vrepealed OR vexpired)',
      ranked: false,
      titleOnly: null,
    })
    expect(plan(words(['通知']), { q: '通知', validities: ['in-force'], yearFrom: 2025 })?.all).toBe(
      '("通知") AND meta : (vinforce) AND meta : (y2025 OR y2026 OR y2027)',
    )
  })
})
