import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../payload-types'
import { platformSearchEngine } from '../../src/searchSync/engine'
import {
  clientAs,
  createArticle,
  createSiteWithStaff,
  createUser,
  fetchPage,
  sitePath,
  type SiteWithStaff,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * Search shows only what the public can read now: hits are re-checked at query time, the index re-syncs when a
 * site goes offline or closes and when a gazette issue is deleted, and a sync abandoned after its retries
 * alerts the platform administrators.
 */

// Retries without waiting, so that the test can use them all up.
process.env.SEARCH_SYNC_RETRY_DELAY_MS = '0'

let server: TestServer
let portal: SiteWithStaff
let other: SiteWithStaff
let platformAdmin: User

beforeAll(async () => {
  server = await startTestServer()
  portal = await createSiteWithStaff(server.payload, 'P')
  other = await createSiteWithStaff(server.payload, 'O')
  platformAdmin = await createUser(server.payload, { roles: ['platform-admin'] })
}, 120_000)
afterAll(async () => server?.close())

const runJobs = () => server.payload.jobs.run({ limit: 100 })

/** Cluster-wide search from the portal, as a visitor. */
async function clusterSearch(q: string): Promise<string[]> {
  const page = await fetchPage(server.url, sitePath(portal.site, `/search.json?scope=all&q=${encodeURIComponent(q)}`))
  expect(page.status).toBe(200)
  return (JSON.parse(page.html).result.hits as { title: string }[]).map((h) => h.title)
}

/** What the index itself holds, without the query-time check. */
async function indexed(q: string): Promise<string[]> {
  const result = await (await platformSearchEngine(server.payload)).search({ q, page: 1, pageSize: 50 })
  return result.hits.map((h) => h.title)
}

describe('query-time check', () => {
  it('an entry the index still holds is not shown once the document is no longer public', async () => {
    const article = await createArticle(server.payload, {
      site: portal.site,
      column: portal.column,
      title: '索引滞后的撤回信息',
      status: 'published',
    })
    await runJobs()
    expect(await clusterSearch('索引滞后')).toContain('索引滞后的撤回信息')
    // Withdrawn behind the hooks' back: the index is now stale.
    await server.payload.db.updateOne({ collection: 'articles', id: article.id, data: { workflowStatus: 'withdrawn' } })
    expect(await indexed('索引滞后')).toContain('索引滞后的撤回信息')
    expect(await clusterSearch('索引滞后')).not.toContain('索引滞后的撤回信息')
  })
})

describe('site status changes', () => {
  it('a site taken offline disappears from cluster search at once, and from the index after the re-sync', async () => {
    await createArticle(server.payload, {
      site: other.site,
      column: other.column,
      title: '临时下线网站的通知',
      status: 'published',
    })
    await runJobs()
    expect(await clusterSearch('临时下线网站')).toContain('临时下线网站的通知')
    const admin = await clientAs(server.url, platformAdmin)
    expect((await admin.patch(`/api/sites/${other.site.id}`, { status: 'temporarily-offline' })).status).toBe(200)
    expect(await clusterSearch('临时下线网站')).toEqual([])
    await runJobs()
    expect(await indexed('临时下线网站')).toEqual([])
    // Back online: back in the index.
    expect((await admin.patch(`/api/sites/${other.site.id}`, { status: 'live' })).status).toBe(200)
    await runJobs()
    expect(await indexed('临时下线网站')).toContain('临时下线网站的通知')
  })
})

describe('gazette issue deletion', () => {
  it('removes the issue’s articles from the index', async () => {
    const issue = await server.payload.create({
      collection: 'gazette-issues',
      overrideAccess: true,
      data: {
        site: portal.site.id,
        year: 2026,
        issueNumber: 1,
        totalNumber: 1,
        publishedAt: '2026-02-01T00:00:00.000Z',
        status: 'published',
      },
    })
    await server.payload.create({
      collection: 'gazette-articles',
      overrideAccess: true,
      data: { site: portal.site.id, issue: issue.id, title: '将被删除期刊的公报文章', category: 'other' } as never,
    })
    await runJobs()
    expect(await indexed('将被删除期刊')).toContain('将被删除期刊的公报文章')
    const siteAdmin = await clientAs(server.url, portal.siteAdmin)
    expect((await siteAdmin.delete(`/api/gazette-issues/${issue.id}`)).status).toBe(200)
    await runJobs()
    expect(await indexed('将被删除期刊')).toEqual([])
    expect(await clusterSearch('将被删除期刊')).toEqual([])
  })
})

describe('abandoned sync', () => {
  it('alerts the platform administrators in the audit log', async () => {
    const engine = await platformSearchEngine(server.payload)
    const upsert = engine.upsert.bind(engine)
    // The search service is down (an unreachable edge): every upsert fails.
    engine.upsert = async () => {
      throw new Error('search service unreachable')
    }
    try {
      await createArticle(server.payload, {
        site: portal.site,
        column: portal.column,
        title: '同步失败的信息',
        status: 'published',
      })
      for (let i = 0; i < 15; i++) await runJobs()
    } finally {
      engine.upsert = upsert
    }
    const admin = await clientAs(server.url, platformAdmin)
    const alerts = await admin.get('/api/audit-log', { where: { action: { equals: 'alert' } } })
    expect(alerts.status).toBe(200)
    expect(alerts.body.docs).toHaveLength(1)
    expect(alerts.body.docs[0].summary).toContain('搜索索引同步已放弃')
    // A site admin does not get the platform's alerts.
    const siteAdmin = await clientAs(server.url, portal.siteAdmin)
    expect(
      (await siteAdmin.get('/api/audit-log', { where: { action: { equals: 'alert' } } })).body.docs ?? [],
    ).toHaveLength(0)
  })
})
