import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { plainTextToLexical } from '../../src/render/richText'
import { bodyHtmlRenderer } from '../../src/render/storedBodyHtml'
import {
  articlePath,
  client,
  clientAs,
  createArticle,
  createSiteWithStaff,
  fetchPage,
  type SiteWithStaff,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * 正文 HTML 在保存时生成并存储（src/render/storedBodyHtml.ts）。页面必须始终显示正文的当前内容：
 * 改正文后立即更新；存储的 HTML 缺失或出自旧版渲染器时当场渲染；存储的 HTML 不经任何接口外泄。
 */

let server: TestServer
let s: SiteWithStaff

beforeAll(async () => {
  server = await startTestServer()
  s = await createSiteWithStaff(server.payload, 'B')
})
afterAll(async () => server?.close())

async function publishedWithBody(text: string) {
  const article = await createArticle(server.payload, { site: s.site, column: s.column, status: 'published' })
  return server.payload.update({
    collection: 'articles',
    id: article.id,
    overrideAccess: true,
    data: { body: plainTextToLexical(text) as never },
  })
}

describe('the stored body HTML', () => {
  it('is rendered at save, sanitized and typeset, and is what the page shows', async () => {
    const article = await publishedWithBody('宁政办发〔2026〕9号\n第一段正文<script>alert(1)</script>。')
    const stored = await server.payload.findByID({
      collection: 'articles',
      id: article.id,
      overrideAccess: true,
      showHiddenFields: true,
    })
    expect(stored.bodyHtmlRenderer).toBe(bodyHtmlRenderer)
    expect(stored.bodyHtml).toContain('第一段正文')
    expect(stored.bodyHtml).not.toContain('<script>')
    expect(stored.bodyHtml).toMatch(/<p class="[^"]*">宁政办发〔2026〕9号<\/p>/)
    const page = await fetchPage(server.url, articlePath(s.site, article))
    expect(page.html).toContain(stored.bodyHtml!)
  })

  it('follows a body edited through the API on the next view', async () => {
    const article = await publishedWithBody('修改前的正文。')
    expect((await fetchPage(server.url, articlePath(s.site, article))).html).toContain('修改前的正文')
    const reviewer = await clientAs(server.url, s.reviewer)
    const res = await reviewer.patch(`/api/articles/${article.id}`, { body: plainTextToLexical('修改后的正文。') })
    expect(res.status).toBe(200)
    const html = (await fetchPage(server.url, articlePath(s.site, article))).html
    expect(html).toContain('修改后的正文')
    expect(html).not.toContain('修改前的正文')
  })

  it('is rendered on the fly when missing or written by another renderer version', async () => {
    const article = await publishedWithBody('当前正文内容。')
    await server.payload.db.updateOne({
      collection: 'articles',
      id: article.id,
      data: { bodyHtml: '<p>旧版渲染器的输出</p>', bodyHtmlRenderer: bodyHtmlRenderer - 1 },
    })
    const oldVersion = (await fetchPage(server.url, articlePath(s.site, article))).html
    expect(oldVersion).toContain('当前正文内容')
    expect(oldVersion).not.toContain('旧版渲染器的输出')

    const other = await publishedWithBody('未存储的正文。')
    await server.payload.db.updateOne({
      collection: 'articles',
      id: other.id,
      data: { bodyHtml: null, bodyHtmlRenderer: null },
    })
    expect((await fetchPage(server.url, articlePath(s.site, other))).html).toContain('未存储的正文')
  })

  it('is not exposed through REST or GraphQL, not even to the site’s own editor', async () => {
    const article = await publishedWithBody('接口不返回渲染结果。')
    for (const c of [client(server.url), await clientAs(server.url, s.editor)]) {
      const res = await c.get(`/api/articles/${article.id}`)
      expect(res.status).toBe(200)
      expect(res.body.body).toBeTruthy()
      expect(res.body).not.toHaveProperty('bodyHtml')
      expect(res.body).not.toHaveProperty('bodyHtmlRenderer')
    }
    const gql = await client(server.url).graphql(`{ Article(id: ${JSON.stringify(article.id)}) { title } }`)
    expect(gql.errors).toEqual([])
    const probe = await client(server.url).graphql(`{ Article(id: ${JSON.stringify(article.id)}) { bodyHtml } }`)
    // Payload keeps hidden fields in the GraphQL schema but never fills them.
    expect(probe.data?.Article?.bodyHtml ?? null).toBeNull()
  })
})
