import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, Column, Site, User } from '../../payload-types'
import {
  articlePath,
  clientAs,
  columnPath,
  createArticle,
  createColumn,
  createSite,
  createSiteWithStaff,
  createUser,
  errorMessages,
  fetchPage,
  nextSiteCode,
  sitePath,
  type Client,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/** 网站的开设、变更与关停：标识码与域名校验，关停公告期，关停后 410，临时下线 503，以及只有办公厅能改的字段。 */

const dayMs = 24 * 60 * 60 * 1000
const inDays = (days: number) => new Date(Date.now() + days * dayMs).toISOString()

let server: TestServer
let platformAdmin: User
let admin: Client
let existing: Site

const newSite = (overrides: Record<string, unknown> = {}) => ({
  name: '新开设网站',
  siteCode: nextSiteCode(),
  level: 'county',
  sponsor: '某县人民政府办公室',
  filings: { icpNumber: '宁ICP备12345678号', publicSecurityNumber: '宁公网安备 64010402000999号' },
  domains: [{ domain: `www.new${Date.now().toString(36)}.gov.cn` }],
  ...overrides,
})

beforeAll(async () => {
  server = await startTestServer()
  platformAdmin = await createUser(server.payload, {
    name: '办公厅',
    email: 'office@test.gov.cn',
    roles: ['platform-admin'],
  })
  admin = await clientAs(server.url, platformAdmin)
  existing = await createSite(server.payload, {
    name: '已有网站',
    siteCode: '6401000001',
    domain: 'www.yinchuan.gov.cn',
  })
})
afterAll(async () => server?.close())

async function expectRejected(
  body: Record<string, unknown>,
  message: string,
  path = '/api/sites',
  method: 'post' | 'patch' = 'post',
) {
  const res = method === 'post' ? await admin.post(path, body) : await admin.patch(path, body)
  expect(res.status).toBe(400)
  const messages = errorMessages(res.body).join('\n')
  expect(messages).toContain(message)
  return messages
}

describe('网站标识码 and domain validation', () => {
  it('rejects a badly formed siteCode with a clear Chinese message', async () => {
    for (const siteCode of ['12345', '64010000011', 'BM12345678', 'bm1234567', '640100000a']) {
      await expectRejected(newSite({ siteCode }), '网站标识码格式不正确：应为 10 位数字')
    }
  })

  it('accepts a 10-digit code and a bm ministry code', async () => {
    for (const siteCode of ['6402000001', 'bm07000001']) {
      const res = await admin.post(
        '/api/sites',
        newSite({ siteCode, domains: [{ domain: `www.ok${siteCode}.gov.cn` }] }),
      )
      expect(res.status).toBe(201)
      expect(res.body.doc.siteCode).toBe(siteCode)
    }
  })

  it('rejects a duplicate siteCode, naming the site that holds it', async () => {
    await expectRejected(
      newSite({ siteCode: existing.siteCode }),
      `网站标识码 ${existing.siteCode} 已被「已有网站」使用`,
    )
  })

  it('rejects badly formed domains', async () => {
    await expectRejected(newSite({ domains: [{ domain: 'https://www.x.gov.cn/' }] }), '不应包含协议、端口或路径')
    await expectRejected(newSite({ domains: [{ domain: 'www..gov.cn' }] }), '格式不正确')
    await expectRejected(newSite({ domains: [{ domain: '-bad-.gov.cn' }] }), '格式不正确')
  })

  it('rejects a domain that is not .gov.cn or .政务', async () => {
    await expectRejected(newSite({ domains: [{ domain: 'www.example.com' }] }), '须以 .gov.cn 结尾')
    const ok = await admin.post('/api/sites', newSite({ domains: [{ domain: '宁夏.政务' }] }))
    expect(ok.status).toBe(201)
  })

  it('rejects a domain already used by another site, whatever its case', async () => {
    await expectRejected(
      newSite({ domains: [{ domain: 'WWW.YINCHUAN.GOV.CN' }] }),
      '域名 www.yinchuan.gov.cn 已被「已有网站」使用，域名在全平台内必须唯一',
    )
    const other = await createSite(server.payload, { name: '另一网站' })
    await expectRejected(
      { domains: [{ domain: 'www.yinchuan.gov.cn' }] },
      '已被「已有网站」使用',
      `/api/sites/${other.id}`,
      'patch',
    )
  })

  it('accepts .localhost and .test domains outside production only', async () => {
    const ok = await admin.post('/api/sites', newSite({ domains: [{ domain: 'dev-only.localhost' }] }))
    expect(ok.status).toBe(201)
    const previous = process.env.NODE_ENV
    // The rule reads NODE_ENV when it validates, so a production cluster refuses them over the real REST path.
    ;(process.env as Record<string, string | undefined>).NODE_ENV = 'production'
    try {
      await expectRejected(
        newSite({ domains: [{ domain: 'prod-site.localhost' }] }),
        '只用于开发和测试，正式环境不接受',
      )
      await expectRejected(newSite({ domains: [{ domain: 'www.prod-site.test' }] }), '只用于开发和测试，正式环境不接受')
      const gov = await admin.post('/api/sites', newSite({ domains: [{ domain: 'www.prodok.gov.cn' }] }))
      expect(gov.status).toBe(201)
    } finally {
      ;(process.env as Record<string, string | undefined>).NODE_ENV = previous
    }
  })

  it('rejects the same domain twice on one site', async () => {
    await expectRejected(
      newSite({ domains: [{ domain: 'www.twice.gov.cn' }, { domain: 'www.twice.gov.cn' }] }),
      '在本网站中重复填写',
    )
  })
})

describe('closure lifecycle', () => {
  let successor: Site
  let closing: Site
  let column: Column
  let article: Article

  beforeAll(async () => {
    successor = await createSite(server.payload, { name: '承接新网站' })
    closing = await createSite(server.payload, { name: '将关停网站' })
    column = await createColumn(server.payload, closing, { title: '通知公告', slug: 'tzgg' })
    article = await createArticle(server.payload, { site: closing, column, title: '关停前的信息', status: 'published' })
  })

  it('refuses a closing notice without a successor site', async () => {
    await expectRejected(
      { status: 'closing', closureNotice: { closesAt: inDays(40) } },
      '关停网站须指定承接网站',
      `/api/sites/${closing.id}`,
      'patch',
    )
    expect((await server.payload.findByID({ collection: 'sites', id: closing.id, overrideAccess: true })).status).toBe(
      'live',
    )
  })

  it('refuses a closing notice shorter than 30 days', async () => {
    await expectRejected(
      { status: 'closing', closureNotice: { closesAt: inDays(10), successorSite: successor.id } },
      '关停公告期不足：公告日至关停日须不少于 30 天',
      `/api/sites/${closing.id}`,
      'patch',
    )
  })

  it('refuses to name the site itself as its successor', async () => {
    await expectRejected(
      { status: 'closing', closureNotice: { closesAt: inDays(40), successorSite: closing.id } },
      '承接网站不能是本网站',
      `/api/sites/${closing.id}`,
      'patch',
    )
  })

  it('refuses to close a live site without a notice', async () => {
    await expectRejected(
      { status: 'closed', closureNotice: { closesAt: inDays(-1), successorSite: successor.id } },
      '须先发布关停公告',
      `/api/sites/${closing.id}`,
      'patch',
    )
  })

  it('accepts a valid notice and shows a banner naming the successor on every public page', async () => {
    const res = await admin.patch(`/api/sites/${closing.id}`, {
      status: 'closing',
      closureNotice: { closesAt: inDays(31), successorSite: successor.id, text: '请移步新网站办理业务。' },
    })
    expect(res.status).toBe(200)
    expect(res.body.doc.status).toBe('closing')
    expect(res.body.doc.closureNotice.announcedAt).toBeTruthy()

    const successorLink = `href="/sites/${successor.siteCode}/"`
    for (const path of [
      sitePath(closing),
      columnPath(closing, column),
      articlePath(closing, article),
      sitePath(closing, '/sitemap'),
    ]) {
      const page = await fetchPage(server.url, path)
      expect(page.status, path).toBe(200)
      expect(page.html, path).toContain('关停')
      expect(page.html, path).toContain(successor.name)
      expect(page.html, path).toContain(successorLink)
      expect(page.html, path).toContain('请移步新网站办理业务。')
    }
    // Other sites carry no banner.
    expect((await fetchPage(server.url, sitePath(successor))).html).not.toContain('关停')
  })

  it('refuses to mark the site closed before the notice period ends', async () => {
    await expectRejected({ status: 'closed' }, '关停公告期尚未届满', `/api/sites/${closing.id}`, 'patch')
    expect((await server.payload.findByID({ collection: 'sites', id: closing.id, overrideAccess: true })).status).toBe(
      'closing',
    )
  })

  it('closes the site once the notice has run, and every URL then answers 410 linking the successor', async () => {
    await server.payload.update({
      collection: 'sites',
      id: closing.id,
      overrideAccess: true,
      data: { closureNotice: { announcedAt: inDays(-40), closesAt: inDays(-1), successorSite: successor.id } },
    })
    await server.payload.jobs.queue({ task: 'closeSitesPastNotice', input: {} })
    await server.payload.jobs.run()
    expect((await server.payload.findByID({ collection: 'sites', id: closing.id, overrideAccess: true })).status).toBe(
      'closed',
    )

    const paths = [
      sitePath(closing),
      columnPath(closing, column),
      articlePath(closing, article),
      sitePath(closing, '/feed.xml'),
      sitePath(closing, '/sitemap.xml'),
      sitePath(closing, '/sitemap'),
      sitePath(closing, '/no/such/page'),
    ]
    for (const path of paths) {
      const page = await fetchPage(server.url, path)
      expect(page.status, path).toBe(410)
      expect(page.headers.get('content-type'), path).toContain('text/html')
      expect(page.html, path).toContain('已关停')
      expect(page.html, path).toContain(successor.name)
      expect(page.html, path).toContain(`href="/sites/${successor.siteCode}/"`)
      expect(page.html, path).toContain('/_themes/default/')
      expect(page.html, path).not.toContain('关停前的信息')
    }
  })
})

describe('temporarily offline', () => {
  it('answers 503 with Retry-After on every URL of a temporarily-offline site', async () => {
    const site = await createSite(server.payload, { name: '维护中网站' })
    const column = await createColumn(server.payload, site, { slug: 'news' })
    const article = await createArticle(server.payload, { site, column, title: '维护前的信息', status: 'published' })
    expect((await fetchPage(server.url, sitePath(site))).status).toBe(200)

    const res = await admin.patch(`/api/sites/${site.id}`, { status: 'temporarily-offline' })
    expect(res.status).toBe(200)
    for (const path of [
      sitePath(site),
      columnPath(site, column),
      articlePath(site, article),
      sitePath(site, '/feed.xml'),
    ]) {
      const page = await fetchPage(server.url, path)
      expect(page.status, path).toBe(503)
      expect(Number(page.headers.get('retry-after')), path).toBeGreaterThan(0)
      expect(page.html, path).not.toContain('维护前的信息')
    }

    expect((await admin.patch(`/api/sites/${site.id}`, { status: 'live' })).status).toBe(200)
    const back = await fetchPage(server.url, articlePath(site, article))
    expect(back.status).toBe(200)
    expect(back.html).toContain('维护前的信息')
  })
})

describe('fields that belong to the general office', () => {
  it('a site admin cannot change status, siteCode or domains, but can change the sponsor', async () => {
    const staff = await createSiteWithStaff(server.payload, 'Z')
    const siteAdmin = await clientAs(server.url, staff.siteAdmin)
    const originalDomain = staff.site.domains![0]!.domain
    const res = await siteAdmin.patch(`/api/sites/${staff.site.id}`, {
      status: 'temporarily-offline',
      siteCode: '6409999999',
      domains: [{ domain: 'www.hijacked.gov.cn' }],
      level: 'region',
      sponsor: '新的主办单位',
    })
    expect(res.status).toBe(200)
    const stored = await server.payload.findByID({ collection: 'sites', id: staff.site.id, overrideAccess: true })
    expect(stored.status).toBe('live')
    expect(stored.siteCode).toBe(staff.site.siteCode)
    expect(stored.domains!.map((d) => d.domain)).toEqual([originalDomain])
    expect(stored.level).toBe(staff.site.level)
    expect(stored.sponsor).toBe('新的主办单位')

    const closingAttempt = await siteAdmin.patch(`/api/sites/${staff.site.id}`, {
      status: 'closing',
      closureNotice: { closesAt: inDays(40), successorSite: existing.id },
    })
    expect([200, 400, 403]).toContain(closingAttempt.status)
    expect(
      (await server.payload.findByID({ collection: 'sites', id: staff.site.id, overrideAccess: true })).status,
    ).toBe('live')
  })

  it('a site admin cannot edit another site, nor create or delete sites', async () => {
    const staff = await createSiteWithStaff(server.payload, 'Y')
    const siteAdmin = await clientAs(server.url, staff.siteAdmin)
    expect([403, 404]).toContain((await siteAdmin.patch(`/api/sites/${existing.id}`, { sponsor: '越权修改' })).status)
    expect((await siteAdmin.post('/api/sites', newSite())).status).toBe(403)
    expect([403, 404]).toContain((await siteAdmin.delete(`/api/sites/${staff.site.id}`)).status)
    expect(
      (await server.payload.findByID({ collection: 'sites', id: existing.id, overrideAccess: true })).sponsor,
    ).toBe(existing.sponsor)
  })

  it('the platform admin can change status, siteCode and domains', async () => {
    const site = await createSite(server.payload, { name: '可调整网站' })
    const res = await admin.patch(`/api/sites/${site.id}`, {
      siteCode: '6403000009',
      domains: [{ domain: 'www.renamed.gov.cn' }],
      status: 'migrating',
    })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ siteCode: '6403000009', status: 'migrating' })
    expect(res.body.doc.domains[0].domain).toBe('www.renamed.gov.cn')
  })
})

describe('党政机关网站标识 in the footer', () => {
  const badge = (html: string) => html.match(/<(a|span)[^>]*data-footer="party-gov-label"[^>]*>/)?.[0] ?? ''

  it('links to the CONAC verification page only when the site has a label code', async () => {
    const withoutCode = await createSite(server.payload, { name: '未取得标识网站' })
    const plain = badge((await fetchPage(server.url, sitePath(withoutCode))).html)
    expect(plain).toMatch(/^<span/)
    expect(plain).not.toContain('href')

    const withCode = await createSite(server.payload, { name: '已取得标识网站' })
    await server.payload.update({
      collection: 'sites',
      id: withCode.id,
      data: { filings: { ...withCode.filings, partyGovLabelCode: '6400000099' } },
      overrideAccess: true,
    })
    const linked = badge((await fetchPage(server.url, sitePath(withCode))).html)
    expect(linked).toMatch(/^<a/)
    expect(linked).toContain('href="https://bszs.conac.cn/sitename?method=show&amp;id=6400000099"')
  })
})
