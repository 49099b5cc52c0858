import { hasFilters, withoutFilters, type NormalizedQuery } from './common'
import type { SynonymIndex } from './synonyms'
import { normalizeText } from './tokenizer'
import type { SearchSuggestion } from './types'

const MAX_SUGGESTIONS = 5
const MAX_PROBES = 8

/**
 * What to offer when a search finds nothing: the corrected query (did-you-mean, first), the same
 * words without the filters, the query with one word dropped, or a related synonym term — each only
 * if it has hits. Both engines use this, each counting with its own index.
 */
export async function noHitSuggestions(
  query: NormalizedQuery,
  words: string[],
  synonyms: SynonymIndex,
  count: (query: NormalizedQuery) => Promise<number>,
  correction?: SearchSuggestion | null,
): Promise<SearchSuggestion[]> {
  const out: SearchSuggestion[] = correction ? [correction] : []
  let probes = 0
  const probe = async (candidate: NormalizedQuery, reason: SearchSuggestion['reason'], dropFilters: boolean): Promise<void> => {
    if (probes >= MAX_PROBES || !candidate.q || out.some((s) => s.q === candidate.q && s.dropFilters === dropFilters)) return
    probes++
    const total = await count(candidate)
    if (total > 0) out.push({ q: candidate.q, total, reason, dropFilters })
  }

  if (hasFilters(query)) await probe(withoutFilters(query), 'without-filters', true)

  const joiner = query.q.includes(' ') ? ' ' : ''
  if (words.length >= 2) {
    const candidates = words.length <= 4 ? words.map((_, i) => words.filter((__, k) => k !== i)) : words.map((w) => [w])
    for (const kept of candidates) await probe({ ...query, q: kept.join(joiner) }, 'fewer-words', false)
  }

  const q = normalizeText(query.q)
  for (const word of words.length > 1 ? [q, ...words] : [q]) {
    for (const term of synonyms.related(word).slice(0, 3)) {
      const replaced = word === q ? term : q.replace(word, term)
      if (replaced !== q) await probe({ ...query, q: replaced }, 'related-term', false)
    }
  }
  const rank = (s: SearchSuggestion): number => (s.reason === 'did-you-mean' ? 2 : Number(s.dropFilters))
  return out.sort((a, b) => rank(b) - rank(a) || b.total - a.total).slice(0, MAX_SUGGESTIONS)
}
