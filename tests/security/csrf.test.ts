import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSiteWithStaff, login, type SiteWithStaff } from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'
import { loginCookie, rawRequest } from '../support/rawHttp'
import { password } from '../support/fixtures'

/** 跨站请求伪造（issue #10 第 7 行）：带会话 Cookie 的修改只接受来自平台自身来源的请求，其余 403。 */

let server: TestServer
let s: SiteWithStaff
let cookie: string

beforeAll(async () => {
  server = await startTestServer()
  s = await createSiteWithStaff(server.payload, 'C')
  cookie = await loginCookie(server.url, s.editor.email, password)
})
afterAll(async () => server?.close())

const articleBody = (title: string) =>
  JSON.stringify({
    title,
    site: s.site.id,
    columns: [s.column.id],
    workflowStatus: 'draft',
    disclosureAttribute: 'public',
  })
const countTitled = async (title: string) =>
  (await server.payload.count({ collection: 'articles', where: { title: { equals: title } }, overrideAccess: true }))
    .totalDocs

const write = (method: string, path: string, headers: Record<string, string>, body?: string) =>
  rawRequest(server.url, { method, path, headers: { 'Content-Type': 'application/json', ...headers }, body })

describe('cookie-authenticated writes', () => {
  it('refuses POST /api/articles from https://evil.example with 403, creating nothing (was 201)', async () => {
    const res = await write(
      'POST',
      '/api/articles',
      { Cookie: cookie, Origin: 'https://evil.example' },
      articleBody('跨站创建'),
    )
    expect(res.status).toBe(403)
    expect(res.json().errors[0].message).toContain('跨站请求已被拒绝')
    expect(await countTitled('跨站创建')).toBe(0)
    // An admin whose language is English is told in English.
    const english = await write('POST', '/api/articles', { Cookie: `${cookie}; payload-lng=en`, Origin: 'https://evil.example' }, articleBody('跨站创建'))
    expect(english.status).toBe(403)
    expect(english.json().errors[0].message).toBe('Cross-site request refused: changes are accepted only from this platform’s admin. Please make them in the admin.')
  })

  it('refuses a foreign Referer when there is no Origin, and a write with neither', async () => {
    expect(
      (
        await write(
          'POST',
          '/api/articles',
          { Cookie: cookie, Referer: 'https://evil.example/page' },
          articleBody('跨站引用'),
        )
      ).status,
    ).toBe(403)
    expect((await write('POST', '/api/articles', { Cookie: cookie }, articleBody('无来源'))).status).toBe(403)
    expect(
      (await write('POST', '/api/articles', { Cookie: cookie, Origin: 'null' }, articleBody('空来源'))).status,
    ).toBe(403)
    expect(await countTitled('跨站引用')).toBe(0)
  })

  it('refuses PATCH, DELETE, GraphQL mutations, logout and admin server functions from a foreign origin', async () => {
    const mine = await server.payload.create({
      collection: 'articles',
      overrideAccess: true,
      data: {
        title: '我的草稿',
        site: s.site.id,
        columns: [s.column.id],
        workflowStatus: 'draft',
        disclosureAttribute: 'public',
      },
    })
    const evil = { Cookie: cookie, Origin: 'https://evil.example' }
    expect((await write('PATCH', `/api/articles/${mine.id}`, evil, JSON.stringify({ title: '被篡改' }))).status).toBe(
      403,
    )
    expect((await write('DELETE', `/api/articles/${mine.id}`, evil)).status).toBe(403)
    expect(
      (
        await write(
          'POST',
          '/api/graphql',
          evil,
          JSON.stringify({ query: `mutation { updateArticle(id: ${mine.id}, data: { title: "被篡改" }) { id } }` }),
        )
      ).status,
    ).toBe(403)
    expect((await write('POST', '/api/users/logout', evil)).status).toBe(403)
    expect((await write('POST', '/admin/collections/articles', { ...evil, 'Next-Action': 'x' }, '[]')).status).toBe(403)
    expect((await server.payload.findByID({ collection: 'articles', id: mine.id, overrideAccess: true })).title).toBe(
      '我的草稿',
    )
  })

  it('accepts the same write from the platform origin', async () => {
    const res = await write('POST', '/api/articles', { Cookie: cookie, Origin: server.url }, articleBody('本站创建'))
    expect(res.status, res.text).toBe(201)
    expect(await countTitled('本站创建')).toBe(1)
  })

  it('accepts a token in the Authorization header from anywhere: a browser cannot be made to send one', async () => {
    const token = await login(server.url, s.editor)
    const res = await write(
      'POST',
      '/api/articles',
      { Authorization: `JWT ${token}`, Origin: 'https://evil.example' },
      articleBody('令牌创建'),
    )
    expect(res.status).toBe(201)
  })

  it('lets cookie-less reads and logins through from anywhere', async () => {
    expect(
      (await rawRequest(server.url, { path: '/api/articles', headers: { Origin: 'https://evil.example' } })).status,
    ).toBe(200)
    const res = await write(
      'POST',
      '/api/users/login',
      { Origin: 'https://evil.example' },
      JSON.stringify({ email: s.reviewer.email, password }),
    )
    expect(res.status).toBe(200)
  })
})
