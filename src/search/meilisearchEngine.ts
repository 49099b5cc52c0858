import { Meilisearch, type Index, type SearchParams, type Task } from 'meilisearch'
import { normalizeQuery, type NormalizedQuery } from './common'
import { parseDocNumber } from './docNumber'
import {
  CHINESE,
  DEFAULT_INDEX_UID,
  FACETS,
  facetBuckets,
  meilisearchFilter,
  meilisearchPrimaryKey,
  meilisearchSettings,
  POST_TAG,
  quote,
  PRE_TAG,
  PINYIN_ATTRIBUTES,
  RETRIEVED,
  TEXT_ATTRIBUTES,
  toHit,
  toMeilisearchDocument,
  totalOf,
  type MeilisearchDocument,
} from './meilisearchDocument'
import { didYouMean, FEW_HITS } from './didYouMean'
import { MeilisearchVocabulary } from './meilisearchVocabulary'
import { parsePinyinQuery } from './pinyin'
import { queryWords } from './query'
import { noHitSuggestions } from './suggestions'
import { DEFAULT_SYNONYM_GROUPS, SynonymIndex, toMeilisearchSynonyms } from './synonyms'
import { createTokenizer, DEFAULT_CUSTOM_WORDS, type Tokenizer } from './tokenizer'
import type { SearchDocument, SearchEngine, SearchHealth, SearchQuery, SearchResult, SynonymGroup, TitleSuggestion } from './types'

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

export {
  DEFAULT_INDEX_UID,
  meilisearchFilter,
  meilisearchMarkup,
  meilisearchPrimaryKey,
  meilisearchSettings,
  toMeilisearchDocument,
  type MeilisearchDocument,
} from './meilisearchDocument'

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
  private readonly tokenizer: Tokenizer
  private readonly vocabulary: MeilisearchVocabulary

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
    this.tokenizer = createTokenizer({ customWords: this.customWords })
    this.vocabulary = new MeilisearchVocabulary(this.index)
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
    const documents = docs.map((doc) => toMeilisearchDocument(doc, this.tokenizer))
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
      attributesToSearchOn: TEXT_ATTRIBUTES,
    }
    if (query.sort === 'date') params.sort = ['publishedAt:desc']
    return params
  }

  private async count(query: NormalizedQuery): Promise<number> {
    const response = await this.index.search(query.q, {
      filter: meilisearchFilter(query),
      page: 1,
      hitsPerPage: 0,
      matchingStrategy: 'all',
      locales: CHINESE,
      attributesToSearchOn: TEXT_ATTRIBUTES,
    })
    return totalOf(response)
  }

  /** Meilisearch treats the last word as a prefix, so a half-typed title already matches. */
  async suggestTitles(siteId: string | number, text: string, limit: number): Promise<TitleSuggestion[]> {
    const needle = text.normalize('NFKC').trim()
    if (!needle) return []
    const response = await this.index.search(needle, {
      filter: `siteId = ${quote(String(siteId))}`,
      attributesToSearchOn: ['title'],
      attributesToRetrieve: ['id', 'type', 'title', 'url'],
      limit: Math.max(1, Math.min(20, limit)),
      matchingStrategy: 'all',
      locales: CHINESE,
    })
    return response.hits.map((h) => ({ id: h.id, type: h.type, title: h.title, url: h.url }))
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
    // Letters that found nothing as words are read as the pinyin of a title, as in the embedded engine.
    const pinyin = !docNumber && !totalOf(response) ? parsePinyinQuery(query.q) : null
    let matchedAsPinyin = false
    if (pinyin) {
      const phrases = [...pinyin.syllables.map((s) => ({ q: s.join(' '), on: PINYIN_ATTRIBUTES[0]! })), ...(pinyin.initials ? [{ q: pinyin.initials.join(' '), on: PINYIN_ATTRIBUTES[1]! }] : [])]
      for (const phrase of phrases) {
        const retry = await this.index.search(`"${phrase.q}"`, { ...this.searchParams(query), attributesToSearchOn: [phrase.on] })
        if (totalOf(retry)) {
          response = retry
          matchedAsPinyin = true
          break
        }
      }
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
    if (matchedAsPinyin) result.matchedAs = 'pinyin'
    const correction = query.q && !docNumber && !matchedAsPinyin && total < FEW_HITS ? await didYouMean(query.q, total, this.vocabulary, (q) => this.count({ ...query, q })) : null
    if (correction) result.didYouMean = correction
    if (total === 0) {
      result.suggestions = query.q ? await noHitSuggestions(query, queryWords(query.q, this.tokenizer), this.synonyms, (q) => this.count(q), correction) : []
    }
    result.tookMs = Math.round((performance.now() - started) * 10) / 10
    return result
  }
}
