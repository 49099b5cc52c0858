import { EmbeddedSearchEngine, type EmbeddedSearchOptions } from './embeddedEngine'
import { MeilisearchSearchEngine, type MeilisearchEngineOptions } from './meilisearchEngine'
import type { SearchEngine, SynonymGroup } from './types'

export type CreateSearchEngineOptions = {
  /** Defaults to process.env; MEILI_HOST, MEILI_API_KEY, MEILI_INDEX and SEARCH_DB_PATH are read from it. */
  env?: Record<string, string | undefined>
  synonyms?: readonly SynonymGroup[]
  customWords?: readonly string[]
  embedded?: Omit<EmbeddedSearchOptions, 'synonyms' | 'customWords'>
  meilisearch?: Partial<Omit<MeilisearchEngineOptions, 'synonyms' | 'customWords'>>
}

/**
 * Meilisearch when MEILI_HOST is set, the embedded SQLite engine otherwise. Both take the same
 * synonyms and custom words and return the same SearchResult, so callers never ask which one runs.
 */
export function createSearchEngine(options: CreateSearchEngineOptions = {}): SearchEngine {
  const env = options.env ?? process.env
  const host = options.meilisearch?.host ?? env.MEILI_HOST
  if (host) {
    return new MeilisearchSearchEngine({
      ...options.meilisearch,
      host,
      apiKey: options.meilisearch?.apiKey ?? env.MEILI_API_KEY,
      indexUid: options.meilisearch?.indexUid ?? env.MEILI_INDEX,
      synonyms: options.synonyms,
      customWords: options.customWords,
    })
  }
  return new EmbeddedSearchEngine({
    ...options.embedded,
    path: options.embedded?.path ?? env.SEARCH_DB_PATH,
    synonyms: options.synonyms,
    customWords: options.customWords,
  })
}

export { EmbeddedSearchEngine, defaultSearchDatabasePath, type EmbeddedSearchOptions } from './embeddedEngine'
export {
  MeilisearchSearchEngine,
  meilisearchSettings,
  meilisearchPrimaryKey,
  toMeilisearchDocument,
  DEFAULT_INDEX_UID,
  type MeilisearchDocument,
  type MeilisearchEngineOptions,
} from './meilisearchEngine'
export { createTokenizer, normalizeText, DEFAULT_CUSTOM_WORDS, type Tokenizer, type SegmentedWord } from './tokenizer'
export { parseDocNumber, docNumberKey, isDocNumber, findDocNumbers, referenceKeys, type ParsedDocNumber } from './docNumber'
export { DEFAULT_SYNONYM_GROUPS, SynonymIndex, cleanSynonymGroups, toMeilisearchSynonyms, parseSynonymTerms, formatSynonymTerms, synonymGroupKey } from './synonyms'
export * from './types'
