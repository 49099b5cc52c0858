import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, Column } from '../../payload-types'
import {
  articlePath,
  clientAs,
  columnPath,
  createArticle,
  createColumn,
  createSiteWithStaff,
  fetchPage,
  sitePath,
  type Client,
  type SiteWithStaff,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * 页面缓存：公众页面渲染一次后按标签缓存；内容变化时，受影响的页面（且只有它们）在下一次访问时更新。
 * 每个用例都先把页面读进缓存，再改内容，然后看下一次访问。
 */

let server: TestServer
let p: SiteWithStaff
let notices: Column
let reviewer: Client
let editor: Client

beforeAll(async () => {
  server = await startTestServer()
  p = await createSiteWithStaff(server.payload, 'P')
  notices = await createColumn(server.payload, p.site, { title: '本站公告栏', slug: 'tzgg', kind: 'notice' })
  reviewer = await clientAs(server.url, p.reviewer)
  editor = await clientAs(server.url, p.editor)
})
afterAll(async () => server?.close())

const home = () => sitePath(p.site)
const newsPage = () => columnPath(p.site, p.column)
const feed = () => sitePath(p.site, '/feed.xml')
const listings = () => [home(), newsPage(), feed()]

/** Reads every path once so that it sits in the page cache, and returns the pages. */
async function warm(paths: string[]) {
  const pages = []
  for (const path of paths) {
    const page = await fetchPage(server.url, path)
    expect(page.status, path).toBe(200)
    pages.push(page)
  }
  return pages
}

describe('the page cache', () => {
  it('serves a repeated view from the cache, with the same ETag, until content changes', async () => {
    const article = await createArticle(server.payload, {
      site: p.site,
      column: p.column,
      title: '缓存确认信息',
      status: 'published',
    })
    const [first] = await warm([articlePath(p.site, article)])
    const cached = server.server.sites.cache.size
    expect(cached).toBeGreaterThan(0)
    // A change written straight to the database, past every hook, is not seen: the page really is cached.
    await server.payload.db.updateOne({ collection: 'articles', id: article.id, data: { title: '绕过钩子的改动' } })
    const second = await fetchPage(server.url, articlePath(p.site, article))
    expect(second.html).toContain('缓存确认信息')
    expect(second.html).not.toContain('绕过钩子的改动')
    expect(second.headers.get('etag')).toBe(first!.headers.get('etag'))
  })

  it('shows a newly published article on the next view of home, column page and feed', async () => {
    const draft = await createArticle(server.payload, { site: p.site, column: p.column, title: '新发布的要闻' })
    for (const page of await warm(listings())) expect(page.html).not.toContain('新发布的要闻')

    const res = await reviewer.patch(`/api/articles/${draft.id}`, { workflowStatus: 'published' })
    expect(res.status).toBe(200)

    for (const path of listings()) {
      const page = await fetchPage(server.url, path)
      expect(page.html, path).toContain('新发布的要闻')
      expect(page.html, path).toContain(`/articles/${draft.id}.html`)
    }
    const own = await fetchPage(server.url, articlePath(p.site, draft))
    expect(own.status).toBe(200)
  })

  it('shows a changed title on the next view of the article page and the listings', async () => {
    const article = await createArticle(server.payload, {
      site: p.site,
      column: p.column,
      title: '原标题',
      status: 'published',
    })
    await warm([articlePath(p.site, article), ...listings()])

    const res = await reviewer.patch(`/api/articles/${article.id}`, { title: '更正后的标题' })
    expect(res.status).toBe(200)

    for (const path of [articlePath(p.site, article), ...listings()]) {
      const page = await fetchPage(server.url, path)
      expect(page.html, path).toContain('更正后的标题')
      expect(page.html, path).not.toContain('原标题')
    }
  })

  it('removes a withdrawn article from every page on the next view', async () => {
    const article = await createArticle(server.payload, {
      site: p.site,
      column: p.column,
      title: '将被撤回的信息',
      status: 'published',
    })
    for (const page of await warm([articlePath(p.site, article), ...listings()]))
      expect(page.html).toContain('将被撤回的信息')

    const res = await reviewer.patch(`/api/articles/${article.id}`, { workflowStatus: 'withdrawn', reviewComment: '内容有误，撤回更正' })
    expect(res.status).toBe(200)

    const own = await fetchPage(server.url, articlePath(p.site, article))
    expect(own.status).toBe(404)
    expect(own.html).not.toContain('将被撤回的信息')
    for (const path of listings())
      expect((await fetchPage(server.url, path)).html, path).not.toContain('将被撤回的信息')
  })

  it('shows a renamed column on every page that names it, including article pages of other columns', async () => {
    const inNews = await createArticle(server.payload, {
      site: p.site,
      column: p.column,
      title: '要闻栏目的信息',
      status: 'published',
    })
    const inNotices = await createArticle(server.payload, {
      site: p.site,
      column: notices,
      title: '公告栏目的信息',
      status: 'published',
    })
    const paths = [
      home(),
      columnPath(p.site, notices),
      articlePath(p.site, inNotices),
      articlePath(p.site, inNews),
      newsPage(),
      sitePath(p.site, '/sitemap'),
    ]
    for (const page of await warm(paths)) expect(page.html).toContain('本站公告栏')

    const admin = await clientAs(server.url, p.siteAdmin)
    const res = await admin.patch(`/api/columns/${notices.id}`, { title: '公示通报栏' })
    expect(res.status).toBe(200)

    for (const path of paths) {
      const page = await fetchPage(server.url, path)
      expect(page.html, path).toContain('公示通报栏')
      expect(page.html, path).not.toContain('本站公告栏')
    }
  })

  it('shows a changed sponsor in the footer of every page', async () => {
    const article = await createArticle(server.payload, {
      site: p.site,
      column: p.column,
      title: '页脚测试信息',
      status: 'published',
    })
    const paths = [home(), newsPage(), articlePath(p.site, article)]
    for (const page of await warm(paths)) expect(page.html).toContain(p.site.sponsor)

    const admin = await clientAs(server.url, p.siteAdmin)
    const res = await admin.patch(`/api/sites/${p.site.id}`, { sponsor: '某市人民政府办公室（新）' })
    expect(res.status).toBe(200)

    for (const path of paths) {
      const page = await fetchPage(server.url, path)
      expect(page.html, path).toContain('某市人民政府办公室（新）')
    }
  })

  it('answers a repeated GET with the same ETag, and a conditional GET with 304', async () => {
    for (const path of [home(), newsPage(), feed(), sitePath(p.site, '/sitemap.xml')]) {
      const first = await fetchPage(server.url, path)
      const etag = first.headers.get('etag')
      expect(etag, path).toMatch(/^".+"$/)
      const second = await fetchPage(server.url, path)
      expect(second.headers.get('etag'), path).toBe(etag)
      expect(second.html).toBe(first.html)
      const conditional = await fetchPage(server.url, path, { 'If-None-Match': etag! })
      expect(conditional.status, path).toBe(304)
      expect(conditional.html).toBe('')
      const stale = await fetchPage(server.url, path, { 'If-None-Match': '"not-the-current-etag"' })
      expect(stale.status, path).toBe(200)
    }
  })

  it('keeps the pages unchanged when a draft is written or edited', async () => {
    const published = await createArticle(server.payload, {
      site: p.site,
      column: p.column,
      title: '草稿旁的已发布信息',
      status: 'published',
    })
    const paths = [...listings(), articlePath(p.site, published)]
    const before = await warm(paths)
    const etags = before.map((page) => page.headers.get('etag'))

    const created = await editor.post('/api/articles', {
      site: p.site.id,
      columns: [p.column.id],
      title: '尚未发布的草稿',
      disclosureAttribute: 'public',
    })
    expect(created.status).toBe(201)
    expect(
      (
        await editor.patch(`/api/articles/${created.body.doc.id}`, {
          title: '尚未发布的草稿（改）',
          summary: '改了摘要',
        })
      ).status,
    ).toBe(200)
    expect((await editor.patch(`/api/articles/${created.body.doc.id}`, { workflowStatus: 'submitted' })).status).toBe(
      200,
    )

    for (const [i, path] of paths.entries()) {
      const after = await fetchPage(server.url, path)
      expect(after.headers.get('etag'), path).toBe(etags[i])
      expect(after.html).not.toContain('尚未发布的草稿')
      const conditional = await fetchPage(server.url, path, { 'If-None-Match': etags[i]! })
      expect(conditional.status, path).toBe(304)
    }
  })

  it('drops the pages of a deleted published article', async () => {
    const article: Article = await createArticle(server.payload, {
      site: p.site,
      column: p.column,
      title: '将被删除的信息',
      status: 'published',
    })
    await warm([articlePath(p.site, article), ...listings()])
    const admin = await clientAs(server.url, p.siteAdmin)
    expect((await admin.delete(`/api/articles/${article.id}`)).status).toBe(200)
    expect((await fetchPage(server.url, articlePath(p.site, article))).status).toBe(404)
    for (const path of listings())
      expect((await fetchPage(server.url, path)).html, path).not.toContain('将被删除的信息')
  })
})
