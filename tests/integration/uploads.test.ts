import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { defaultMaxAttachmentBytes, maxAttachmentBytes } from '../../collections/files/validation'
import {
  client,
  clientAs,
  createSiteWithStaff,
  docxDocument,
  errorMessages,
  pdfDocument,
  pngImage,
  xlsxDocument,
  type Client,
  type SiteWithStaff,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/** 附件与图片上传：按文件的真实内容（而非扩展名）判断类型，限制大小；图片生成三种 WebP 尺寸。 */

const docxMime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

let server: TestServer
let s: SiteWithStaff
let other: SiteWithStaff
let editor: Client

beforeAll(async () => {
  server = await startTestServer()
  s = await createSiteWithStaff(server.payload, 'U')
  other = await createSiteWithStaff(server.payload, 'V')
  editor = await clientAs(server.url, s.editor)
})
afterAll(async () => server?.close())
afterEach(() => {
  delete process.env.ATTACHMENT_MAX_BYTES
})

function form(data: Buffer, filename: string, type: string, fields: Record<string, unknown>): FormData {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(data)], { type }), filename)
  body.append('_payload', JSON.stringify(fields))
  return body
}

const uploadFile = (as: Client, data: Buffer, filename: string, type: string, siteId = s.site.id) =>
  as.upload('/api/files', form(data, filename, type, { site: siteId, title: filename }))

/** Uploads no public document shows yet are read by the site's members only. */
const asEditor = () => ({ Authorization: `JWT ${editor.token}` })

const fileCount = async () => (await server.payload.count({ collection: 'files', overrideAccess: true })).totalDocs

describe('attachments (files)', () => {
  it('accepts a real PDF', async () => {
    const pdf = pdfDocument('notice')
    const res = await uploadFile(editor, pdf, '关于开展安全检查的通知.pdf', 'application/pdf')
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({
      mimeType: 'application/pdf',
      filesize: pdf.byteLength,
      site: expect.anything(),
    })
    expect(res.body.doc.filename).toMatch(/\.pdf$/)

    const download = await fetch(`${server.url}${res.body.doc.url}`, { headers: asEditor() })
    expect(download.status).toBe(200)
    expect(
      Buffer.from(await download.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    // Until a public document shows it, the attachment is the site's own (public-uploads.test.ts).
    expect([403, 404]).toContain((await fetch(`${server.url}${res.body.doc.url}`)).status)
  })

  it('accepts a DOCX and an XLSX', async () => {
    const docx = await uploadFile(editor, docxDocument('政策原文'), '政策原文.docx', docxMime)
    expect(docx.status).toBe(201)
    expect(docx.body.doc.mimeType).toBe(docxMime)
    const xlsx = await uploadFile(editor, xlsxDocument(2026), '统计表.xlsx', xlsxMime)
    expect(xlsx.status).toBe(201)
    expect(xlsx.body.doc.mimeType).toBe(xlsxMime)
  })

  it('rejects an executable named .pdf, naming the allowed types in Chinese', async () => {
    const before = await fileCount()
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)])
    const res = await uploadFile(editor, exe, '通知.pdf', 'application/pdf')
    expect(res.status).toBe(400)
    const message = errorMessages(res.body).join()
    expect(message).toContain('附件「通知.pdf」的实际内容不是允许的类型')
    expect(message).toContain('application/x-msdownload')
    for (const allowed of ['PDF', 'Word（DOCX）', 'Excel（XLSX）']) expect(message).toContain(allowed)
    expect(await fileCount()).toBe(before)
  })

  it('rejects an HTML page named .pdf', async () => {
    const before = await fileCount()
    const html = Buffer.from('<!DOCTYPE html><html><head><script>alert(1)</script></head><body>钓鱼页面</body></html>')
    const res = await uploadFile(editor, html, '附件.pdf', 'application/pdf')
    expect(res.status).toBe(400)
    const message = errorMessages(res.body).join()
    expect(message).toContain('实际内容不是允许的类型（无法识别）')
    expect(message).toContain('只能上传 PDF')
    expect(await fileCount()).toBe(before)
  })

  it('rejects an oversize attachment with a message naming the limit', async () => {
    expect(maxAttachmentBytes()).toBe(defaultMaxAttachmentBytes)
    expect(defaultMaxAttachmentBytes).toBe(50 * 1024 * 1024)
    process.env.ATTACHMENT_MAX_BYTES = String(100 * 1024)
    const before = await fileCount()
    const big = Buffer.concat([pdfDocument(), Buffer.from(`%${'x'.repeat(150 * 1024)}\n`)])
    const res = await uploadFile(editor, big, '超大附件.pdf', 'application/pdf')
    expect(res.status).toBe(400)
    expect(errorMessages(res.body).join()).toMatch(
      /附件「超大附件\.pdf」大小为 15\d KB，超过 100 KB 的上限，请压缩或拆分后再上传/,
    )
    expect(await fileCount()).toBe(before)

    const small = await uploadFile(editor, pdfDocument(), '小附件.pdf', 'application/pdf')
    expect(small.status).toBe(201)
  })

  it('refuses uploads to another site and from anonymous visitors', async () => {
    const before = await fileCount()
    expect((await uploadFile(editor, pdfDocument(), '他站附件.pdf', 'application/pdf', other.site.id)).status).toBe(403)
    expect((await uploadFile(client(server.url), pdfDocument(), '匿名附件.pdf', 'application/pdf')).status).toBe(403)
    expect(await fileCount()).toBe(before)
  })
})

describe('images (media)', () => {
  it('produces thumbnail, medium and large WebP sizes', async () => {
    const png = await pngImage(2000, 1200)
    const body = new FormData()
    body.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), '会议现场.png')
    body.append('_payload', JSON.stringify({ site: s.site.id, alt: '会议现场' }))
    const res = await editor.upload('/api/media', body)
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc).toMatchObject({ mimeType: 'image/png', width: 2000, height: 1200, alt: '会议现场' })

    const expected = { thumbnail: 400, medium: 800, large: 1600 } as const
    for (const [name, width] of Object.entries(expected)) {
      const size = doc.sizes[name]
      expect(size, name).toMatchObject({ mimeType: 'image/webp', width, height: Math.round((1200 * width) / 2000) })
      expect(size.filename, name).toMatch(/\.webp$/)
      expect(size.filesize, name).toBeGreaterThan(0)
      const image = await fetch(`${server.url}${size.url}`, { headers: asEditor() })
      expect(image.status, name).toBe(200)
      const bytes = Buffer.from(await image.arrayBuffer())
      expect(bytes.subarray(0, 4).toString(), name).toBe('RIFF')
      expect(bytes.subarray(8, 12).toString(), name).toBe('WEBP')
    }
  })

  it('rejects a file that is not an image', async () => {
    const body = new FormData()
    body.append('file', new Blob([new Uint8Array(pdfDocument())], { type: 'image/png' }), 'fake.png')
    body.append('_payload', JSON.stringify({ site: s.site.id, alt: '伪装图片' }))
    const res = await editor.upload('/api/media', body)
    expect(res.status).toBe(400)
    expect(
      (
        await server.payload.count({
          collection: 'media',
          where: { alt: { equals: '伪装图片' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })
})
