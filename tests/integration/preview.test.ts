import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, PolicyDocument } from '../../payload-types'
import { chinaDay } from '../../src/calendar/chinaTime'
import { signPreviewLink } from '../../src/preview/signing'
import { articlePath, client, clientAs, createArticle, createSiteWithStaff, fetchPage, login, sitePath, type Client, type SiteWithStaff } from '../support/fixtures'
import { as, createOpennessFixture, draftData, type OpennessFixture } from '../support/openness'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * 预览：签名、有时效、仅限已登录且有权阅读该内容的用户；响应不缓存、不收录，也不进入页面缓存、搜索、网站地图和订阅。
 */

let server: TestServer
let a: SiteWithStaff
let b: SiteWithStaff
let draft: Article
let editorA: Client
let tokenA: string

const previewOf = async (as: Client, collection: string, id: number | string): Promise<string> => {
  const res = await as.get(`/api/preview-link/${collection}/${id}`)
  expect(res.status, res.text).toBe(200)
  expect(res.headers.get('cache-control')).toBe('no-store')
  return res.body.url as string
}

const open = (path: string, token?: string, extra: Record<string, string> = {}) =>
  fetchPage(server.url, path, { ...(token ? { Authorization: `JWT ${token}` } : {}), ...extra })

beforeAll(async () => {
  server = await startTestServer()
  a = await createSiteWithStaff(server.payload, 'PA')
  b = await createSiteWithStaff(server.payload, 'PB')
  draft = await createArticle(server.payload, { site: a.site, column: a.column, title: '尚未发布的预览稿件', summary: '预览摘要' })
  tokenA = await login(server.url, a.editor)
  editorA = client(server.url, tokenA)
})
afterAll(async () => server?.close())

describe('the preview of a draft', () => {
  it('shows the editor the theme’s page of the saved draft with the banner, no-store and noindex, outside the page cache', async () => {
    const cachedBefore = server.server.sites.cache.size
    const url = await previewOf(editorA, 'articles', draft.id)
    expect(url).toMatch(new RegExp(`^/preview/articles/${draft.id}\\?exp=\\d+&sig=[A-Za-z0-9_-]{43}$`))
    // Signed in by the session cookie, as the browser opens it from the admin.
    const page = await open(url, undefined, { Cookie: `payload-token=${tokenA}` })
    expect(page.status, page.html).toBe(200)
    expect(page.html).toContain('尚未发布的预览稿件')
    expect(page.html).toContain('预览，未发布')
    expect(page.html).toContain('当前状态：草稿')
    // Not yet published, so no date: the line says so instead of standing empty.
    expect(page.html).toContain('<span>发布日期：未发布（预览）</span>')
    expect(page.html).not.toContain('<time datetime="">')
    // The site's theme: its stylesheet, its navigation and footer.
    expect(page.html).toContain('/_themes/default/')
    expect(page.html).toContain(a.site.name)
    expect(page.html).toContain('<meta name="robots" content="noindex, nofollow">')
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow')
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    expect(page.headers.get('etag')).toBeNull()
    // Nothing entered the page cache, and the public still gets no such page.
    expect(server.server.sites.cache.size).toBe(cachedBefore)
    expect((await fetchPage(server.url, articlePath(a.site, draft))).status).toBe(404)
    for (const path of ['/sitemap.xml', '/feed.xml', '/', '/columns/news/', '/search.json?q=预览稿件']) {
      const publicPage = await fetchPage(server.url, sitePath(a.site, path))
      expect(publicPage.html, path).not.toContain('尚未发布的预览稿件')
    }
  })

  it('dates a published article’s preview and public page alike, with the published day', async () => {
    const published = await createArticle(server.payload, { site: a.site, column: a.column, title: '已发布的预览稿件', status: 'published' })
    const day = chinaDay(published.publishedAt!)
    const preview = await open(await previewOf(editorA, 'articles', published.id), tokenA)
    const publicPage = await fetchPage(server.url, articlePath(a.site, published))
    for (const page of [preview, publicPage]) {
      expect(page.status, page.html).toBe(200)
      expect(page.html).toContain(`<span>发布日期：<time datetime="${published.publishedAt}">${day}</time></span>`)
      expect(page.html).not.toContain('未发布（预览）')
    }
  })

  it('shows the saved state after an edit to the site’s reviewer and site admin too', async () => {
    await editorA.patch(`/api/articles/${draft.id}`, { title: '修改后的预览稿件' })
    for (const user of [a.reviewer, a.siteAdmin]) {
      const who = await clientAs(server.url, user)
      const page = await open(await previewOf(who, 'articles', draft.id), who.token)
      expect(page.status).toBe(200)
      expect(page.html).toContain('修改后的预览稿件')
    }
  })

  it('refuses anonymous visitors, even with a valid link, and gives them no link', async () => {
    const url = await previewOf(editorA, 'articles', draft.id)
    const page = await open(url)
    expect(page.status).toBe(401)
    expect(page.html).toContain('请先登录')
    expect(page.html).not.toContain('预览稿件')
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow')
    expect((await client(server.url).get(`/api/preview-link/articles/${draft.id}`)).status).toBe(401)
  })

  it('refuses expired and tampered signatures', async () => {
    const expired = signPreviewLink(server.payload.secret, 'articles', draft.id, Date.now() - 31 * 60_000)
    expect(expired.expiresAt.getTime()).toBeLessThan(Date.now())
    const res = await open(expired.path, tokenA)
    expect(res.status).toBe(403)
    expect(res.html).toContain('已过期')

    const valid = new URL(await previewOf(editorA, 'articles', draft.id), server.url)
    const exp = valid.searchParams.get('exp')!
    const sig = valid.searchParams.get('sig')!
    const flipped = `${sig.slice(0, 10)}${sig[10] === 'A' ? 'B' : 'A'}${sig.slice(11)}`
    const other = await createArticle(server.payload, { site: a.site, column: a.column, title: '另一篇草稿' })
    const tampered = [
      `/preview/articles/${draft.id}?exp=${exp}&sig=${flipped}`,
      `/preview/articles/${draft.id}?exp=${Number(exp) + 3600}&sig=${sig}`,
      `/preview/articles/${other.id}?exp=${exp}&sig=${sig}`,
      `/preview/policy-documents/${draft.id}?exp=${exp}&sig=${sig}`,
      `/preview/articles/${draft.id}?exp=${exp}`,
      `/preview/articles/${draft.id}`,
    ]
    for (const path of tampered) {
      const page = await open(path, tokenA)
      expect(page.status, path).toBe(403)
      expect(page.html, path).not.toContain('预览稿件')
      expect(page.headers.get('cache-control'), path).toBe('no-store')
    }
  })

  it('refuses users of another site, with the link of someone who may read it', async () => {
    const url = await previewOf(editorA, 'articles', draft.id)
    for (const user of [b.editor, b.reviewer, b.siteAdmin]) {
      const who = await clientAs(server.url, user)
      const page = await open(url, who.token)
      expect(page.status, user.email).toBe(404)
      expect(page.html).not.toContain('预览稿件')
      expect((await who.get(`/api/preview-link/articles/${draft.id}`)).status).toBe(404)
    }
  })
})

/** The openness fixture's accounts' password (tests/support/openness.ts). */
const openness = 'correct-horse-battery'

describe('the preview of a policy document', () => {
  let f: OpennessFixture
  let doc: PolicyDocument

  beforeAll(async () => {
    f = await createOpennessFixture(server.payload, '6400000081')
    doc = await server.payload.create({ collection: 'policy-documents', data: draftData(f, { title: '待审核的政策文件预览' }) as never, ...as(f.editor) })
  })

  it('renders the draft with its metadata table for the site’s staff and refuses the other site', async () => {
    const editor = client(server.url, await login(server.url, f.editor, openness))
    const page = await open(await previewOf(editor, 'policy-documents', doc.id), editor.token)
    expect(page.status, page.html).toBe(200)
    expect(page.html).toContain('待审核的政策文件预览')
    expect(page.html).toContain(doc.docNumber!)
    expect(page.html).toContain('<th scope="row">发布日期</th><td>未发布（预览）</td>')
    expect(page.html).toContain('预览，未发布')
    expect((await fetchPage(server.url, sitePath(f.site, `/documents/${doc.id}.html`))).status).toBe(404)
    const outsider = await server.payload.create({
      collection: 'users',
      data: { name: '他站编辑', email: 'other-editor@openness.test', password: openness, siteMemberships: [{ site: f.otherSite.id, roles: ['editor'] }] } as never,
    })
    const other = client(server.url, await login(server.url, outsider, openness))
    const refused = await open(await previewOf(editor, 'policy-documents', doc.id), other.token)
    expect(refused.status).toBe(404)
  })
})

describe('the preview of a gazette article', () => {
  it('renders an article of an issue still in preparation for the site’s editor, and nothing publicly', async () => {
    const { payload } = server
    const issue = await payload.create({ collection: 'gazette-issues', overrideAccess: true, data: { site: a.site.id, year: 2020, issueNumber: 3, totalNumber: 503, publishedAt: '2020-02-15T00:00:00.000Z' } as never })
    const article = await payload.create({
      collection: 'gazette-articles',
      overrideAccess: true,
      data: { site: a.site.id, issue: issue.id, title: '草稿期公报文章预览', docNumber: '宁政发〔2020〕9号', category: 'other', body: '第一段正文。' } as never,
    })
    const page = await open(await previewOf(editorA, 'gazette-articles', article.id), tokenA)
    expect(page.status, page.html).toBe(200)
    expect(page.html).toContain('草稿期公报文章预览')
    expect(page.html).toContain('预览，未发布')
    expect((await fetchPage(server.url, sitePath(a.site, `/gazette/articles/${article.id}.html`))).status).toBe(404)
    const outsider = await clientAs(server.url, b.editor)
    expect((await open(await previewOf(editorA, 'gazette-articles', article.id), outsider.token)).status).toBe(404)
  })
})
