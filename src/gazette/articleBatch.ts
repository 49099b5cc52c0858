import type { Payload } from 'payload'
import type { GazetteArticle } from '../../payload-types'

/**
 * The article half of the gazette import, at archive scale. Saving each article through the Local API cost
 * about ten queries (the natural-key lookup, the relationship checks, the audit entry, the re-read): some
 * 14 ms of CPU an article, 70 articles/s. Here an issue's articles are looked up once, and new articles
 * without a PDF are written many rows per statement, with their 操作日志 entries, in one transaction.
 *
 * What the skipped collection hooks would do is done here or cannot apply: the import validated every
 * field itself; the site and issue are the import's own (same site); no user means no workflow check; a
 * row without a PDF references no upload, so no upload turns public. Articles with a PDF, updates, and
 * databases without Drizzle (MongoDB) still go through the Local API one by one.
 */
export type NewGazetteArticle = Omit<GazetteArticle, 'id' | 'createdAt' | 'updatedAt' | 'site' | 'issue' | 'pdf' | 'policyDocument'> & {
  site: number
  issue: number
  pdf: number | null
}

type Drizzle = {
  transaction: <T>(run: (tx: Drizzle) => Promise<T>) => Promise<T>
  insert: (table: unknown) => { values: (rows: unknown[]) => { returning: (fields: Record<string, unknown>) => Promise<{ id: number; title: string }[]> } & PromiseLike<unknown> }
}
type DrizzleAdapter = { drizzle: Drizzle; tables: Record<string, Record<string, unknown>> }

const drizzleOf = (payload: Payload): DrizzleAdapter | null => {
  const db = payload.db as unknown as Partial<DrizzleAdapter>
  return db.drizzle && db.tables?.gazette_articles && db.tables.audit_log ? (db as DrizzleAdapter) : null
}

/** Natural keys of an issue's stored articles: by 文号, and by title for articles without one. */
export type IssueArticles = { byDocNumber: Map<string, GazetteArticle>; byTitle: Map<string, GazetteArticle> }

export function gazetteArticleStore(payload: Payload) {
  const issues = new Map<number, IssueArticles>()
  const bulk = drizzleOf(payload)

  async function storedArticles(issue: number): Promise<IssueArticles> {
    let known = issues.get(issue)
    if (known) return known
    const { docs } = await payload.find({ collection: 'gazette-articles', where: { issue: { equals: issue } }, depth: 0, limit: 0, pagination: false, overrideAccess: true })
    known = { byDocNumber: new Map(), byTitle: new Map() }
    for (const doc of docs) {
      if (doc.docNumber && !known.byDocNumber.has(doc.docNumber)) known.byDocNumber.set(doc.docNumber, doc)
      if (!known.byTitle.has(doc.title)) known.byTitle.set(doc.title, doc)
    }
    issues.set(issue, known)
    return known
  }

  return {
    /** The stored article with the record's natural key (issue + 文号, or issue + title), if any. */
    async find(issue: number, docNumber: string | undefined, title: string): Promise<GazetteArticle | undefined> {
      const known = await storedArticles(issue)
      return docNumber ? known.byDocNumber.get(docNumber) : known.byTitle.get(title)
    },
    /** Whether `insert` can take this article; the others are saved through the Local API. */
    canInsert: (article: NewGazetteArticle): boolean => bulk !== null && article.pdf === null,
    /** Inserts the articles and their audit entries in one transaction; their ids, in order. */
    async insert(articles: NewGazetteArticle[]): Promise<number[]> {
      if (!bulk || !articles.length) return []
      const now = new Date().toISOString()
      return bulk.drizzle.transaction(async (tx) => {
        const rows = articles.map((a) => ({ ...a, createdAt: now, updatedAt: now }))
        const table = bulk.tables.gazette_articles
        const inserted = await tx.insert(table).values(rows).returning({ id: table.id, title: table.title })
        await tx.insert(bulk.tables.audit_log).values(
          inserted.map((row) => ({
            action: 'create',
            targetCollection: 'gazette-articles',
            documentId: String(row.id),
            summary: `新建「${row.title}」（批量导入）`.slice(0, 500),
            site: articles[0]!.site,
            userLabel: '系统',
            actorName: '系统',
            at: now,
            createdAt: now,
            updatedAt: now,
          })),
        )
        return inserted.map((row) => row.id)
      })
    },
  }
}
