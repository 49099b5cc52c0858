import type { Payload } from 'payload'
import type { Site, User } from '../../payload-types'
import { chinaDate, publicationDate } from './dates'
import { fileView } from './fileView'
import { themeEngine } from './engine'
import { pageTags } from './invalidation'
import { publicArticle, publicColumns, type ColumnNode } from './content'
import { siteView, type SiteView } from './siteView'
import { getPlatformSettings } from '../settings/platformSettings'
import { listingItemUrl, publicListing } from './listing'
import { chinaYear } from '../calendar/chinaTime'
import { SiteLifecycle } from '../states'
import { homeReportLinks, opennessReportEntries } from '../reports/reportPages'

export type RenderedPage = { status: number; html: string; contentType: string; tags: string[]; headers?: Record<string, string> }

export type PageRequest = {
  payload: Payload
  site: Site
  successor?: Site
  viaPrefix: boolean
  /** Path inside the site, always starting with '/'. */
  path: string
  query: Record<string, string | undefined>
  /** scheme://host, for absolute links in feeds and sitemaps. */
  origin: string
  /**
   * A preview (src/preview): the page's own document is read with this signed-in user's access, whatever its
   * workflow state, instead of the anonymous visitor's. Everything around it (navigation, lists) stays public.
   */
  previewUser?: User
}

/** Whose access reads a page's own document: the signed-in user of a preview, else the anonymous visitor. */
export const documentReader = (request: Pick<PageRequest, 'previewUser'>) => ({ overrideAccess: false, user: request.previewUser ?? null })

/** `current` is the aria-current value: 'page' for the page itself, 'true' for the section that contains it. */
type NavItem = { title: string; url: string; kind: string; current: '' | 'page' | 'true'; children: NavItem[] }

const html = 'text/html; charset=utf-8'

const columnUrl = (view: SiteView, column: { slug: string }) => `${view.basePath}/columns/${column.slug}/`

const flatten = (columns: ColumnNode[]): ColumnNode[] => columns.flatMap((c) => [c, ...flatten(c.children)])

/**
 * Marks the column being shown: aria-current="page" when the page is that column's own listing,
 * "true" for the columns that contain it (and for an article's column, which is not the page itself).
 */
function navItems(view: SiteView, columns: ColumnNode[], currentId?: string, isColumnPage = true): NavItem[] {
  return columns.map((c) => {
    const own = String(c.id) === currentId
    const contains = !own && currentId !== undefined && flatten(c.children).some((child) => String(child.id) === currentId)
    return {
      title: c.title,
      url: columnUrl(view, c),
      kind: c.kind,
      current: own ? (isColumnPage ? 'page' : 'true') : contains ? 'true' : '',
      children: navItems(view, c.children, currentId, isColumnPage),
    }
  })
}

/** The columns from the top of the tree down to the given one, for breadcrumbs. */
function columnTrail(view: SiteView, columns: ColumnNode[], id: string): { title: string; url: string; slug: string }[] {
  for (const c of columns) {
    if (String(c.id) === id) return [{ title: c.title, url: columnUrl(view, c), slug: c.slug }]
    const below = columnTrail(view, c.children, id)
    if (below.length) return [{ title: c.title, url: columnUrl(view, c), slug: c.slug }, ...below]
  }
  return []
}

async function render(theme: string, template: string, data: Record<string, unknown>): Promise<string> {
  return themeEngine(theme).renderFile(template, data)
}

async function chrome(request: PageRequest, currentColumnId?: string) {
  const view = siteView(request.site, request.viaPrefix, request.successor)
  const columns = await publicColumns(request.payload, request.site.id)
  return { view, columns, nav: navItems(view, columns, currentColumnId), year: chinaYear() }
}

const baseTags = (site: Site) => [pageTags.site(site.id), pageTags.listings(site.id)]

export async function renderHome(request: PageRequest): Promise<RenderedPage> {
  const { payload, site } = request
  const { view, columns, nav, year } = await chrome(request)
  const { homeItemsPerColumn } = await getPlatformSettings(payload)
  const repostTags: string[] = []
  const sections = await Promise.all(
    flatten(columns)
      .filter((c) => c.showOnHome !== false && !c.parent)
      .map(async (c) => {
        const ids = [c.id, ...flatten(c.children).map((child) => child.id)]
        const { docs, tags } = await publicListing(payload, site.id, { columnIds: ids, limit: homeItemsPerColumn })
        repostTags.push(...tags)
        return {
          title: c.title,
          kind: c.kind,
          url: columnUrl(view, c),
          emptyReason: c.emptyReason ?? '',
          items: docs.map((a) => ({ title: a.title, url: listingItemUrl(view.basePath, a), date: chinaDate(a.publishedAt) })),
        }
      }),
  )
  const latest = await publicListing(payload, site.id, { limit: 8 })
  const annualReports = await homeReportLinks(request, view.basePath)
  const body = await render(site.theme ?? 'default', 'home', {
    annualReports,
    site: view,
    nav,
    year,
    page: { title: view.name, isHome: true },
    sections,
    latest: latest.docs.map((a) => ({ title: a.title, url: listingItemUrl(view.basePath, a), date: chinaDate(a.publishedAt), summary: a.summary ?? '' })),
  })
  return { status: 200, html: body, contentType: html, tags: [...baseTags(site), ...new Set([...repostTags, ...latest.tags])] }
}

export async function renderColumn(request: PageRequest, slug: string): Promise<RenderedPage | null> {
  const { payload, site } = request
  const { view, columns, year } = await chrome(request)
  const column = flatten(columns).find((c) => c.slug === slug)
  if (!column) return null
  const { listPageSize } = await getPlatformSettings(payload)
  const pageNumber = Math.max(1, Number.parseInt(request.query.page ?? '1', 10) || 1)
  const ids = [column.id, ...flatten(column.children).map((c) => c.id)]
  const list = await publicListing(payload, site.id, { columnIds: ids, page: pageNumber, limit: listPageSize })
  if (pageNumber > Math.max(1, list.totalPages)) return null
  const base = columnUrl(view, column)
  const pageUrl = (n: number) => (n === 1 ? base : `${base}?page=${n}`)
  // 政府信息公开年报: the site's published annual reports head the column's first page (they are not articles).
  const reports = column.kind === 'annual-report' && pageNumber === 1 ? await opennessReportEntries(request, view.basePath) : []
  const body = await render(site.theme ?? 'default', 'column', {
    site: view,
    nav: navItems(view, columns, String(column.id)),
    year,
    page: { title: `${column.title} - ${view.name}` },
    column: {
      title: column.title,
      trail: columnTrail(view, columns, String(column.id)).slice(0, -1),
      // 在本栏目中搜索: the column by its path of slugs (findSearchColumn in searchPage.ts), readable in a shared link.
      searchPath: columnTrail(view, columns, String(column.id)).map((c) => c.slug).join('/'),
      description: column.description ?? '',
      emptyReason: column.emptyReason ?? '',
      kind: column.kind,
      children: column.children.map((c) => ({ title: c.title, url: columnUrl(view, c) })),
    },
    items: [...reports, ...list.docs.map((a) => ({ title: a.title, url: listingItemUrl(view.basePath, a), date: chinaDate(a.publishedAt), summary: a.summary ?? '' }))],
    pagination: {
      page: pageNumber,
      pages: list.totalPages,
      total: list.totalDocs,
      prevUrl: pageNumber > 1 ? pageUrl(pageNumber - 1) : '',
      nextUrl: pageNumber < list.totalPages ? pageUrl(pageNumber + 1) : '',
      links: Array.from({ length: list.totalPages }, (_, i) => ({ number: i + 1, url: pageUrl(i + 1), current: i + 1 === pageNumber })),
    },
  })
  return { status: 200, html: body, contentType: html, tags: [...baseTags(site), pageTags.column(column.id), ...list.tags] }
}

export async function renderArticle(request: PageRequest, id: string): Promise<RenderedPage | null> {
  const { payload, site } = request
  const article = await publicArticle(payload, site, id, request.previewUser)
  if (!article) return null
  const primary = article.columns[0]
  const { view, columns, year } = await chrome(request)
  const cover = article.coverImage
  const body = await render(site.theme ?? 'default', 'article', {
    site: view,
    nav: navItems(view, columns, primary ? String(primary.id) : undefined, false),
    year,
    page: { title: `${article.title} - ${view.name}`, description: article.summary ?? '' },
    column: primary ? { title: primary.title, url: columnUrl(view, primary) } : null,
    trail: primary ? columnTrail(view, columns, String(primary.id)) : [],
    article: {
      title: article.title,
      summary: article.summary ?? '',
      source: article.source ?? '',
      author: article.author ?? '',
      date: publicationDate(article.publishedAt, Boolean(request.previewUser)),
      publishedAt: article.publishedAt ?? '',
      bodyHtml: article.bodyHtml,
      cover: cover?.url
        ? {
            src: cover.sizes?.medium?.url ?? cover.url,
            srcset: (['thumbnail', 'medium', 'large'] as const)
              .map((size) => cover.sizes?.[size])
              .filter((s) => s?.url && s.width)
              .map((s) => `${s!.url} ${s!.width}w`)
              .join(', '),
            alt: cover.alt,
          }
        : null,
      attachments: article.attachments.map(fileView),
    },
  })
  return {
    status: 200,
    html: body,
    contentType: html,
    tags: [pageTags.site(site.id), pageTags.document('articles', article.id), ...article.columns.map((c) => pageTags.column(c.id))],
  }
}

export async function renderSiteMap(request: PageRequest): Promise<RenderedPage> {
  const { view, columns, nav, year } = await chrome(request)
  const body = await render(request.site.theme ?? 'default', 'sitemap', { site: view, nav, year, page: { title: `网站地图 - ${view.name}` }, tree: nav })
  void columns
  return { status: 200, html: body, contentType: html, tags: baseTags(request.site) }
}

export async function renderNotFound(request: PageRequest): Promise<RenderedPage> {
  const { view, nav, year } = await chrome(request)
  const body = await render(request.site.theme ?? 'default', 'not-found', { site: view, nav, year, page: { title: `页面不存在 - ${view.name}` } })
  return { status: 404, html: body, contentType: html, tags: baseTags(request.site) }
}

/** A closed site answers every URL with 410 and a link to its successor; an offline one with 503. */
export async function renderSiteUnavailable(request: PageRequest): Promise<RenderedPage | null> {
  const { site } = request
  const view = siteView(site, request.viaPrefix, request.successor)
  const year = chinaYear()
  const theme = site.theme ?? 'default'
  if (site.status === SiteLifecycle.closed) {
    const body = await render(theme, 'closed', { site: view, year, page: { title: `${view.name}已关停` }, nav: [] })
    return { status: 410, html: body, contentType: html, tags: [pageTags.site(site.id), 'sites'] }
  }
  if (site.status === SiteLifecycle.temporarilyOffline || site.status === SiteLifecycle.migrating) {
    const body = await render(theme, 'offline', {
      site: view,
      year,
      nav: [],
      page: { title: `${view.name}暂停访问` },
      reason: site.status === SiteLifecycle.migrating ? '网站正在迁移至集约化平台' : '网站正在维护',
    })
    return { status: 503, html: body, contentType: html, tags: [pageTags.site(site.id)], headers: { 'Retry-After': '3600' } }
  }
  if (site.status === SiteLifecycle.applying) {
    const body = await render(theme, 'offline', { site: view, year, nav: [], page: { title: `${view.name}尚未开通` }, reason: '网站尚未开通' })
    return { status: 404, html: body, contentType: html, tags: [pageTags.site(site.id)] }
  }
  return null
}

export { columnUrl, flatten, navItems }
