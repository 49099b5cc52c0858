import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { agencyList, emptyFacets, isoDate, normalizeQuery, sortBuckets, validateDocument, type NormalizedQuery } from './common'
import { docNumberKey } from './docNumber'
import { FacetColumns, type FacetRow } from './facetColumns'
import { clausePatterns, findMatches, highlightAll, makeSnippet } from './highlight'
import { parseQuery, queryWords, type ParsedQuery } from './query'
import { SegmentPool } from './segmentPool'
import { segmentDocument, type SegmentInput, type SegmentOutput } from './segmentText'
import { noHitSuggestions } from './suggestions'
import { cleanSynonymGroups, DEFAULT_SYNONYM_GROUPS, SynonymIndex } from './synonyms'
import { createTokenizer, type Tokenizer } from './tokenizer'
import { projectRoot } from '../projectRoot'
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
import { chinaYear } from '../calendar/chinaTime'


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

/** Columns of the FTS table, in order; the bm25 weights below follow it. */
const FTS_COLUMNS = ['title', 'body', 'extra', 'meta', 'dockey', 'refkeys'] as const
/** The title outweighs the body; a document's own 文号 outweighs any citation of it. */
const BM25 = 'bm25(10.0, 1.0, 3.0, 0.0, 100.0, 2.0)'
const TEXT_COLUMNS = '{title body extra}'
const TITLE_COLUMN = '{title}'

const TYPE_TOKENS: Record<SearchDocumentType, string> = {
  'gazette-article': 'tgazette',
  'policy-document': 'tpolicy',
  interpretation: 'tinterp',
  article: 'tarticle',
}
const TYPE_CODES = new Map<string, number>(SEARCH_DOCUMENT_TYPES.map((t, i) => [t, i + 1]))

type CodeKind = 'site' | 'agency' | 'category'

type PreparedDocument = {
  doc: SearchDocument
  siteId: string
  agencies: string[]
  publishedAt: string
  published: number
  fts: { title: string; body: string; extra: string; dockey: string; refkeys: string }
}

/** `ranked`: the query has words or a 文号 to score; `titleOnly`: its words restricted to the title. */
type MatchPlan = { all: string; ranked: boolean; titleOnly: string | null }

type HitRow = {
  rowid: number
  id: string
  type: SearchDocumentType
  site_id: string
  site_name: string
  title: string
  doc_number: string | null
  issuing_agency: string | null
  published_at: string
  url: string
  body: string
}

/** An FTS5 string literal: the tokenizer inside FTS5 splits it into a phrase. */
const ftsString = (text: string): string => `"${text.replace(/"/g, '""')}"`

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
  private readonly rankAllLimit: number
  private readonly columns = new FacetColumns()
  private dataVersion = -1
  private readonly segmentWorkers: number
  private pool: Promise<SegmentPool | null> | null = null
  private readonly codes = new Map<CodeKind, Map<string, number>>()
  private readonly values = new Map<CodeKind, Map<number, { value: string; label: string | null }>>()
  private readonly statements

  constructor(options: EmbeddedSearchOptions = {}) {
    this.path = options.path ? path.resolve(projectRoot, options.path) : defaultSearchDatabasePath()
    fs.mkdirSync(path.dirname(this.path), { recursive: true })
    this.tokenizer = createTokenizer({ customWords: options.customWords })
    this.batchSize = options.batchSize ?? 500
    this.rankAllLimit = options.rankAllLimit ?? 10_000
    this.segmentWorkers = options.segmentWorkers ?? 0
    this.db = new Database(this.path)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('cache_size = -65536')
    this.db.pragma('mmap_size = 1073741824')
    this.db.pragma('temp_store = MEMORY')
    this.createSchema()
    this.statements = this.prepareStatements()
    this.loadCodes()
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

  private createSchema(): void {
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS search_docs (
        rowid INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        site_id TEXT NOT NULL,
        site_name TEXT NOT NULL,
        title TEXT NOT NULL,
        doc_number TEXT,
        doc_key TEXT,
        issuing_agency TEXT,
        gazette_category TEXT,
        published_at TEXT NOT NULL,
        year INTEGER NOT NULL,
        url TEXT NOT NULL,
        body TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS search_facets (
        rowid INTEGER PRIMARY KEY,
        published INTEGER NOT NULL,
        type INTEGER NOT NULL,
        site INTEGER NOT NULL,
        year INTEGER NOT NULL,
        category INTEGER NOT NULL,
        agencies TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS search_codes (
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        code INTEGER NOT NULL,
        label TEXT,
        PRIMARY KEY (kind, value)
      );
      CREATE UNIQUE INDEX IF NOT EXISTS search_codes_by_code ON search_codes (kind, code);
      CREATE TABLE IF NOT EXISTS search_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
        ${FTS_COLUMNS.join(', ')},
        content = '', contentless_delete = 1, tokenize = 'unicode61'
      );
    `)
  }

  private prepareStatements() {
    const db = this.db
    return {
      rowidOf: db.prepare<[string], { rowid: number }>('SELECT rowid FROM search_docs WHERE id = ?'),
      insertDoc: db.prepare(
        `INSERT INTO search_docs (id, type, site_id, site_name, title, doc_number, doc_key, issuing_agency, gazette_category, published_at, year, url, body)
         VALUES (@id, @type, @siteId, @siteName, @title, @docNumber, @docKey, @issuingAgency, @gazetteCategory, @publishedAt, @year, @url, @body)`,
      ),
      insertFacets: db.prepare(
        `INSERT INTO search_facets (rowid, published, type, site, year, category, agencies)
         VALUES (@rowid, @published, @type, @site, @year, @category, @agencies)`,
      ),
      facetsAfter: db.prepare<[number], FacetRow>('SELECT rowid, published, type, site, year, category, agencies FROM search_facets WHERE rowid > ?'),
      insertFts: db.prepare(
        `INSERT INTO search_fts (rowid, ${FTS_COLUMNS.join(', ')}) VALUES (@rowid, @title, @body, @extra, @meta, @dockey, @refkeys)`,
      ),
      deleteFts: db.prepare('DELETE FROM search_fts WHERE rowid = ?'),
      deleteFacets: db.prepare('DELETE FROM search_facets WHERE rowid = ?'),
      deleteDoc: db.prepare('DELETE FROM search_docs WHERE rowid = ?'),
      insertCode: db.prepare('INSERT INTO search_codes (kind, value, code, label) VALUES (?, ?, ?, ?)'),
      updateLabel: db.prepare('UPDATE search_codes SET label = ? WHERE kind = ? AND value = ? AND label IS NOT ?'),
      allCodes: db.prepare<[], { kind: CodeKind; value: string; code: number; label: string | null }>('SELECT kind, value, code, label FROM search_codes'),
      maxCode: db.prepare<[string], { code: number | null }>('SELECT max(code) AS code FROM search_codes WHERE kind = ?'),
      codeOf: db.prepare<[string, string], { code: number }>('SELECT code FROM search_codes WHERE kind = ? AND value = ?'),
      matches: db.prepare<[string], number>('SELECT rowid FROM search_fts WHERE search_fts MATCH ?').pluck(),
      ranked: db
        .prepare<[string, number, number], number>(
          `SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rank MATCH '${BM25}' ORDER BY rank LIMIT ? OFFSET ?`,
        )
        .pluck(),
      count: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ?'),
      hits: db.prepare<[string], HitRow>(
        `SELECT rowid, id, type, site_id, site_name, title, doc_number, issuing_agency, published_at, url, body
         FROM search_docs WHERE rowid IN (SELECT value FROM json_each(?))`,
      ),
      documents: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM search_docs'),
      getSetting: db.prepare<[string], { value: string }>('SELECT value FROM search_settings WHERE key = ?'),
      setSetting: db.prepare('INSERT OR REPLACE INTO search_settings (key, value) VALUES (?, ?)'),
    }
  }

  private loadCodes(): void {
    this.codes.clear()
    this.values.clear()
    for (const kind of ['site', 'agency', 'category'] as const) {
      this.codes.set(kind, new Map())
      this.values.set(kind, new Map())
    }
    for (const row of this.statements.allCodes.all()) {
      this.codes.get(row.kind)?.set(row.value, row.code)
      this.values.get(row.kind)?.set(row.code, { value: row.value, label: row.label })
    }
  }

  /** Facet values are stored as small integers; runs inside the write transaction. */
  private codeFor(kind: CodeKind, value: string, label: string | null = null): number {
    const known = this.codes.get(kind)!.get(value)
    if (known !== undefined) {
      if (label !== null && this.values.get(kind)!.get(known)?.label !== label) {
        this.statements.updateLabel.run(label, kind, value, label)
        this.values.get(kind)!.set(known, { value, label })
      }
      return known
    }
    // Another process may have added it since this one loaded the codes.
    const stored = this.statements.codeOf.get(kind, value)
    const code = stored?.code ?? (this.statements.maxCode.get(kind)?.code ?? 0) + 1
    if (!stored) this.statements.insertCode.run(kind, value, code, label)
    else if (label !== null) this.statements.updateLabel.run(label, kind, value, label)
    this.codes.get(kind)!.set(value, code)
    this.values.get(kind)!.set(code, { value, label })
    return code
  }

  private knownCode(kind: CodeKind, value: string): number | undefined {
    return this.codes.get(kind)!.get(value) ?? this.statements.codeOf.get(kind, value)?.code
  }

  private valueOf(kind: CodeKind, code: number): { value: string; label: string | null } | undefined {
    let entry = this.values.get(kind)!.get(code)
    if (!entry) {
      this.loadCodes()
      entry = this.values.get(kind)!.get(code)
    }
    return entry
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

  /** Segmenting is the expensive part and needs no lock, so it happens before the write transaction. */
  private prepare(doc: SearchDocument, segmented?: SegmentOutput): PreparedDocument {
    const input = segmentInput(doc)
    const text = segmented ?? segmentDocument(this.tokenizer, input)
    const docNumber = doc.docNumber?.trim() ?? ''
    return {
      doc,
      siteId: String(doc.siteId),
      agencies: agencyList(doc.issuingAgency),
      publishedAt: isoDate(doc.publishedAt),
      published: Date.parse(doc.publishedAt),
      fts: { ...text, dockey: docNumberKey(docNumber) ?? '' },
    }
  }

  private write(prepared: readonly PreparedDocument[]): void {
    const s = this.statements
    this.db.transaction(() => {
      // Inside the write lock every other writer's rows are visible, so none can be skipped over.
      this.dataVersion = -1
      this.sync()
      for (const p of prepared) {
        const { doc } = p
        const row = {
          id: doc.id,
          type: doc.type,
          siteId: p.siteId,
          siteName: doc.siteName,
          title: doc.title,
          docNumber: doc.docNumber?.trim() || null,
          docKey: p.fts.dockey || null,
          issuingAgency: p.agencies.length ? p.agencies.join('、') : null,
          gazetteCategory: doc.gazetteCategory?.trim() || null,
          publishedAt: p.publishedAt,
          year: doc.year,
          url: doc.url,
          body: doc.body,
        }
        // A changed document gets a new rowid, so that other processes can catch up by rowid alone.
        const existing = s.rowidOf.get(doc.id)
        if (existing) this.deleteRow(existing.rowid)
        const rowid = Number(s.insertDoc.run(row).lastInsertRowid)
        const site = this.codeFor('site', p.siteId, doc.siteName)
        const agencyCodes = p.agencies.map((a) => this.codeFor('agency', a))
        const category = row.gazetteCategory ? this.codeFor('category', row.gazetteCategory) : 0
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
        this.columns.set(facets)
        const meta = ['all', TYPE_TOKENS[doc.type], `s${site}`, `y${doc.year}`, category ? `c${category}` : '', ...agencyCodes.map((c) => `a${c}`)]
        s.insertFts.run({ rowid, ...p.fts, meta: meta.filter(Boolean).join(' ') })
      }
    })()
  }

  async upsert(docs: readonly SearchDocument[]): Promise<void> {
    for (const doc of docs) validateDocument(doc)
    const pool = this.segmentWorkers > 0 && docs.length > 1 ? await (this.pool ??= SegmentPool.start(this.segmentWorkers, this.tokenizer.customWords)) : null
    if (!pool) {
      for (let i = 0; i < docs.length; i += this.batchSize) this.write(docs.slice(i, i + this.batchSize).map((doc) => this.prepare(doc)))
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
      this.write(batch.docs.map((doc, k) => this.prepare(doc, segmented[k])))
    }
  }

  /** How many worker threads the last bulk `upsert` segmented with: 0 when it fell back to this thread. */
  async segmentingWorkers(): Promise<number> {
    return (await this.pool)?.size ?? 0
  }

  private deleteRow(rowid: number): void {
    this.statements.deleteFts.run(rowid)
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
      this.db.exec(`INSERT INTO search_fts (search_fts) VALUES ('delete-all'); DELETE FROM search_facets; DELETE FROM search_docs; DELETE FROM search_codes;`)
    })()
    this.loadCodes()
    this.columns.clear()
  }

  /** Merges the FTS segments into one b-tree: worth running after a bulk import, or nightly. */
  optimize(): void {
    this.db.exec(`INSERT INTO search_fts (search_fts) VALUES ('optimize')`)
    this.db.pragma('wal_checkpoint(TRUNCATE)')
  }

  async health(): Promise<SearchHealth> {
    try {
      const documents = this.statements.documents.get()?.n ?? 0
      const stored = this.statements.getSetting.get('customWords')?.value
      const stale = stored !== undefined && stored !== JSON.stringify(this.tokenizer.customWords)
      return {
        ok: true,
        engine: this.kind,
        documents,
        detail: stale ? '自定义词典已更改，需要重建搜索索引' : this.path,
      }
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

  /**
   * The FTS5 expression: text clauses over the text columns, filters as tokens of the `meta` column.
   * `titleOnly` is the same with the text clauses restricted to the title, for ranking large results.
   */
  private matchPlan(parsed: ParsedQuery, query: NormalizedQuery): MatchPlan | null {
    const rest: string[] = []
    const text: string[] = []
    for (const clause of parsed.clauses) {
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
    if (query.siteIds.length && !filter(query.siteIds.map((v) => this.tokenOf('site', 's', v)))) return null
    if (query.issuingAgencies.length && !filter(query.issuingAgencies.map((v) => this.tokenOf('agency', 'a', v)))) return null
    if (query.gazetteCategories.length && !filter(query.gazetteCategories.map((v) => this.tokenOf('category', 'c', v)))) return null
    if (query.yearFrom !== undefined || query.yearTo !== undefined) {
      const from = Math.max(query.yearFrom ?? 1949, 1900)
      const to = Math.min(query.yearTo ?? chinaYear() + 1, 2200)
      if (from > to) return null
      const years: string[] = []
      for (let y = from; y <= to; y++) years.push(`y${y}`)
      filter(years)
    }
    if (!text.length) return { all: rest.length ? rest.join(' AND ') : 'meta : all', ranked: parsed.clauses.length > 0, titleOnly: null }
    const words = `(${text.join(' AND ')})`
    return {
      all: [`${TEXT_COLUMNS} : ${words}`, ...rest].join(' AND '),
      ranked: true,
      titleOnly: [`${TITLE_COLUMN} : ${words}`, ...rest].join(' AND '),
    }
  }

  private tokenOf(kind: CodeKind, prefix: string, value: string): string | undefined {
    const code = this.knownCode(kind, value)
    return code === undefined ? undefined : `${prefix}${code}`
  }

  private async count(query: NormalizedQuery): Promise<number> {
    const parsed = parseQuery(query.q, this.tokenizer, this.synonyms)
    if (query.q && !parsed.clauses.length) return 0
    const plan = this.matchPlan(parsed, query)
    return plan ? (this.statements.count.get(plan.all)?.n ?? 0) : 0
  }

  async search(input: SearchQuery): Promise<SearchResult> {
    const started = performance.now()
    this.sync()
    const query = normalizeQuery(input)
    const parsed = parseQuery(query.q, this.tokenizer, this.synonyms)
    const result: SearchResult = { hits: [], total: 0, page: query.page, pageSize: query.pageSize, facets: emptyFacets(), tookMs: 0 }
    const plan = query.q && !parsed.clauses.length ? null : this.matchPlan(parsed, query)

    if (plan) {
      const rowids = this.statements.matches.all(plan.all)
      result.total = rowids.length
      result.facets = this.countFacets(rowids)
      const offset = (query.page - 1) * query.pageSize
      if (offset < rowids.length) result.hits = this.loadHits(this.pageRowids(plan, query, rowids, offset), parsed)
    }
    if (result.total === 0) {
      result.suggestions = query.q ? await noHitSuggestions(query, queryWords(query.q, this.tokenizer), this.synonyms, (q) => this.count(q)) : []
    }
    result.tookMs = Math.round((performance.now() - started) * 10) / 10
    return result
  }

  private byDate = (a: number, b: number): number => this.columns.published[b]! - this.columns.published[a]! || b - a

  /** The rowids of the requested page, in order. */
  private pageRowids(plan: MatchPlan, query: NormalizedQuery, rowids: number[], offset: number): number[] {
    const end = offset + query.pageSize
    if (query.sort === 'date' || !plan.ranked) return topRows(rowids, this.byDate, end).slice(offset)
    if (rowids.length <= this.rankAllLimit) return this.statements.ranked.all(plan.all, query.pageSize, offset)
    if (!plan.titleOnly) return topRows(rowids, this.byDate, end).slice(offset)

    // Too many matches to score them all: title matches first (Meilisearch's attribute rule), scored
    // by bm25 when they are few enough, then the others, each tier newest first.
    const inTitle = this.statements.matches.all(plan.titleOnly)
    const page: number[] = []
    if (offset < inTitle.length) {
      const needed = Math.min(end, inTitle.length)
      const ordered = inTitle.length <= this.rankAllLimit ? this.statements.ranked.all(plan.titleOnly, needed, 0) : topRows(inTitle, this.byDate, needed)
      page.push(...ordered.slice(offset, needed))
    }
    if (end > inTitle.length) {
      const titleSet = new Set(inTitle)
      const others = rowids.filter((r) => !titleSet.has(r))
      const to = end - inTitle.length
      page.push(...topRows(others, this.byDate, to).slice(Math.max(0, offset - inTitle.length), to))
    }
    return page
  }

  private countFacets(rowids: readonly number[]): SearchResult['facets'] {
    const c = this.columns
    const types = new Map<number, number>()
    const sites = new Map<number, number>()
    const years = new Map<number, number>()
    const categories = new Map<number, number>()
    const agencies = new Map<number, number>()
    const bump = (map: Map<number, number>, key: number): void => {
      map.set(key, (map.get(key) ?? 0) + 1)
    }
    for (const r of rowids) {
      bump(types, c.type[r]!)
      bump(sites, c.site[r]!)
      bump(years, c.year[r]!)
      const category = c.category[r]!
      if (category) bump(categories, category)
      const agency = c.agency[r]!
      if (agency) bump(agencies, agency)
    }
    if (c.extraAgencies.size) for (const r of rowids) for (const code of c.extraAgencies.get(r) ?? []) bump(agencies, code)

    const buckets = (map: Map<number, number>, kind: CodeKind, withLabel: boolean): FacetBucket[] => {
      const out: FacetBucket[] = []
      for (const [code, count] of map) {
        const entry = this.valueOf(kind, code)
        if (!entry) continue
        out.push(withLabel && entry.label ? { value: entry.value, label: entry.label, count } : { value: entry.value, count })
      }
      return sortBuckets(out)
    }
    return {
      types: sortBuckets(
        [...types].flatMap(([code, count]) => {
          const type = SEARCH_DOCUMENT_TYPES[code - 1]
          return type ? [{ value: type, label: SEARCH_DOCUMENT_TYPE_LABELS[type], count }] : []
        }),
      ),
      sites: buckets(sites, 'site', true),
      years: sortBuckets([...years].map(([year, count]) => ({ value: String(year), count })), true),
      issuingAgencies: buckets(agencies, 'agency', false),
      gazetteCategories: buckets(categories, 'category', false),
    }
  }

  private loadHits(rowids: number[], parsed: ParsedQuery): SearchHit[] {
    if (!rowids.length) return []
    const byRowid = new Map(this.statements.hits.all(JSON.stringify(rowids)).map((r) => [r.rowid, r]))
    const patterns = clausePatterns(parsed.clauses)
    const hits: SearchHit[] = []
    for (const rowid of rowids) {
      const row = byRowid.get(rowid)
      if (!row) continue
      hits.push({
        id: row.id,
        type: row.type,
        title: row.title,
        url: row.url,
        siteId: row.site_id,
        siteName: row.site_name,
        publishedAt: row.published_at,
        ...(row.doc_number ? { docNumber: row.doc_number } : {}),
        ...(row.issuing_agency ? { issuingAgency: row.issuing_agency } : {}),
        titleHighlighted: highlightAll(row.title, findMatches(row.title, patterns)),
        snippet: makeSnippet(row.body, findMatches(row.body, patterns)),
      })
    }
    return hits
  }
}

function segmentInput(doc: SearchDocument): SegmentInput {
  const docNumber = doc.docNumber?.trim() ?? ''
  const extra = [docNumber, agencyList(doc.issuingAgency).join(' ')].filter(Boolean).join(' ')
  return { title: doc.title, body: doc.body, extra, docNumber }
}

/** The first `n` rows in `order`, without sorting every match when only a page is wanted. */
function topRows<T>(rows: T[], order: (a: T, b: T) => number, n: number): T[] {
  if (n >= rows.length / 4) return [...rows].sort(order).slice(0, n)
  const top: T[] = []
  for (const row of rows) {
    if (top.length < n) {
      top.push(row)
      if (top.length === n) top.sort(order)
      continue
    }
    if (order(row, top[n - 1]!) >= 0) continue
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (order(row, top[mid]!) < 0) hi = mid
      else lo = mid + 1
    }
    top.splice(lo, 0, row)
    top.pop()
  }
  return top.length < n ? top.sort(order) : top
}
