import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Article, Column, Repost, RepostRule, Site, User } from '../../payload-types'
import { startTestServer, type TestServer } from '../support/payload'
import {
  client,
  clientAs,
  createColumn,
  createSite,
  createUser,
  fetchPage as fetchOnce,
  sitePath,
} from '../support/fixtures'

/** On this loaded machine a reused keep-alive connection is sometimes reset by the server as it times out; one retry. */
const fetchPage: typeof fetchOnce = (base, path, headers) =>
  fetchOnce(base, path, headers).catch(() => fetchOnce(base, path, headers))

/**
 * 协同联动: important content fans out to the sites a rule names, lands in a column chosen by kind,
 * and is rendered on each target site as a reference to the original, which stays the one source of truth.
 */

let server: TestServer
let payload: Payload

type Staffed = { site: Site; columns: Record<string, Column>; reviewer: User }
const sites: Record<string, Staffed> = {}
let offline: Site
let supervisor: User

async function staffedSite(
  key: string,
  level: Site['level'],
  parent: Site | null,
  kinds: Column['kind'][],
): Promise<Staffed> {
  const site = await createSite(payload, { name: `${key}人民政府`, level })
  if (parent)
    await payload.update({ collection: 'sites', id: site.id, data: { parent: parent.id }, overrideAccess: true })
  const columns: Record<string, Column> = {}
  for (const [i, kind] of kinds.entries())
    columns[kind] = await createColumn(payload, site, { title: `${key}${kind}`, slug: kind, kind, order: i + 1 })
  const reviewer = await createUser(payload, {
    name: `${key}审核人`,
    email: `reviewer-${site.id}@test.gov.cn`,
    memberships: [{ site, roles: ['reviewer'] }],
  })
  return { site, columns, reviewer }
}

async function rule(data: Partial<RepostRule>): Promise<RepostRule> {
  return payload.create({
    collection: 'repost-rules',
    data: { name: '规则', contentKinds: ['important-articles'], deadlineHours: 24, ...data } as never,
    overrideAccess: true,
  })
}

async function publishImportant(
  source: Staffed,
  column: string,
  title: string,
  extra: Partial<Article> = {},
): Promise<Article> {
  return payload.create({
    collection: 'articles',
    overrideAccess: true,
    data: {
      site: source.site.id,
      columns: [source.columns[column]!.id],
      title,
      summary: `${title}的摘要`,
      workflowStatus: 'published',
      disclosureAttribute: 'public',
      important: true,
      ...extra,
    } as never,
  })
}

const runJobs = () => payload.jobs.run({ limit: 100 })

async function repostsOf(article: Pick<Article, 'id'>): Promise<Repost[]> {
  const { docs } = await payload.find({
    collection: 'reposts',
    where: { and: [{ originalCollection: { equals: 'articles' } }, { originalId: { equals: String(article.id) } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

const targetIds = (reposts: Repost[]) =>
  reposts.map((r) => String(typeof r.targetSite === 'object' ? r.targetSite.id : r.targetSite)).sort()
const ids = (...list: Staffed[]) => list.map((s) => String(s.site.id)).sort()
const columnOf = (r: Repost) =>
  String(typeof r.targetColumn === 'object' && r.targetColumn ? r.targetColumn.id : r.targetColumn)
const forSite = (reposts: Repost[], s: Staffed) =>
  reposts.find((r) => String(typeof r.targetSite === 'object' ? r.targetSite.id : r.targetSite) === String(s.site.id))!

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  sites.region = await staffedSite('自治区', 'region', null, ['news', 'notice', 'policy'])
  sites.city1 = await staffedSite('甲市', 'city', sites.region.site, ['news', 'notice', 'policy'])
  sites.city2 = await staffedSite('乙市', 'city', sites.region.site, ['news', 'notice'])
  sites.county = await staffedSite('甲县', 'county', sites.city1.site, ['news'])
  sites.dept = await staffedSite('某厅', 'department', sites.region.site, ['news', 'notice', 'policy'])
  offline = await createSite(payload, { name: '下线网站', level: 'city' })
  await payload.update({
    collection: 'sites',
    id: offline.id,
    data: { status: 'temporarily-offline', parent: sites.region.site.id },
    overrideAccess: true,
  })
  supervisor = await createUser(payload, { roles: ['supervisor'] })

  await rule({
    name: '自治区重要信息全网转载',
    sourceType: 'sites',
    sourceSites: [sites.region.site.id],
    targetType: 'all',
    targetColumnKinds: ['policy', 'notice'],
    mode: 'automatic',
  })
  await rule({
    name: '某厅信息转至各市（审核）',
    sourceType: 'sites',
    sourceSites: [sites.dept.site.id],
    targetType: 'levels',
    targetLevels: ['city'],
    targetColumnKinds: ['policy'],
    mode: 'review',
  })
  await rule({
    name: '甲市信息转至下级',
    sourceType: 'levels',
    sourceLevels: ['city'],
    targetType: 'children',
    mode: 'automatic',
  })
  await rule({
    name: '乙市通知转至某厅',
    sourceType: 'sites',
    sourceSites: [sites.city2.site.id],
    sourceColumnKinds: ['notice'],
    targetType: 'list',
    targetSites: [sites.dept.site.id],
    mode: 'automatic',
  })
})
afterAll(async () => server?.close())

describe('fan-out by rule', () => {
  it('sends the region’s important article to every live site but itself, into the column the rule prefers', async () => {
    const article = await publishImportant(sites.region!, 'notice', '关于做好全区政务公开重点工作的通知')
    expect(await repostsOf(article)).toHaveLength(0) // the publish request only queued the fan-out
    await runJobs()
    const reposts = await repostsOf(article)
    expect(targetIds(reposts)).toEqual(ids(sites.city1!, sites.city2!, sites.county!, sites.dept!))
    expect(reposts.every((r) => r.status === 'reposted' && r.publishedAt && r.mode === 'automatic')).toBe(true)
    expect(columnOf(forSite(reposts, sites.city1!))).toBe(String(sites.city1!.columns.policy!.id))
    expect(forSite(reposts, sites.city1!).columnChoice).toContain('规则首选栏目类型「政策文件」')
    expect(columnOf(forSite(reposts, sites.city2!))).toBe(String(sites.city2!.columns.notice!.id))
    expect(forSite(reposts, sites.city2!).columnChoice).toContain('规则备选栏目类型「通知公告」')
    expect(columnOf(forSite(reposts, sites.county!))).toBe(String(sites.county!.columns.news!.id))
    expect(forSite(reposts, sites.county!).columnChoice).toMatch(/回退：动态要闻栏目/)
    const due = Date.parse(reposts[0]!.dueAt) - Date.parse(article.publishedAt!)
    expect(Math.abs(due - 24 * 3600_000)).toBeLessThan(60_000)
  })

  it('sends a department’s article to the city sites only, waiting for their review', async () => {
    const article = await publishImportant(sites.dept!, 'policy', '某厅关于印发实施细则的通知')
    await runJobs()
    const reposts = await repostsOf(article)
    expect(targetIds(reposts)).toEqual(ids(sites.city1!, sites.city2!))
    expect(reposts.every((r) => r.status === 'submitted' && !r.publishedAt && r.mode === 'review')).toBe(true)
    expect(forSite(reposts, sites.city2!).columnChoice).toMatch(/无「政策文件」栏目/)
  })

  it('sends a city’s article to its own child sites', async () => {
    const article = await publishImportant(sites.city1!, 'news', '甲市重要信息')
    await runJobs()
    expect(targetIds(await repostsOf(article))).toEqual(ids(sites.county!))
  })

  it('sends only from the source columns the rule names, to the listed sites', async () => {
    const fromNews = await publishImportant(sites.city2!, 'news', '乙市要闻（不转载）')
    const fromNotice = await publishImportant(sites.city2!, 'notice', '乙市通知（转载至某厅）')
    await runJobs()
    expect(await repostsOf(fromNews)).toHaveLength(0)
    expect(targetIds(await repostsOf(fromNotice))).toEqual(ids(sites.dept!))
  })

  it('never reposts what an anonymous visitor may not read, nor articles not marked important', async () => {
    const onApplication = await publishImportant(sites.region!, 'notice', '依申请公开的重要信息', {
      disclosureAttribute: 'on-application',
      nonDisclosureReason: '依申请公开。',
    })
    const draft = await publishImportant(sites.region!, 'notice', '尚未发布的重要信息', { workflowStatus: 'draft' })
    const ordinary = await publishImportant(sites.region!, 'notice', '普通信息', { important: false })
    await runJobs()
    expect(await repostsOf(onApplication)).toHaveLength(0)
    expect(await repostsOf(draft)).toHaveLength(0)
    expect(await repostsOf(ordinary)).toHaveLength(0)
  })
})

describe('rules', () => {
  it('take their deadline from the platform setting (24 hours) unless given, and are the platform admin’s to manage', async () => {
    const created = await payload.create({
      collection: 'repost-rules',
      overrideAccess: true,
      data: {
        name: '默认时限',
        sourceType: 'levels',
        sourceLevels: ['county'],
        contentKinds: ['important-articles'],
        targetType: 'list',
        targetSites: [],
        mode: 'review',
        enabled: false,
      } as never,
    })
    expect(created.deadlineHours).toBe(24)
    const sup = await clientAs(server.url, supervisor)
    expect((await sup.get(`/api/repost-rules/${created.id}`)).status).toBe(200)
    expect((await sup.patch(`/api/repost-rules/${created.id}`, { name: '改名' })).status).toBe(403)
    const reviewer = await clientAs(server.url, sites.city1!.reviewer)
    expect((await reviewer.get('/api/repost-rules')).status).toBe(403)
  })
})

describe('idempotence', () => {
  it('keeps exactly one repost per target through re-publishing, corrections and re-runs', async () => {
    const article = await publishImportant(sites.region!, 'notice', '反复发布的重要信息')
    await runJobs()
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { summary: '更正后的摘要' },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { workflowStatus: 'withdrawn' },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { workflowStatus: 'draft' },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { workflowStatus: 'published' },
      overrideAccess: true,
    })
    for (let i = 0; i < 3; i++)
      await payload.jobs.queue({ task: 'repostFanOut', input: { collection: 'articles', id: String(article.id) } })
    await runJobs()
    const reposts = await repostsOf(article)
    expect(targetIds(reposts)).toEqual(ids(sites.city1!, sites.city2!, sites.county!, sites.dept!))
    expect(reposts.every((r) => r.status === 'reposted')).toBe(true)
  })

  it('is refused by the database when a second repost of the same original for the same site is written', async () => {
    const article = await publishImportant(sites.region!, 'notice', '唯一约束')
    await runJobs()
    const [existing] = await repostsOf(article)
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = existing!
    await expect(payload.create({ collection: 'reposts', data: copy as never, overrideAccess: true })).rejects.toThrow()
    expect(await repostsOf(article)).toHaveLength(4)
  })
})

describe('public pages of the target sites', () => {
  let article: Article
  let repost: Repost
  const city2 = () => sites.city2!

  beforeAll(async () => {
    article = await publishImportant(sites.region!, 'notice', '全区统一部署的重要政策信息')
    await runJobs()
    repost = forSite(await repostsOf(article), city2())
  })

  it('lists the repost on the home page, column, feed and sitemap, linking to the repost page', async () => {
    const url = sitePath(city2().site, `/reposts/${repost.id}.html`)
    for (const path of ['/', '/columns/notice/', '/feed.xml', '/sitemap-documents-1.xml']) {
      const page = await fetchPage(server.url, sitePath(city2().site, path))
      expect(page.status, path).toBe(200)
      if (path !== '/sitemap-documents-1.xml') expect(page.html, path).toContain('全区统一部署的重要政策信息')
      expect(page.html, path).toContain(`/reposts/${repost.id}.html`)
    }
    const page = await fetchPage(server.url, url)
    expect(page.status).toBe(200)
    expect(page.html).toContain(`来源：${sites.region!.site.name}`)
    expect(page.html).toContain(
      `<link rel="canonical" href="${server.url}${sitePath(sites.region!.site, `/articles/${article.id}.html`)}">`,
    )
    expect(page.html).toContain(article.publishedAt!.slice(0, 4))
  })

  it('shows a correction of the original at once on every target, the cache notwithstanding', async () => {
    const url = sitePath(city2().site, `/reposts/${repost.id}.html`)
    await fetchPage(server.url, url)
    await fetchPage(server.url, sitePath(city2().site, '/'))
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: '全区统一部署的重要政策信息（更正）' },
      overrideAccess: true,
    })
    expect((await fetchPage(server.url, url)).html).toContain('全区统一部署的重要政策信息（更正）')
    expect((await fetchPage(server.url, sitePath(city2().site, '/'))).html).toContain(
      '全区统一部署的重要政策信息（更正）',
    )
    expect((await fetchPage(server.url, sitePath(sites.dept!.site, '/feed.xml'))).html).toContain('（更正）')
  })

  it('takes the repost off every target when the original is withdrawn, and back when it is re-published', async () => {
    const url = sitePath(city2().site, `/reposts/${repost.id}.html`)
    expect((await fetchPage(server.url, url)).status).toBe(200)
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { workflowStatus: 'withdrawn' },
      overrideAccess: true,
    })
    // Before the queue has even run, no page shows it.
    expect((await fetchPage(server.url, url)).status).toBe(404)
    expect((await fetchPage(server.url, sitePath(city2().site, '/'))).html).not.toContain(`/reposts/${repost.id}.html`)
    expect((await fetchPage(server.url, sitePath(sites.dept!.site, '/columns/policy/'))).html).not.toContain(
      '全区统一部署的重要政策信息',
    )
    await runJobs()
    const withdrawn = await repostsOf(article)
    expect(withdrawn.every((r) => r.status === 'taken-down' && r.withdrawnBy === 'original')).toBe(true)

    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { workflowStatus: 'draft' },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { workflowStatus: 'published' },
      overrideAccess: true,
    })
    await runJobs()
    expect((await repostsOf(article)).every((r) => r.status === 'reposted')).toBe(true)
    expect((await fetchPage(server.url, url)).status).toBe(200)
  })

  it('serves no repost of another site, and nothing through the API to anonymous visitors', async () => {
    expect((await fetchPage(server.url, sitePath(sites.city1!.site, `/reposts/${repost.id}.html`))).status).toBe(404)
    const anonymous = await client(server.url).get('/api/reposts')
    expect(anonymous.status).toBe(403)
  })
})

describe('review mode', () => {
  let pending: Repost[]
  beforeAll(async () => {
    const article = await publishImportant(sites.dept!, 'policy', '某厅待审核转载的政策')
    await runJobs()
    pending = await repostsOf(article)
  })

  it('lets the target site’s reviewer see only their site’s reposts', async () => {
    const reviewer = await clientAs(server.url, sites.city1!.reviewer)
    const list = await reviewer.get('/api/reposts', { where: { status: { equals: 'submitted' } }, limit: 100 })
    expect(list.status).toBe(200)
    const targets = new Set(
      (list.body.docs as Repost[]).map((r) =>
        String(typeof r.targetSite === 'object' ? r.targetSite.id : r.targetSite),
      ),
    )
    expect([...targets]).toEqual([String(sites.city1!.site.id)])
    expect((list.body.docs as Repost[]).every((r) => r.overdue === false)).toBe(true)
  })

  it('requires a reason to reject, and lets no other site decide', async () => {
    const mine = forSite(pending, sites.city1!)
    const reviewer = await clientAs(server.url, sites.city1!.reviewer)
    const noReason = await reviewer.post(`/api/reposts/${mine.id}/reject`, {})
    expect(noReason.status).toBe(400)
    const other = await clientAs(server.url, sites.city2!.reviewer)
    expect([403, 404]).toContain((await other.post(`/api/reposts/${mine.id}/accept`, {})).status)
    const rejected = await reviewer.post(`/api/reposts/${mine.id}/reject`, {
      reason: '与本地实际关联不大，已通过链接方式提供。',
    })
    expect(rejected.status).toBe(200)
    expect(rejected.body.doc.status).toBe('declined')
    expect(rejected.body.doc.reviewReason).toContain('链接')
    expect((await reviewer.post(`/api/reposts/${mine.id}/accept`, {})).status).toBe(400)
  })

  it('publishes an accepted repost on the target site, on time', async () => {
    const theirs = forSite(pending, sites.city2!)
    const url = sitePath(sites.city2!.site, `/reposts/${theirs.id}.html`)
    expect((await fetchPage(server.url, url)).status).toBe(404)
    const reviewer = await clientAs(server.url, sites.city2!.reviewer)
    const accepted = await reviewer.post(`/api/reposts/${theirs.id}/accept`, {})
    expect(accepted.status).toBe(200)
    expect(accepted.body.doc.status).toBe('reposted')
    expect(accepted.body.doc.lateMinutes).toBe(0)
    expect((await fetchPage(server.url, url)).status).toBe(200)
    expect((await fetchPage(server.url, sitePath(sites.city2!.site, '/'))).html).toContain('某厅待审核转载的政策')
  })

  it('lets supervisors read every repost but decide none', async () => {
    const sup = await clientAs(server.url, supervisor)
    const all = await sup.get('/api/reposts', { limit: 0 })
    expect(all.status).toBe(200)
    expect(all.body.totalDocs).toBeGreaterThan(10)
    expect(
      (await sup.post(`/api/reposts/${forSite(pending, sites.city2!).id}/withdraw`, { reason: '试图撤下' })).status,
    ).toBeGreaterThanOrEqual(403)
  })
})
