import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createArticle,
  createSiteWithStaff,
  login,
  password,
  pdfDocument,
  localFile,
  type SiteWithStaff,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'
import { rawRequest } from '../support/rawHttp'

/** 管理后台域名（issue #10 第 11 行）：/admin 与 /api 只在平台管理域名上应答，机构网站域名上一律 404。 */

const agencyDomain = 'www.yinchuan-test.gov.cn'
let server: TestServer
let s: SiteWithStaff
let token: string
let fileUrl: string

beforeAll(async () => {
  server = await startTestServer()
  s = await createSiteWithStaff(server.payload, 'A', { domain: agencyDomain })
  token = await login(server.url, s.editor)
  const file = await server.payload.create({
    collection: 'files',
    overrideAccess: true,
    data: { title: '公开附件', site: s.site.id },
    file: localFile(pdfDocument(), 'public.pdf', 'application/pdf'),
  })
  await createArticle(server.payload, {
    site: s.site,
    column: s.column,
    title: '带附件的信息',
    status: 'published',
    attachments: [file.id],
  })
  fileUrl = (await server.payload.findByID({ collection: 'files', id: file.id, overrideAccess: true })).url!
})
afterAll(async () => server?.close())

const onAgency = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
  rawRequest(server.url, {
    path,
    method: init.method,
    body: init.body,
    headers: { Host: agencyDomain, ...init.headers },
  })

describe('on an agency domain', () => {
  it.each([
    '/admin',
    '/admin/login',
    '/admin/collections/users',
    '/_next/static/x.js',
    '/api/users/me',
    '/api/articles',
    '/api/access',
  ])('GET %s is 404', async (path) => {
    const res = await onAgency(path)
    expect(res.status).toBe(404)
    expect(res.text).not.toContain('payload')
  })

  it('offers no login, even with correct credentials', async () => {
    const res = await onAgency('/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: s.editor.email, password }),
    })
    expect(res.status).toBe(404)
    expect(res.headers['set-cookie']).toBeUndefined()
  })

  it('takes no writes, even with a valid token', async () => {
    const res = await onAgency('/api/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ title: 'x', site: s.site.id }),
    })
    expect(res.status).toBe(404)
    const graphql = await onAgency('/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })
    expect(graphql.status).toBe(404)
  })

  it('still serves the public site and its published attachment downloads', async () => {
    const home = await onAgency('/')
    expect(home.status).toBe(200)
    expect(home.text).toContain('A网站')
    expect((await onAgency(fileUrl)).status).toBe(200)
  })
})

describe('on the admin host', () => {
  it('answers the API and login as before', async () => {
    expect((await rawRequest(server.url, { path: '/api/articles' })).status).toBe(200)
    const res = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/users/login',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: s.editor.email, password }),
    })
    expect(res.status).toBe(200)
  })
})
