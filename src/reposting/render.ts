import type { CollectionSlug } from 'payload'
import type { Column, File, Interpretation, Media, PolicyDocument, Site } from '../../payload-types'
import { idOf } from '../ids'
import { publicColumns } from '../render/content'
import { chinaDate } from '../render/dates'
import { themeEngine } from '../render/engine'
import { pageTags } from '../render/invalidation'
import { columnUrl, navItems, type PageRequest, type RenderedPage } from '../render/pages'
import { renderBodyWithUploads } from '../render/storedBodyHtml'
import { siteView } from '../render/siteView'
import type { RepostableCollection } from './kinds'
import { fileView } from '../render/fileView'
import { interpretationListView, interpretationView, interpretedDocumentOf, objects, policyDocumentView, shownPolicyText } from '../render/opennessViews'
import { linkOriginals, publicInterpretationsOf } from './originalLinks'
import { readOriginalAsVisitor, type OriginalDoc } from './originals'
import { chinaYear } from '../calendar/chinaTime'
import { Repost } from '../states'

const originalPaths: Record<string, string> = { articles: 'articles', 'policy-documents': 'documents', interpretations: 'interpretations' }

/** The original's own address on its own site: the canonical URL of every repost of it. */
function originalUrl(request: Pick<PageRequest, 'origin' | 'viaPrefix'>, source: Pick<Site, 'siteCode' | 'domains'>, collection: string, id: number | string): string {
  const path = `/${originalPaths[collection] ?? collection}/${id}.html`
  const domain = source.domains?.[0]?.domain
  if (request.viaPrefix || !domain) return `${request.origin}/sites/${source.siteCode}${path}`
  const protocol = request.origin.split('://')[0] ?? 'https'
  return `${protocol}://${domain}${path}`
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
  if (repost?.status !== Repost.reposted || idOf(repost.targetSite) !== String(site.id)) return null
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
  const canonical = originalUrl(request, source, repost.originalCollection, repost.originalId)
  const content = await originalContent(request, repost.originalCollection, original, source, view.basePath)
  if (!content) return null
  const body = await themeEngine(site.theme ?? 'default').renderFile('repost', {
    site: view,
    nav: navItems(view, columns, column ? String(column.id) : undefined, false),
    year: chinaYear(),
    page: { title: `${original.title} - ${view.name}`, description: original.summary ?? original.docNumber ?? '', canonical },
    column: column ? { title: column.title, url: columnUrl(view, column) } : null,
    source: { name: source.name, url: canonical },
    ...content.data,
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
      ...content.tags,
    ],
  }
}

type Content = { data: Record<string, unknown>; tags: string[] }

/**
 * The template data for the original itself, by its collection. A policy document or an interpretation
 * links the other; those links depend on what this target has reposted, so such a page also carries the
 * target's listing tag, which every change of its reposts drops.
 */
async function originalContent(request: PageRequest, collection: string, original: OriginalDoc, source: Site, basePath: string): Promise<Content | null> {
  const { payload, site } = request
  const onSource = (c: RepostableCollection, id: number | string) => originalUrl(request, source, c, id)
  if (collection === 'policy-documents') {
    const doc = original as unknown as PolicyDocument
    const interpretations = await publicInterpretationsOf(payload, doc.id)
    const replacedBy = idOf(doc.replacedBy)
    const link = await linkOriginals(payload, site.id, basePath, { interpretations: interpretations.map((i) => i.id), 'policy-documents': replacedBy ? [replacedBy] : [] }, onSource)
    return {
      data: { document: policyDocumentView(doc, source.id, link, await renderBodyWithUploads(payload, shownPolicyText(doc))), interpretations: interpretationListView(interpretations, link) },
      tags: [
        ...interpretations.map((i) => pageTags.document('interpretations', i.id)),
        ...(replacedBy ? [pageTags.document('policy-documents', replacedBy)] : []),
        ...(interpretations.length || replacedBy ? [pageTags.listings(site.id)] : []),
      ],
    }
  }
  if (collection === 'interpretations') {
    const interpretation = original as unknown as Interpretation
    const doc = interpretedDocumentOf(interpretation)
    if (!doc) return null
    const link = await linkOriginals(payload, site.id, basePath, { 'policy-documents': [doc.id] }, onSource)
    return {
      data: { interpretation: interpretationView(interpretation, await renderBodyWithUploads(payload, interpretation.body)), interpreted: { title: doc.title, docNumber: doc.docNumber ?? '', url: link('policy-documents', doc.id) } },
      tags: [pageTags.document('policy-documents', doc.id), pageTags.listings(site.id)],
    }
  }
  const cover = original.coverImage && typeof original.coverImage === 'object' ? (original.coverImage as Media) : null
  return {
    data: {
      article: {
        title: original.title ?? '',
        summary: original.summary ?? '',
        docNumber: original.docNumber ?? '',
        author: original.author ?? '',
        date: chinaDate(original.publishedAt),
        publishedAt: original.publishedAt ?? '',
        // Typeset as on the original's own page (src/render/storedBodyHtml.ts).
        bodyHtml: await renderBodyWithUploads(payload, original.body),
        cover: cover?.url ? { src: cover.sizes?.medium?.url ?? cover.url, alt: cover.alt } : null,
        attachments: objects<File>(original.attachments).map(fileView),
      },
    },
    tags: [],
  }
}
