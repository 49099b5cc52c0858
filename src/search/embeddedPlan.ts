import type { NormalizedQuery } from './common'
import type { PinyinQuery } from './pinyin'
import type { ParsedQuery } from './query'
import type { SearchDocumentType } from './types'

/**
 * Query planning for the embedded engine: a parsed query and its filters become one FTS5 MATCH
 * expression. Pure: facet values reach it as tokens through `tokenOf`, the current year as a number.
 */

/** Columns of the FTS table, in order; the bm25 weights in embeddedStore.ts follow it. */
/** `pinyin` and `initials` hold the title's pinyin (see pinyin.ts); they are searched only for a pinyin query. */
export const FTS_COLUMNS = ['title', 'body', 'extra', 'meta', 'dockey', 'refkeys', 'pinyin', 'initials'] as const
const TEXT_COLUMNS = '{title body extra}'
const TITLE_COLUMN = '{title}'

/** Document types as tokens of the `meta` column. */
export const TYPE_TOKENS: Record<SearchDocumentType, string> = {
  'gazette-article': 'tgazette',
  'policy-document': 'tpolicy',
  interpretation: 'tinterp',
  article: 'tarticle',
}

/** The values stored as small integer codes (see FacetCodes in embeddedStore.ts); columns are filtered on, never counted. */
export type CodeKind = 'site' | 'agency' | 'category' | 'column'

/** `ranked`: the query has words or a 文号 to score; `titleOnly`: its words restricted to the title. */
export type MatchPlan = { all: string; ranked: boolean; titleOnly: string | null }

/** A filter value's `meta` token (`s3`, `a12`, `c2`), or undefined when no indexed document has it. */
export type TokenOf = (kind: CodeKind, value: string) => string | undefined

/** An FTS5 string literal: the tokenizer inside FTS5 splits it into a phrase. */
export const ftsString = (text: string): string => `"${text.replace(/"/g, '""')}"`

export const CODE_PREFIXES: Record<CodeKind, string> = { site: 's', agency: 'a', category: 'c', column: 'k' }

/**
 * The FTS5 expression: text clauses over the text columns, filters as tokens of the `meta` column.
 * `titleOnly` is the same with the text clauses restricted to the title, for ranking large results.
 * Null when nothing can match: a filter value no document has, an empty year range, or words that
 * left no clause.
 */
export function planMatch(parsed: ParsedQuery, query: NormalizedQuery, tokenOf: TokenOf, currentYear: number, pinyin?: PinyinQuery): MatchPlan | null {
  if (query.q && !parsed.clauses.length && !pinyin) return null
  const rest: string[] = []
  const text: string[] = []
  if (pinyin) text.push(pinyinMatch(pinyin))
  else for (const clause of parsed.clauses) {
    if (clause.kind === 'docNumber') rest.push(`{dockey refkeys} : ${ftsString(clause.parsed.key)}`)
    else text.push(clause.phrases.length === 1 ? ftsString(clause.phrases[0]!.join(' ')) : `(${clause.phrases.map((p) => ftsString(p.join(' '))).join(' OR ')})`)
  }

  const filter = (tokens: (string | undefined)[]): boolean => {
    const known = tokens.filter((t): t is string => t !== undefined)
    if (!known.length) return false
    rest.push(`meta : (${known.join(' OR ')})`)
    return true
  }
  if (query.types.length && !filter(query.types.map((t) => TYPE_TOKENS[t as SearchDocumentType]))) return null
  if (query.siteIds.length && !filter(query.siteIds.map((v) => tokenOf('site', v)))) return null
  if (query.issuingAgencies.length && !filter(query.issuingAgencies.map((v) => tokenOf('agency', v)))) return null
  if (query.gazetteCategories.length && !filter(query.gazetteCategories.map((v) => tokenOf('category', v)))) return null
  if (query.validities.length && !filter(query.validities.map(validityToken))) return null
  if (query.columnIds.length && !filter(query.columnIds.map((v) => tokenOf('column', v)))) return null
  if (query.yearFrom !== undefined || query.yearTo !== undefined) {
    const from = Math.max(query.yearFrom ?? 1949, 1900)
    const to = Math.min(query.yearTo ?? currentYear + 1, 2200)
    if (from > to) return null
    const years: string[] = []
    for (let y = from; y <= to; y++) years.push(`y${y}`)
    filter(years)
  }
  if (!text.length) return { all: rest.length ? rest.join(' AND ') : 'meta : all', ranked: parsed.clauses.length > 0, titleOnly: null }
  const words = `(${text.join(' AND ')})`
  if (pinyin) {
    // Pinyin is of titles only: every match is a title match.
    const all = [words, ...rest].join(' AND ')
    return { all, ranked: true, titleOnly: all }
  }
  // A column filter makes FTS5 read every match's position list; Han-only words cannot be in the
  // other columns (codes, 文号 keys and pinyin are Latin letters and digits), so they go without it.
  const inText = parsed.clauses.every((c) => c.kind === 'docNumber' || c.phrases.every((p) => p.every(isHanToken))) ? words : `${TEXT_COLUMNS} : ${words}`
  return {
    all: [inText, ...rest].join(' AND '),
    ranked: true,
    titleOnly: [`${TITLE_COLUMN} : ${words}`, ...rest].join(' AND '),
  }
}

const isHanToken = (token: string): boolean => /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/.test(token)

/** 有效性 as a `meta` token: `in-force` becomes `vinforce` (the FTS tokenizer would split at the hyphen). */
export const validityToken = (validity: string): string => `v${validity.toLowerCase().replace(/[^a-z0-9]/g, '')}`

/** Any reading of the letters as syllables, or as initials. */
function pinyinMatch(pinyin: PinyinQuery): string {
  const alternatives = pinyin.syllables.map((s) => `pinyin : ${ftsString(s.join(' '))}`)
  if (pinyin.initials) alternatives.push(`initials : ${ftsString(pinyin.initials.join(' '))}`)
  return alternatives.join(' OR ')
}

/** The `meta` column of one document: what the filters above look for. */
export function metaTokens(
  type: SearchDocumentType,
  site: number,
  year: number,
  category: number,
  agencyCodes: readonly number[],
  validity?: string | null,
  columnCodes: readonly number[] = [],
): string {
  const tokens = [
    'all',
    TYPE_TOKENS[type],
    `s${site}`,
    `y${year}`,
    category ? `c${category}` : '',
    ...agencyCodes.map((c) => `a${c}`),
    validity ? validityToken(validity) : '',
    ...columnCodes.map((c) => `${CODE_PREFIXES.column}${c}`),
  ]
  return tokens.filter(Boolean).join(' ')
}
