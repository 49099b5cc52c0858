import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Column } from '../../payload-types'
import { EmbeddedSearchEngine } from '../../src/search/embeddedEngine'
import { SCHEMA_VERSION } from '../../src/search/embeddedStore'
import type { SearchDocument } from '../../src/search/types'
import { startTestServer, type TestServer } from '../support/payload'
import { createArticle, createSiteWithStaff, fetchPage, sitePath, type SiteWithStaff } from '../support/fixtures'
import { chinaDay } from '../../src/calendar/chinaTime'
import { createOpennessFixture, publish, reviewed, submitted, type OpennessFixture } from '../support/openness'

/**
 * 在栏目中搜索: `column=` on the site search limits it to a column and its sub-columns, on whichever
 * database the CMS runs (the index is the embedded engine's own file).
 */
let server: TestServer
let portal: SiteWithStaff
let other: SiteWithStaff
let openness: Column
let policies: Column
let otherColumn: Column
let library: OpennessFixture

const searchJson = async (site: SiteWithStaff, query: string) => {
  const page = await fetchPage(server.url, sitePath(site.site, `/search.json?${query}`))
  expect(page.status).toBe(200)
  const body = JSON.parse(page.html) as { result: { total: number; hits: { title: string; url: string }[] } }
  return body.result.hits.map((h) => h.title).sort()
}

const column = (site: SiteWithStaff, slug: string, title: string, parent?: Column) =>
  server.payload.create({ collection: 'columns', overrideAccess: true, data: { site: site.site.id, slug, title, kind: 'news', order: 10, ...(parent ? { parent: parent.id } : {}) } })

beforeAll(async () => {
  server = await startTestServer()
  portal = await createSiteWithStaff(server.payload, 'Col')
  other = await createSiteWithStaff(server.payload, 'Alt')
  openness = await column(portal, 'zwgk', '政务公开')
  policies = await column(portal, 'zcwj', '政策<文件>', openness)
  otherColumn = await column(other, 'zwgk', '政务公开')
  const article = (site: SiteWithStaff, col: Column | Column[], title: string) => createArticle(server.payload, { site: site.site, column: col, title, status: 'published' })
  await article(portal, openness, '政务公开工作要点')
  await article(portal, policies, '关于政务公开标准化的实施意见')
  await article(portal, portal.column, '政务公开日活动新闻')
  await article(portal, [portal.column, policies], '两个栏目的政务公开通知')
  await article(other, otherColumn, '另一网站的政务公开年报')
  // A policy library (政策文件 column) on a site of its own. Set up here rather than in its test: a pause of
  // several seconds between two requests lets the server drop the kept-alive connection as the next one is sent.
  library = await createOpennessFixture(server.payload, '6400000571')
  const policy = async (title: string, repealed = false) => {
    const doc = await reviewed(server.payload, library, await submitted(server.payload, library, { title }))
    await publish(server.payload, library, doc.id)
    if (repealed) await server.payload.update({ collection: 'policy-documents', id: doc.id, data: { validity: 'repealed', validityChangedAt: chinaDay() }, overrideAccess: true })
  }
  await policy('关于城乡供水保障的通知')
  await policy('关于城乡供水价格的办法', true)
  await server.payload.jobs.run({ limit: 100 })
})
afterAll(async () => server?.close())

describe('search within a column (column= in the URL)', () => {
  it('finds the column and its sub-columns by id or by path, and only those', async () => {
    const all = await searchJson(portal, `q=${encodeURIComponent('政务公开')}`)
    expect(all).toHaveLength(4)
    const inOpenness = ['两个栏目的政务公开通知', '关于政务公开标准化的实施意见', '政务公开工作要点']
    expect(await searchJson(portal, `q=${encodeURIComponent('政务公开')}&column=${openness.id}`)).toEqual(inOpenness)
    expect(await searchJson(portal, `q=${encodeURIComponent('政务公开')}&column=zwgk`)).toEqual(inOpenness)
    expect(await searchJson(portal, `q=${encodeURIComponent('政务公开')}&column=zwgk/zcwj`)).toEqual(['两个栏目的政务公开通知', '关于政务公开标准化的实施意见'])
    expect(await searchJson(portal, `q=${encodeURIComponent('政务公开')}&column=news`)).toEqual(['两个栏目的政务公开通知', '政务公开日活动新闻'])
    // No words: the column's documents, newest first.
    expect(await searchJson(portal, `column=${policies.id}`)).toEqual(['两个栏目的政务公开通知', '关于政务公开标准化的实施意见'])
  })

  it("gives nothing for another site's column, by id or path, even with the whole cluster searched", async () => {
    for (const value of [String(otherColumn.id), 'no-such-column', '../zwgk/x']) {
      const page = await fetchPage(server.url, sitePath(portal.site, `/search.json?q=${encodeURIComponent('政务公开')}&column=${encodeURIComponent(value)}`))
      expect(page.status).toBe(200)
      expect(JSON.parse(page.html).result.total).toBe(0)
    }
    expect(await searchJson(portal, `q=${encodeURIComponent('年报')}&scope=all&column=${otherColumn.id}`)).toEqual([])
    // The other site finds its own column's document.
    expect(await searchJson(other, `q=${encodeURIComponent('政务公开')}&column=${otherColumn.id}`)).toEqual(['另一网站的政务公开年报'])
    const html = await fetchPage(server.url, sitePath(portal.site, `/search?q=${encodeURIComponent('年报')}&column=${otherColumn.id}`))
    expect(html.status).toBe(200)
    expect(html.html).not.toContain('另一网站的政务公开年报')
  })

  it('drops a withdrawn article from the column search', async () => {
    const article = await createArticle(server.payload, { site: portal.site, column: policies, title: '即将撤回的政务公开通告', status: 'published' })
    await server.payload.jobs.run({ limit: 100 })
    expect(await searchJson(portal, `q=${encodeURIComponent('通告')}&column=zwgk`)).toEqual(['即将撤回的政务公开通告'])
    await server.payload.update({ collection: 'articles', id: article.id, data: { workflowStatus: 'withdrawn' }, overrideAccess: true })
    await server.payload.jobs.run({ limit: 100 })
    expect(await searchJson(portal, `q=${encodeURIComponent('通告')}&column=zwgk`)).toEqual([])
  })

  it('follows an article moved to another column', async () => {
    const article = await createArticle(server.payload, { site: portal.site, column: portal.column, title: '调整栏目的供暖公告', status: 'published' })
    await server.payload.jobs.run({ limit: 100 })
    expect(await searchJson(portal, `q=${encodeURIComponent('供暖')}&column=zcwj`)).toEqual([])
    await server.payload.update({ collection: 'articles', id: article.id, data: { columns: [policies.id] }, overrideAccess: true })
    await server.payload.jobs.run({ limit: 100 })
    expect(await searchJson(portal, `q=${encodeURIComponent('供暖')}&column=zcwj`)).toEqual(['调整栏目的供暖公告'])
    expect(await searchJson(portal, `q=${encodeURIComponent('供暖')}&column=news`)).toEqual([])
  })

  it('searches a policy library column together with the 有效性 filter', async () => {
    const titles = async (query: string) => {
      const response = await fetch(`${server.url}${sitePath(library.site, `/search.json?${query}`)}`)
      return ((await response.json()) as { result: { hits: { title: string }[] } }).result.hits.map((h) => h.title).sort()
    }
    expect(await titles(`q=${encodeURIComponent('供水')}&column=${library.policyColumn}`)).toEqual(['关于城乡供水价格的办法', '关于城乡供水保障的通知'])
    expect(await titles(`column=zcwj&validity=repealed`)).toEqual(['关于城乡供水价格的办法'])
    expect(await titles(`q=${encodeURIComponent('供水')}&column=zcjd`)).toEqual([])
    expect(await titles(`q=${encodeURIComponent('供水')}&column=${library.otherColumn}`)).toEqual([])
  })

  it('puts a 在本栏目中搜索 box on every column page, submitting the column path to the site search', async () => {
    for (const [col, pathValue] of [
      [openness, 'zwgk'],
      [policies, 'zwgk/zcwj'],
    ] as const) {
      const { status, html } = await fetchPage(server.url, sitePath(portal.site, `/columns/${col.slug}/`))
      expect(status).toBe(200)
      const form = html.match(/<form class="column-search"[\s\S]*?<\/form>/)?.[0] ?? ''
      expect(form).toContain(`action="/sites/${portal.site.siteCode}/search"`)
      expect(form).toMatch(/<label for="column-search-q">在本栏目中搜索<\/label>/)
      expect(form).toContain('id="column-search-q" name="q" type="search"')
      expect(form).toContain(`<input type="hidden" name="column" value="${pathValue}">`)
    }
  })

  it('shows the active column on the results page, escaped, with a link that removes it', async () => {
    const { html } = await fetchPage(server.url, sitePath(portal.site, `/search?q=${encodeURIComponent('政务公开')}&column=zwgk/zcwj&sort=date`))
    const scope = html.match(/<p class="search-scope"[\s\S]*?<\/p>/)?.[0] ?? ''
    expect(scope).toContain('政策&lt;文件&gt;')
    expect(scope).not.toContain('政策<文件>')
    expect(scope).toContain(`href="/sites/${portal.site.siteCode}/columns/zcwj/"`)
    const remove = scope.match(/class="search-scope-remove" href="([^"]*)"/)?.[1] ?? ''
    expect(remove).not.toContain('column=')
    expect(remove).toContain('sort=date')
    // The form keeps the column, so that refining the words stays inside it.
    expect(html).toContain('<input type="hidden" name="column" value="zwgk/zcwj">')
    expect(html).toContain('标准化的实施意见')
    expect(html).not.toContain('日活动新闻')

    const hostile = '"><script>alert(1)</script>'
    const bad = await fetchPage(server.url, sitePath(portal.site, `/search?q=x&column=${encodeURIComponent(hostile)}`))
    expect(bad.status).toBe(200)
    expect(bad.html).not.toContain('<script>alert(1)</script>')
    expect(bad.html).toContain('&lt;script&gt;')
    expect(bad.html).toMatch(/class="search-scope-remove"/)
  })
})

describe('the embedded index stores the columns (search.db schema 3)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-columns-'))
  const doc = (id: number, title: string, columnIds: (string | number)[], site = 1): SearchDocument => ({
    id: `articles:${id}`,
    type: 'article',
    siteId: site,
    siteName: `网站${site}`,
    title,
    body: title,
    publishedAt: `2026-0${1 + (id % 9)}-01T00:00:00.000Z`,
    year: 2026,
    url: `/articles/${id}.html`,
    columnIds,
  })
  const ids = (r: { hits: { id: string }[] }) => r.hits.map((h) => h.id).sort()

  it('filters by any of the given columns together with the other filters, and an unknown column matches nothing', async () => {
    const engine = new EmbeddedSearchEngine({ path: path.join(dir, 'filter.db') })
    try {
      await engine.upsert([doc(1, '供水通知', [10]), doc(2, '供水公告', [11, 12]), doc(3, '供水新闻', [13]), doc(4, '供水其他网站', [10], 2)])
      expect(ids(await engine.search({ q: '供水', columnIds: [10, 11] }))).toEqual(['articles:1', 'articles:2', 'articles:4'])
      expect(ids(await engine.search({ q: '供水', columnIds: [10, 11], siteIds: [1] }))).toEqual(['articles:1', 'articles:2'])
      expect(ids(await engine.search({ q: '', columnIds: ['12'] }))).toEqual(['articles:2'])
      expect((await engine.search({ q: '供水', columnIds: [99] })).total).toBe(0)
      // Moving a document to another column moves it in the index.
      await engine.upsert([doc(1, '供水通知', [13])])
      expect(ids(await engine.search({ q: '供水', columnIds: [13] }))).toEqual(['articles:1', 'articles:3'])
      // Without its column the filter suggests the search without filters.
      const none = await engine.search({ q: '供水', columnIds: [99] })
      expect(none.suggestions?.[0]).toMatchObject({ reason: 'without-filters', dropFilters: true })
    } finally {
      await engine.close()
    }
  })

  it('drops a version 2 index and asks for a rebuild', async () => {
    const file = path.join(dir, 'v2.db')
    const before = new EmbeddedSearchEngine({ path: file })
    await before.upsert([doc(1, '供水通知', [10])])
    await before.close()
    // The layout of version 2: no title index, no column tokens.
    const old = new Database(file)
    old.exec("DROP TABLE search_titles; DROP TABLE search_title_keys; UPDATE search_settings SET value = '2' WHERE key = 'schemaVersion';")
    old.close()
    const upgraded = new EmbeddedSearchEngine({ path: file })
    try {
      expect(SCHEMA_VERSION).toBe(3)
      const health = await upgraded.health()
      expect(health.documents).toBe(0)
      expect(health.detail).toContain('npm run search:reindex')
      await upgraded.clear()
      await upgraded.upsert([doc(1, '供水通知', [10])])
      expect(ids(await upgraded.search({ q: '', columnIds: [10] }))).toEqual(['articles:1'])
      expect((await upgraded.suggestTitles(1, '供水', 5)).map((t) => t.title)).toEqual(['供水通知'])
    } finally {
      await upgraded.close()
    }
  })
})
