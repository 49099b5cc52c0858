import type { Payload, Where } from 'payload'

/**
 * Policy documents (政策文件) and interpretations (政策解读) in a site's own public listings: home sections,
 * columns, the feed and the sitemap. Read with the anonymous visitor's access, so a 不公开 or 依申请公开
 * document, or the interpretation of one, can never appear.
 */
export const opennessCollections = ['policy-documents', 'interpretations'] as const
export type OpennessCollection = (typeof opennessCollections)[number]

/** The public page of an openness document inside its site: /documents/<id>.html, /interpretations/<id>.html. */
const opennessPaths: Record<OpennessCollection, string> = { 'policy-documents': 'documents', interpretations: 'interpretations' }

export const opennessItemUrl = (basePath: string, collection: OpennessCollection, id: number | string): string =>
  `${basePath}/${opennessPaths[collection]}/${id}.html`

type Summary = { id: number | string; title: string; publishedAt?: string | null; summary?: string | null; collection?: OpennessCollection }
type Page<T> = { docs: T[]; totalDocs: number; totalPages: number; page: number }
type Options = { columnIds?: (number | string)[]; page?: number; limit: number }

const asVisitor = { overrideAccess: false, user: null } as const

async function opennessWindow(payload: Payload, siteId: number | string, options: Options, window: number): Promise<{ docs: Summary[]; totalDocs: number }> {
  const where = (columnField: string): Where => ({
    and: [{ site: { equals: siteId } }, ...(options.columnIds ? [{ [columnField]: { in: options.columnIds } }] : [])],
  })
  const [documents, interpretations] = await Promise.all([
    payload.find({ collection: 'policy-documents', where: where('column'), sort: '-publishedAt', limit: window, depth: 0, select: { title: true, publishedAt: true, docNumber: true }, ...asVisitor }),
    payload.find({ collection: 'interpretations', where: where('column'), sort: '-publishedAt', limit: window, depth: 0, select: { title: true, publishedAt: true }, ...asVisitor }),
  ])
  return {
    docs: [
      ...documents.docs.map((d) => ({ id: d.id, title: d.title, publishedAt: d.publishedAt ?? null, summary: d.docNumber ?? null, collection: 'policy-documents' as const })),
      ...interpretations.docs.map((d) => ({ id: d.id, title: d.title, publishedAt: d.publishedAt ?? null, summary: null, collection: 'interpretations' as const })),
    ],
    totalDocs: documents.totalDocs + interpretations.totalDocs,
  }
}

/**
 * The site's articles merged with its public policy documents and interpretations, newest first.
 * When a site has none, the article query runs exactly as before (one query, database pagination).
 */
export async function withOpennessDocuments<T extends Summary>(
  payload: Payload,
  siteId: number | string,
  options: Options,
  articles: (options: Options) => Promise<Page<T>>,
): Promise<Page<T>> {
  const page = Math.max(1, options.page ?? 1)
  const window = page * options.limit
  const openness = await opennessWindow(payload, siteId, options, window)
  if (!openness.totalDocs) return articles(options)
  const own = await articles({ ...options, page: 1, limit: window })
  const merged = [...own.docs, ...(openness.docs as T[])].sort((a, b) => (Date.parse(b.publishedAt ?? '') || 0) - (Date.parse(a.publishedAt ?? '') || 0))
  const totalDocs = own.totalDocs + openness.totalDocs
  return { docs: merged.slice((page - 1) * options.limit, window), totalDocs, totalPages: Math.max(1, Math.ceil(totalDocs / options.limit)), page }
}
