import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hotQueryLog } from '../../src/hotQueries/log'
import { loggableQuery } from '../../src/hotQueries/privacy'
import { forgetHotQueries, hotQueries } from '../../src/hotQueries/read'
import { SearchQueries } from '../../collections/search-queries/index'
import { startTestServer, type TestServer } from '../support/payload'
import { clientAs, createSiteWithStaff, fetchPage, sitePath, type SiteWithStaff } from '../support/fixtures'

let server: TestServer
let portal: SiteWithStaff
let other: SiteWithStaff

const publish = (site: SiteWithStaff, title: string) =>
  server.payload.create({
    collection: 'articles',
    overrideAccess: true,
    data: { site: site.site.id, columns: [site.column.id], title, summary: `${title}的有关情况。`, workflowStatus: 'published', publishedAt: new Date(Date.now() - 86_400_000).toISOString(), disclosureAttribute: 'public' },
  })

const search = (site: SiteWithStaff, q: string, extra = '') => fetchPage(server.url, sitePath(site.site, `/search?q=${encodeURIComponent(q)}${extra}`))

beforeAll(async () => {
  server = await startTestServer()
  portal = await createSiteWithStaff(server.payload, 'Hot')
  other = await createSiteWithStaff(server.payload, 'Cold')
  await publish(portal, '政务公开工作要点')
  await publish(portal, '冬季供暖服务指南')
  await publish(other, '政务公开年度报告')
  await server.payload.jobs.run({ limit: 100 })
})
afterAll(async () => {
  await server?.close()
})

describe('the query log keeps no personal data', () => {
  it('drops ID numbers, phone numbers, e-mail addresses and long queries, keeps 文号 and words', () => {
    expect(loggableQuery('  政务  公开 ')).toBe('政务 公开')
    expect(loggableQuery('ＡＢＣ政务')).toBe('abc政务')
    expect(loggableQuery('宁政办发〔2017〕74号')).toBe('宁政办发〔2017〕74号')
    for (const personal of ['110105199001011234', '11010519900101123X', '138 1234 5678', '13812345678 低保', '0951-6012345', 'zhang.san@example.cn', '张三＠qq.com']) {
      expect(loggableQuery(personal), personal).toBeNull()
    }
    expect(loggableQuery('关于进一步优化营商环境更好服务市场主体的实施意见的政策解读文件')).toBeNull()
  })

  it('stores only site, China day, query and count', () => {
    const names = SearchQueries.fields.flatMap((f) => ('name' in f ? [f.name] : []))
    expect(names.sort()).toEqual(['count', 'day', 'hidden', 'query', 'site'])
  })
})

describe('hot queries on the search page', () => {
  it('counts searches that found something, shows those searched often enough, per site, and hides what staff hide', async () => {
    for (let i = 0; i < 3; i++) expect((await search(portal, '政务公开')).status).toBe(200)
    await search(portal, '供暖')
    await search(portal, '政务公开', '&page=2')
    await search(portal, '13812345678')
    await search(portal, '完全不存在的词语')
    await search(other, '政务公开')
    await hotQueryLog(server.payload).flush()

    const rows = await server.payload.find({ collection: 'search-queries', overrideAccess: true, limit: 50, depth: 0 })
    const mine = rows.docs.filter((r) => r.site === portal.site.id).map((r) => [r.query, r.count])
    expect(mine.sort()).toEqual([
      ['供暖', 1],
      ['政务公开', 3],
    ])
    expect(JSON.stringify(rows.docs)).not.toContain('13812345678')

    forgetHotQueries()
    expect(await hotQueries(server.payload, portal.site.id)).toEqual([{ query: '政务公开', count: 3 }])
    expect(await hotQueries(server.payload, other.site.id)).toEqual([])
    const page = await search(portal, '供暖')
    expect(page.html).toContain('热门搜索')
    expect(page.html).toMatch(/<nav class="hot-queries"[\s\S]*?政务公开[\s\S]*?<\/nav>/)

    // A second flush adds to the day's row instead of writing another one.
    await search(portal, '政务公开')
    await hotQueryLog(server.payload).flush()
    const again = await server.payload.find({ collection: 'search-queries', where: { query: { equals: '政务公开' }, site: { equals: portal.site.id } }, overrideAccess: true, depth: 0 })
    expect(again.docs.map((d) => d.count)).toEqual([4])

    // The site's editor hides it; the public never reads the log.
    const editor = await clientAs(server.url, portal.editor)
    const hide = await editor.patch(`/api/search-queries/${again.docs[0]!.id}`, { hidden: true, count: 999, query: '别的词' })
    expect(hide.status).toBe(200)
    // Staff hide a query; they cannot inflate or rewrite it.
    expect(hide.body.doc).toMatchObject({ hidden: true, count: 4, query: '政务公开' })
    const foreignEditor = await clientAs(server.url, other.editor)
    expect((await foreignEditor.get(`/api/search-queries/${again.docs[0]!.id}`)).status).toBe(404)
    expect((await fetch(`${server.url}/api/search-queries`)).status).toBe(403)
    forgetHotQueries()
    expect(await hotQueries(server.payload, portal.site.id)).toEqual([])
    expect((await search(portal, '供暖')).html).not.toContain('class="hot-queries"')
  })
})
