import type { CollectionSlug } from 'payload'
import type { Column, File, Media, Site } from '../../payload-types'
import { idOf } from '../access/siteField'
import { publicColumns } from '../render/content'
import { chinaDate } from '../render/dates'
import { themeEngine } from '../render/engine'
import { pageTags } from '../render/invalidation'
import { columnUrl, navItems, type PageRequest, type RenderedPage } from '../render/pages'
import { richTextToSafeHtml } from '../render/richText'
import { siteView } from '../render/siteView'
import { readOriginalAsVisitor } from './originals'

const originalPaths: Record<string, string> = { articles: 'articles', 'policy-documents': 'documents', interpretations: 'interpretations' }

/** The original's own address on its own site: the canonical URL of every repost of it. */
export function originalUrl(request: Pick<PageRequest, 'origin' | 'viaPrefix'>, source: Pick<Site, 'siteCode' | 'domains'>, collection: string, id: number | string): string {
  const path = `/${originalPaths[collection] ?? collection}/${id}.html`
  const domain = source.domains?.[0]?.domain
  if (request.viaPrefix || !domain) return `${request.origin}/sites/${source.siteCode}${path}`
  const protocol = request.origin.split('://')[0] ?? 'https'
  return `${protocol}://${domain}${path}`
}

const humanSize = (bytes: number | null | undefined): string => {
  if (!bytes) return ''
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`
}

/**
 * A repost on its target site (/reposts/<id>.html): the original, read with the visitor's access, in
 * the target's theme, with 「来源」 naming the source site, the original's date and a canonical link
 * to the original. Gone (404) as soon as the original is withdrawn or stops being public.
 */
export async function renderRepost(request: PageRequest, id: string): Promise<RenderedPage | null> {
  const { payload, site } = request
  if (!/^\d+$|^[a-f0-9]{24}$/.test(id)) return null
  const repost = await payload.findByID({ collection: 'reposts', id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!repost || repost.status !== 'published' || idOf(repost.targetSite) !== String(site.id)) return null
  const original = await readOriginalAsVisitor(payload, repost.originalCollection, repost.originalId, 1)
  if (!original) return null
  const source = await payload.findByID({ collection: 'sites' as CollectionSlug, id: idOf(original.site)!, depth: 0, overrideAccess: false, user: null, disableErrors: true }) as Site | null
  if (!source) return null
  const view = siteView(site, request.viaPrefix, request.successor)
  const columns = await publicColumns(payload, site.id)
  const columnId = idOf(repost.targetColumn)
  const findColumn = (nodes: typeof columns): Column | undefined => {
    for (const node of nodes) {
      if (String(node.id) === columnId) return node
      const below = findColumn(node.children)
      if (below) return below
    }
    return undefined
  }
  const column = columnId ? findColumn(columns) : undefined
  const objects = <T>(values: unknown): T[] => (Array.isArray(values) ? values.filter((v): v is T => Boolean(v) && typeof v === 'object') : [])
  const cover = original.coverImage && typeof original.coverImage === 'object' ? (original.coverImage as Media) : null
  const canonical = originalUrl(request, source, repost.originalCollection, repost.originalId)
  const body = await themeEngine(site.theme ?? 'default').renderFile('repost', {
    site: view,
    nav: navItems(view, columns, column ? String(column.id) : undefined, false),
    year: new Date().getFullYear(),
    page: { title: `${original.title} - ${view.name}`, description: original.summary ?? '', canonical },
    column: column ? { title: column.title, url: columnUrl(view, column) } : null,
    source: { name: source.name, url: canonical },
    article: {
      title: original.title ?? '',
      summary: original.summary ?? '',
      docNumber: original.docNumber ?? '',
      author: original.author ?? '',
      date: chinaDate(original.publishedAt),
      publishedAt: original.publishedAt ?? '',
      bodyHtml: richTextToSafeHtml(original.body as Parameters<typeof richTextToSafeHtml>[0]),
      cover: cover?.url ? { src: cover.sizes?.medium?.url ?? cover.url, alt: cover.alt } : null,
      attachments: objects<File>(original.attachments).map((f) => ({
        title: f.title,
        url: f.url ?? '',
        size: humanSize(f.filesize),
        type: (f.filename?.split('.').pop() ?? '').toUpperCase(),
      })),
    },
  })
  return {
    status: 200,
    html: body,
    contentType: 'text/html; charset=utf-8',
    tags: [
      pageTags.site(site.id),
      pageTags.site(source.id),
      pageTags.document('reposts', repost.id),
      pageTags.document(repost.originalCollection, repost.originalId),
      ...(column ? [pageTags.column(column.id)] : []),
    ],
  }
}
