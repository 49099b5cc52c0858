import { listingItemUrl, publicListing } from './listing'
import { pageTags } from './invalidation'
import type { PageRequest, RenderedPage } from './pages'
import { siteView } from './siteView'

export const xmlEscape = (value: string): string =>
  value.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)

const listingTags = (request: PageRequest) => [pageTags.site(request.site.id), pageTags.listings(request.site.id)]

export async function renderFeed(request: PageRequest): Promise<RenderedPage> {
  const view = siteView(request.site, request.viaPrefix)
  const { docs, tags } = await publicListing(request.payload, request.site.id, { limit: 30 })
  const home = `${request.origin}${view.basePath}/`
  const items = docs
    .map(
      (a) => `  <item>
    <title>${xmlEscape(a.title)}</title>
    <link>${xmlEscape(request.origin + listingItemUrl(view.basePath, a))}</link>
    <guid isPermaLink="true">${xmlEscape(request.origin + listingItemUrl(view.basePath, a))}</guid>
    <pubDate>${a.publishedAt ? new Date(a.publishedAt).toUTCString() : ''}</pubDate>
    <description>${xmlEscape(a.summary ?? '')}</description>
  </item>`,
    )
    .join('\n')
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>${xmlEscape(view.name)}</title>
  <link>${xmlEscape(home)}</link>
  <atom:link href="${xmlEscape(`${request.origin}${view.basePath}/feed.xml`)}" rel="self" type="application/rss+xml"/>
  <description>${xmlEscape(view.description || `${view.name}最新信息`)}</description>
  <language>zh-cn</language>
${items}
</channel>
</rss>
`
  return { status: 200, html: xml, contentType: 'application/rss+xml; charset=utf-8', tags: [...listingTags(request), ...tags] }
}

export function renderRobots(request: PageRequest): RenderedPage {
  const view = siteView(request.site, request.viaPrefix)
  const text = `User-agent: *\nAllow: /\nDisallow: ${view.basePath}/search\nSitemap: ${request.origin}${view.basePath}/sitemap.xml\n`
  return { status: 200, html: text, contentType: 'text/plain; charset=utf-8', tags: [pageTags.site(request.site.id)] }
}
