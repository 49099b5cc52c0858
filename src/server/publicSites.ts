import express, { type Request, type Response } from 'express'
import type { Payload } from 'payload'
import type { Site } from '../../payload-types'
import { renderFeed, renderRobots } from '../render/feeds'
import { renderSitemapDocuments, renderSitemapGazette, renderSitemapIndex, renderSitemapPages } from '../render/sitemap'
import { themeEngine } from '../render/engine'
import { themeAssets } from './themeAssets'
import { PageCache, type CachedPage } from '../render/pageCache'
import {
  renderArticle,
  renderColumn,
  renderHome,
  renderNotFound,
  renderSiteMap,
  renderSiteUnavailable,
  type PageRequest,
  type RenderedPage,
} from '../render/pages'
import { SiteDirectory } from '../render/siteDirectory'
import { siteHomeUrl } from '../render/siteView'
import { publicSiteStatuses } from '../access/siteScoped'
import { renderRepost } from '../reposting/render'
import { renderCatalog, renderInterpretation, renderPolicyDocument } from '../render/opennessPages'
import { renderSearch } from '../render/searchPage'
import { suggest, suggestRateLimit } from '../render/searchSuggest'
import { renderGazetteArticle, renderGazetteIssue, renderGazetteYear, renderGazetteYears } from '../render/gazettePages'
import { chinaYear } from '../calendar/chinaTime'
import { publicPageHeaders } from '../security/headers'
import { publicQueryProblem } from '../security/queryBounds'
import { searchRateLimit } from '../security/rateLimits'
import { encodedPage } from './encodings'
import { SiteLifecycle } from '../states'
import { idOf } from '../ids'
import { queryMessage, sendChallenge, showMailbox, submitMessage } from '../participation/mailboxRoutes'
import { queryApplication, showApplications, submitApplication } from '../disclosure/applicationRoutes'
import { queryRegistration, showOpenDays, submitRegistration } from '../participation/openDayRoutes'
import { consultationPath, showConsultations, submitComment } from '../participation/consultationRoutes'
import { PageCounter } from '../visits/pageCounter'
import { renderReportSummary, renderReportYear, sendReportXlsx } from '../reports/reportPages'

type Route = (request: PageRequest, match: RegExpMatchArray) => Promise<RenderedPage | null> | RenderedPage | null

/** The public pages of a site, by path inside the site. */
const routes: [RegExp, Route][] = [
  [/^\/$/, (r) => renderHome(r)],
  [/^\/columns\/([a-z0-9-]+)\/?$/, (r, m) => renderColumn(r, m[1]!)],
  [/^\/articles\/([A-Za-z0-9]+)\.html$/, (r, m) => renderArticle(r, m[1]!)],
  [/^\/reposts\/([A-Za-z0-9]+)\.html$/, (r, m) => renderRepost(r, m[1]!)],
  [/^\/documents\/([A-Za-z0-9]+)\.html$/, (r, m) => renderPolicyDocument(r, m[1]!)],
  [/^\/interpretations\/([A-Za-z0-9]+)\.html$/, (r, m) => renderInterpretation(r, m[1]!)],
  [/^\/catalog\/?$/, (r) => renderCatalog(r)],
  [/^\/gazette\/?$/, (r) => renderGazetteYears(r)],
  [/^\/gazette\/(\d{4})\/?$/, (r, m) => renderGazetteYear(r, m[1]!)],
  [/^\/gazette\/(\d{4})\/(\d{1,3})\/?$/, (r, m) => renderGazetteIssue(r, m[1]!, m[2]!)],
  [/^\/gazette\/articles\/([A-Za-z0-9]+)\.html$/, (r, m) => renderGazetteArticle(r, m[1]!)],
  [/^\/reports\/(\d{4})\/?$/, (r, m) => renderReportYear(r, m[1]!)],
  [/^\/reports\/(\d{4})\/summary\/?$/, (r, m) => renderReportSummary(r, m[1]!)],
  [/^\/sitemap\/?$/, (r) => renderSiteMap(r)],
  [/^\/feed\.xml$/, (r) => renderFeed(r)],
  [/^\/sitemap\.xml$/, (r) => renderSitemapIndex(r)],
  [/^\/sitemap-pages\.xml$/, (r) => renderSitemapPages(r)],
  [/^\/sitemap-documents-(\d{1,6})\.xml$/, (r, m) => renderSitemapDocuments(r, m[1]!)],
  [/^\/sitemap-gazette-(\d{1,6})\.xml$/, (r, m) => renderSitemapGazette(r, m[1]!)],
  [/^\/robots\.txt$/, (r) => renderRobots(r)],
]

export type PublicSites = {
  router: express.Router
  cache: PageCache
  directory: SiteDirectory
  counter: PageCounter
  close(): Promise<void>
}

/** A page a person reads: counted by the page counter whether it came from the cache or not. */
const isView = (page: { status: number; contentType: string }): boolean =>
  page.status === 200 && page.contentType.startsWith('text/html')

function send(req: Request, res: Response, page: CachedPage): void {
  const { body, encoding, etag } = encodedPage(page, req.headers['accept-encoding'])
  res.status(page.status)
  res.setHeader('Content-Type', page.contentType)
  if (etag) res.setHeader('ETag', etag)
  res.setHeader('Last-Modified', page.lastModified)
  res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate')
  res.setHeader('Vary', 'Accept-Encoding')
  if (encoding) res.setHeader('Content-Encoding', encoding)
  for (const [name, value] of Object.entries(page.headers ?? {})) res.setHeader(name, value)
  if (page.status === 200 && etag && req.headers['if-none-match'] === etag) {
    res.status(304).end()
    return
  }
  res.end(req.method === 'HEAD' ? undefined : body)
}

/** An uncached response (search, the cluster index), compressed like the cached pages. */
function sendFresh(
  req: Request,
  res: Response,
  status: number,
  contentType: string,
  html: string,
  cacheControl = 'no-store',
): void {
  send(req, res, {
    status,
    html,
    contentType,
    etag: '',
    lastModified: new Date().toUTCString(),
    tags: [],
    headers: { 'Cache-Control': cacheControl },
  })
}

export function publicSites(payload: Payload, options: { cacheEnabled?: boolean } = {}): PublicSites {
  const cache = new PageCache(
    Number(process.env.PAGE_CACHE_ENTRIES ?? 5000),
    options.cacheEnabled ?? process.env.PAGE_CACHE !== 'off',
  )
  const directory = new SiteDirectory(payload)
  const counter = new PageCounter(payload)
  const router = express.Router()

  router.use(publicPageHeaders())
  router.use('/_themes/:theme', themeAssets())

  // The participation pages answer for themselves, uncached: a person's view counts once one has been sent as a page.
  const countSent = (req: Request, res: Response, siteId: Site['id']): void => {
    if (isView({ status: res.statusCode, contentType: String(res.getHeader('content-type') ?? '') })) counter.record(req, siteId)
  }

  async function serve(req: Request, res: Response, site: Site, viaPrefix: boolean, path: string): Promise<void> {
    const searchFormat =
      path === '/search' || path === '/search/' ? 'html' : path === '/search.json' ? 'json' : path === '/search/suggest.json' ? 'suggest' : null
    const searching =
      searchFormat !== null && (site.status === SiteLifecycle.live || site.status === SiteLifecycle.closing)
    // The mailbox and the form challenge are per visitor: never cached (src/participation/mailboxRoutes.ts).
    const mailboxPage = path === '/mailbox' || path === '/mailbox/'
    if (
      (mailboxPage || path === '/challenge.json') &&
      (site.status === SiteLifecycle.live || site.status === SiteLifecycle.closing)
    ) {
      if (!mailboxPage) return sendChallenge(req, res)
      const successor = await directory.bySiteId(idOf(site.closureNotice?.successorSite) ?? undefined)
      await showMailbox({ payload, site, successor, viaPrefix }, res)
      return countSent(req, res, site.id)
    }
    // 依申请公开: the form and the status query are per visitor, never cached (src/disclosure/applicationRoutes.ts).
    if (
      (path === '/applications' || path === '/applications/') &&
      (site.status === SiteLifecycle.live || site.status === SiteLifecycle.closing)
    ) {
      const successor = await directory.bySiteId(idOf(site.closureNotice?.successorSite) ?? undefined)
      await showApplications({ payload, site, successor, viaPrefix }, res)
      return countSent(req, res, site.id)
    }
    // Open days show seats left and take registrations: never cached (src/participation/openDayRoutes.ts).
    if (
      path.startsWith('/open-days') &&
      (site.status === SiteLifecycle.live || site.status === SiteLifecycle.closing)
    ) {
      const successor = await directory.bySiteId(idOf(site.closureNotice?.successorSite) ?? undefined)
      if (await showOpenDays({ payload, site, successor, viaPrefix }, path, res)) return countSent(req, res, site.id)
    }
    // 意见征集: per visitor and per China day, never cached (src/participation/consultationRoutes.ts).
    const consultation = path.match(consultationPath)
    if (consultation && (site.status === SiteLifecycle.live || site.status === SiteLifecycle.closing)) {
      const successor = await directory.bySiteId(idOf(site.closureNotice?.successorSite) ?? undefined)
      if (await showConsultations({ payload, site, successor, viaPrefix }, consultation[1], res)) return countSent(req, res, site.id)
    }
    // 年度报告 XLSX: binary, made on demand from the published report (src/reports/reportPages.ts).
    const reportXlsx = path.match(/^\/reports\/(\d{4})\/(website|openness)\.xlsx$/)
    if (reportXlsx && (site.status === SiteLifecycle.live || site.status === SiteLifecycle.closing)) {
      const origin = `${req.protocol}://${req.get('host') ?? 'localhost'}`
      if (await sendReportXlsx({ payload, site, viaPrefix, path, query: {}, origin }, reportXlsx[1]!, reportXlsx[2]!, res)) return
    }
    const key = `${req.get('host')}|${site.id}|${req.originalUrl}`
    // A cache hit needs neither the origin (trust-proxy check) nor the parsed query string.
    const cached = searching ? undefined : cache.get(key)
    if (cached) {
      if (isView(cached)) counter.record(req, site.id)
      return send(req, res, cached)
    }
    const problem = publicQueryProblem(req)
    if (problem) {
      res.setHeader('Cache-Control', 'no-store')
      return void res.status(400).type('text/plain; charset=utf-8').send(problem)
    }
    const origin = `${req.protocol}://${req.get('host') ?? 'localhost'}`
    const query = Object.fromEntries(
      Object.entries(req.query).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]),
    )
    if (searchFormat === 'suggest' && searching) {
      if (!(await suggestRateLimit().admit(req, res))) return
      try {
        const answer = await suggest(payload, site, viaPrefix, query.q ?? '')
        return sendFresh(req, res, 200, 'application/json; charset=utf-8', JSON.stringify(answer), 'public, max-age=30')
      } catch (error) {
        payload.logger.error({ err: error, msg: 'search suggestions failed' })
        return sendFresh(req, res, 503, 'application/json; charset=utf-8', JSON.stringify({ error: '搜索联想暂时不可用。' }))
      }
    }
    if (searchFormat && searching) {
      if (!(await searchRateLimit().admit(req, res))) return
      const successorId = site.closureNotice?.successorSite
      const successor = await directory.bySiteId(
        typeof successorId === 'object' && successorId ? successorId.id : successorId,
      )
      const page = await renderSearch({ payload, site, successor, viaPrefix, path, query, origin }, searchFormat === 'json' ? 'json' : 'html')
      if (isView(page)) counter.record(req, site.id)
      return sendFresh(req, res, page.status, page.contentType, page.html)
    }
    const successorId = site.closureNotice?.successorSite
    const successor = await directory.bySiteId(
      typeof successorId === 'object' && successorId ? successorId.id : successorId,
    )
    const request: PageRequest = { payload, site, successor, viaPrefix, path, query, origin }
    let page = await renderSiteUnavailable(request)
    if (!page) {
      for (const [pattern, route] of routes) {
        const match = path.match(pattern)
        if (match) {
          page = await route(request, match)
          break
        }
      }
    }
    if (!page) {
      const notFound = await renderNotFound(request)
      return send(req, res, { ...notFound, etag: '', lastModified: new Date().toUTCString() })
    }
    if (isView(page)) counter.record(req, site.id)
    send(req, res, cache.set(key, page))
  }

  router.get(['/sites/:siteCode', '/sites/:siteCode/{*rest}'], async (req, res, next) => {
    const siteCode = req.params.siteCode as string
    const site = await directory.bySiteCode(siteCode)
    if (!site) return next()
    const rest = (req.params as { rest?: string[] }).rest
    if (!rest && !req.path.endsWith('/')) return res.redirect(301, `/sites/${siteCode}/`)
    await serve(req, res, site, true, `/${(rest ?? []).join('/')}`)
  })

  // Anonymous writes: the mailbox form and its query (bodies read and bounded by the handlers themselves).
  router.post(['/sites/:siteCode/mailbox{/:action}', '/mailbox{/:action}'], async (req, res, next) => {
    const action = (req.params as { action?: string }).action
    if (action !== undefined && action !== 'query') return next()
    const siteCode = (req.params as { siteCode?: string }).siteCode
    const site = siteCode ? await directory.bySiteCode(siteCode) : await directory.byHostname(req.hostname)
    if (!site || !(site.status === SiteLifecycle.live || site.status === SiteLifecycle.closing)) return next()
    const input = { payload, site, viaPrefix: siteCode !== undefined }
    await (action === 'query' ? queryMessage(input, req, res) : submitMessage(input, req, res))
  })

  // Anonymous writes: an application for disclosure and its status query (bodies bounded by the handlers).
  router.post(['/sites/:siteCode/applications{/:action}', '/applications{/:action}'], async (req, res, next) => {
    const action = (req.params as { action?: string }).action
    if (action !== undefined && action !== 'query') return next()
    const siteCode = (req.params as { siteCode?: string }).siteCode
    const site = siteCode ? await directory.bySiteCode(siteCode) : await directory.byHostname(req.hostname)
    if (!site || !(site.status === SiteLifecycle.live || site.status === SiteLifecycle.closing)) return next()
    const input = { payload, site, viaPrefix: siteCode !== undefined }
    await (action === 'query' ? queryApplication(input, req, res) : submitApplication(input, req, res))
  })

  // Open-day registration, query and cancellation (bodies read and bounded by the handlers themselves).
  router.post(['/sites/:siteCode/open-days/:action', '/open-days/:action'], async (req, res, next) => {
    const action = (req.params as { action: string }).action
    const siteCode = (req.params as { siteCode?: string }).siteCode
    const site = siteCode ? await directory.bySiteCode(siteCode) : await directory.byHostname(req.hostname)
    if (!site || !(site.status === SiteLifecycle.live || site.status === SiteLifecycle.closing)) return next()
    const input = { payload, site, viaPrefix: siteCode !== undefined }
    if (action === 'query' || action === 'cancel') return queryRegistration(input, req, res, action === 'cancel')
    if (!(await submitRegistration(input, action, req, res))) next()
  })

  // Anonymous writes: a comment on a consultation (the body is read and bounded by the handler).
  router.post(['/sites/:siteCode/consultations/:id', '/consultations/:id'], async (req, res, next) => {
    const siteCode = (req.params as { siteCode?: string }).siteCode
    const site = siteCode ? await directory.bySiteCode(siteCode) : await directory.byHostname(req.hostname)
    if (!site || !(site.status === SiteLifecycle.live || site.status === SiteLifecycle.closing)) return next()
    if (!(await submitComment({ payload, site, viaPrefix: siteCode !== undefined }, String(req.params.id), req, res)))
      next()
  })

  router.get('/{*rest}', async (req, res, next) => {
    const site = await directory.byHostname(req.hostname)
    if (site) return serve(req, res, site, false, req.path)
    if (req.path === '/') {
      const sites = (await directory.all()).filter((s) => (publicSiteStatuses as readonly string[]).includes(s.status))
      const body = await themeEngine('default').renderFile('cluster-index', {
        page: { title: '站群：政府网站集约化平台' },
        sites: sites.map((s) => ({ name: s.name, level: s.level, url: siteHomeUrl(s, true), siteCode: s.siteCode })),
        year: chinaYear(),
      })
      return sendFresh(req, res, 200, 'text/html; charset=utf-8', body, 'public, max-age=0, must-revalidate')
    }
    next()
  })

  return {
    router,
    cache,
    directory,
    counter,
    async close() {
      cache.close()
      directory.close()
      await counter.close()
    },
  }
}
