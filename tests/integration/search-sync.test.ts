import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../support/payload'
import { createArticle, createSiteWithStaff, fetchPage, sitePath, type SiteWithStaff } from '../support/fixtures'
import { closePlatformSearchEngine } from '../../src/searchSync/engine'

let server: TestServer
let portal: SiteWithStaff

const searchJson = async (q: string, extra = '') => {
  const page = await fetchPage(server.url, sitePath(portal.site, `/search.json?q=${encodeURIComponent(q)}${extra}`))
  expect(page.status).toBe(200)
  return JSON.parse(page.html) as {
    result: { total: number; hits: { title: string; titleHighlighted: string; url: string }[] }
  }
}

beforeAll(async () => {
  server = await startTestServer()
  portal = await createSiteWithStaff(server.payload, 'Search')
})
afterAll(async () => server?.close())

describe('search index sync through the jobs queue', () => {
  it('indexes a published public article and finds it with a highlighted title on /search', async () => {
    const article = await createArticle(server.payload, {
      site: portal.site,
      column: portal.column,
      title: '银川市冬季供暖服务热线开通',
      status: 'published',
    })
    await server.payload.jobs.run({ limit: 100 })
    const { result } = await searchJson('供暖')
    expect(result.hits.map((h) => h.title)).toContain('银川市冬季供暖服务热线开通')
    expect(result.hits[0]!.titleHighlighted).toContain('<mark>')
    expect(result.hits[0]!.url).toBe(sitePath(portal.site, `/articles/${article.id}.html`))
    const page = await fetchPage(server.url, sitePath(portal.site, '/search?q=供暖'))
    expect(page.html).toContain('银川市冬季')
    expect(page.html).toContain('<mark>')
  })

  it('never indexes drafts or non-public articles', async () => {
    await createArticle(server.payload, {
      site: portal.site,
      column: portal.column,
      title: '草稿里的防汛预案',
      status: 'draft',
    })
    await createArticle(server.payload, {
      site: portal.site,
      column: portal.column,
      title: '不公开的防汛内部规程',
      status: 'published',
      disclosure: 'not-public',
    })
    await server.payload.jobs.run({ limit: 100 })
    const { result } = await searchJson('防汛')
    expect(result.total).toBe(0)
  })

  it('removes an article from the index when it is withdrawn', async () => {
    const article = await createArticle(server.payload, {
      site: portal.site,
      column: portal.column,
      title: '春运出行提示',
      status: 'published',
    })
    await server.payload.jobs.run({ limit: 100 })
    expect((await searchJson('春运')).result.total).toBe(1)
    await server.payload.update({
      collection: 'articles',
      id: article.id,
      data: { workflowStatus: 'withdrawn' },
      overrideAccess: true,
    })
    await server.payload.jobs.run({ limit: 100 })
    expect((await searchJson('春运')).result.total).toBe(0)
  })

  it('publishing succeeds while the search engine is down, and the index catches up afterwards', async () => {
    const goodPath = process.env.SEARCH_DB_PATH!
    // A path whose parent is a regular file cannot be opened, not even by root: the engine is "down".
    const blocker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-down-')), 'not-a-directory')
    fs.writeFileSync(blocker, '')
    await closePlatformSearchEngine()
    process.env.SEARCH_DB_PATH = path.join(blocker, 'search.db')
    const article = await createArticle(server.payload, {
      site: portal.site,
      column: portal.column,
      title: '停电检修期间的应急供水安排',
      status: 'published',
    })
    expect(article.workflowStatus).toBe('published')
    await server.payload.jobs.run({ limit: 100 })
    const page = await fetchPage(server.url, sitePath(portal.site, '/search.json?q=应急供水'))
    expect(page.status).toBe(503)

    process.env.SEARCH_DB_PATH = goodPath
    await closePlatformSearchEngine()
    // The failed job is retried with backoff (first retry after about 2 s).
    let total = 0
    for (let attempt = 0; attempt < 15 && total === 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      await server.payload.jobs.run({ limit: 100 })
      total = (await searchJson('应急供水')).result.total
    }
    expect(total).toBe(1)
  })
})
