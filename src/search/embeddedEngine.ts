import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3'
import { chinaYear } from '../calendar/chinaTime'
import { projectRoot } from '../projectRoot'
import { emptyFacets, normalizeQuery, validateDocument, type NormalizedQuery } from './common'
import { countFacets, TYPE_CODES } from './embeddedFacets'
import { pageRowids, type PagingSource } from './embeddedPaging'
import { CODE_PREFIXES, metaTokens, planMatch, type MatchPlan } from './embeddedPlan'
import { documentRow, prepareDocument, segmentInput, toHits, type PreparedDocument } from './embeddedDocuments'
import { FacetCodes, NEEDS_REBUILD, openSearchDatabase, prepareStatements, type Statements } from './embeddedStore'
import { didYouMean, FEW_HITS } from './didYouMean'
import { EmbeddedVocabulary } from './embeddedVocabulary'
import { FacetColumns, type FacetRow } from './facetColumns'
import { TitleIndex } from './embeddedSuggest'
import { parsePinyinQuery, type PinyinQuery } from './pinyin'
import { parseQuery, queryWords, type ParsedQuery } from './query'
import { SegmentPool } from './segmentPool'
import type { SegmentOutput } from './segmentText'
import { noHitSuggestions } from './suggestions'
import { cleanSynonymGroups, DEFAULT_SYNONYM_GROUPS, SynonymIndex } from './synonyms'
import { createTokenizer, type Tokenizer } from './tokenizer'
import { titleTerms } from './vocabulary'
import type { SearchDocument, SearchEngine, SearchHealth, SearchQuery, SearchResult, SynonymGroup, TitleSuggestion } from './types'

export const defaultSearchDatabasePath = (): string => path.join(projectRoot, 'data', 'search.db')

export type EmbeddedSearchOptions = {
  /** SQLite file of its own, never the CMS database; relative paths are resolved against the project root. */
  path?: string
  synonyms?: readonly SynonymGroup[]
  /** Words for jieba's dictionary (place names, 文号 prefixes). Changing them needs a reindex. */
  customWords?: readonly string[]
  /** Documents per write transaction. */
  batchSize?: number
  /**
   * Above this many matches, bm25 is computed only for the matches in the title (if they are few
   * enough), and the rest follow newest first: scoring every match of a word that half the archive
   * contains costs more than the order of such a result is worth.
   */
  rankAllLimit?: number
  /**
   * Worker threads that segment text during `upsert`, for bulk imports and rebuilds (0, the default,
   * segments on the calling thread). A bundled server has no worker file and segments inline.
   */
  segmentWorkers?: number
}

/**
 * SQLite FTS5 over text pre-segmented the way Meilisearch segments it (see tokenizer.ts), in its own
 * database file. The FTS table is contentless: original text lives in `search_docs` and excerpts are
 * cut from it for the returned page only. Facet codes are stored in `search_facets` and mirrored in
 * memory (FacetColumns), so the total, the facet counts and a date-sorted page come from the matched
 * rowids alone.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly kind = 'embedded' as const
  readonly path: string
  private readonly db: Database.Database
  private readonly tokenizer: Tokenizer
  private synonyms!: SynonymIndex
  /** The groups in force, as stored in `search_settings`: other processes on the same file pick changes up from there. */
  private synonymsJson = ''
  private readonly batchSize: number
  private readonly paging: PagingSource
  private readonly columns = new FacetColumns()
  private dataVersion = -1
  private readonly segmentWorkers: number
  private pool: Promise<SegmentPool | null> | null = null
  private readonly codes: FacetCodes
  private readonly statements: Statements
  private readonly titles: TitleIndex
  private readonly vocabulary: EmbeddedVocabulary

  constructor(options: EmbeddedSearchOptions = {}) {
    this.path = options.path ? path.resolve(projectRoot, options.path) : defaultSearchDatabasePath()
    fs.mkdirSync(path.dirname(this.path), { recursive: true })
    this.tokenizer = createTokenizer({ customWords: options.customWords })
    this.batchSize = options.batchSize ?? 500
    this.paging = {
      matches: (match) => this.statements.matches.all(match),
      ranked: (match, limit, offset) => this.statements.ranked.all(match, limit, offset),
      byDate: (a, b) => this.columns.published[b]! - this.columns.published[a]! || b - a,
      rankAllLimit: options.rankAllLimit ?? 10_000,
    }
    this.segmentWorkers = options.segmentWorkers ?? 0
    this.db = openSearchDatabase(this.path)
    this.statements = prepareStatements(this.db)
    this.codes = new FacetCodes(this.statements)
    this.titles = new TitleIndex(this.db)
    this.vocabulary = new EmbeddedVocabulary(this.db)
    this.useSynonyms(options.synonyms ?? this.storedSynonyms() ?? DEFAULT_SYNONYM_GROUPS)
  }

  private storedSynonyms(): string[][] | null {
    const stored = this.statements.getSetting.get('synonyms')?.value
    if (!stored) return null
    const groups: unknown = JSON.parse(stored)
    return Array.isArray(groups) ? cleanSynonymGroups(groups.filter(Array.isArray).map((g: unknown[]) => g.filter((t): t is string => typeof t === 'string'))) : null
  }

  private useSynonyms(groups: readonly SynonymGroup[]): void {
    const clean = cleanSynonymGroups(groups)
    this.synonymsJson = JSON.stringify(clean)
    this.synonyms = new SynonymIndex(clean)
  }

  /**
   * Loads the facet codes written since the last look, by this process at start-up or by another one
   * since, and the synonym groups if another process replaced them.
   */
  private sync(): void {
    const version = this.db.pragma('data_version', { simple: true }) as number
    if (version === this.dataVersion) return
    this.dataVersion = version
    for (const row of this.statements.facetsAfter.iterate(this.columns.maxRowid)) this.columns.set(row)
    const stored = this.statements.getSetting.get('synonyms')?.value
    if (stored !== undefined && stored !== this.synonymsJson) this.useSynonyms(this.storedSynonyms() ?? [])
  }

  async ensureSettings(): Promise<void> {
    this.statements.setSetting.run('customWords', JSON.stringify(this.tokenizer.customWords))
    this.statements.setSetting.run('synonyms', this.synonymsJson)
  }

  async setSynonyms(groups: readonly SynonymGroup[]): Promise<void> {
    this.useSynonyms(groups)
    this.statements.setSetting.run('synonyms', this.synonymsJson)
  }

  private write(prepared: readonly PreparedDocument[]): void {
    const s = this.statements
    this.db.transaction(() => {
      // Inside the write lock every other writer's rows are visible, so none can be skipped over.
      this.dataVersion = -1
      this.sync()
      for (const p of prepared) {
        const { doc } = p
        const row = documentRow(p)
        // A changed document gets a new rowid, so that other processes can catch up by rowid alone.
        const existing = s.rowidOf.get(doc.id)
        if (existing) this.deleteRow(existing.rowid)
        const rowid = Number(s.insertDoc.run(row).lastInsertRowid)
        const site = this.codes.codeFor('site', p.siteId, doc.siteName)
        const agencyCodes = p.agencies.map((a) => this.codes.codeFor('agency', a))
        const category = row.gazetteCategory ? this.codes.codeFor('category', row.gazetteCategory) : 0
        const columnCodes = p.columns.map((c) => this.codes.codeFor('column', c))
        const facets: FacetRow = {
          rowid,
          published: p.published,
          type: TYPE_CODES.get(doc.type)!,
          site,
          year: doc.year,
          category,
          agencies: agencyCodes.join(','),
        }
        s.insertFacets.run(facets)
        this.vocabulary.add(p.terms)
        this.columns.set(facets)
        s.insertFts.run({ rowid, ...p.fts, meta: metaTokens(doc.type, site, doc.year, category, agencyCodes, doc.validity, columnCodes) })
        this.titles.add(rowid, `${CODE_PREFIXES.site}${site}`, doc.title, p.published)
      }
    })()
  }

  async upsert(docs: readonly SearchDocument[]): Promise<void> {
    for (const doc of docs) validateDocument(doc)
    const pool = this.segmentWorkers > 0 && docs.length > 1 ? await (this.pool ??= SegmentPool.start(this.segmentWorkers, this.tokenizer.customWords)) : null
    if (!pool) {
      for (let i = 0; i < docs.length; i += this.batchSize) this.write(docs.slice(i, i + this.batchSize).map((doc) => prepareDocument(this.tokenizer, doc)))
      return
    }
    // Every batch goes to the workers at once; each is written as soon as it is back, in order, while
    // the workers segment the next ones.
    const size = Math.max(1, Math.min(this.batchSize, Math.ceil(docs.length / (pool.size * 2))))
    const batches: { docs: readonly SearchDocument[]; segmented: Promise<SegmentOutput[]> }[] = []
    for (let i = 0; i < docs.length; i += size) {
      const slice = docs.slice(i, i + size)
      const segmented = pool.segment(slice.map(segmentInput))
      // Awaited in order below; until then a failure must not count as unhandled.
      segmented.catch(() => undefined)
      batches.push({ docs: slice, segmented })
    }
    for (const batch of batches) {
      const segmented = await batch.segmented
      this.write(batch.docs.map((doc, k) => prepareDocument(this.tokenizer, doc, segmented[k])))
    }
  }

  /** How many worker threads the last bulk `upsert` segmented with: 0 when it fell back to this thread. */
  async segmentingWorkers(): Promise<number> {
    return (await this.pool)?.size ?? 0
  }

  private deleteRow(rowid: number): void {
    const title = this.statements.titleOf.get(rowid)
    if (title !== undefined) this.vocabulary.remove(titleTerms(this.tokenizer, title))
    this.statements.deleteFts.run(rowid)
    this.titles.remove(rowid)
    this.statements.deleteFacets.run(rowid)
    this.statements.deleteDoc.run(rowid)
  }

  async remove(ids: readonly string[]): Promise<void> {
    this.db.transaction(() => {
      for (const id of ids) {
        const existing = this.statements.rowidOf.get(id)
        if (existing) this.deleteRow(existing.rowid)
      }
    })()
  }

  async clear(): Promise<void> {
    this.db.transaction(() => {
      this.db.exec(
        `INSERT INTO search_fts (search_fts) VALUES ('delete-all'); INSERT INTO search_titles (search_titles) VALUES ('delete-all');
         DELETE FROM search_title_keys; DELETE FROM search_facets; DELETE FROM search_docs; DELETE FROM search_codes;`,
      )
      this.statements.deleteSetting.run(NEEDS_REBUILD)
      this.vocabulary.clear()
    })()
    this.codes.load()
    this.columns.clear()
  }

  /** Merges the FTS segments into one b-tree: worth running after a bulk import, or nightly. */
  optimize(): void {
    this.db.exec(`INSERT INTO search_fts (search_fts) VALUES ('optimize'); INSERT INTO search_titles (search_titles) VALUES ('optimize')`)
    this.db.pragma('wal_checkpoint(TRUNCATE)')
  }

  async health(): Promise<SearchHealth> {
    try {
      const documents = this.statements.documents.get()?.n ?? 0
      const stored = this.statements.getSetting.get('customWords')?.value
      const stale = stored !== undefined && stored !== JSON.stringify(this.tokenizer.customWords)
      const upgraded = this.statements.getSetting.get(NEEDS_REBUILD) !== undefined
      const detail = upgraded ? '搜索索引结构已升级，需要运行 npm run search:reindex 重建搜索索引' : stale ? '自定义词典已更改，需要重建搜索索引' : this.path
      return { ok: true, engine: this.kind, documents, detail }
    } catch (error) {
      return { ok: false, engine: this.kind, detail: error instanceof Error ? error.message : String(error) }
    }
  }

  async close(): Promise<void> {
    const pool = await this.pool
    await pool?.close()
    this.pool = null
    if (this.db.open) this.db.close()
  }

  private plan(parsed: ParsedQuery, query: NormalizedQuery, pinyin?: PinyinQuery) {
    return planMatch(parsed, query, this.codes.tokenOf, chinaYear(), pinyin)
  }

  private async count(query: NormalizedQuery): Promise<number> {
    const plan = this.plan(parseQuery(query.q, this.tokenizer, this.synonyms), query)
    return plan ? (this.statements.count.get(plan.all)?.n ?? 0) : 0
  }

  async suggestTitles(siteId: string | number, text: string, limit: number): Promise<TitleSuggestion[]> {
    return this.titles.suggest(this.codes.tokenOf('site', String(siteId)), text, limit)
  }

  async search(input: SearchQuery): Promise<SearchResult> {
    const started = performance.now()
    this.sync()
    const query = normalizeQuery(input)
    const parsed = parseQuery(query.q, this.tokenizer, this.synonyms)
    const result: SearchResult = { hits: [], total: 0, page: query.page, pageSize: query.pageSize, facets: emptyFacets(), tookMs: 0 }
    const run = (plan: MatchPlan | null): void => {
      if (!plan) return
      const rowids = this.statements.matches.all(plan.all)
      result.total = rowids.length
      result.facets = countFacets(rowids, this.columns, this.codes.valueOf)
      const page = pageRowids(plan, query, rowids, this.paging)
      if (page.length) result.hits = toHits(this.statements.hits.all(JSON.stringify(page)), page, parsed)
    }
    run(this.plan(parsed, query))
    // Letters that found nothing as words are read as the pinyin of a title (see pinyin.ts).
    const pinyin = result.total === 0 ? parsePinyinQuery(query.q) : null
    if (pinyin) {
      run(this.plan(parsed, query, pinyin))
      if (result.total > 0) result.matchedAs = 'pinyin'
    }
    const correction = query.q && !result.matchedAs && result.total < FEW_HITS ? await didYouMean(query.q, result.total, this.vocabulary, (q) => this.count({ ...query, q })) : null
    if (correction) result.didYouMean = correction
    if (result.total === 0) {
      result.suggestions = query.q ? await noHitSuggestions(query, queryWords(query.q, this.tokenizer), this.synonyms, (q) => this.count(q), correction) : []
    }
    result.tookMs = Math.round((performance.now() - started) * 10) / 10
    return result
  }

}
