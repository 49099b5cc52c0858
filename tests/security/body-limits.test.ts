import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSiteWithStaff, login, password, pdfDocument, type SiteWithStaff } from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'
import { rawRequest } from '../support/rawHttp'

/**
 * 请求体大小（issue #10 第 8 行）：JSON 1 MB，附件按配置上限；先看 Content-Length，流式传输时再计数；
 * 超限立即 413（中文说明），不把整个请求读进内存。
 */

const attachmentMax = 300 * 1024
let server: TestServer
let s: SiteWithStaff
let token: string

beforeAll(async () => {
  process.env.ATTACHMENT_MAX_BYTES = String(attachmentMax)
  server = await startTestServer()
  s = await createSiteWithStaff(server.payload, 'B')
  token = await login(server.url, s.editor)
})
afterAll(async () => server?.close())

const mb = 1024 * 1024

function expect413(res: { status: number; text: string; headers: Record<string, unknown> }) {
  expect(res.status).toBe(413)
  expect(res.text).toContain('请求内容过大')
}

function multipart(file: Buffer, name: string, fields: Record<string, unknown>): { body: Buffer; type: string } {
  const boundary = `----zhanqun${Date.now()}`
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify(fields)}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`
  return {
    body: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    type: `multipart/form-data; boundary=${boundary}`,
  }
}

describe('JSON bodies', () => {
  it('refuses a declared 30 MB login body at once, without reading it', async () => {
    const res = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/users/login',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(30 * mb) },
      stream: { chunkBytes: 64 * 1024, chunks: 480 },
    })
    expect413(res)
    expect(res.json().errors[0].message).toMatch(/最多接受 1 MB/)
    // The answer came long before the client could send its 30 MB.
    expect(res.bytesSent).toBeLessThan(10 * mb)
  })

  it('counts a chunked body without a length while it streams, and stops it past 1 MB', async () => {
    const res = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/articles',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      stream: { chunkBytes: 64 * 1024, chunks: 160 },
    })
    expect413(res)
    expect(res.bytesSent).toBeLessThan(8 * mb)
  })

  it('still accepts an ordinary login and a normal-size write', async () => {
    const res = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/users/login',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: s.editor.email, password }),
    })
    expect(res.status).toBe(200)
  })

  it('applies to GraphQL as well', async () => {
    const res = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/graphql',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(2 * mb) },
      stream: { chunkBytes: 64 * 1024, chunks: 32 },
    })
    expect413(res)
  })
})

describe('uploads', () => {
  it('refuses an attachment whose declared size exceeds ATTACHMENT_MAX_BYTES plus form overhead', async () => {
    const big = multipart(Buffer.concat([pdfDocument(), Buffer.alloc(attachmentMax + 2 * mb)]), 'big.pdf', {
      title: '超大附件',
      site: s.site.id,
    })
    const res = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/files',
      headers: { 'Content-Type': big.type, Authorization: `JWT ${token}` },
      body: big.body,
    })
    expect413(res)
    expect(res.json().errors[0].message).toContain('请求内容过大')
  })

  it('stops a chunked upload that grows past the limit while streaming, and stores nothing', async () => {
    const before = await server.payload.count({ collection: 'files', overrideAccess: true })
    const res = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/files',
      headers: { 'Content-Type': 'multipart/form-data; boundary=x', Authorization: `JWT ${token}` },
      stream: { chunkBytes: 64 * 1024, chunks: 200 },
    })
    expect413(res)
    expect((await server.payload.count({ collection: 'files', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('accepts an attachment under the limit', async () => {
    const ok = multipart(pdfDocument('small'), 'small.pdf', { title: '正常附件', site: s.site.id })
    const res = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/files',
      headers: { 'Content-Type': ok.type, Authorization: `JWT ${token}` },
      body: ok.body,
    })
    expect(res.status, res.text).toBe(201)
  })

  it('leaves the attachment size rule in force between the file limit and the form overhead', async () => {
    const over = multipart(Buffer.concat([pdfDocument(), Buffer.alloc(attachmentMax + 1024)]), 'over.pdf', {
      title: '略超附件',
      site: s.site.id,
    })
    const res = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/files',
      headers: { 'Content-Type': over.type, Authorization: `JWT ${token}` },
      body: over.body,
    })
    expect(res.status).toBe(400)
    expect(res.text).toContain('超过')
  })
})
