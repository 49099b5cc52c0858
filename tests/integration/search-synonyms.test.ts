import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../payload-types'
import { EmbeddedSearchEngine } from '../../src/search/embeddedEngine'
import { DEFAULT_SYNONYM_GROUPS } from '../../src/search/synonyms'
import { closePlatformSearchEngine } from '../../src/searchSync/engine'
import { ensureSearchSynonymDefaults } from '../../src/searchSync/synonyms'
import {
  client,
  clientAs,
  createArticle,
  createSiteWithStaff,
  createUser,
  errorMessages,
  fetchPage,
  sitePath,
  type Client,
  type SiteWithStaff,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * 搜索同义词: platform administrators edit the groups in the CMS; every change reaches the running
 * engine through the jobs queue, and the public search (/search.json) follows it.
 */
let server: TestServer
let portal: SiteWithStaff
let admin: Client
let supervisor: Client
let editor: Client
let anonymous: Client
let platformAdmin: User

const titlesFor = async (q: string): Promise<string[]> => {
  const page = await fetchPage(server.url, sitePath(portal.site, `/search.json?q=${encodeURIComponent(q)}`))
  expect(page.status).toBe(200)
  return (JSON.parse(page.html) as { result: { hits: { title: string }[] } }).result.hits.map((h) => h.title)
}
const runJobs = () => server.payload.jobs.run({ limit: 100 })

beforeAll(async () => {
  server = await startTestServer()
  portal = await createSiteWithStaff(server.payload, 'Syn')
  platformAdmin = await createUser(server.payload, { email: 'synonym-admin@test.gov.cn', roles: ['platform-admin'] })
  const supervisorUser = await createUser(server.payload, {
    email: 'synonym-supervisor@test.gov.cn',
    roles: ['supervisor'],
  })
  admin = await clientAs(server.url, platformAdmin)
  supervisor = await clientAs(server.url, supervisorUser)
  editor = await clientAs(server.url, portal.editor)
  anonymous = client(server.url)
  for (const title of [
    '宁夏大学2026年本科招生工作启动',
    '宁夏医科大学总医院开通夜间门诊',
    '自治区发展改革委召开新闻发布会',
  ]) {
    await createArticle(server.payload, { site: portal.site, column: portal.column, title, status: 'published' })
  }
  await runJobs()
})
afterAll(async () => server?.close())

describe('search synonyms edited by platform administrators', () => {
  it('starts with the built-in groups, listed in the admin collection', async () => {
    const list = await admin.get('/api/search-synonyms', { limit: 100 })
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe(DEFAULT_SYNONYM_GROUPS.length)
    expect(list.body.docs.map((d: { terms: string }) => d.terms)).toContain('发改委 = 发展改革委 = 发展和改革委员会')
    expect(await titlesFor('发改委')).toEqual(['自治区发展改革委召开新闻发布会'])
  })

  it('lets supervisors read the groups and nobody but platform administrators change them', async () => {
    expect((await supervisor.get('/api/search-synonyms')).status).toBe(200)
    expect((await editor.get('/api/search-synonyms')).status).toBe(403)
    expect((await anonymous.get('/api/search-synonyms')).status).toBe(403)
    for (const user of [supervisor, editor, anonymous]) {
      expect((await user.post('/api/search-synonyms', { terms: '宁大 = 宁夏大学' })).status).toBe(403)
    }
    const first = (await admin.get('/api/search-synonyms', { limit: 1 })).body.docs[0]
    expect((await editor.patch(`/api/search-synonyms/${first.id}`, { terms: '甲 = 乙' })).status).toBe(403)
    expect((await supervisor.delete(`/api/search-synonyms/${first.id}`)).status).toBe(403)
    expect((await admin.get(`/api/search-synonyms/${first.id}`)).body.terms).toBe(first.terms)
    await runJobs()
    expect(await titlesFor('宁大')).toEqual([])
  })

  it('rejects a group without two distinct terms, with a term containing a space, or one that already exists', async () => {
    const reasons = async (terms: string) => {
      const result = await admin.post('/api/search-synonyms', { terms })
      expect(result.status, terms).toBe(400)
      return errorMessages(result.body).join('\n')
    }
    expect(await reasons('宁大')).toContain('至少需要两个不同的词')
    expect(await reasons('宁大 = 宁大 ， ')).toContain('至少需要两个不同的词')
    expect(await reasons('ＡＢＣ = abc')).toContain('至少需要两个不同的词')
    expect(await reasons('宁夏 大学 = 宁大')).toContain('不能有空格')
    expect(await reasons('发展改革委、发展和改革委员会、发改委')).toContain('已有相同的同义词组')
  })

  it('applies a new group to the public search once the queued job has run', async () => {
    const created = await admin.post('/api/search-synonyms', { terms: '宁大，宁夏大学', note: '高校简称' })
    expect(created.status).toBe(201)
    expect(created.body.doc.terms).toBe('宁大 = 宁夏大学')
    // Another process on the same search index, which must see the change too.
    const otherProcess = new EmbeddedSearchEngine({ path: process.env.SEARCH_DB_PATH })
    try {
      expect((await otherProcess.search({ q: '宁大' })).total).toBe(0)
      await runJobs()
      expect(await titlesFor('宁大')).toEqual(['宁夏大学2026年本科招生工作启动'])
      expect(await titlesFor('宁夏大学')).toEqual(['宁夏大学2026年本科招生工作启动'])
      expect((await otherProcess.search({ q: '宁大' })).hits.map((h) => h.title)).toEqual([
        '宁夏大学2026年本科招生工作启动',
      ])
    } finally {
      await otherProcess.close()
    }

    const edited = await admin.patch(`/api/search-synonyms/${created.body.doc.id}`, { terms: '宁医大 = 宁夏医科大学' })
    expect(edited.status).toBe(200)
    await runJobs()
    expect(await titlesFor('宁大')).toEqual([])
    expect(await titlesFor('宁医大')).toEqual(['宁夏医科大学总医院开通夜间门诊'])

    expect((await admin.delete(`/api/search-synonyms/${created.body.doc.id}`)).status).toBe(200)
    await runJobs()
    expect(await titlesFor('宁医大')).toEqual([])
  })

  it('creates the engine with the stored groups when the process starts', async () => {
    // Stored without a sync job: only a freshly created engine can know about it.
    await server.payload.create({
      collection: 'search-synonyms',
      data: { terms: '宁大 = 宁夏大学' },
      overrideAccess: true,
      context: { skipSynonymSync: true },
    })
    expect(await titlesFor('宁大')).toEqual([])
    await closePlatformSearchEngine()
    expect(await titlesFor('宁大')).toEqual(['宁夏大学2026年本科招生工作启动'])
  })

  it('records each change in the audit log', async () => {
    const { docs } = await server.payload.find({
      collection: 'audit-log',
      where: { targetCollection: { equals: 'search-synonyms' } },
      sort: 'at',
      overrideAccess: true,
      limit: 10,
    })
    expect(docs.map((d) => [d.action, d.summary, d.userLabel])).toEqual([
      ['create', '新建同义词组「宁大 = 宁夏大学」', platformAdmin.email],
      ['update', '修改同义词组「宁大 = 宁夏大学」为「宁医大 = 宁夏医科大学」', platformAdmin.email],
      ['delete', '删除同义词组「宁医大 = 宁夏医科大学」', platformAdmin.email],
      ['create', '新建同义词组「宁大 = 宁夏大学」', '系统'],
    ])
  })

  it('matches the literal words only once every group is deleted, and does not bring the defaults back', async () => {
    const { docs } = await server.payload.find({
      collection: 'search-synonyms',
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs)
      await server.payload.delete({ collection: 'search-synonyms', id: doc.id, overrideAccess: true })
    await runJobs()
    expect(await titlesFor('发改委')).toEqual([])
    expect(await titlesFor('发展改革委')).toEqual(['自治区发展改革委召开新闻发布会'])
    expect(await ensureSearchSynonymDefaults(server.payload)).toBe(0)
    expect((await server.payload.count({ collection: 'search-synonyms', overrideAccess: true })).totalDocs).toBe(0)
  })
})
