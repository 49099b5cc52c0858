import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importGazette } from '../../src/gazette/import'
import { startTestServer, type TestServer } from '../support/payload'
import { createArticle, createSiteWithStaff, fetchPage, sitePath, type SiteWithStaff } from '../support/fixtures'

/** The sitemap index, exercised with files of 2 URLs (SITEMAP_PAGE_SIZE) instead of 50,000. */
let server: TestServer
let portal: SiteWithStaff
const articleIds: string[] = []

const jsonl = (records: unknown[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)

beforeAll(async () => {
  process.env.SITEMAP_PAGE_SIZE = '2'
  server = await startTestServer()
  portal = await createSiteWithStaff(server.payload, 'Map')
  for (let i = 1; i <= 5; i++) articleIds.push(String((await createArticle(server.payload, { site: portal.site, column: portal.column, title: `地图文章${i}`, status: 'published' })).id))
  await createArticle(server.payload, { site: portal.site, column: portal.column, title: '草稿文章', status: 'draft' })
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sitemap-gazette-'))
  fs.writeFileSync(
    path.join(folder, 'issues.jsonl'),
    jsonl([
      { year: 2021, issueNumber: 1, totalNumber: 1, publishedAt: '2021-01-15', status: 'published' },
      { year: 2021, issueNumber: 2, totalNumber: 2, publishedAt: '2021-01-31', status: 'draft' },
    ]),
  )
  fs.writeFileSync(
    path.join(folder, 'articles.jsonl'),
    jsonl([
      { year: 2021, issueNumber: 1, title: '公报文章一', docNumber: '宁政发〔2021〕1号', category: 'normative-document', body: '正文。' },
      { year: 2021, issueNumber: 1, title: '公报文章二', docNumber: '宁政发〔2021〕2号', category: 'normative-document', body: '正文。' },
      { year: 2021, issueNumber: 1, title: '公报文章三', docNumber: '宁政发〔2021〕3号', category: 'other', body: '正文。' },
      { year: 2021, issueNumber: 2, title: '草稿期文章', docNumber: '宁政发〔2021〕4号', category: 'other', body: '正文。' },
    ]),
  )
  const report = await importGazette(server.payload, { folder, siteCode: portal.site.siteCode })
  expect(report.rejected).toBe(0)
})
afterAll(async () => {
  delete process.env.SITEMAP_PAGE_SIZE
  await server?.close()
})

describe('sitemap index', () => {
  it('lists files of at most SITEMAP_PAGE_SIZE URLs that together hold every public page, gazette included', async () => {
    const index = await fetchPage(server.url, sitePath(portal.site, '/sitemap.xml'))
    expect(index.status).toBe(200)
    expect(index.headers.get('content-type')).toContain('application/xml')
    expect(index.html).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    const base = `${server.url}${sitePath(portal.site, '')}`
    // 5 documents in files of 2, 3 gazette articles in files of 2.
    expect(locs(index.html)).toEqual(
      ['pages', 'documents-1', 'documents-2', 'documents-3', 'gazette-1', 'gazette-2'].map((name) => `${base}/sitemap-${name}.xml`),
    )

    const all: string[] = []
    for (const file of locs(index.html)) {
      const page = await fetchPage(server.url, file.slice(server.url.length))
      expect(page.status, file).toBe(200)
      expect(page.html, file).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
      const urls = locs(page.html)
      if (!file.endsWith('sitemap-pages.xml')) expect(urls.length, file).toBeLessThanOrEqual(2)
      all.push(...urls)
    }
    expect(new Set(all).size).toBe(all.length)
    for (const id of articleIds) expect(all).toContain(`${base}/articles/${id}.html`)
    expect(all).toContain(`${base}/`)
    expect(all).toContain(`${base}/columns/news/`)
    expect(all).toContain(`${base}/gazette/2021/1/`)
    expect(all).not.toContain(`${base}/gazette/2021/2/`)
    const gazetteArticles = all.filter((u) => u.includes('/gazette/articles/'))
    expect(gazetteArticles).toHaveLength(3)
    for (const url of gazetteArticles) expect((await fetchPage(server.url, url.slice(server.url.length))).status, url).toBe(200)
    expect(all.join('\n')).not.toContain('草稿')
  })

  it('answers 404 past the last file', async () => {
    expect((await fetchPage(server.url, sitePath(portal.site, '/sitemap-documents-4.xml'))).status).toBe(404)
    expect((await fetchPage(server.url, sitePath(portal.site, '/sitemap-gazette-3.xml'))).status).toBe(404)
    expect((await fetchPage(server.url, sitePath(portal.site, '/sitemap-documents-0.xml'))).status).toBe(404)
  })
})
