import type { Payload, Where } from 'payload'
import type { Article, Column, File, Media, User } from '../../payload-types'
import { visibleArticle } from '../../collections/articles/access'
import { visibleUpload } from '../access/publicUploads'
import { visitorReadOnSite, type KnownSite, type VisitorRead } from '../access/visitorOnSite'
import { currentBodyHtml, renderBodyWithUploads } from './storedBodyHtml'
import { withOpennessDocuments, type OpennessCollection } from './opennessListing'
import { onPageInvalidation, pageTags } from './invalidation'

/**
 * Public reads run with the anonymous visitor's access (overrideAccess: false, no user): the same
 * rule that guards REST and GraphQL decides what a page may show. The site filter narrows it further.
 */
const asVisitor = { overrideAccess: false, user: null } as const

export type ColumnNode = Column & { children: ColumnNode[] }

/**
 * Column trees by site, as the anonymous visitor reads them. Every public page needs its site's
 * tree for the navigation, and it changes only when a column or the site does, so it is read once
 * and kept until one of the tags below says otherwise: a column change (`listing:<site>` and
 * `column:<id>`), a site change (`site:<id>`, `sites`: the site's status decides what is public),
 * or `*`. The promise is stored before the read starts, so an invalidation that arrives while a
 * read is running drops it and the next caller reads again. Kept per Payload instance (site ids
 * are per database). The trees are frozen: callers share them.
 */
const columnTreesByPayload = new WeakMap<Payload, Map<string, Promise<readonly ColumnNode[]>>>()

function columnTreesOf(payload: Payload): Map<string, Promise<readonly ColumnNode[]>> {
  let trees = columnTreesByPayload.get(payload)
  if (trees) return trees
  const created = new Map<string, Promise<readonly ColumnNode[]>>()
  onPageInvalidation((tags) => {
    if (tags.some((tag) => tag === '*' || tag === 'sites' || tag.startsWith(pageTags.column('')))) return created.clear()
    for (const siteKey of [...created.keys()]) {
      if (tags.includes(pageTags.site(siteKey)) || tags.includes(pageTags.listings(siteKey))) created.delete(siteKey)
    }
  })
  columnTreesByPayload.set(payload, (trees = created))
  return trees
}

export function publicColumns(payload: Payload, siteId: number | string): Promise<ColumnNode[]> {
  const trees = columnTreesOf(payload)
  const key = String(siteId)
  let tree = trees.get(key)
  if (!tree) {
    tree = readColumnTree(payload, siteId)
    trees.set(key, tree)
    tree.catch(() => {
      if (trees.get(key) === tree) trees.delete(key)
    })
  }
  return tree as Promise<ColumnNode[]>
}

async function readColumnTree(payload: Payload, siteId: number | string): Promise<readonly ColumnNode[]> {
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
  for (const node of nodes.values()) Object.freeze(Object.freeze(node).children)
  return Object.freeze(roots)
}

const flattenTree = (columns: readonly ColumnNode[]): ColumnNode[] => columns.flatMap((c) => [c, ...flattenTree(c.children)])

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

async function publicArticlesOnly(
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

/**
 * The article fields a public page shows. Reading only these skips the workflow log and review
 * comment (a subquery and a JSON decode on every read) and leaves `site` unpopulated; the type
 * below is narrowed to match, so a template field added without adding it here fails to compile.
 */
const publicArticleSelect = {
  title: true,
  summary: true,
  bodyHtml: true,
  bodyHtmlRenderer: true,
  source: true,
  author: true,
  publishedAt: true,
  columns: true,
  coverImage: true,
  attachments: true,
} as const satisfies Partial<Record<keyof Article, true>>

/** The attachment and cover image fields the page shows (`url` is derived from `filename`). */
const attachmentSelect = { title: true, filename: true, filesize: true, url: true } as const satisfies Partial<Record<keyof File, true>>
const coverSelect = { alt: true, filename: true, url: true, sizes: true } as const satisfies Partial<Record<keyof Media, true>>

export type PublicAttachment = Pick<File, 'id' | keyof typeof attachmentSelect>
export type PublicCover = Pick<Media, 'id' | keyof typeof coverSelect>

export type PublicArticle = Pick<Article, 'id' | Exclude<keyof typeof publicArticleSelect, 'attachments' | 'coverImage' | 'columns' | 'bodyHtml' | 'bodyHtmlRenderer'>> & {
  /** 正文, sanitized and typeset (src/render/storedBodyHtml.ts). */
  bodyHtml: string
  attachments: PublicAttachment[]
  coverImage: PublicCover | null
  columns: Column[]
}

const idsOf = (values: unknown): string[] =>
  (Array.isArray(values) ? values : values === null || values === undefined ? [] : [values])
    .map((v) => (v !== null && typeof v === 'object' ? (v as { id: unknown }).id : v))
    .filter((v) => v !== null && v !== undefined && v !== '')
    .map(String)

/**
 * Uploads the visitor may read, in the article's order; nothing to query for an article without any.
 * Only the shown fields are read: an upload document carries many more (sizes, focal point, MIME type).
 */
async function readableUploads<T extends { id: number | string }>(
  payload: Payload,
  site: KnownSite,
  collection: 'files' | 'media',
  ids: string[],
  select: typeof attachmentSelect | typeof coverSelect,
  previewUser?: User,
): Promise<T[]> {
  if (!ids.length) return []
  const read = previewUser ? userReadOnSite(previewUser, site, { id: { in: ids } }) : visitorReadOnSite(payload, collection, visibleUpload, site, { id: { in: ids } })
  if (!read) return []
  const { docs } = await payload.find({ collection, ...read, depth: 0, limit: ids.length, pagination: false, select })
  const byId = new Map((docs as unknown as T[]).map((d) => [String(d.id), d]))
  return ids.map((id) => byId.get(id)).filter((d): d is T => d !== undefined)
}

/** The article's columns, in its order, from the site's cached public tree; any not in it (past the tree's 500) are read. */
async function articleColumns(payload: Payload, siteId: number | string, ids: string[]): Promise<Column[]> {
  const known = new Map<string, Column>(flattenTree(await publicColumns(payload, siteId)).map((c) => [String(c.id), c]))
  const missing = ids.filter((id) => !known.has(id))
  if (missing.length) {
    const { docs } = await payload.find({ collection: 'columns', where: { id: { in: missing } }, depth: 0, limit: missing.length, pagination: false, ...asVisitor })
    for (const column of docs) known.set(String(column.id), column)
  }
  return ids.map((id) => known.get(id)).filter((c): c is Column => c !== undefined)
}

/**
 * One public article with what its page shows. The article itself is read with the visitor's
 * access on the page's site (src/access/visitorOnSite.ts) at depth 0; its relations are resolved
 * here instead of by Payload's depth-1 population, which would also query the site and the columns
 * on every request: the columns come from the site's cached public column tree (read with the same
 * visitor access), and the attachments and cover image are read with the visitor's access, only
 * when the article has any.
 */
export async function publicArticle(payload: Payload, site: KnownSite, id: string, previewUser?: User): Promise<PublicArticle | null> {
  const read = previewUser ? userReadOnSite(previewUser, site, { id: { equals: id } }) : visitorReadOnSite(payload, 'articles', visibleArticle, site, { id: { equals: id } })
  if (!read) return null
  const { docs } = await payload.find({ collection: 'articles', ...read, limit: 1, depth: 0, pagination: false, select: publicArticleSelect, showHiddenFields: true })
  const article = docs[0]
  if (!article) return null
  const [bodyHtml, columns, attachments, covers] = await Promise.all([
    currentBodyHtml(article) ?? renderStoredLater(payload, read),
    articleColumns(payload, site.id, idsOf(article.columns)),
    readableUploads<PublicAttachment>(payload, site, 'files', idsOf(article.attachments), attachmentSelect, previewUser),
    readableUploads<PublicCover>(payload, site, 'media', idsOf(article.coverImage), coverSelect, previewUser),
  ])
  const { bodyHtml: _stored, bodyHtmlRenderer: _renderer, ...shown } = article
  return { ...shown, bodyHtml, attachments, coverImage: covers[0] ?? null, columns }
}

/** A preview's read (src/preview): the signed-in user's own access on the page's site, whatever the state. */
const userReadOnSite = (user: User, site: KnownSite, where: Where) => ({ where: { and: [where, { site: { equals: site.id } }] }, overrideAccess: false, user })

/** An article saved before its body HTML was stored, or by another renderer version: its body, rendered now. */
async function renderStoredLater(payload: Payload, read: VisitorRead | ReturnType<typeof userReadOnSite>): Promise<string> {
  const { docs } = await payload.find({ collection: 'articles', ...read, limit: 1, depth: 0, pagination: false, select: { body: true } })
  return renderBodyWithUploads(payload, docs[0]?.body)
}
