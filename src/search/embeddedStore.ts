import Database from 'better-sqlite3'
import { CODE_PREFIXES, FTS_COLUMNS, type CodeKind } from './embeddedPlan'
import type { FacetRow } from './facetColumns'
import type { SearchDocumentType } from './types'

/** The title outweighs the body; a document's own 文号 outweighs any citation of it. Follows FTS_COLUMNS. */
const BM25 = 'bm25(10.0, 1.0, 3.0, 0.0, 100.0, 2.0, 10.0, 5.0)'

export type HitRow = {
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

/** The embedded engine's database file, tuned for one writer at a time and many reads. */
export function openSearchDatabase(file: string): Database.Database {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('cache_size = -65536')
  db.pragma('mmap_size = 1073741824')
  db.pragma('temp_store = MEMORY')
  upgradeSchema(db)
  createSchema(db)
  return db
}

/**
 * The index's layout and what its text means. 2: traditional characters indexed as simplified, the
 * title's pinyin in two more FTS columns, the title vocabulary. 3: each document's columns (栏目) as
 * `meta` tokens, the titles in an index of their own for suggestions (embeddedSuggest.ts). Bump it
 * whenever an existing file would answer wrongly.
 */
export const SCHEMA_VERSION = 3
/** Set when an older index was dropped, until the next rebuild (which starts with `clear()`). */
export const NEEDS_REBUILD = 'needsRebuild'

/**
 * The index is derived data, rebuilt from the CMS by `npm run search:reindex`: an index of an older
 * layout is dropped rather than migrated column by column, and the engine says so until it is rebuilt.
 */
function upgradeSchema(db: Database.Database): void {
  const existing = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_settings'").get()
  if (!existing) return
  const stored = db.prepare<[], { value: string }>("SELECT value FROM search_settings WHERE key = 'schemaVersion'").get()
  const version = stored ? Number(stored.value) : 1
  if (version === SCHEMA_VERSION) return
  db.transaction(() => {
    const kept = db.prepare<[], { key: string; value: string }>("SELECT key, value FROM search_settings WHERE key IN ('synonyms', 'customWords')").all()
    db.exec('DROP TABLE IF EXISTS search_fts; DROP TABLE IF EXISTS search_facets; DROP TABLE IF EXISTS search_docs; DROP TABLE IF EXISTS search_codes; DROP TABLE IF EXISTS search_terms; DROP TABLE IF EXISTS search_titles; DROP TABLE IF EXISTS search_title_keys; DELETE FROM search_settings;')
    const keep = db.prepare('INSERT INTO search_settings (key, value) VALUES (?, ?)')
    for (const row of kept) keep.run(row.key, row.value)
    keep.run(NEEDS_REBUILD, String(version))
  })()
  console.warn(`搜索索引（${db.name}）是第 ${version} 版结构，已升级到第 ${SCHEMA_VERSION} 版并清空：请运行 npm run search:reindex 重建搜索索引。`)
}

/** The embedded engine's tables, in a database file of its own. */
function createSchema(db: Database.Database): void {
  db.exec(`
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
    CREATE TABLE IF NOT EXISTS search_terms (
      term TEXT PRIMARY KEY,
      pinyin TEXT NOT NULL,
      reversed TEXT NOT NULL,
      docs INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS search_terms_by_pinyin ON search_terms (pinyin, docs);
    CREATE INDEX IF NOT EXISTS search_terms_by_reversed ON search_terms (reversed);
    CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
      ${FTS_COLUMNS.join(', ')},
      content = '', contentless_delete = 1, tokenize = 'unicode61'
    );
    CREATE VIRTUAL TABLE IF NOT EXISTS search_titles USING fts5(
      grams, chars, head,
      content = '', contentless_delete = 1, tokenize = 'unicode61'
    );
    CREATE TABLE IF NOT EXISTS search_title_keys (
      doc INTEGER PRIMARY KEY,
      key INTEGER NOT NULL UNIQUE
    );
    INSERT OR IGNORE INTO search_settings (key, value) VALUES ('schemaVersion', '${SCHEMA_VERSION}');
  `)
}

export function prepareStatements(db: Database.Database) {
  return {
    rowidOf: db.prepare<[string], { rowid: number }>('SELECT rowid FROM search_docs WHERE id = ?'),
    titleOf: db.prepare<[number], string>('SELECT title FROM search_docs WHERE rowid = ?').pluck(),
    insertDoc: db.prepare(
      `INSERT INTO search_docs (id, type, site_id, site_name, title, doc_number, doc_key, issuing_agency, gazette_category, published_at, year, url, body)
       VALUES (@id, @type, @siteId, @siteName, @title, @docNumber, @docKey, @issuingAgency, @gazetteCategory, @publishedAt, @year, @url, @body)`,
    ),
    insertFacets: db.prepare(
      `INSERT INTO search_facets (rowid, published, type, site, year, category, agencies)
       VALUES (@rowid, @published, @type, @site, @year, @category, @agencies)`,
    ),
    facetsAfter: db.prepare<[number], FacetRow>('SELECT rowid, published, type, site, year, category, agencies FROM search_facets WHERE rowid > ?'),
    insertFts: db.prepare(`INSERT INTO search_fts (rowid, ${FTS_COLUMNS.join(', ')}) VALUES (@rowid, @title, @body, @extra, @meta, @dockey, @refkeys, @pinyin, @initials)`),
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
      .prepare<[string, number, number], number>(`SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rank MATCH '${BM25}' ORDER BY rank LIMIT ? OFFSET ?`)
      .pluck(),
    count: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ?'),
    hits: db.prepare<[string], HitRow>(
      `SELECT rowid, id, type, site_id, site_name, title, doc_number, issuing_agency, published_at, url, body
       FROM search_docs WHERE rowid IN (SELECT value FROM json_each(?))`,
    ),
    documents: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM search_docs'),
    getSetting: db.prepare<[string], { value: string }>('SELECT value FROM search_settings WHERE key = ?'),
    setSetting: db.prepare('INSERT OR REPLACE INTO search_settings (key, value) VALUES (?, ?)'),
    deleteSetting: db.prepare('DELETE FROM search_settings WHERE key = ?'),
  }
}

export type Statements = ReturnType<typeof prepareStatements>

/**
 * Facet values (sites, agencies, gazette categories) stored as small integers in `search_codes`,
 * mirrored in memory. Another process on the same file may add codes, so misses fall back to the table.
 */
export class FacetCodes {
  private readonly codes = new Map<CodeKind, Map<string, number>>()
  private readonly values = new Map<CodeKind, Map<number, { value: string; label: string | null }>>()

  constructor(private readonly statements: Statements) {
    this.load()
  }

  load(): void {
    this.codes.clear()
    this.values.clear()
    for (const kind of ['site', 'agency', 'category', 'column'] as const) {
      this.codes.set(kind, new Map())
      this.values.set(kind, new Map())
    }
    for (const row of this.statements.allCodes.all()) {
      this.codes.get(row.kind)?.set(row.value, row.code)
      this.values.get(row.kind)?.set(row.code, { value: row.value, label: row.label })
    }
  }

  /** The code of a value, created if new; runs inside the write transaction. */
  codeFor(kind: CodeKind, value: string, label: string | null = null): number {
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

  /** The `meta` token of a filter value, or undefined when no document has it. */
  tokenOf = (kind: CodeKind, value: string): string | undefined => {
    const code = this.codes.get(kind)!.get(value) ?? this.statements.codeOf.get(kind, value)?.code
    return code === undefined ? undefined : `${CODE_PREFIXES[kind]}${code}`
  }

  valueOf = (kind: CodeKind, code: number): { value: string; label: string | null } | undefined => {
    let entry = this.values.get(kind)!.get(code)
    if (!entry) {
      this.load()
      entry = this.values.get(kind)!.get(code)
    }
    return entry
  }
}
