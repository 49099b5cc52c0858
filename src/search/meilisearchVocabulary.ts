import type { Index } from 'meilisearch'
import type { MeilisearchDocument } from './meilisearchDocument'
import type { Term, Vocabulary } from './vocabulary'

/** `titleTermPinyin` values are `<pinyin>|<term>`: a facet search by the pinyin finds the words. */
export const pinyinFacetValue = (pinyin: string, term: string): string => `${pinyin}|${term}`

/**
 * The same title vocabulary as the embedded engine's, read through Meilisearch's facet search over
 * the documents' `titleTerms` and `titleTermPinyin` (facet counts are document counts). Facet search
 * matches by prefix, so a word and its homophones are one request each; a typo in a word's first
 * character is found by its sound only.
 */
export class MeilisearchVocabulary implements Vocabulary {
  constructor(private readonly index: Index<MeilisearchDocument>) {}

  private async facetHits(facetName: 'titleTerms' | 'titleTermPinyin', facetQuery: string): Promise<Term[]> {
    const response = await this.index.searchForFacetValues({ facetName, facetQuery, exhaustiveFacetCount: true })
    return response.facetHits.map((h) => ({ term: h.value, docs: h.count }))
  }

  async docs(words: readonly string[]): Promise<Map<string, number>> {
    const found = await Promise.all(
      words.map(async (word) => (await this.facetHits('titleTerms', word)).find((t) => t.term === word)),
    )
    return new Map(found.filter((t): t is Term => t !== undefined).map((t) => [t.term, t.docs]))
  }

  async samePinyin(pinyinKey: string, length: number): Promise<Term[]> {
    const prefix = pinyinFacetValue(pinyinKey, '')
    return (await this.facetHits('titleTermPinyin', pinyinKey))
      .filter((t) => t.term.startsWith(prefix) && t.term.length - prefix.length === length)
      .map((t) => ({ term: t.term.slice(prefix.length), docs: t.docs }))
  }

  async oneCharOff(word: string): Promise<Term[]> {
    const out = new Map<string, Term>()
    for (let k = 1; k < word.length; k++) {
      for (const t of await this.facetHits('titleTerms', word.slice(0, k)))
        if (t.term.length === word.length) out.set(t.term, t)
    }
    return [...out.values()]
  }
}
