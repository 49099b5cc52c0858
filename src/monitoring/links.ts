/**
 * Links in stored content (正文 HTML), checked without a crawl: internal links against what the platform
 * publishes, external ones over HTTP by the bounded checker (externalLinks.ts).
 */

export type ExtractedLink = { href: string; tag: 'a' | 'img' }

const linkPattern = /<(a|img)\b[^>]*?\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi

const decodeEntities = (value: string): string =>
  value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')

export function extractLinks(html: string | null | undefined): ExtractedLink[] {
  if (!html) return []
  const links: ExtractedLink[] = []
  for (const match of html.matchAll(linkPattern)) {
    const href = decodeEntities((match[2] ?? match[3] ?? match[4] ?? '').trim())
    if (href) links.push({ href, tag: match[1]!.toLowerCase() as 'a' | 'img' })
  }
  return links
}

export type ClassifiedLink =
  | { type: 'internal'; siteId: string; path: string }
  | { type: 'external'; url: string; host: string }
  | { type: 'ignored' }
  | { type: 'malformed' }

export type SiteHosts = {
  /** This site's id and domains. */
  siteId: string
  siteCode: string
  /** Every platform domain → site id (links to a sister site are internal to the platform). */
  siteByHost: Map<string, string>
  siteByCode: Map<string, string>
}

/** Internal (this or a sister site on the platform), external, or nothing to check (mailto:, tel:, #anchors). */
export function classifyLink(href: string, hosts: SiteHosts): ClassifiedLink {
  if (/^(mailto|tel|javascript|data):/i.test(href) || href.startsWith('#')) return { type: 'ignored' }
  let url: URL
  try {
    url = new URL(href, 'http://this-site.invalid/')
  } catch {
    return { type: 'malformed' }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { type: 'ignored' }
  const relative = url.hostname === 'this-site.invalid'
  const siteId = relative ? hosts.siteId : hosts.siteByHost.get(url.hostname.toLowerCase())
  if (!siteId) return { type: 'external', url: url.toString().replace(/#.*$/, ''), host: url.host.toLowerCase() }
  // The platform also serves every site under /sites/<网站标识码>/.
  const prefixed = url.pathname.match(/^\/sites\/([^/]+)(\/.*)?$/)
  if (prefixed) {
    const target = hosts.siteByCode.get(decodeURIComponent(prefixed[1]!))
    return target ? { type: 'internal', siteId: target, path: prefixed[2] ?? '/' } : { type: 'internal', siteId: '', path: url.pathname }
  }
  return { type: 'internal', siteId, path: decodeURIComponent(url.pathname) }
}

/** What the platform publishes, for resolving internal links without fetching them. */
export type PublishedIndex = {
  /** `${collection}:${id}` → site id, for articles, documents, interpretations and reposts that are published. */
  documents: Map<string, string>
  /** `${siteId}:${slug}` of every column. */
  columns: Set<string>
  /** Upload file names (files and media) → site id, with whether the file is on disk. */
  uploads: Map<string, { siteId: string; onDisk: boolean }>
}

const documentRoutes: [RegExp, string][] = [
  [/^\/articles\/([A-Za-z0-9]+)\.html$/, 'articles'],
  [/^\/documents\/([A-Za-z0-9]+)\.html$/, 'policy-documents'],
  [/^\/interpretations\/([A-Za-z0-9]+)\.html$/, 'interpretations'],
  [/^\/reposts\/([A-Za-z0-9]+)\.html$/, 'reposts'],
]

/** Pages every live site serves whatever its content (see src/server/publicSites.ts). */
const fixedPages = /^\/(|catalog\/?|gazette(\/.*)?|sitemap\/?|sitemap(-[a-z]+(-\d+)?)?\.xml|feed\.xml|robots\.txt|search(\.json|\/)?|_themes\/.+)$/

export type InternalVerdict = { ok: true } | { ok: false; reason: string; attachment: boolean }

export function resolveInternal(link: { siteId: string; path: string }, index: PublishedIndex): InternalVerdict {
  if (!link.siteId) return { ok: false, reason: '网站不存在', attachment: false }
  const upload = link.path.match(/^\/api\/(files|media)\/file\/([^/?#]+)$/)
  if (upload) {
    const found = index.uploads.get(decodeURIComponent(upload[2]!))
    if (!found) return { ok: false, reason: '附件不存在', attachment: true }
    if (!found.onDisk) return { ok: false, reason: '附件文件已丢失', attachment: true }
    return { ok: true }
  }
  for (const [pattern, collection] of documentRoutes) {
    const match = link.path.match(pattern)
    if (match) {
      const owner = index.documents.get(`${collection}:${match[1]}`)
      return owner === link.siteId ? { ok: true } : { ok: false, reason: '页面不存在或未发布', attachment: false }
    }
  }
  const column = link.path.match(/^\/columns\/([a-z0-9-]+)\/?$/)
  if (column) return index.columns.has(`${link.siteId}:${column[1]}`) ? { ok: true } : { ok: false, reason: '栏目不存在', attachment: false }
  return fixedPages.test(link.path) ? { ok: true } : { ok: false, reason: '页面不存在', attachment: false }
}
