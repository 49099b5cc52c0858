import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Site, User } from '../../payload-types'
import type { PastedImage } from '../../src/editor/paste/cleanPastedHtml'
import { pastedImageMaxBytes, uploadPastedImages } from '../../src/editor/paste/pastedImages'
import { createSite, createUser, login, pngImage } from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * Pasted images become media on the document's site over the real REST API, as the editor's browser
 * sends them; images on other servers are never fetched, and unusable ones are reported, not uploaded.
 */

let server: TestServer
let site: Site
let other: Site
let editor: User
let token: string
let bait: http.Server
const baitRequests: string[] = []

beforeAll(async () => {
  server = await startTestServer()
  site = await createSite(server.payload, { name: '宁夏回族自治区人民政府', level: 'region' })
  other = await createSite(server.payload, { name: '银川市人民政府', level: 'city' })
  editor = await createUser(server.payload, { memberships: [{ site, roles: ['editor'] }] })
  token = await login(server.url, editor)
  bait = http.createServer((req, res) => {
    baitRequests.push(req.url ?? '')
    res.end()
  })
  await new Promise<void>((resolve) => bait.listen(0, '127.0.0.1', resolve))
})

afterAll(async () => {
  bait?.close()
  await server?.close()
})

const image = (index: number, src: string, kind: PastedImage['kind'], alt = ''): PastedImage => ({ index, src, kind, alt })
const target = (siteId: number | null) => ({
  apiUrl: `${server.url}/api`,
  site: siteId,
  defaultAlt: (n: number) => `测试文档 插图${n}`,
  headers: { Authorization: `JWT ${token}` },
})

describe('pasted images', () => {
  it('uploads data: images and clipboard files to the site, with the document\'s description or a default', async () => {
    const png = await pngImage(40, 30)
    const images = [
      image(0, `data:image/png;base64,${png.toString('base64')}`, 'data', '政务服务大厅'),
      image(1, 'file:///C:/Temp/clip_image002.png', 'local'),
    ]
    const file = new File([new Uint8Array(await pngImage(20, 20))], 'image002.png', { type: 'image/png' })
    const outcome = await uploadPastedImages(images, [file], target(site.id))
    expect(outcome.dropped).toEqual([])
    expect(outcome.uploaded.map((u) => u.alt)).toEqual(['政务服务大厅', '测试文档 插图2'])
    for (const { id, alt } of outcome.uploaded) {
      const media = await server.payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true })
      expect(media).toMatchObject({ alt, site: site.id, mimeType: 'image/png' })
    }
  })

  it('never fetches remote images (even on this machine) and reports every image it leaves out', async () => {
    const big = `data:image/png;base64,${Buffer.alloc(pastedImageMaxBytes + 1).toString('base64')}`
    const outcome = await uploadPastedImages(
      [
        image(0, `http://127.0.0.1:${(bait.address() as AddressInfo).port}/secret.png`, 'remote'),
        image(1, 'data:image/bmp;base64,Qk0=', 'data'),
        image(2, big, 'data'),
        image(3, 'file:///C:/Temp/clip_image004.png', 'local'),
      ],
      [],
      target(site.id),
    )
    expect(baitRequests).toEqual([])
    expect(outcome.uploaded).toEqual([])
    expect(outcome.dropped.map((d) => d.reason)).toEqual([
      '外部网址的图片不会自动下载，请另存后用“上传”插入',
      '不支持的图片格式（image/bmp），请转换为 JPG 或 PNG 后上传',
      '图片超过 10 MB，请压缩后上传',
      '剪贴板中没有这张图片的数据，请另存后用“上传”插入',
    ])
  })

  it('uploads only to a site the editor writes to, and asks for the site first', async () => {
    const data = `data:image/png;base64,${(await pngImage(10, 10)).toString('base64')}`
    const before = (await server.payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    const elsewhere = await uploadPastedImages([image(0, data, 'data')], [], target(other.id))
    expect(elsewhere.uploaded).toEqual([])
    expect(elsewhere.dropped[0]!.reason).toMatch(/^上传失败：/)
    const noSite = await uploadPastedImages([image(0, data, 'data')], [], target(null))
    expect(noSite.dropped[0]!.reason).toBe('请先选择所属网站，再粘贴图片')
    expect((await server.payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(before)
  })
})
