/** The kinds of content the platform indexes, in the public search's grouping order. */
export const SEARCH_DOCUMENT_TYPES = ['gazette-article', 'policy-document', 'interpretation', 'article'] as const
export type SearchDocumentType = (typeof SEARCH_DOCUMENT_TYPES)[number]

export const SEARCH_DOCUMENT_TYPE_LABELS: Record<SearchDocumentType, string> = {
  'gazette-article': '政府公报',
  'policy-document': '政策文件',
  interpretation: '政策解读',
  article: '信息',
}

/** One published item as the search index sees it: plain text only, already filtered for public visibility. */
export type SearchDocument = {
  /** `<collection>:<id>`, for example `articles:12` (see `searchDocumentId`). */
  id: string
  type: SearchDocumentType
  siteId: string | number
  siteName: string
  title: string
  body: string
  /** 文号, as printed: 宁政办发〔2017〕74号 */
  docNumber?: string | null
  /** 发文机关; several for a joint issuance (联合发文). */
  issuingAgency?: string | readonly string[] | null
  /** 公报 category: government-order / rules / normative-document / personnel / other. */
  gazetteCategory?: string | null
  /** 有效性 of a policy document or gazette article: in-force / amended / repealed / expired (src/states.ts). */
  validity?: string | null
  /** The columns (栏目) the document is filed in, its own only: a column search asks for a column and its sub-columns. */
  columnIds?: readonly (string | number)[] | null
  /** ISO 8601 */
  publishedAt: string
  year: number
  url: string
}

export type SearchSort = 'relevance' | 'date'

export type SearchQuery = {
  q: string
  types?: readonly SearchDocumentType[]
  siteIds?: readonly (string | number)[]
  yearFrom?: number
  yearTo?: number
  issuingAgencies?: readonly string[]
  gazetteCategories?: readonly string[]
  /** 有效性: only documents in one of these states (documents without a validity never match). */
  validities?: readonly string[]
  /**
   * 栏目: only documents filed in one of these columns. The caller expands a column to its sub-columns
   * and checks that they are the searched site's own; an id no indexed document has matches nothing.
   */
  columnIds?: readonly (string | number)[]
  /** Relevance by default; an empty query is always listed newest first. */
  sort?: SearchSort
  /** 1-based */
  page?: number
  /** 20 by default, at most 100. */
  pageSize?: number
}

export type SearchHit = {
  id: string
  type: SearchDocumentType
  title: string
  url: string
  siteId: string
  siteName: string
  publishedAt: string
  docNumber?: string
  issuingAgency?: string
  /** HTML: the title escaped, with the matched words in <mark>. */
  titleHighlighted: string
  /** HTML: an escaped excerpt of the body around the matches, with the matched words in <mark>. */
  snippet: string
}

export type FacetBucket = { value: string; count: number; label?: string }

export type SearchFacets = {
  types: FacetBucket[]
  sites: FacetBucket[]
  years: FacetBucket[]
  issuingAgencies: FacetBucket[]
  gazetteCategories: FacetBucket[]
}

export type SearchSuggestion = {
  q: string
  /** Hits the suggested search has. */
  total: number
  /**
   * without-filters: the same words have hits once the filters are dropped. did-you-mean: a mistyped
   * word corrected towards the titles' vocabulary (see didYouMean.ts).
   */
  reason: 'without-filters' | 'fewer-words' | 'related-term' | 'did-you-mean'
  dropFilters: boolean
}

export type SearchResult = {
  hits: SearchHit[]
  total: number
  page: number
  pageSize: number
  facets: SearchFacets
  tookMs: number
  /** Only when there are no hits. */
  suggestions?: SearchSuggestion[]
  /** `pinyin`: the query found nothing as words and these are the titles whose pinyin it spells. */
  matchedAs?: 'pinyin'
  /** 您是不是要找: a corrected query with more hits, when this one has few (fewer than 3). */
  didYouMean?: SearchSuggestion
}

/** A title offered while the visitor types (搜索联想). */
export type TitleSuggestion = { id: string; type: SearchDocumentType; title: string; url: string }

export type SearchEngineKind = 'embedded' | 'meilisearch'

export type SearchHealth = {
  ok: boolean
  engine: SearchEngineKind
  documents?: number
  detail?: string
}

/** 同义词组: every word in a group finds the others. */
export type SynonymGroup = readonly string[]

export interface SearchEngine {
  readonly kind: SearchEngineKind
  /** Creates the index and applies its settings (synonyms, custom words). Idempotent. */
  ensureSettings(): Promise<void>
  /** Adds or replaces documents by `id`. Idempotent, so a retried job is harmless. */
  upsert(docs: readonly SearchDocument[]): Promise<void>
  remove(ids: readonly string[]): Promise<void>
  search(query: SearchQuery): Promise<SearchResult>
  /** Up to `limit` titles of one site's documents containing `text`: those starting with it first, then the newest. */
  suggestTitles(siteId: string | number, text: string, limit: number): Promise<TitleSuggestion[]>
  clear(): Promise<void>
  health(): Promise<SearchHealth>
  /** Replaces the synonym groups, for example after an administrator edits them. */
  setSynonyms(groups: readonly SynonymGroup[]): Promise<void>
  close(): Promise<void>
}

export const searchDocumentId = (collection: string, id: string | number): string => `${collection}:${id}`
