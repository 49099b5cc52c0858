import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../payload-types'
import {
  clientAs,
  createArticle,
  createSiteWithStaff,
  errorMessages,
  fetchPage,
  sitePath,
  sleep,
  type Client,
  type SiteWithStaff,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * Issue #10 row 5 (国办秘函〔2019〕19号 veto ⑤, 伪造发稿日期): the publication time is the server's. The first
 * publication records now; scheduling sets only publishAt; a reviewer's correction needs a reason and is audited
 * with both values; rescheduling a scheduled document publishes it at the new time.
 */

let server: TestServer
let s: SiteWithStaff
let editor: Client
let reviewer: Client
const backdated = '2019-01-01T02:00:00.000Z'

beforeAll(async () => {
  server = await startTestServer()
  s = await createSiteWithStaff(server.payload, 'D')
  editor = await clientAs(server.url, s.editor)
  reviewer = await clientAs(server.url, s.reviewer)
}, 120_000)
afterAll(async () => server?.close())

const stored = (id: number) => server.payload.findByID({ collection: 'articles', id, depth: 0, overrideAccess: true })

async function draftByEditor(title: string, extra: Record<string, unknown> = {}): Promise<Article> {
  const res = await editor.post('/api/articles', {
    site: s.site.id,
    columns: [s.column.id],
    title,
    disclosureAttribute: 'public',
    ...extra,
  })
  expect(res.status).toBe(201)
  return res.body.doc as Article
}

describe('first publication', () => {
  it('an editor’s backdated publishedAt is not kept, and the reviewer’s publication records now', async () => {
    const draft = await draftByEditor('倒签日期的信息', { publishedAt: backdated })
    expect((await stored(draft.id)).publishedAt ?? null).toBeNull()
    expect((await editor.patch(`/api/articles/${draft.id}`, { publishedAt: backdated })).status).toBe(200)
    expect((await stored(draft.id)).publishedAt ?? null).toBeNull()
    const before = Date.now()
    const res = await reviewer.patch(`/api/articles/${draft.id}`, { workflowStatus: 'published' })
    expect(res.status).toBe(200)
    const after = await stored(draft.id)
    expect(Date.parse(after.publishedAt!)).toBeGreaterThanOrEqual(before - 1000)
    expect(Date.parse(after.publishedAt!)).toBeLessThanOrEqual(Date.now() + 1000)
    const home = await fetchPage(server.url, sitePath(s.site, '/'))
    expect(home.html).toContain('倒签日期的信息')
    expect(home.html).not.toContain('2019-01-01')
  })

  it('a reviewer cannot backdate while publishing either', async () => {
    const draft = await draftByEditor('发布时倒签')
    const res = await reviewer.patch(`/api/articles/${draft.id}`, {
      workflowStatus: 'published',
      publishedAt: backdated,
    })
    expect(res.status).toBe(200)
    expect(Date.parse((await stored(draft.id)).publishedAt!)).toBeGreaterThan(Date.parse('2025-01-01'))
  })

  it('scheduling sets publishAt, never publishedAt', async () => {
    const draft = await draftByEditor('定时发布不写发布时间')
    const publishAt = new Date(Date.now() + 3600_000).toISOString()
    const res = await reviewer.patch(`/api/articles/${draft.id}`, {
      workflowStatus: 'scheduled',
      publishAt,
      publishedAt: backdated,
    })
    expect(res.status).toBe(200)
    const after = await stored(draft.id)
    expect(after.publishAt).toBe(publishAt)
    expect(after.publishedAt ?? null).toBeNull()
  })
})

describe('correcting the publication time', () => {
  it('needs a reviewer and a reason; the audit log keeps the old and new values', async () => {
    const article = await createArticle(server.payload, {
      site: s.site,
      column: s.column,
      title: '待更正时间',
      status: 'published',
    })
    const original = (await stored(article.id)).publishedAt!
    const corrected = new Date(Date.parse(original) - 2 * 3600_000).toISOString()
    expect(
      (await editor.patch(`/api/articles/${article.id}`, { publishedAt: corrected, publishedAtReason: '编辑想改' }))
        .status,
    ).toBe(403)
    const noReason = await reviewer.patch(`/api/articles/${article.id}`, { publishedAt: corrected })
    expect(noReason.status).toBe(400)
    expect(errorMessages(noReason.body).join()).toContain('更正发布时间须填写本次更正的理由')
    expect((await stored(article.id)).publishedAt).toBe(original)

    const ok = await reviewer.patch(`/api/articles/${article.id}`, {
      publishedAt: corrected,
      publishedAtReason: '系统故障导致发布延迟两小时',
    })
    expect(ok.status).toBe(200)
    expect((await stored(article.id)).publishedAt).toBe(corrected)
    const audit = await server.payload.find({
      collection: 'audit-log',
      where: { and: [{ documentId: { equals: String(article.id) } }, { summary: { contains: '更正发布时间' } }] },
      overrideAccess: true,
    })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]!.summary).toContain(original)
    expect(audit.docs[0]!.summary).toContain(corrected)
    expect(audit.docs[0]!.summary).toContain('系统故障导致发布延迟两小时')
    // The same reason again is not a new reason.
    expect(
      (
        await reviewer.patch(`/api/articles/${article.id}`, {
          publishedAt: original,
          publishedAtReason: '系统故障导致发布延迟两小时',
        })
      ).status,
    ).toBe(400)
  })
})

describe('rescheduling', () => {
  it('a scheduled document moved to a new time is published at the new time', async () => {
    const draft = await draftByEditor('改期定时发布')
    const first = new Date(Date.now() + 1500).toISOString()
    expect(
      (await reviewer.patch(`/api/articles/${draft.id}`, { workflowStatus: 'scheduled', publishAt: first })).status,
    ).toBe(200)
    const second = new Date(Date.now() + 3000).toISOString()
    expect((await reviewer.patch(`/api/articles/${draft.id}`, { publishAt: second })).status).toBe(200)
    const past = await reviewer.patch(`/api/articles/${draft.id}`, {
      publishAt: new Date(Date.now() - 60_000).toISOString(),
    })
    expect(past.status).toBe(400)
    await sleep(Math.max(0, Date.parse(second) - Date.now()) + 500)
    await server.payload.jobs.run()
    const after = await stored(draft.id)
    expect(after.workflowStatus).toBe('published')
    expect(Date.parse(after.publishedAt!)).toBeGreaterThanOrEqual(Date.parse(second))
  })
})
