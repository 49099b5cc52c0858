import type { Payload } from 'payload'
import { gazetteTag } from '../gazette/invalidation'
import { Workflow } from '../states'
import { publicColumns } from './content'
import { chinaDate } from './dates'
import { xmlEscape } from './feeds'
import { pageTags } from './invalidation'
import { listingItemUrl, publicListing } from './listing'
import { columnUrl, flatten, type PageRequest, type RenderedPage } from './pages'
import { siteView } from './siteView'

/** The sitemaps protocol's limit on URLs per file. */
export const SITEMAP_MAX_URLS = 50_000

/** URLs per sitemap file: SITEMAP_PAGE_SIZE (for tests and very large sites), never above the protocol's 50,000. */
export function sitemapPageSize(): number {
  const setting = Number.parseInt(process.env.SITEMAP_PAGE_SIZE ?? '', 10)
  return setting > 0 ? Math.min(setting, SITEMAP_MAX_URLS) : SITEMAP_MAX_URLS
}

const asVisitor = { overrideAccess: false, user: null } as const
const xml = 'application/xml; charset=utf-8'
const tagsOf = (request: PageRequest) => [pageTags.site(request.site.id), pageTags.listings(request.site.id), gazetteTag(request.site.id)]

const urlEntry = (request: PageRequest, path: string, lastmod?: string | null) =>
  `  <url><loc>${xmlEscape(request.origin + path)}</loc>${lastmod ? `<lastmod>${chinaDate(lastmod)}</lastmod>` : ''}</url>`

const urlset = (request: PageRequest, entries: string[], tags: string[] = []): RenderedPage => ({
  status: 200,
  html: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`,
  contentType: xml,
  tags: [...tagsOf(request), ...tags],
})

async function publishedIssues(payload: Payload, siteId: number | string) {
  const { docs } = await payload.find({
    collection: 'gazette-issues',
    where: { and: [{ site: { equals: siteId } }, { status: { equals: Workflow.published } }] },
    sort: '-totalNumber',
    depth: 0,
    pagination: false,
    limit: 0,
    select: { year: true, issueNumber: true, publishedAt: true },
    ...asVisitor,
  })
  return docs
}

const gazetteArticles = (payload: Payload, siteId: number | string, page: number, limit: number) =>
  payload.find({ collection: 'gazette-articles', where: { site: { equals: siteId } }, sort: 'id', page, limit, depth: 0, select: { updatedAt: true }, ...asVisitor })

/**
 * `/sitemap.xml` is a sitemap index (站点地图索引) of files of at most 50,000 URLs each: the site's fixed
 * pages, its public documents (articles, policy documents, interpretations, reposts) newest first, and its
 * gazette articles. Every file is one paged query, so no file has to hold the whole site.
 */
export async function renderSitemapIndex(request: PageRequest): Promise<RenderedPage> {
  const view = siteView(request.site, request.viaPrefix)
  const size = sitemapPageSize()
  const [listing, gazette] = await Promise.all([
    publicListing(request.payload, request.site.id, { limit: 1 }),
    gazetteArticles(request.payload, request.site.id, 1, 1),
  ])
  const files = ['pages']
  for (let n = 1; n <= Math.ceil(listing.totalDocs / size); n++) files.push(`documents-${n}`)
  for (let n = 1; n <= Math.ceil(gazette.totalDocs / size); n++) files.push(`gazette-${n}`)
  const entries = files.map((name) => `  <sitemap><loc>${xmlEscape(`${request.origin}${view.basePath}/sitemap-${name}.xml`)}</loc></sitemap>`)
  return {
    status: 200,
    html: `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`,
    contentType: xml,
    tags: [...tagsOf(request), ...listing.tags],
  }
}

/** The fixed pages: home, columns, the openness catalog and the gazette's years and issues. */
export async function renderSitemapPages(request: PageRequest): Promise<RenderedPage> {
  const view = siteView(request.site, request.viaPrefix)
  const [columns, issues] = await Promise.all([publicColumns(request.payload, request.site.id), publishedIssues(request.payload, request.site.id)])
  const years = [...new Set(issues.map((i) => i.year))]
  const entries = [
    urlEntry(request, `${view.basePath}/`),
    ...flatten(columns).map((c) => urlEntry(request, columnUrl(view, c))),
    ...(issues.length ? [urlEntry(request, `${view.basePath}/gazette/`)] : []),
    ...years.map((y) => urlEntry(request, `${view.basePath}/gazette/${y}/`)),
    ...issues.map((i) => urlEntry(request, `${view.basePath}/gazette/${i.year}/${i.issueNumber}/`, i.publishedAt)),
  ]
  return urlset(request, entries.slice(0, SITEMAP_MAX_URLS))
}

/** One file of the site's public documents, newest first; null past the last one. */
export async function renderSitemapDocuments(request: PageRequest, page: string): Promise<RenderedPage | null> {
  const n = Number(page)
  if (!Number.isSafeInteger(n) || n < 1) return null
  const view = siteView(request.site, request.viaPrefix)
  const { docs, tags } = await publicListing(request.payload, request.site.id, { page: n, limit: sitemapPageSize() })
  if (!docs.length && n > 1) return null
  return urlset(request, docs.map((a) => urlEntry(request, listingItemUrl(view.basePath, a), a.publishedAt)), tags)
}

/** One file of the site's published gazette articles; null past the last one. */
export async function renderSitemapGazette(request: PageRequest, page: string): Promise<RenderedPage | null> {
  const n = Number(page)
  if (!Number.isSafeInteger(n) || n < 1) return null
  const view = siteView(request.site, request.viaPrefix)
  const { docs } = await gazetteArticles(request.payload, request.site.id, n, sitemapPageSize())
  if (!docs.length) return null
  return urlset(request, docs.map((a) => urlEntry(request, `${view.basePath}/gazette/articles/${a.id}.html`, a.updatedAt)))
}
