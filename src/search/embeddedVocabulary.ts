import type Database from 'better-sqlite3'
import { reversed, type Term, type Vocabulary } from './vocabulary'

/** The title vocabulary of the embedded engine, kept in `search_terms` inside each write transaction. */
export class EmbeddedVocabulary implements Vocabulary {
  private readonly statements

  constructor(db: Database.Database) {
    this.statements = {
      add: db.prepare(
        `INSERT INTO search_terms (term, pinyin, reversed, docs) VALUES (?, ?, ?, 1)
         ON CONFLICT (term) DO UPDATE SET docs = docs + 1`,
      ),
      drop: db.prepare('UPDATE search_terms SET docs = docs - 1 WHERE term = ?'),
      prune: db.prepare('DELETE FROM search_terms WHERE term = ? AND docs <= 0'),
      docs: db.prepare<[string], Term>(
        'SELECT term, docs FROM search_terms WHERE term IN (SELECT value FROM json_each(?))',
      ),
      samePinyin: db.prepare<[string, number], Term>(
        'SELECT term, docs FROM search_terms WHERE pinyin = ? AND length(term) = ? ORDER BY docs DESC LIMIT 5',
      ),
      byPrefix: db.prepare<[string, string, number], Term>(
        'SELECT term, docs FROM search_terms WHERE term >= ? AND term < ? AND length(term) = ? ORDER BY docs DESC LIMIT 500',
      ),
      bySuffix: db.prepare<[string, string, number], Term>(
        'SELECT term, docs FROM search_terms WHERE reversed >= ? AND reversed < ? AND length(term) = ? ORDER BY docs DESC LIMIT 500',
      ),
      clear: db.prepare('DELETE FROM search_terms'),
    }
  }

  /** Inside the caller's transaction: a document's title words, with their pinyin. */
  add(terms: readonly (readonly [string, string])[]): void {
    for (const [term, pinyin] of terms) this.statements.add.run(term, pinyin, reversed(term))
  }

  remove(terms: readonly string[]): void {
    for (const term of terms) {
      this.statements.drop.run(term)
      this.statements.prune.run(term)
    }
  }

  clear(): void {
    this.statements.clear.run()
  }

  async docs(words: readonly string[]): Promise<Map<string, number>> {
    return new Map(this.statements.docs.all(JSON.stringify(words)).map((t) => [t.term, t.docs]))
  }

  async samePinyin(pinyinKey: string, length: number): Promise<Term[]> {
    return this.statements.samePinyin.all(pinyinKey, length)
  }

  /** For each position that may differ, the words sharing what comes before it (or, for the first, what comes after). */
  async oneCharOff(word: string): Promise<Term[]> {
    const out = new Map<string, Term>()
    const upTo = (prefix: string): string =>
      prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)
    const rev = reversed(word)
    for (let k = 0; k < word.length; k++) {
      const rows =
        k === 0
          ? this.statements.bySuffix.all(rev.slice(0, -1), upTo(rev.slice(0, -1)), word.length)
          : this.statements.byPrefix.all(word.slice(0, k), upTo(word.slice(0, k)), word.length)
      for (const row of rows) out.set(row.term, row)
    }
    return [...out.values()]
  }
}
