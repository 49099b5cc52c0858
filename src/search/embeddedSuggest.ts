import type Database from 'better-sqlite3'
import type { SearchDocumentType, TitleSuggestion } from './types'

/**
 * Title suggestions of the embedded engine (搜索联想): which of one site's titles contain the typed
 * text, those starting with it first, then the newest.
 *
 * Scanning the titles costs time in proportion to the site (about 150,000 titles pass the 20 ms
 * target), so they are indexed in `search_titles`, an FTS5 table of their own. Each title is stored
 * as its character bigrams (column `grams`) and single characters (`chars`), every token prefixed
 * with the site's code: a text of two or more characters is the phrase of its bigrams, a single
 * character its one token, so every substring is found and no other site's title is read. The
 * row's rowid is the publication time, negated, followed by a few bits of the document's rowid:
 * FTS5 walks a match list in rowid order, so `ORDER BY rowid LIMIT n` reads the newest n matches
 * and stops, however many titles contain the text. `search_title_keys` maps these rowids back to
 * the documents. `npm run bench:suggest` measures it.
 */

/** Bits after the publication second in a title key; 2^33 s either side of 1970 times 2^16 stays within 2^53. */
const KEY_SPREAD = 65_536
const MAX_SECONDS = 2 ** 33
/** Longer input is a sentence, not a title being typed; its head is enough to find the title. */
const MAX_NEEDLE = 64

/** Titles and typed text compare as a reader sees them: full-width forms folded, letters in one case, spaces collapsed. */
export const suggestText = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()

const hex = (char: string): string => char.codePointAt(0)!.toString(16)

/** `s12u8425`: a character of a title of the site whose token is `s12`. */
const charToken = (site: string, char: string): string => `${site}u${hex(char)}`
/** `s12w8425x5546`: two adjacent characters. */
const gramToken = (site: string, a: string, b: string): string => `${site}w${hex(a)}x${hex(b)}`

/**
 * The FTS columns of a title. `head` repeats its first character and first bigram: a text at the
 * start of a title is then looked up among the titles that begin alike, instead of testing the
 * position of every title containing it (a character common inside titles but rare at their start
 * would otherwise cost a walk over most of the site).
 */
export function titleGrams(site: string, title: string): { grams: string; chars: string; head: string } {
  const chars = Array.from(suggestText(title))
  const grams: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) grams.push(gramToken(site, chars[i]!, chars[i + 1]!))
  const head = [chars[0] ? charToken(site, chars[0]) : '', grams[0] ?? ''].filter(Boolean).join(' ')
  return { grams: grams.join(' '), chars: chars.map((c) => charToken(site, c)).join(' '), head }
}

/** The FTS5 expression for titles containing `text`, or starting with it. */
export function titleMatch(site: string, text: string, start: boolean): string | null {
  const chars = Array.from(suggestText(text)).slice(0, MAX_NEEDLE)
  if (!chars.length) return null
  if (chars.length === 1) return `${start ? 'head' : 'chars'} : "${charToken(site, chars[0]!)}"`
  const grams: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) grams.push(gramToken(site, chars[i]!, chars[i + 1]!))
  const phrase = `"${grams.join(' ')}"`
  if (!start) return `grams : ${phrase}`
  return grams.length === 1 ? `head : ${phrase}` : `head : "${grams[0]}" AND grams : ^ ${phrase}`
}

type SuggestionRow = { id: string; type: SearchDocumentType; title: string; url: string }

export class TitleIndex {
  private readonly statements

  constructor(db: Database.Database) {
    this.statements = {
      keyOf: db.prepare<[number], number>('SELECT key FROM search_title_keys WHERE doc = ?').pluck(),
      keyTaken: db.prepare<[number], number>('SELECT 1 FROM search_title_keys WHERE key = ?').pluck(),
      insertKey: db.prepare('INSERT INTO search_title_keys (doc, key) VALUES (?, ?)'),
      deleteKey: db.prepare('DELETE FROM search_title_keys WHERE doc = ?'),
      insert: db.prepare('INSERT INTO search_titles (rowid, grams, chars, head) VALUES (@key, @grams, @chars, @head)'),
      delete: db.prepare('DELETE FROM search_titles WHERE rowid = ?'),
      newest: db.prepare<[string, number], number>('SELECT rowid FROM search_titles WHERE search_titles MATCH ? ORDER BY rowid LIMIT ?').pluck(),
      documents: db.prepare<[string], SuggestionRow & { key: number }>(
        `SELECT k.key, d.id, d.type, d.title, d.url FROM search_title_keys k JOIN search_docs d ON d.rowid = k.doc
         WHERE k.key IN (SELECT value FROM json_each(?))`,
      ),
    }
  }

  /** Runs inside the engine's write transaction, after the document row is written. */
  add(doc: number, site: string, title: string, published: number): void {
    const s = this.statements
    const seconds = Math.max(-MAX_SECONDS, Math.min(MAX_SECONDS - 1, Math.floor(published / 1000)))
    // Negated: FTS5 walks a match list forwards most cheaply, so the newest title has the smallest key.
    let key = -(seconds * KEY_SPREAD + (doc % KEY_SPREAD))
    // Two documents of the same second whose rowids agree in the low bits: the later one takes the next free key.
    while (s.keyTaken.get(key) !== undefined) key--
    s.insertKey.run(doc, key)
    s.insert.run({ key, ...titleGrams(site, title) })
  }

  remove(doc: number): void {
    const key = this.statements.keyOf.get(doc)
    if (key === undefined) return
    this.statements.delete.run(key)
    this.statements.deleteKey.run(doc)
  }

  /** `site` is the site's token (`s12`); undefined when the site has no documents. */
  suggest(site: string | undefined, text: string, limit: number): TitleSuggestion[] {
    const starting = site ? titleMatch(site, text, true) : null
    if (!site || !starting) return []
    const wanted = Math.max(1, Math.min(20, limit))
    const keys = this.statements.newest.all(starting, wanted)
    if (keys.length < wanted) {
      // The starting titles are among the containing ones: ask for enough to fill the rest after them.
      const seen = new Set(keys)
      for (const key of this.statements.newest.all(titleMatch(site, text, false)!, wanted + keys.length)) {
        if (keys.length >= wanted) break
        if (!seen.has(key)) keys.push(key)
      }
    }
    if (!keys.length) return []
    const rows = new Map(this.statements.documents.all(JSON.stringify(keys)).map((r) => [r.key, r]))
    return keys.flatMap((key) => {
      const row = rows.get(key)
      return row ? [{ id: row.id, type: row.type, title: row.title, url: row.url }] : []
    })
  }
}
