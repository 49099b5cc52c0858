import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Field } from 'payload'
import { safeUrl } from '../../src/access/safeUrls'
import {
  clientAs,
  createColumn,
  createSiteWithStaff,
  errorMessages,
  fetchPage,
  sitePath,
  type Client,
  type SiteWithStaff,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * Issue #10 row 3: a site admin sets filings.errorReportUrl to javascript:…, and every page of the site carries
 * it on the same origin as /admin. URL fields take only http(s) on save, and rendering drops unsafe URLs.
 */

let server: TestServer
let s: SiteWithStaff
let siteAdmin: Client
let reviewer: Client
const attacks = [
  'javascript:alert(document.cookie)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  'evil.example',
]

beforeAll(async () => {
  server = await startTestServer()
  s = await createSiteWithStaff(server.payload, 'U')
  siteAdmin = await clientAs(server.url, s.siteAdmin)
  reviewer = await clientAs(server.url, s.reviewer)
}, 120_000)
afterAll(async () => server?.close())

describe('every URL field in the built config is a checked URL field', () => {
  it('finds errorReportUrl and externalMediaUrl, and no unchecked *Url / *Link / href field', () => {
    const found: string[] = []
    const unchecked: string[] = []
    const walk = (slug: string, fields: Field[], path: string) => {
      for (const field of fields) {
        const name = 'name' in field ? field.name : ''
        const here = name ? `${path}${path ? '.' : ''}${name}` : path
        if (field.type === 'text' && /(url|link|href|website|homepage)$/i.test(name)) {
          found.push(`${slug}.${here}`)
          if (!(field.custom as { url?: string } | undefined)?.url || typeof field.validate !== 'function')
            unchecked.push(`${slug}.${here}`)
        }
        if ('fields' in field && Array.isArray(field.fields)) walk(slug, field.fields, here)
        if (field.type === 'tabs')
          for (const tab of field.tabs) walk(slug, tab.fields, 'name' in tab && tab.name ? `${path}.${tab.name}` : path)
        if (field.type === 'blocks') for (const block of field.blocks) walk(slug, block.fields, here)
      }
    }
    // Upload collections' own url / thumbnailURL / sizes.*.url are computed by Payload, never typed in.
    const computed = (slug: string, path: string) =>
      Boolean(server.payload.config.collections.find((c) => c.slug === slug)?.upload) &&
      /^(url|thumbnailURL|sizes\.[^.]+\.url)$/.test(path)
    for (const c of server.payload.config.collections) walk(c.slug, c.fields, '')

    for (const g of server.payload.config.globals) walk(g.slug, g.fields, '')
    expect(found).toEqual(expect.arrayContaining(['sites.filings.errorReportUrl', 'interpretations.externalMediaUrl']))
    const [slugOf, pathOf] = [(n: string) => n.split('.')[0]!, (n: string) => n.split('.').slice(1).join('.')]
    expect(unchecked.filter((n) => !computed(slugOf(n), pathOf(n)))).toEqual([])
  })

  it('safeUrl keeps web addresses and mailto/tel for contacts only', () => {
    expect(safeUrl('https://www.nx.gov.cn/a?b=1')).toBe('https://www.nx.gov.cn/a?b=1')
    expect(safeUrl('mailto:a@b.cn')).toBeNull()
    expect(safeUrl('mailto:a@b.cn', 'contact')).toBe('mailto:a@b.cn')
    expect(safeUrl('tel:+86-951-1234567', 'contact')).toBe('tel:+86-951-1234567')
    for (const attack of attacks) expect(safeUrl(attack, 'contact')).toBeNull()
  })
})

describe('on save', () => {
  it('a site admin cannot set the report-an-error link to javascript: or other schemes', async () => {
    for (const attack of attacks) {
      const res = await siteAdmin.patch(`/api/sites/${s.site.id}`, { filings: { errorReportUrl: attack } })
      expect(res.status, attack).toBe(400)
      expect(errorMessages(res.body).join()).toContain('http:// 或 https://')
    }
    const stored = await server.payload.findByID({ collection: 'sites', id: s.site.id, depth: 0, overrideAccess: true })
    expect(stored.filings?.errorReportUrl ?? '').toBe('')
    const ok = await siteAdmin.patch(`/api/sites/${s.site.id}`, {
      filings: { errorReportUrl: 'https://zc.example.gov.cn/report' },
    })
    expect(ok.status).toBe(200)
  })

  it('an interpretation’s audio/video address takes only http(s)', async () => {
    const column = await createColumn(server.payload, s.site, { title: '解读', slug: 'jd', kind: 'interpretation' })
    const res = await reviewer.post('/api/interpretations', {
      site: s.site.id,
      column: column.id,
      title: '访谈',
      form: 'interview',
      externalMediaUrl: 'javascript:alert(1)',
    })
    expect(res.status).toBe(400)
    expect(errorMessages(res.body).join()).toContain('http:// 或 https://')
  })
})

describe('when rendering', () => {
  it('a javascript: URL stored before the rule never reaches a page', async () => {
    await server.payload.db.updateOne({
      collection: 'sites',
      id: s.site.id,
      data: {
        filings: {
          ...(await server.payload.findByID({ collection: 'sites', id: s.site.id, depth: 0, overrideAccess: true }))
            .filings,
          errorReportUrl: 'javascript:alert(document.cookie)',
        },
      },
    })
    const page = await fetchPage(server.url, sitePath(s.site, '/?fresh=1'))
    expect(page.status).toBe(200)
    expect(page.html).not.toMatch(/javascript:/i)
    expect(page.html).toContain('data-footer="error-report"')
  })
})
