import type Database from 'better-sqlite3'
import type { SearchDocumentType, TitleSuggestion } from './types'

/**
 * Title suggestions of the embedded engine: a substring match over one site's titles. The covering
 * index keeps the scan to (site, title) pairs instead of the document rows with their bodies, so a
 * site of tens of thousands of documents is scanned in a few milliseconds. Created on first open of
 * an older search.db too (a one-off cost of a few seconds at a million documents).
 */
export function titleSuggester(db: Database.Database): (siteId: string, text: string, limit: number) => TitleSuggestion[] {
  db.exec('CREATE INDEX IF NOT EXISTS search_docs_titles ON search_docs (site_id, title, published_at, type, url, id)')
  const statement = db.prepare<[string, string, string, number], { id: string; type: SearchDocumentType; title: string; url: string }>(
    `SELECT id, type, title, url FROM search_docs INDEXED BY search_docs_titles
     WHERE site_id = ? AND instr(title, ?) > 0
     ORDER BY instr(title, ?) = 1 DESC, published_at DESC LIMIT ?`,
  )
  return (siteId, text, limit) => {
    const needle = text.normalize('NFKC').trim()
    if (!needle) return []
    return statement.all(siteId, needle, needle, Math.max(1, Math.min(20, limit)))
  }
}
