import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Site } from '../../payload-types'
import { sampleGazetteFolder } from '../../src/demo/gazette'
import { importGazette } from '../../src/gazette/import'
import { createSite, fetchPage, sitePath } from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/** 政府公报: the bulk import (validation, idempotence, resume) and the public pages over HTTP. */
let server: TestServer
let site: Site
const jsonl = (records: unknown[]) =>
  `${records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n')}\n`

beforeAll(async () => {
  server = await startTestServer()
  site = await createSite(server.payload, { name: '测试公报政府' })
})
afterAll(async () => {
  await server?.close()
})

describe('gazette import', () => {
  it('reports bad records with file:line and imports the rest', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-bad-'))
    fs.writeFileSync(
      path.join(folder, 'issues.jsonl'),
      jsonl([
        { year: 2020, issueNumber: 1, totalNumber: 1, publishedAt: '2020-01-15', status: 'published' },
        '{not json',
        { year: 2020, issueNumber: 3, publishedAt: '2020-02-15' },
        { year: 2020, issueNumber: 2, totalNumber: 2, publishedAt: '2020-01-31', status: 'draft' },
      ]),
    )
    fs.writeFileSync(
      path.join(folder, 'articles.jsonl'),
      jsonl([
        {
          year: 2020,
          issueNumber: 1,
          title: '公开期文章',
          docNumber: '宁政发〔2020〕1号',
          category: 'normative-document',
          body: '正文。',
        },
        { year: 2020, issueNumber: 1, title: '类别错误', category: 'law' },
        { year: 2020, issueNumber: 9, title: '期刊不存在', docNumber: '宁政发〔2020〕9号' },
        { year: 2020, issueNumber: 2, title: 'SECRET-草稿期文章', docNumber: '宁政发〔2020〕2号', category: 'other' },
      ]),
    )
    const report = await importGazette(server.payload, { folder, siteCode: site.siteCode })
    const where = report.rejections.map((r) => `${r.file}:${r.line}`)
    expect(where.sort()).toEqual(['articles.jsonl:2', 'articles.jsonl:3', 'issues.jsonl:2', 'issues.jsonl:3'])
    expect(report.rejections.find((r) => r.line === 3 && r.file === 'issues.jsonl')?.reason).toContain('totalNumber')
    expect(report.rejections.find((r) => r.line === 2 && r.file === 'articles.jsonl')?.reason).toContain('category')
    expect(report).toMatchObject({ created: 4, rejected: 4, updated: 0, unchanged: 0 })
  })

  it('resumes after an interruption and a re-run changes nothing', async () => {
    const controller = new AbortController()
    const first = await importGazette(server.payload, {
      folder: sampleGazetteFolder,
      siteCode: site.siteCode,
      signal: controller.signal,
      onProgress: (done) => done >= 7 && controller.abort(),
    })
    expect(first.interrupted).toBe(true)
    expect(first.created).toBe(7)
    const second = await importGazette(server.payload, { folder: sampleGazetteFolder, siteCode: site.siteCode })
    expect(second).toMatchObject({
      interrupted: false,
      rejected: 0,
      updated: 0,
      unchanged: 7,
      created: second.total - 7,
    })
    const third = await importGazette(server.payload, { folder: sampleGazetteFolder, siteCode: site.siteCode })
    expect(third).toMatchObject({ created: 0, updated: 0, rejected: 0, unchanged: second.total })
    const files = await server.payload.count({ collection: 'files', where: { site: { equals: site.id } } })
    expect(files.totalDocs).toBe(fs.readdirSync(path.join(sampleGazetteFolder, 'pdf')).length)
  })
})

describe('gazette import into the search index', () => {
  it('queues one sync job per batch of articles, and the whole import becomes searchable', async () => {
    const bulk = await createSite(server.payload, { name: '批量导入公报政府' })
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-bulk-'))
    const count = 450
    fs.writeFileSync(
      path.join(folder, 'issues.jsonl'),
      jsonl([{ year: 2021, issueNumber: 1, totalNumber: 1, publishedAt: '2021-01-15', status: 'published' }]),
    )
    fs.writeFileSync(
      path.join(folder, 'articles.jsonl'),
      jsonl(
        Array.from({ length: count }, (_, i) => ({
          year: 2021,
          issueNumber: 1,
          title: `关于扶持滩羊养殖的第${i + 1}号通知`,
          docNumber: `宁政办发〔2021〕${i + 1}号`,
          category: 'other',
          body: '滩羊产业扶持办法。',
        })),
      ),
    )
    const syncJobs = () =>
      server.payload.count({
        collection: 'payload-jobs',
        where: { and: [{ taskSlug: { equals: 'syncSearchIndex' } }, { completedAt: { exists: false } }] },
        overrideAccess: true,
      })
    await server.payload.jobs.run({ limit: 1000 })
    const before = (await syncJobs()).totalDocs
    const report = await importGazette(server.payload, { folder, siteCode: bulk.siteCode })
    expect(report).toMatchObject({ created: count + 1, rejected: 0 })
    // 450 articles: three batch jobs (200, 200, 50) instead of 450 single ones.
    expect((await syncJobs()).totalDocs - before).toBe(3)

    await server.payload.jobs.run({ limit: 100 })
    const found = await fetchPage(server.url, sitePath(bulk, `/search.json?q=${encodeURIComponent('滩羊养殖')}`))
    expect(JSON.parse(found.html).result.total).toBe(count)
  })
})

describe('gazette public pages', () => {
  const page = (p: string) => fetchPage(server.url, sitePath(site, p))

  it('lists years, issues, the table of contents and an article', async () => {
    const years = await page('/gazette')
    expect(years.status).toBe(200)
    expect(years.html).toMatch(/2017年<\/span><span class="item-count">共 3 期/)
    expect(years.html).toContain('2020年')

    const year = await page('/gazette/2017/')
    expect(year.status).toBe(200)
    expect(year.html).toContain('第13期')
    expect(year.html).toContain('总第413期')

    const issue = await page('/gazette/2017/1/')
    expect(issue.status).toBe(200)
    expect(issue.html).toContain('<h3 id="gazette-group-1">政府令</h3>')
    expect(issue.html).toContain('宁政发〔2017〕12号')
    expect(issue.html).toMatch(/href="[^"]+\.pdf"/)
    const link = issue.html.match(
      /href="([^"]*\/gazette\/articles\/[^"]+\.html)"[^>]*><span class="item-title">自治区人民政府关于进一步/,
    )
    expect(link).toBeTruthy()

    const article = await fetchPage(server.url, link![1]!)
    expect(article.status).toBe(200)
    expect(article.html).toContain('<th scope="row">文号</th><td>宁政发〔2017〕12号</td>')
    expect(article.html).toContain('规范性文件')
    expect(article.html).toContain('已废止')
    expect(article.html).toContain('2017年第1期（总第401期）')
  })

  it('keeps draft issues and their articles off the public site until published', async () => {
    expect((await page('/gazette/2020/2/')).status).toBe(404)
    const draft = (
      await server.payload.find({
        collection: 'gazette-articles',
        where: { title: { equals: 'SECRET-草稿期文章' } },
        overrideAccess: true,
      })
    ).docs[0]!
    expect((await page(`/gazette/articles/${draft.id}.html`)).status).toBe(404)
    const rest = await fetch(`${server.url}/api/gazette-articles?limit=100`)
    expect(await rest.text()).not.toContain('SECRET-')
    expect((await page('/gazette/2020/')).html).not.toContain('第2期')

    const issue = (
      await server.payload.find({
        collection: 'gazette-issues',
        where: { and: [{ site: { equals: site.id } }, { year: { equals: 2020 } }, { issueNumber: { equals: 2 } }] },
        overrideAccess: true,
      })
    ).docs[0]!
    await server.payload.update({ collection: 'gazette-issues', id: issue.id, data: { status: 'published' } })
    expect((await page('/gazette/2020/')).html).toContain('第2期')
    expect((await page(`/gazette/articles/${draft.id}.html`)).status).toBe(200)
  })
})
