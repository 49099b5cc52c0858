import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSiteWithStaff, login, pdfDocument, pngImage, sleep, type SiteWithStaff } from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'
import { rawRequest } from '../support/rawHttp'

/**
 * Issue #10, bounds: an accepted upload is written to disk while it arrives, not held in memory
 * (src/storage/incomingUploads.ts). The proof does not depend on timing: the upload is held half-sent,
 * and the temp directory must already hold those bytes. Before, Payload parsed into memory, the temp
 * directory stayed empty, and an attachment over Payload's default 20 MB failed with an English 413.
 */

let server: TestServer
let a: SiteWithStaff
let b: SiteWithStaff
let token: string
const incoming = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-incoming-'))
const mb = 1024 * 1024

beforeAll(async () => {
  process.env.UPLOAD_TEMP_DIR = incoming
  server = await startTestServer()
  a = await createSiteWithStaff(server.payload, 'U')
  b = await createSiteWithStaff(server.payload, 'V')
  token = await login(server.url, a.editor)
}, 120_000)
afterAll(async () => {
  await server?.close()
  fs.rmSync(incoming, { recursive: true, force: true })
})

const tempFiles = () =>
  fs.readdirSync(incoming).map((name) => ({ name, size: fs.statSync(path.join(incoming, name)).size }))

function multipart(file: Buffer, name: string, type: string, fields: Record<string, unknown>) {
  const boundary = `----zhanqun${crypto.randomBytes(6).toString('hex')}`
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify(fields)}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  return {
    head,
    file,
    tail,
    type: `multipart/form-data; boundary=${boundary}`,
    length: head.length + file.length + tail.length,
  }
}

// A PDF header, `bytes` of filler in a comment, then a whole small PDF: its xref and %%EOF stay at the end.
const pdfOf = (bytes: number) =>
  Buffer.concat([Buffer.from('%PDF-1.4\n%'), crypto.randomBytes(bytes), Buffer.from('\n'), pdfDocument('streamed')])

async function until(check: () => boolean, timeoutMs = 20_000): Promise<boolean> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (check()) return true
    await sleep(50)
  }
  return check()
}

type Sent = { status: number; text: string }

/** Sends the head and the first `firstBytes` of the file, waits for `whilePaused`, then sends the rest. */
function pausedUpload(
  form: ReturnType<typeof multipart>,
  firstBytes: number,
  whilePaused: () => Promise<void>,
): Promise<Sent> {
  const url = new URL('/api/files', server.url)
  return new Promise((resolve, reject) => {
    let answeredEarly = false
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent: false,
        headers: { 'Content-Type': form.type, 'Content-Length': String(form.length), Authorization: `JWT ${token}` },
      },
      (res) => {
        answeredEarly = true
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }))
      },
    )
    req.on('error', reject)
    req.write(form.head)
    req.write(form.file.subarray(0, firstBytes))
    whilePaused()
      .then(() => {
        expect(answeredEarly).toBe(false)
        req.write(form.file.subarray(firstBytes))
        req.end(form.tail)
      })
      .catch((error) => {
        req.destroy()
        reject(error)
      })
  })
}

describe('uploads stream to disk', () => {
  it('a half-sent attachment is already on disk in the temp directory; the finished upload is stored byte for byte and the temp file is gone', async () => {
    const file = pdfOf(4 * mb)
    const form = multipart(file, '分段上传.pdf', 'application/pdf', { title: '流式附件', site: a.site.id })
    const half = 2 * mb
    let seenOnDisk = 0
    const result = await pausedUpload(form, half, async () => {
      // The server has not seen the end of the body, yet most of what was sent is already a file on disk.
      const arrived = await until(() => tempFiles().some((f) => f.size >= half - 256 * 1024))
      seenOnDisk = Math.max(0, ...tempFiles().map((f) => f.size))
      expect(arrived, `temp directory: ${JSON.stringify(tempFiles())}`).toBe(true)
    })
    expect(result.status, result.text).toBe(201)
    expect(seenOnDisk).toBeGreaterThan(mb)
    const doc = JSON.parse(result.text).doc as { id: number; filename: string; filesize: number }
    expect(doc.filesize).toBe(file.length)
    const stored = await fetch(`${server.url}/api/files/file/${encodeURIComponent(doc.filename)}`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(stored.status).toBe(200)
    expect(Buffer.from(await stored.arrayBuffer()).equals(file)).toBe(true)
    expect(await until(() => tempFiles().length === 0, 5000), JSON.stringify(tempFiles())).toBe(true)
  })

  it('accepts an attachment above Payload’s default 20 MB multipart limit, within ATTACHMENT_MAX_BYTES (50 MB)', async () => {
    const file = pdfOf(22 * mb)
    const form = multipart(file, '大附件.pdf', 'application/pdf', { title: '大附件', site: a.site.id })
    const res = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/files',
      headers: { 'Content-Type': form.type, Authorization: `JWT ${token}` },
      body: Buffer.concat([form.head, form.file, form.tail]),
    })
    expect(res.status, res.text.slice(0, 300)).toBe(201)
    expect(res.json().doc.filesize).toBe(file.length)
    expect(await until(() => tempFiles().length === 0, 5000)).toBe(true)
  })

  it('an image is resized from its temp file and stored', async () => {
    const png = await pngImage(900, 600)
    const form = multipart(png, '图片.png', 'image/png', { alt: '示例图片', site: a.site.id })
    const res = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/media',
      headers: { 'Content-Type': form.type, Authorization: `JWT ${token}` },
      body: Buffer.concat([form.head, form.file, form.tail]),
    })
    expect(res.status, res.text.slice(0, 300)).toBe(201)
    const doc = res.json().doc
    expect(doc.filesize).toBe(png.length)
    expect(doc.width).toBe(900)
    expect(doc.sizes.thumbnail.width).toBe(400)
    const stored = await fetch(`${server.url}/api/media/file/${encodeURIComponent(doc.filename)}`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(Buffer.from(await stored.arrayBuffer()).equals(png)).toBe(true)
    expect(await until(() => tempFiles().length === 0, 5000)).toBe(true)
  })
})

describe('temp files do not pile up', () => {
  it('a refused upload (wrong content, another site) leaves no temp file', async () => {
    const fake = multipart(Buffer.alloc(300 * 1024, 0x41), '伪装.pdf', 'application/pdf', {
      title: '伪装附件',
      site: a.site.id,
    })
    const wrongType = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/files',
      headers: { 'Content-Type': fake.type, Authorization: `JWT ${token}` },
      body: Buffer.concat([fake.head, fake.file, fake.tail]),
    })
    expect(wrongType.status).toBe(400)
    expect(wrongType.text).toContain('不是允许的类型')
    const elsewhere = multipart(pdfOf(300 * 1024), '越站.pdf', 'application/pdf', {
      title: '越站附件',
      site: b.site.id,
    })
    const otherSite = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/files',
      headers: { 'Content-Type': elsewhere.type, Authorization: `JWT ${token}` },
      body: Buffer.concat([elsewhere.head, elsewhere.file, elsewhere.tail]),
    })
    expect([400, 403]).toContain(otherSite.status)
    expect(await until(() => tempFiles().length === 0, 5000), JSON.stringify(tempFiles())).toBe(true)
  })

  it('an oversize upload still gets the Chinese 413 before anything is written', async () => {
    const res = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/files',
      headers: {
        'Content-Type': 'multipart/form-data; boundary=x',
        'Content-Length': String(200 * mb),
        Authorization: `JWT ${token}`,
      },
      stream: { chunkBytes: 64 * 1024, chunks: 3200 },
    })
    expect(res.status).toBe(413)
    expect(res.json().errors[0].message).toContain('请求内容过大')
    expect(res.bytesSent).toBeLessThan(20 * mb)
    expect(tempFiles()).toEqual([])
  })

  it('a form with too many file parts is refused by the parser in the admin language, and leaves no temp file', async () => {
    const boundary = `----zhanqun${crypto.randomBytes(6).toString('hex')}`
    const parts = [`--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify({ title: '四个文件', site: a.site.id })}\r\n`]
    for (let i = 0; i < 4; i++) parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="file${i}"; filename="f${i}.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 ${i}\r\n`)
    const body = Buffer.from(`${parts.join('')}--${boundary}--\r\n`)
    const send = (cookie?: string) =>
      rawRequest(server.url, {
        method: 'POST',
        path: '/api/files',
        headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, Authorization: `JWT ${token}`, ...(cookie ? { Cookie: cookie } : {}) },
        body,
      })
    const chinese = await send()
    expect(chinese.status).toBe(413)
    expect(chinese.json().errors[0].message).toBe('一次上传的文件或表单项过多，请每次上传一个文件。')
    const english = await send('payload-lng=en')
    expect(english.status).toBe(413)
    expect(english.json().errors[0].message).toBe('Too many files or form fields in one upload: upload one file at a time.')
    expect(await until(() => tempFiles().length === 0, 5000), JSON.stringify(tempFiles())).toBe(true)
  })

  it('a file part sent to a route that stores no upload is swept once it is stale', async () => {
    const form = multipart(pdfOf(100 * 1024), 'stray.pdf', 'application/pdf', {
      title: '夹带文件的信息',
      site: a.site.id,
      columns: [a.column.id],
    })
    await rawRequest(server.url, {
      method: 'POST',
      path: '/api/articles',
      headers: { 'Content-Type': form.type, Authorization: `JWT ${token}` },
      body: Buffer.concat([form.head, form.file, form.tail]),
    })
    const { sweepIncomingUploads } = await import('../../src/storage/incomingUploads')
    // Fresh files are left alone (an upload may be in progress) ...
    await sweepIncomingUploads()
    const left = tempFiles()
    // ... and stale ones removed (an hour from now, everything here is stale).
    await sweepIncomingUploads(undefined, Date.now() + 3600_000)
    expect(tempFiles()).toEqual([])
    expect(left.length).toBeLessThanOrEqual(1)
  })
})
