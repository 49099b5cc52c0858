import { parseDocNumber, type ParsedDocNumber } from './docNumber'
import type { SynonymIndex } from './synonyms'
import { normalizeText, type Tokenizer } from './tokenizer'

/**
 * One thing the query asks for; all clauses must match. A text clause is satisfied by any of its
 * phrases (the word itself, or one of its synonyms); a phrase is a run of adjacent index tokens.
 */
export type QueryClause =
  | { kind: 'text'; phrases: string[][]; surface: string }
  | { kind: 'docNumber'; parsed: ParsedDocNumber; surface: string }

export type ParsedQuery = { normalized: string; clauses: QueryClause[] }

/** Longer queries are pasted paragraphs; their tail adds cost and almost never changes the top results. */
const MAX_QUERY_LENGTH = 120
const MAX_CLAUSES = 16

export function parseQuery(q: string, tokenizer: Tokenizer, synonyms: SynonymIndex): ParsedQuery {
  const normalized = normalizeText(q).replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
  const clauses: QueryClause[] = []
  const seen = new Set<string>()
  const add = (clause: QueryClause): void => {
    const key = clause.kind === 'docNumber' ? `#${clause.parsed.key}` : JSON.stringify(clause.phrases)
    if (seen.has(key) || clauses.length >= MAX_CLAUSES) return
    seen.add(key)
    clauses.push(clause)
  }
  if (!normalized) return { normalized, clauses }

  const whole = parseDocNumber(normalized)
  if (whole) {
    add({ kind: 'docNumber', parsed: whole, surface: normalized })
    return { normalized, clauses }
  }

  const addWords = (text: string): void => {
    for (const { word, pieces } of tokenizer.words(text)) if (pieces.length) add({ kind: 'text', phrases: [pieces], surface: word })
  }

  for (const part of normalized.split(' ')) {
    const docNumber = parseDocNumber(part)
    if (docNumber) {
      add({ kind: 'docNumber', parsed: docNumber, surface: part })
      continue
    }
    let at = 0
    for (const match of synonyms.find(part)) {
      if (match.start > at) addWords(part.slice(at, match.start))
      const phrases = match.alternatives.map((term) => tokenizer.tokens(term)).filter((tokens) => tokens.length > 0)
      if (phrases.length) add({ kind: 'text', phrases, surface: match.term })
      at = match.end
    }
    if (at < part.length) addWords(part.slice(at))
  }
  return { normalized, clauses }
}

/** The words of a query as a reader sees them, for suggestions that drop one. */
export function queryWords(q: string, tokenizer: Tokenizer): string[] {
  const normalized = normalizeText(q).replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
  if (!normalized) return []
  const parts = normalized.split(' ')
  if (parts.length > 1) return parts
  if (parseDocNumber(normalized)) return [normalized]
  return tokenizer.words(normalized).map((w) => w.word)
}
