import type { SynonymGroup } from './types'
import { normalizeText } from './tokenizer'

/**
 * The default 同义词组: agency short names and their full names, and plain words for official terms
 * (通俗语言搜索). Administrators edit the live list; this is only the starting point.
 */
export const DEFAULT_SYNONYM_GROUPS: readonly SynonymGroup[] = [
  ['发改委', '发展改革委', '发展和改革委员会'],
  ['人社厅', '人力资源社会保障厅', '人力资源和社会保障厅'],
  ['人社局', '人力资源社会保障局', '人力资源和社会保障局'],
  ['公安厅', '公安部门', '公安机关'],
  ['住建厅', '住房城乡建设厅', '住房和城乡建设厅'],
  ['住建局', '住房城乡建设局', '住房和城乡建设局'],
  ['卫健委', '卫生健康委', '卫生健康委员会'],
  ['工信厅', '工业和信息化厅'],
  ['文旅厅', '文化和旅游厅'],
  ['交通厅', '交通运输厅'],
  ['农业厅', '农业农村厅'],
  ['应急厅', '应急管理厅'],
  ['市场监管局', '市场监督管理局', '市场监管厅'],
  ['医保局', '医疗保障局'],
  ['网信办', '网络安全和信息化委员会办公室'],
  ['政府办', '政府办公厅', '政府办公室'],
  ['社保', '社会保险'],
  ['医保', '医疗保险', '医疗保障'],
  ['低保', '最低生活保障'],
  ['公积金', '住房公积金'],
  ['营业执照', '工商执照'],
]

const normalizeTerm = (term: string): string => normalizeText(term).replace(/\s+/g, '')

/** What separates the terms of a group as an administrator types it: 发改委 = 发展改革委，发展和改革委员会 */
const TERM_SEPARATORS = /[\r\n=＝,，、;；|｜]+/

/**
 * The terms of one group as typed, trimmed, in their first spelling; a term repeated in another
 * width or case (ＡＢ, ab) counts once, as the search compares them that way.
 */
export function parseSynonymTerms(text: string | null | undefined): string[] {
  const seen = new Set<string>()
  const terms: string[] = []
  for (const raw of (text ?? '').split(TERM_SEPARATORS)) {
    const term = raw.trim()
    const key = normalizeTerm(term)
    if (!key || seen.has(key)) continue
    seen.add(key)
    terms.push(term)
  }
  return terms
}

/** The stored, displayed form of a group: 发改委 = 发展改革委 = 发展和改革委员会 */
export const formatSynonymTerms = (terms: readonly string[]): string => terms.join(' = ')

/** Two groups with the same terms in any order or spelling are the same group. */
export const synonymGroupKey = (terms: readonly string[]): string => [...new Set(terms.map(normalizeTerm))].sort().join('\n')

/** Drops empty terms, duplicates and one-word groups: an administrator's list arrives as typed. */
export function cleanSynonymGroups(groups: readonly SynonymGroup[]): string[][] {
  const out: string[][] = []
  for (const group of groups) {
    const terms = [...new Set(group.map((t) => t.trim()).filter(Boolean))]
    if (terms.length >= 2) out.push(terms)
  }
  return out
}

/** Meilisearch's `synonyms` setting is one-way per key, so each term lists every other term of its group. */
export function toMeilisearchSynonyms(groups: readonly SynonymGroup[]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {}
  for (const group of cleanSynonymGroups(groups)) {
    for (const term of group) {
      const others = group.filter((t) => t !== term)
      synonyms[term] = [...new Set([...(synonyms[term] ?? []), ...others])]
    }
  }
  return synonyms
}

export type SynonymMatch = { start: number; end: number; term: string; alternatives: string[] }

/** Finds synonym terms in a normalized query, longest first, for query-time expansion. */
export class SynonymIndex {
  private readonly byTerm = new Map<string, string[]>()
  private readonly lengths: number[]

  constructor(groups: readonly SynonymGroup[]) {
    for (const group of cleanSynonymGroups(groups)) {
      const terms = [...new Set(group.map(normalizeTerm))]
      for (const term of terms) this.byTerm.set(term, [...new Set([...(this.byTerm.get(term) ?? []), ...terms])])
    }
    this.lengths = [...new Set([...this.byTerm.keys()].map((t) => t.length))].sort((a, b) => b - a)
  }

  get size(): number {
    return this.byTerm.size
  }

  /** Every term of the groups `term` belongs to, itself included; empty when it has none. */
  alternatives(term: string): string[] {
    return this.byTerm.get(normalizeTerm(term)) ?? []
  }

  find(normalizedText: string): SynonymMatch[] {
    const matches: SynonymMatch[] = []
    let i = 0
    outer: while (i < normalizedText.length) {
      for (const length of this.lengths) {
        const term = normalizedText.slice(i, i + length)
        const alternatives = term.length === length ? this.byTerm.get(term) : undefined
        if (alternatives) {
          matches.push({ start: i, end: i + length, term, alternatives })
          i += length
          continue outer
        }
      }
      i += 1
    }
    return matches
  }

  /** Terms related to `text` by containment (发改 → 发改委), for no-result suggestions. */
  related(text: string): string[] {
    const needle = normalizeTerm(text)
    if (needle.length < 2) return []
    const out = new Set<string>()
    for (const [term, alternatives] of this.byTerm) {
      if (term === needle) continue
      if (term.includes(needle) || needle.includes(term)) for (const t of alternatives) if (t !== needle) out.add(t)
    }
    return [...out]
  }
}
