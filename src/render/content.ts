import type { Payload, Where } from 'payload'
import type { Article, Column, File, Media } from '../../payload-types'
import { withOpennessDocuments, type OpennessCollection } from './opennessListing'

/**
 * Public reads run with the anonymous visitor's access (overrideAccess: false, no user): the same
 * rule that guards REST and GraphQL decides what a page may show. The site filter narrows it further.
 */
const asVisitor = { overrideAccess: false, user: null } as const

export type ColumnNode = Column & { children: ColumnNode[] }

export async function publicColumns(payload: Payload, siteId: number | string): Promise<ColumnNode[]> {
  const { docs } = await payload.find({
    collection: 'columns',
    where: { site: { equals: siteId } },
    sort: 'order',
    limit: 500,
    depth: 0,
    ...asVisitor,
  })
  const nodes = new Map<string, ColumnNode>(docs.map((c) => [String(c.id), { ...c, children: [] }]))
  const roots: ColumnNode[] = []
  for (const node of nodes.values()) {
    const parentId = node.parent === null || node.parent === undefined ? null : String(typeof node.parent === 'object' ? node.parent.id : node.parent)
    const parent = parentId ? nodes.get(parentId) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

/** A listing line: an article, or (when `collection` is set) a policy document or interpretation. */
export type ArticleSummary = Pick<Article, 'id' | 'title' | 'publishedAt' | 'summary'> & { collection?: OpennessCollection }

/** The site's own public items: articles, plus its public policy documents and interpretations (src/render/opennessListing.ts). */
export async function publicArticleList(
  payload: Payload,
  siteId: number | string,
  options: { columnIds?: (number | string)[]; page?: number; limit: number },
): Promise<{ docs: ArticleSummary[]; totalDocs: number; totalPages: number; page: number }> {
  return withOpennessDocuments(payload, siteId, options, (o) => publicArticlesOnly(payload, siteId, o))
}

export async function publicArticlesOnly(
  payload: Payload,
  siteId: number | string,
  options: { columnIds?: (number | string)[]; page?: number; limit: number },
): Promise<{ docs: ArticleSummary[]; totalDocs: number; totalPages: number; page: number }> {
  const where: Where = { and: [{ site: { equals: siteId } }, ...(options.columnIds ? [{ columns: { in: options.columnIds } }] : [])] }
  const result = await payload.find({
    collection: 'articles',
    where,
    sort: '-publishedAt',
    limit: options.limit,
    page: options.page ?? 1,
    depth: 0,
    select: { title: true, publishedAt: true, summary: true },
    ...asVisitor,
  })
  return { docs: result.docs as ArticleSummary[], totalDocs: result.totalDocs, totalPages: result.totalPages, page: result.page ?? 1 }
}

export type PublicArticle = Omit<Article, 'attachments' | 'coverImage' | 'columns'> & {
  attachments: File[]
  coverImage: Media | null
  columns: Column[]
}

export async function publicArticle(payload: Payload, siteId: number | string, id: string): Promise<PublicArticle | null> {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { and: [{ id: { equals: id } }, { site: { equals: siteId } }] },
    limit: 1,
    depth: 1,
    pagination: false,
    ...asVisitor,
  })
  const article = docs[0]
  if (!article) return null
  const objects = <T>(values: unknown): T[] => (Array.isArray(values) ? values.filter((v): v is T => Boolean(v) && typeof v === 'object') : [])
  return {
    ...article,
    attachments: objects<File>(article.attachments),
    coverImage: article.coverImage && typeof article.coverImage === 'object' ? article.coverImage : null,
    columns: objects<Column>(article.columns),
  }
}
