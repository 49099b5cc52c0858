import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../payload-types'
import {
  articlePath,
  createArticle,
  createSiteWithStaff,
  fetchPage,
  sitePath,
  type SiteWithStaff,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'
import { rawRequest } from '../support/rawHttp'

/** 安全响应头（issue #10 第 10 行）：公开页面、接口和后台都带 CSP、防嵌套、Referrer-Policy、nosniff；页面压缩传输。 */

let server: TestServer
let s: SiteWithStaff
let article: Article

beforeAll(async () => {
  server = await startTestServer()
  s = await createSiteWithStaff(server.payload, 'H')
  article = await createArticle(server.payload, {
    site: s.site,
    column: s.column,
    title: '响应头测试信息',
    summary: '摘要'.repeat(400),
    status: 'published',
  })
})
afterAll(async () => server?.close())

const directives = (csp: string | null): Map<string, string[]> =>
  new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  )

function expectBaseline(headers: Headers) {
  expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
  expect(headers.get('x-content-type-options')).toBe('nosniff')
  expect(headers.get('referrer-policy')).toMatch(/^(strict-origin-when-cross-origin|same-origin)$/)
  const csp = directives(headers.get('content-security-policy'))
  expect(csp.get('frame-ancestors')).toEqual(["'self'"])
  // Not in production: no HSTS on plain-HTTP development servers (production-start.test.ts checks it is there).
  expect(headers.get('strict-transport-security')).toBeNull()
  return csp
}

describe('public pages', () => {
  it.each(['/', '/columns/news/', '/articles/:id.html', '/search?q=测试', '/no-such-page'])(
    '%s carries a CSP without inline script',
    async (path) => {
      const page = await fetchPage(server.url, sitePath(s.site, path.replace(':id', String(article.id))))
      const csp = expectBaseline(page.headers)
      expect(csp.get('script-src')).toEqual(["'self'"])
      expect(csp.get('script-src-attr')).toEqual(["'none'"])
      expect(csp.get('object-src')).toEqual(["'none'"])
      expect(csp.get('base-uri')).toEqual(["'self'"])
      expect(page.headers.get('content-security-policy')).not.toContain('unsafe-eval')
    },
  )

  it('has no inline script or event handler; printing goes through the theme script', async () => {
    const page = await fetchPage(server.url, articlePath(s.site, article))
    expect(page.status).toBe(200)
    expect(page.html).not.toMatch(/\son[a-z]+\s*=/i)
    expect(page.html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i)
    expect(page.html).toContain('data-action="print"')
    expect(page.html).toContain('<script src="/_themes/default/print.js" defer></script>')
    const script = await fetchPage(server.url, '/_themes/default/print.js')
    expect(script.status).toBe(200)
    expect(script.html).toContain('window.print()')
  })

  it('is sent compressed (brotli, gzip) when the browser accepts it, and the bytes decode to the same page', async () => {
    const path = articlePath(s.site, article)
    const plain = await rawRequest(server.url, { path })
    for (const [accept, encoding, decode] of [
      ['gzip, deflate, br', 'br', zlib.brotliDecompressSync],
      ['gzip', 'gzip', zlib.gunzipSync],
    ] as const) {
      // Twice: the second answer comes from the page cache, compressed once and kept.
      for (let i = 0; i < 2; i++) {
        const res = await fetch(`${server.url}${path}`, { headers: { 'Accept-Encoding': accept } })
        expect(res.headers.get('content-encoding')).toBe(encoding)
        expect(res.headers.get('vary')).toContain('Accept-Encoding')
        expect(res.headers.get('etag')).toMatch(new RegExp(`-${encoding}"$`))
      }
      const raw = await new Promise<Buffer>((resolve, reject) => {
        import('node:http').then(({ default: http }) =>
          http.get(`${server.url}${path}`, { headers: { 'Accept-Encoding': accept } }, (res) => {
            const chunks: Buffer[] = []
            res
              .on('data', (c: Buffer) => chunks.push(c))
              .on('end', () => resolve(Buffer.concat(chunks)))
              .on('error', reject)
          }),
        )
      })
      expect(raw.length).toBeLessThan(Buffer.byteLength(plain.text))
      expect(decode(raw).toString('utf8')).toBe(plain.text)
    }
    expect(plain.headers['content-encoding']).toBeUndefined()
  })

  it('answers a conditional request for a compressed page with 304', async () => {
    const path = articlePath(s.site, article)
    const first = await fetch(`${server.url}${path}`, { headers: { 'Accept-Encoding': 'br' } })
    const again = await fetch(`${server.url}${path}`, {
      headers: { 'Accept-Encoding': 'br', 'If-None-Match': first.headers.get('etag')! },
    })
    expect(again.status).toBe(304)
  })
})

describe('API and admin', () => {
  it('the JSON API forbids running or framing anything it returns', async () => {
    const res = await fetch(`${server.url}/api/articles?limit=1`)
    const csp = expectBaseline(res.headers)
    expect(csp.get('default-src')).toEqual(["'none'"])
  })

  it('the admin paths carry their own CSP, still refusing foreign framing', async () => {
    const res = await fetch(`${server.url}/admin`)
    const csp = expectBaseline(res.headers)
    expect(csp.get('object-src')).toEqual(["'none'"])
  })

  it('hides the framework', async () => {
    for (const path of ['/api/articles', sitePath(s.site, '/')])
      expect((await fetch(`${server.url}${path}`)).headers.get('x-powered-by')).toBeNull()
  })
})
