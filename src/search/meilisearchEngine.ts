import { Meilisearch, type Hit, type Index, type SearchParams, type Settings, type Task } from 'meilisearch'
import { agencyList, emptyFacets, isoDate, MAX_FACET_VALUES, normalizeQuery, sortBuckets, validateDocument, type NormalizedQuery } from './common'
import { docNumberKey, documentReferenceKeys, parseDocNumber } from './docNumber'
import { escapeHtml } from './highlight'
import { queryWords } from './query'
import { noHitSuggestions } from './suggestions'
import { DEFAULT_SYNONYM_GROUPS, SynonymIndex, toMeilisearchSynonyms } from './synonyms'
import { createTokenizer, DEFAULT_CUSTOM_WORDS } from './tokenizer'
import {
  SEARCH_DOCUMENT_TYPES,
  SEARCH_DOCUMENT_TYPE_LABELS,
  type FacetBucket,
  type SearchDocument,
  type SearchDocumentType,
  type SearchEngine,
  type SearchHealth,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
  type SynonymGroup,
} from './types'

export type MeilisearchEngineOptions = {
  host: string
  apiKey?: string
  indexUid?: string
  synonyms?: readonly SynonymGroup[]
  /** Meilisearch's `dictionary`: the same custom words jieba gets in the embedded engine. */
  customWords?: readonly string[]
  /** How long to wait for an indexing task before the job counts as failed. */
  taskTimeoutMs?: number
  /** Meilisearch's `pagination.maxTotalHits`: how deep a reader may page. */
  maxTotalHits?: number
  batchSize?: number
}

/** What is stored in Meilisearch for one SearchDocument. */
export type MeilisearchDocument = {
  pk: string
  id: string
  type: SearchDocumentType
  siteId: string
  siteName: string
  /** `<siteId>|<siteName>`: facets by site with the name to show, in one value. */
  siteFacet: string
  title: string
  body: string
  docNumber: string | null
  docNumberKey: string | null
  docNumberRefKeys: string[]
  issuingAgency: string[]
  gazetteCategory: string | null
  publishedAt: string
  year: number
  url: string
}

export const DEFAULT_INDEX_UID = 'zhanqun-content'
const FACETS = ['type', 'siteFacet', 'year', 'issuingAgency', 'gazetteCategory'] as const
/** `body` is retrieved only because `_formatted` holds just the retrieved attributes; the excerpt comes from `_formatted.body`. */
const RETRIEVED = ['id', 'type', 'title', 'url', 'siteId', 'siteName', 'publishedAt', 'docNumber', 'issuingAgency', 'body']
/** Private-use characters as highlight tags: the text is escaped after Meilisearch marks it, then they become <mark>. */
const PRE_TAG = '\uE000'
const POST_TAG = '\uE001'
const CHINESE = ['cmn']

/**
 * Meilisearch document ids allow only letters, digits, `-` and `_`; `articles:12` becomes
 * `articles_003a12`. `_` itself is escaped, so different ids never collide.
 */
export function meilisearchPrimaryKey(id: string): string {
  let out = ''
  for (let i = 0; i < id.length; i++) {
    const c = id[i]!
    out += /[A-Za-z0-9-]/.test(c) ? c : `_${id.charCodeAt(i).toString(16).padStart(4, '0')}`
  }
  return out
}

export function meilisearchSettings(
  synonyms: readonly SynonymGroup[] = DEFAULT_SYNONYM_GROUPS,
  customWords: readonly string[] = DEFAULT_CUSTOM_WORDS,
  maxTotalHits = 10_000,
): Settings {
  return {
    // Attribute order is Meilisearch's attribute ranking rule: the title first.
    searchableAttributes: ['title', 'docNumber', 'issuingAgency', 'body', 'siteName'],
    filterableAttributes: ['type', 'siteId', 'siteFacet', 'year', 'issuingAgency', 'gazetteCategory', 'docNumberKey', 'docNumberRefKeys'],
    sortableAttributes: ['publishedAt', 'year'],
    // Without this, kanji-only text may be detected as Japanese and segmented differently.
    localizedAttributes: [{ attributePatterns: ['title', 'body', 'docNumber', 'issuingAgency', 'siteName'], locales: CHINESE }],
    synonyms: toMeilisearchSynonyms(synonyms),
    dictionary: [...new Set(customWords)],
    faceting: { maxValuesPerFacet: MAX_FACET_VALUES },
    pagination: { maxTotalHits },
  }
}

export function toMeilisearchDocument(doc: SearchDocument): MeilisearchDocument {
  validateDocument(doc)
  const siteId = String(doc.siteId)
  const docNumber = doc.docNumber?.trim() || null
  return {
    pk: meilisearchPrimaryKey(doc.id),
    id: doc.id,
    type: doc.type,
    siteId,
    siteName: doc.siteName,
    siteFacet: `${siteId}|${doc.siteName}`,
    title: doc.title,
    body: doc.body,
    docNumber,
    docNumberKey: docNumberKey(docNumber),
    docNumberRefKeys: documentReferenceKeys({ docNumber, title: doc.title, body: doc.body }),
    issuingAgency: agencyList(doc.issuingAgency),
    gazetteCategory: doc.gazetteCategory?.trim() || null,
    publishedAt: isoDate(doc.publishedAt),
    year: doc.year,
    url: doc.url,
  }
}

/** Page/hitsPerPage requests answer `totalHits` (exhaustive); offset/limit ones `estimatedTotalHits`. */
const totalOf = (response: object): number => {
  const r = response as { totalHits?: number; estimatedTotalHits?: number }
  return r.totalHits ?? r.estimatedTotalHits ?? 0
}

const quote = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
const inList = (attribute: string, values: readonly string[]): string => `${attribute} IN [${values.map(quote).join(', ')}]`

/** The filter expression for a query's filters, plus an optional extra condition; undefined when there is none. */
export function meilisearchFilter(query: NormalizedQuery, extra?: string): string | undefined {
  const parts: string[] = []
  if (query.types.length) parts.push(inList('type', query.types))
  if (query.siteIds.length) parts.push(inList('siteId', query.siteIds))
  if (query.yearFrom !== undefined) parts.push(`year >= ${query.yearFrom}`)
  if (query.yearTo !== undefined) parts.push(`year <= ${query.yearTo}`)
  if (query.issuingAgencies.length) parts.push(inList('issuingAgency', query.issuingAgencies))
  if (query.gazetteCategories.length) parts.push(inList('gazetteCategory', query.gazetteCategories))
  if (extra) parts.push(extra)
  return parts.length ? parts.join(' AND ') : undefined
}

/** Meilisearch marks but does not escape; escape first, then turn the private tags into <mark>. */
export function meilisearchMarkup(text: string | undefined): string {
  if (!text) return ''
  return escapeHtml(text).replaceAll(PRE_TAG, '<mark>').replaceAll(POST_TAG, '</mark>')
}

function facetBuckets(distribution: Record<string, Record<string, number>> | undefined): SearchResult['facets'] {
  const facets = emptyFacets()
  if (!distribution) return facets
  const entries = (name: string): [string, number][] => Object.entries(distribution[name] ?? {})
  facets.types = sortBuckets(
    entries('type')
      .filter(([value]) => (SEARCH_DOCUMENT_TYPES as readonly string[]).includes(value))
      .map(([value, count]) => ({ value, label: SEARCH_DOCUMENT_TYPE_LABELS[value as SearchDocumentType], count })),
  )
  facets.sites = sortBuckets(
    entries('siteFacet').map(([value, count]): FacetBucket => {
      const bar = value.indexOf('|')
      return bar < 0 ? { value, count } : { value: value.slice(0, bar), label: value.slice(bar + 1), count }
    }),
  )
  facets.years = sortBuckets(entries('year').map(([value, count]) => ({ value, count })), true)
  facets.issuingAgencies = sortBuckets(entries('issuingAgency').map(([value, count]) => ({ value, count })))
  facets.gazetteCategories = sortBuckets(entries('gazetteCategory').map(([value, count]) => ({ value, count })))
  return facets
}

function toHit(hit: Hit<MeilisearchDocument>): SearchHit {
  const formatted = hit._formatted ?? {}
  const agencies = Array.isArray(hit.issuingAgency) ? hit.issuingAgency : []
  return {
    id: hit.id,
    type: hit.type,
    title: hit.title,
    url: hit.url,
    siteId: String(hit.siteId),
    siteName: hit.siteName,
    publishedAt: hit.publishedAt,
    ...(hit.docNumber ? { docNumber: hit.docNumber } : {}),
    ...(agencies.length ? { issuingAgency: agencies.join('、') } : {}),
    titleHighlighted: meilisearchMarkup(typeof formatted.title === 'string' ? formatted.title : hit.title),
    snippet: meilisearchMarkup(typeof formatted.body === 'string' ? formatted.body : '').replace(/\s+/g, ' ').trim(),
  }
}

/**
 * The same SearchEngine over Meilisearch, for clusters that outgrow one machine. Meilisearch segments
 * Chinese with charabia (jieba without HMM, then dictionary bigrams), which the embedded tokenizer mirrors.
 */
export class MeilisearchSearchEngine implements SearchEngine {
  readonly kind = 'meilisearch' as const
  readonly indexUid: string
  private readonly client: Meilisearch
  private readonly index: Index<MeilisearchDocument>
  private synonymGroups: readonly SynonymGroup[]
  private synonyms: SynonymIndex
  private readonly customWords: readonly string[]
  private readonly taskTimeoutMs: number
  private readonly maxTotalHits: number
  private readonly batchSize: number

  constructor(options: MeilisearchEngineOptions) {
    this.indexUid = options.indexUid ?? DEFAULT_INDEX_UID
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey, timeout: 15_000 })
    this.index = this.client.index<MeilisearchDocument>(this.indexUid)
    this.synonymGroups = options.synonyms ?? DEFAULT_SYNONYM_GROUPS
    this.synonyms = new SynonymIndex(this.synonymGroups)
    this.customWords = options.customWords ?? DEFAULT_CUSTOM_WORDS
    this.taskTimeoutMs = options.taskTimeoutMs ?? 60_000
    this.maxTotalHits = options.maxTotalHits ?? 10_000
    this.batchSize = options.batchSize ?? 1000
  }

  private succeeded(task: Task, what: string): Task {
    if (task.status !== 'succeeded') {
      throw new Error(`Meilisearch ${what}失败（任务 ${task.uid}，状态 ${task.status}）：${task.error?.message ?? '未知错误'}`)
    }
    return task
  }

  private get wait() {
    return { timeout: this.taskTimeoutMs, interval: 50 }
  }

  async ensureSettings(): Promise<void> {
    const created = await this.client.createIndex(this.indexUid, { primaryKey: 'pk' }).waitTask(this.wait)
    if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') this.succeeded(created, '创建索引')
    this.succeeded(await this.index.updateSettings(meilisearchSettings(this.synonymGroups, this.customWords, this.maxTotalHits)).waitTask(this.wait), '更新索引设置')
  }

  async setSynonyms(groups: readonly SynonymGroup[]): Promise<void> {
    this.succeeded(await this.index.updateSynonyms(toMeilisearchSynonyms(groups)).waitTask(this.wait), '更新同义词')
    this.synonymGroups = groups
    this.synonyms = new SynonymIndex(groups)
  }

  async upsert(docs: readonly SearchDocument[]): Promise<void> {
    const documents = docs.map(toMeilisearchDocument)
    for (let i = 0; i < documents.length; i += this.batchSize) {
      const batch = documents.slice(i, i + this.batchSize)
      this.succeeded(await this.index.addDocuments(batch, { primaryKey: 'pk' }).waitTask(this.wait), '写入文档')
    }
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (!ids.length) return
    this.succeeded(await this.index.deleteDocuments(ids.map(meilisearchPrimaryKey)).waitTask(this.wait), '删除文档')
  }

  async clear(): Promise<void> {
    this.succeeded(await this.index.deleteAllDocuments().waitTask(this.wait), '清空索引')
  }

  async health(): Promise<SearchHealth> {
    try {
      await this.client.health()
      const stats = await this.index.getStats()
      return { ok: true, engine: this.kind, documents: stats.numberOfDocuments, detail: this.indexUid }
    } catch (error) {
      return { ok: false, engine: this.kind, detail: error instanceof Error ? error.message : String(error) }
    }
  }

  async close(): Promise<void> {}

  private searchParams(query: NormalizedQuery, docNumberFilter?: string): SearchParams {
    const params: SearchParams = {
      filter: meilisearchFilter(query, docNumberFilter),
      facets: [...FACETS],
      page: query.page,
      hitsPerPage: query.pageSize,
      attributesToRetrieve: RETRIEVED,
      attributesToHighlight: ['title', 'body'],
      attributesToCrop: ['body'],
      cropLength: 40,
      cropMarker: '…',
      highlightPreTag: PRE_TAG,
      highlightPostTag: POST_TAG,
      // Every word must match, as in the embedded engine; no-hit suggestions offer the relaxed query.
      matchingStrategy: 'all',
      locales: CHINESE,
    }
    if (query.sort === 'date') params.sort = ['publishedAt:desc']
    return params
  }

  private async count(query: NormalizedQuery): Promise<number> {
    const response = await this.index.search(query.q, { filter: meilisearchFilter(query), page: 1, hitsPerPage: 0, matchingStrategy: 'all', locales: CHINESE })
    return totalOf(response)
  }

  async search(input: SearchQuery): Promise<SearchResult> {
    const started = performance.now()
    const query = normalizeQuery(input)
    const docNumber = query.q ? parseDocNumber(query.q) : null
    let response
    if (docNumber) {
      // A 文号 is looked up as an exact key: the document that bears it, or failing that, those citing it.
      const byDate = { ...query, sort: 'date' as const }
      response = await this.index.search('', this.searchParams(byDate, `docNumberKey = ${quote(docNumber.key)}`))
      if (!totalOf(response)) response = await this.index.search('', this.searchParams(byDate, `docNumberRefKeys = ${quote(docNumber.key)}`))
    } else {
      response = await this.index.search(query.q, this.searchParams(query))
    }
    const total = totalOf(response)
    const result: SearchResult = {
      hits: response.hits.map(toHit),
      total,
      page: query.page,
      pageSize: query.pageSize,
      facets: facetBuckets(response.facetDistribution),
      tookMs: 0,
    }
    if (total === 0) {
      result.suggestions = query.q
        ? await noHitSuggestions(query, queryWords(query.q, createTokenizer({ customWords: this.customWords })), this.synonyms, (q) => this.count(q))
        : []
    }
    result.tookMs = Math.round((performance.now() - started) * 10) / 10
    return result
  }
}
