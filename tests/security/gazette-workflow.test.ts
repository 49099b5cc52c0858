import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  client,
  clientAs,
  createSiteWithStaff,
  errorMessages,
  fetchPage,
  sitePath,
  type Client,
  type SiteWithStaff,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/** Issue #10 row 2: an editor publishes a gazette issue without review. Editors submit; reviewers publish. */

let server: TestServer
let s: SiteWithStaff
let editor: Client
let reviewer: Client
let issueNo = 0

beforeAll(async () => {
  server = await startTestServer()
  s = await createSiteWithStaff(server.payload, 'G')
  editor = await clientAs(server.url, s.editor)
  reviewer = await clientAs(server.url, s.reviewer)
}, 120_000)
afterAll(async () => server?.close())

const issueData = (extra: Record<string, unknown> = {}) => {
  issueNo++
  return {
    site: s.site.id,
    year: 2026,
    issueNumber: issueNo,
    totalNumber: 500 + issueNo,
    publishedAt: '2026-03-01T00:00:00.000Z',
    ...extra,
  }
}
const storedIssue = (id: number) =>
  server.payload.findByID({ collection: 'gazette-issues', id, depth: 0, overrideAccess: true })

describe('gazette issues', () => {
  it('an editor cannot create an issue as published', async () => {
    const res = await editor.post('/api/gazette-issues', issueData({ status: 'published' }))
    expect(res.status).toBe(403)
    expect(errorMessages(res.body).join()).toContain('没有“发布”的权限')
    expect(
      (
        await server.payload.count({
          collection: 'gazette-issues',
          where: { status: { equals: 'published' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('an editor cannot publish a draft issue, but can submit it; the reviewer publishes it', async () => {
    const created = await editor.post('/api/gazette-issues', issueData())
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    expect((await editor.patch(`/api/gazette-issues/${id}`, { status: 'published' })).status).toBe(403)
    expect((await storedIssue(id)).status).toBe('draft')
    expect((await editor.patch(`/api/gazette-issues/${id}`, { status: 'submitted' })).status).toBe(200)
    // Submitted: out of the editor's hands.
    expect((await editor.patch(`/api/gazette-issues/${id}`, { totalNumber: 999 })).status).toBe(403)
    const published = await reviewer.patch(`/api/gazette-issues/${id}`, { status: 'published' })
    expect(published.status).toBe(200)
    const after = await storedIssue(id)
    expect(after.status).toBe('published')
    expect(after.workflowLog?.map((e) => e.action)).toEqual(['submit', 'publish'])
    expect((await client(server.url).get(`/api/gazette-issues/${id}`)).status).toBe(200)
  })

  it('an editor cannot change or withdraw a published issue; a reviewer rejects with a comment', async () => {
    const created = await editor.post('/api/gazette-issues', issueData({ status: 'submitted' }))
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    const bare = await reviewer.patch(`/api/gazette-issues/${id}`, { status: 'draft' })
    expect(bare.status).toBe(400)
    expect(
      (await reviewer.patch(`/api/gazette-issues/${id}`, { status: 'draft', reviewComment: '总号有误' })).status,
    ).toBe(200)
    expect((await reviewer.patch(`/api/gazette-issues/${id}`, { status: 'published' })).status).toBe(200)
    expect((await editor.patch(`/api/gazette-issues/${id}`, { status: 'withdrawn' })).status).toBe(403)
    expect((await storedIssue(id)).status).toBe('published')
  })
})

describe('gazette articles follow their issue', () => {
  it('an editor cannot add an article to a published issue, nor change one there; the reviewer can', async () => {
    const issue = await reviewer.post('/api/gazette-issues', issueData({ status: 'published' }))
    expect(issue.status).toBe(201)
    const issueId = issue.body.doc.id as number
    const added = await editor.post('/api/gazette-articles', {
      site: s.site.id,
      issue: issueId,
      title: '未经审核的公报文章',
      category: 'other',
    })
    expect(added.status).toBe(403)
    expect(errorMessages(added.body).join()).toContain('只能由审核人或网站管理员修改')
    const page = await fetchPage(server.url, sitePath(s.site, '/gazette/2026/'))
    expect(page.html).not.toContain('未经审核的公报文章')

    const byReviewer = await reviewer.post('/api/gazette-articles', {
      site: s.site.id,
      issue: issueId,
      title: '审核人加入的文章',
      category: 'other',
    })
    expect(byReviewer.status).toBe(201)
    const changed = await editor.patch(`/api/gazette-articles/${byReviewer.body.doc.id}`, { title: '编辑私自修改' })
    expect(changed.status).toBe(403)
  })

  it('an editor cannot move a draft issue’s article into a published issue', async () => {
    const draft = await editor.post('/api/gazette-issues', issueData())
    const live = await reviewer.post('/api/gazette-issues', issueData({ status: 'published' }))
    const article = await editor.post('/api/gazette-articles', {
      site: s.site.id,
      issue: draft.body.doc.id,
      title: '草稿期文章',
      category: 'other',
    })
    expect(article.status).toBe(201)
    expect(
      (await editor.patch(`/api/gazette-articles/${article.body.doc.id}`, { issue: live.body.doc.id })).status,
    ).toBe(403)
  })
})
