import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, Column, Site } from '../../payload-types'
import {
  articlePath,
  client,
  closeSite,
  columnPath,
  createArticle,
  createColumn,
  createSite,
  fetchPage,
  localFile,
  pdfDocument,
  sitePath,
  titlesOf,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * 原则 3：匿名访客只能读到已发布、属于运行中网站、且公开属性为“此件公开发布”的信息，
 * 无论经由 REST、GraphQL 还是公众网站页面（首页、栏目页、信息页、RSS、sitemap）。
 */

/** Every title that must never reach an anonymous visitor carries this marker. */
const HIDDEN = '不应公开'

let server: TestServer
let live: Site
let liveColumn: Column
let closing: Site
let closingColumn: Column
const visible: Article[] = []
const hiddenOnLiveSite: Article[] = []
const onHiddenSites: { site: Site; column: Column; article: Article; status: Site['status'] }[] = []

beforeAll(async () => {
  server = await startTestServer()
  const { payload } = server
  live = await createSite(payload, { name: '运行中网站' })
  liveColumn = await createColumn(payload, live, { title: '政务动态', slug: 'zwdt' })
  visible.push(
    await createArticle(payload, { site: live, column: liveColumn, title: '已公开的信息', status: 'published' }),
  )

  for (const status of ['draft', 'submitted', 'scheduled', 'withdrawn'] as const) {
    hiddenOnLiveSite.push(
      await createArticle(payload, { site: live, column: liveColumn, title: `${HIDDEN}-${status}`, status }),
    )
  }
  for (const disclosure of ['on-application', 'not-public', 'after-declassification'] as const) {
    hiddenOnLiveSite.push(
      await createArticle(payload, {
        site: live,
        column: liveColumn,
        title: `${HIDDEN}-${disclosure}`,
        status: 'published',
        disclosure,
      }),
    )
  }

  // A site whose closure notice is running stays public (with its banner) until it closes.
  const successor = await createSite(payload, { name: '承接网站' })
  closing = await createSite(payload, { name: '关停公告中网站' })
  closingColumn = await createColumn(payload, closing, { slug: 'news' })
  visible.push(
    await createArticle(payload, {
      site: closing,
      column: closingColumn,
      title: '关停公告期内仍公开的信息',
      status: 'published',
    }),
  )
  await payload.update({
    collection: 'sites',
    id: closing.id,
    overrideAccess: true,
    data: {
      status: 'closing',
      closureNotice: { closesAt: new Date(Date.now() + 40 * 864e5).toISOString(), successorSite: successor.id },
    },
  })

  for (const status of ['applying', 'temporarily-offline', 'migrating', 'closed'] as const) {
    const site = await createSite(payload, { name: `${status}网站`, status: status === 'closed' ? 'live' : status })
    const column = await createColumn(payload, site, { slug: 'news' })
    const article = await createArticle(payload, {
      site,
      column,
      title: `${HIDDEN}-站点${status}`,
      status: 'published',
    })
    if (status === 'closed') await closeSite(payload, site, successor)
    onHiddenSites.push({ site, column, article, status })
  }
})
afterAll(async () => server?.close())

const anonymous = () => client(server.url)
const allHidden = () => [...hiddenOnLiveSite, ...onHiddenSites.map((h) => h.article)]

describe('anonymous visitors over REST', () => {
  it('list only published, public articles of live or closing sites', async () => {
    const res = await anonymous().get('/api/articles', { limit: 100 })
    expect(res.status).toBe(200)
    expect(titlesOf(res.body.docs).sort()).toEqual(visible.map((a) => a.title).sort())
    expect(res.text).not.toContain(HIDDEN)
  })

  it('get 404 for a draft, submitted, scheduled, withdrawn or non-public article by id', async () => {
    for (const article of hiddenOnLiveSite) {
      const res = await anonymous().get(`/api/articles/${article.id}`)
      expect(res.status, article.title).toBe(404)
      expect(res.text).not.toContain(HIDDEN)
    }
  })

  it('get 404 for a published article of an applying, offline, migrating or closed site', async () => {
    for (const { article, status } of onHiddenSites) {
      const res = await anonymous().get(`/api/articles/${article.id}`)
      expect(res.status, status).toBe(404)
      expect(res.text).not.toContain(HIDDEN)
    }
  })

  it('cannot find hidden articles with where clauses, counts or depth', async () => {
    const byTitle = await anonymous().get('/api/articles', { where: { title: { like: HIDDEN } } })
    expect(byTitle.status).toBe(200)
    expect(byTitle.body.totalDocs).toBe(0)
    const byStatus = await anonymous().get('/api/articles', {
      where: { workflowStatus: { in: ['draft', 'submitted', 'scheduled', 'withdrawn'] } },
    })
    expect(byStatus.body.totalDocs).toBe(0)
    const byIds = await anonymous().get('/api/articles', {
      where: { id: { in: allHidden().map((a) => a.id) } },
      depth: 2,
    })
    expect(byIds.body.totalDocs).toBe(0)
    const count = await anonymous().get('/api/articles/count', { where: { site: { equals: live.id } } })
    expect(count.body.totalDocs).toBe(1)
    expect(byTitle.text + byStatus.text + byIds.text).not.toContain(HIDDEN)
  })

  it('see neither the versions nor the non-public sites and their columns', async () => {
    expect((await anonymous().get('/api/articles/versions')).status).toBe(403)
    const sites = await anonymous().get('/api/sites', { limit: 100 })
    const statuses = new Set((sites.body.docs as Site[]).map((s) => s.status))
    expect([...statuses].sort()).toEqual(['closing', 'live'])
    const columns = await anonymous().get('/api/columns', { limit: 100 })
    const columnSites = new Set(
      (columns.body.docs as Column[]).map((c) => (typeof c.site === 'object' ? c.site.id : c.site)),
    )
    for (const { site } of onHiddenSites) expect(columnSites.has(site.id)).toBe(false)
    expect(columnSites.has(live.id)).toBe(true)
  })
})

describe('anonymous visitors and uploaded files', () => {
  it('cannot download an attachment of a site that is not public, but can one of a live site', async () => {
    const { payload } = server
    const applying = onHiddenSites.find((h) => h.status === 'applying')!
    const upload = (site: Site, name: string) =>
      payload.create({
        collection: 'files',
        overrideAccess: true,
        data: { site: site.id, title: name },
        file: localFile(pdfDocument(), name, 'application/pdf'),
      })
    const hidden = await upload(applying.site, 'hidden-site.pdf')
    const shown = await upload(live, 'live-site.pdf')
    // Both are attachments of published articles (see public-uploads.test.ts for the rest of the rule): only the site's status differs.
    await payload.update({ collection: 'articles', id: applying.article.id, data: { attachments: [hidden.id] } })
    await payload.update({ collection: 'articles', id: visible[0]!.id, data: { attachments: [shown.id] } })
    expect((await fetch(`${server.url}${shown.url}`)).status).toBe(200)
    const res = await fetch(`${server.url}${hidden.url}`)
    expect([403, 404]).toContain(res.status)
    expect((await anonymous().get(`/api/files/${hidden.id}`)).status).toBe(404)
  })
})

describe('anonymous visitors over GraphQL', () => {
  it('list only published, public articles of live or closing sites', async () => {
    const res = await anonymous().graphql(
      '{ Articles(limit: 100) { totalDocs docs { id title workflowStatus disclosureAttribute } } }',
    )
    expect(res.errors).toEqual([])
    expect(titlesOf(res.data.Articles.docs).sort()).toEqual(visible.map((a) => a.title).sort())
    for (const doc of res.data.Articles.docs) {
      expect(doc.workflowStatus).toBe('published')
      expect(doc.disclosureAttribute).toBe('public')
    }
  })

  it('get nothing for a hidden article by id', async () => {
    for (const article of allHidden()) {
      const res = await anonymous().graphql(`{ Article(id: ${article.id}) { id title } }`)
      expect(res.data?.Article ?? null, article.title).toBeNull()
      expect(JSON.stringify(res)).not.toContain(HIDDEN)
    }
  })

  it('cannot find hidden articles with a where clause', async () => {
    const res = await anonymous().graphql(`{ Articles(where: { title: { like: "${HIDDEN}" } }) { totalDocs } }`)
    expect(res.data.Articles.totalDocs).toBe(0)
  })
})

describe('public pages of a live site', () => {
  it('home, column page, feed.xml and the sitemap show only the published public article', async () => {
    const published = visible[0]!
    for (const path of [
      sitePath(live),
      columnPath(live, liveColumn),
      sitePath(live, '/feed.xml'),
      sitePath(live, '/sitemap-documents-1.xml'),
    ]) {
      const page = await fetchPage(server.url, path)
      expect(page.status, path).toBe(200)
      // The sitemap lists URLs only; the other pages name the article too.
      if (!path.includes('/sitemap')) expect(page.html, path).toContain(published.title)
      expect(page.html, path).toContain(`/articles/${published.id}.html`)
      expect(page.html, path).not.toContain(HIDDEN)
      for (const hidden of hiddenOnLiveSite) expect(page.html, path).not.toContain(`/articles/${hidden.id}.html`)
    }
  })

  it('answers 404 on the article page of a draft, submitted, scheduled, withdrawn or non-public article', async () => {
    const published = await fetchPage(server.url, articlePath(live, visible[0]!))
    expect(published.status).toBe(200)
    expect(published.html).toContain(visible[0]!.title)
    for (const article of hiddenOnLiveSite) {
      const page = await fetchPage(server.url, articlePath(live, article))
      expect(page.status, article.title).toBe(404)
      expect(page.html).not.toContain(HIDDEN)
    }
  })

  it('does not show one site article under another site address', async () => {
    const page = await fetchPage(server.url, articlePath(closing, visible[0]!))
    expect(page.status).toBe(404)
    expect(page.html).not.toContain(visible[0]!.title)
  })
})

describe('public pages of sites that are not live', () => {
  const expectedStatus: Record<string, number> = {
    applying: 404,
    'temporarily-offline': 503,
    migrating: 503,
    closed: 410,
  }

  it('never show articles of applying, offline, migrating or closed sites on any page', async () => {
    for (const { site, column, article, status } of onHiddenSites) {
      for (const path of [
        sitePath(site),
        columnPath(site, column),
        articlePath(site, article),
        sitePath(site, '/feed.xml'),
        sitePath(site, '/sitemap.xml'),
      ]) {
        const page = await fetchPage(server.url, path)
        expect(page.status, `${status} ${path}`).toBe(expectedStatus[status])
        expect(page.html, `${status} ${path}`).not.toContain(HIDDEN)
      }
    }
  })

  it('keeps a closing site public while its notice runs', async () => {
    const page = await fetchPage(server.url, sitePath(closing))
    expect(page.status).toBe(200)
    expect(page.html).toContain('关停公告期内仍公开的信息')
  })

  it('lists only live and closing sites on the cluster index', async () => {
    const page = await fetchPage(server.url, '/')
    expect(page.status).toBe(200)
    expect(page.html).toContain(live.name)
    for (const { site } of onHiddenSites) expect(page.html).not.toContain(site.name)
  })
})
