import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chinaDay } from '../../src/calendar/chinaTime'
import { createSiteWithStaff, fetchPage, sitePath, type SiteWithStaff } from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * 访问统计：平台自己的计数器，在服务端按网站、按北京时间日计访问量和独立访客；缓存命中也计数；
 * 爬虫、预取、登录的工作人员和 HEAD 不计；写入成批进行，不存任何个人数据。
 */

let server: TestServer
let a: SiteWithStaff
let b: SiteWithStaff
const browser = (n: number) => ({ 'user-agent': `Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36 visitor-${n}` })

beforeAll(async () => {
  server = await startTestServer()
  a = await createSiteWithStaff(server.payload, 'VA')
  b = await createSiteWithStaff(server.payload, 'VB')
})
afterAll(async () => server?.close())

const rows = async (siteId: number | string) =>
  (
    await server.payload.find({
      collection: 'page-visits',
      where: { site: { equals: siteId } },
      overrideAccess: true,
      depth: 0,
      showHiddenFields: true,
    })
  ).docs

describe('the page counter', () => {
  it('counts views and unique visitors per site and China day, cached views included, in one batched write', async () => {
    const counter = server.server.sites.counter
    await counter.flush()
    // Visitor 1 reads the home page three times (the 2nd and 3rd come from the page cache), visitor 2 once.
    for (let i = 0; i < 3; i++) expect((await fetchPage(server.url, sitePath(a.site), browser(1))).status).toBe(200)
    const sizeAfterFirst = server.server.sites.cache.size
    expect(sizeAfterFirst).toBeGreaterThan(0)
    expect((await fetchPage(server.url, sitePath(a.site), browser(2))).status).toBe(200)
    // Not counted: a crawler, a script without user agent, a prefetch, a signed-in staff member, HEAD, a 404.
    await fetchPage(server.url, sitePath(a.site), { 'user-agent': 'Mozilla/5.0 (compatible; Baiduspider/2.0)' })
    await fetchPage(server.url, sitePath(a.site), { 'user-agent': '' })
    await fetchPage(server.url, sitePath(a.site), { ...browser(3), 'sec-purpose': 'prefetch' })
    await fetchPage(server.url, sitePath(a.site), { ...browser(4), cookie: 'payload-token=abc' })
    await fetch(`${server.url}${sitePath(a.site)}`, { method: 'HEAD', headers: browser(5) })
    await fetchPage(server.url, sitePath(a.site, '/no-such-page'), browser(6))
    // Site B: one view of its own.
    await fetchPage(server.url, sitePath(b.site), browser(1))

    // Nothing is written until the batch is flushed.
    expect(await rows(a.site.id)).toHaveLength(0)
    await counter.flush()
    const [rowA] = await rows(a.site.id)
    expect(rowA).toMatchObject({ day: chinaDay(), views: 4, visitors: 2 })
    const [rowB] = await rows(b.site.id)
    expect(rowB).toMatchObject({ day: chinaDay(), views: 1, visitors: 1 })

    // A second batch adds to the day's row; visitor 1 again is not a new visitor, visitor 7 is.
    await fetchPage(server.url, sitePath(a.site), browser(1))
    await fetchPage(server.url, sitePath(a.site), browser(7))
    await counter.flush()
    const again = await rows(a.site.id)
    expect(again).toHaveLength(1)
    expect(again[0]).toMatchObject({ views: 6, visitors: 3 })
  })

  it('stores no address, user agent or hash, and keeps no sketch once the day is over', async () => {
    const [row] = await rows(a.site.id)
    const stored = JSON.stringify(row)
    expect(stored).not.toContain('127.0.0.1')
    expect(stored).not.toContain('visitor-1')
    expect(Object.keys(row!).sort()).toEqual(['createdAt', 'day', 'id', 'site', 'sketch', 'updatedAt', 'views', 'visitors'])
    // A row of an earlier day loses its sketch at the next flush.
    await server.payload.db.updateOne({ collection: 'page-visits', id: row!.id, data: { day: '2000-01-01' } })
    await fetchPage(server.url, sitePath(a.site), browser(1))
    await server.server.sites.counter.flush()
    const old = (await rows(a.site.id)).find((r) => r.day === '2000-01-01')
    expect(old?.sketch ?? null).toBeNull()
    expect(old?.views).toBe(6)
  })

  it('counts the participation pages (mailbox, 依申请公开, 意见征集, 开放日) on a successful GET only', async () => {
    const c = await createSiteWithStaff(server.payload, 'VC')
    const counter = server.server.sites.counter
    await counter.flush()
    for (const path of ['/mailbox', '/applications', '/consultations', '/open-days'])
      expect((await fetchPage(server.url, sitePath(c.site, path), browser(1))).status, path).toBe(200)
    // Not counted: HEAD, a crawler, an open day or consultation that does not exist, a form's POST.
    await fetch(`${server.url}${sitePath(c.site, '/mailbox')}`, { method: 'HEAD', headers: browser(2) })
    await fetchPage(server.url, sitePath(c.site, '/applications'), { 'user-agent': 'Mozilla/5.0 (compatible; Baiduspider/2.0)' })
    expect((await fetchPage(server.url, sitePath(c.site, '/open-days/999999'), browser(3))).status).toBe(404)
    expect((await fetchPage(server.url, sitePath(c.site, '/consultations/999999'), browser(4))).status).toBe(404)
    await fetch(`${server.url}${sitePath(c.site, '/applications')}`, { method: 'POST', headers: { ...browser(5), 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=' })
    await counter.flush()
    const counted = await rows(c.site.id)
    expect(counted.reduce((sum, r) => sum + (r.views ?? 0), 0)).toBe(4)
  })

  it('is not readable anonymously and not writable through the API', async () => {
    const list = await fetch(`${server.url}/api/page-visits`)
    expect(((await list.json()) as { docs?: unknown[] }).docs ?? []).toHaveLength(0)
  })
})
