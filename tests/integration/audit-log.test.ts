import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditLog, User } from '../../payload-types'
import {
  clientAs,
  createArticle,
  createSiteWithStaff,
  createUser,
  type Client,
  type SiteWithStaff,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/** 操作日志：新建、修改、删除、发布、撤回都留下“谁、做了什么、何时”；日志只增不改，任何人都不能经 API 改写。 */

let server: TestServer
let s: SiteWithStaff
let t: SiteWithStaff
let platformAdmin: User

beforeAll(async () => {
  server = await startTestServer()
  s = await createSiteWithStaff(server.payload, 'S')
  t = await createSiteWithStaff(server.payload, 'T')
  platformAdmin = await createUser(server.payload, {
    name: '办公厅管理员',
    email: 'platform-admin@test.gov.cn',
    roles: ['platform-admin'],
  })
  // Some activity on site T, which S's admin must not see.
  await createArticle(server.payload, { site: t.site, column: t.column, title: 'T站信息', status: 'published' })
})
afterAll(async () => server?.close())

async function entriesFor(documentId: number | string, action?: AuditLog['action']): Promise<AuditLog[]> {
  const { docs } = await server.payload.find({
    collection: 'audit-log',
    where: {
      and: [
        { targetCollection: { equals: 'articles' } },
        { documentId: { equals: String(documentId) } },
        ...(action ? [{ action: { equals: action } }] : []),
      ],
    },
    sort: 'at',
    depth: 0,
    limit: 100,
    overrideAccess: true,
  })
  return docs
}

function expectEntry(entry: AuditLog | undefined, who: User, since: number) {
  expect(entry).toBeDefined()
  expect(entry!.user).toBe(who.id)
  expect(entry!.userLabel).toBe(who.email)
  expect(entry!.site).toBe(s.site.id)
  expect(Date.parse(entry!.at)).toBeGreaterThanOrEqual(since - 1000)
  expect(Date.parse(entry!.at)).toBeLessThanOrEqual(Date.now() + 1000)
}

describe('every change leaves an entry saying who, what and when', () => {
  let articleId: number
  let editor: Client
  let reviewer: Client

  beforeAll(async () => {
    editor = await clientAs(server.url, s.editor)
    reviewer = await clientAs(server.url, s.reviewer)
  })

  it('records a create', async () => {
    const since = Date.now()
    const res = await editor.post('/api/articles', {
      site: s.site.id,
      columns: [s.column.id],
      title: '审计测试信息',
      disclosureAttribute: 'public',
    })
    expect(res.status).toBe(201)
    articleId = res.body.doc.id
    const [entry] = await entriesFor(articleId, 'create')
    expectEntry(entry, s.editor, since)
    expect(entry!.summary).toContain('审计测试信息')
  })

  it('records an update, naming the changed fields', async () => {
    const since = Date.now()
    const res = await editor.patch(`/api/articles/${articleId}`, { title: '审计测试信息（改）' })
    expect(res.status).toBe(200)
    const updates = await entriesFor(articleId, 'update')
    expect(updates).toHaveLength(1)
    expectEntry(updates[0], s.editor, since)
    expect(updates[0]!.summary).toContain('title')
  })

  it('records a publish by the reviewer', async () => {
    expect((await editor.patch(`/api/articles/${articleId}`, { workflowStatus: 'submitted' })).status).toBe(200)
    expect(await entriesFor(articleId, 'submit')).toHaveLength(1)
    const since = Date.now()
    const res = await reviewer.patch(`/api/articles/${articleId}`, { workflowStatus: 'published' })
    expect(res.status).toBe(200)
    const [entry] = await entriesFor(articleId, 'publish')
    expectEntry(entry, s.reviewer, since)
    expect(entry!.summary).toContain('发布')
  })

  it('records a withdrawal', async () => {
    const since = Date.now()
    const res = await reviewer.patch(`/api/articles/${articleId}`, { workflowStatus: 'withdrawn', reviewComment: '内容有误，撤回更正' })
    expect(res.status).toBe(200)
    const [entry] = await entriesFor(articleId, 'withdraw')
    expectEntry(entry, s.reviewer, since)
    expect(entry!.summary).toContain('撤回')
  })

  it('records a delete', async () => {
    const admin = await clientAs(server.url, s.siteAdmin)
    const since = Date.now()
    const res = await admin.delete(`/api/articles/${articleId}`)
    expect(res.status).toBe(200)
    const [entry] = await entriesFor(articleId, 'delete')
    expectEntry(entry, s.siteAdmin, since)
    expect(entry!.summary).toContain('审计测试信息（改）')
    // The trail outlives the document it describes.
    const actions = (await entriesFor(articleId)).map((e) => e.action)
    expect(actions).toEqual(expect.arrayContaining(['create', 'update', 'submit', 'publish', 'withdraw', 'delete']))
  })
})

describe('the audit log is append-only over every API', () => {
  let entry: AuditLog
  let admin: Client
  beforeAll(async () => {
    admin = await clientAs(server.url, platformAdmin)
    const { docs } = await server.payload.find({
      collection: 'audit-log',
      where: { site: { equals: s.site.id } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    entry = docs[0]!
  })
  const total = async () => (await server.payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs

  it('refuses creating an entry over REST, even for the platform admin', async () => {
    const before = await total()
    const res = await admin.post('/api/audit-log', {
      action: 'delete',
      targetCollection: 'articles',
      documentId: '1',
      summary: '伪造',
      at: new Date().toISOString(),
    })
    expect(res.status).toBe(403)
    // Logging in as the platform admin above is itself audited; nothing else was added.
    expect(
      await server.payload.count({
        collection: 'audit-log',
        where: { summary: { equals: '伪造' } },
        overrideAccess: true,
      }),
    ).toMatchObject({ totalDocs: 0 })
    expect(await total()).toBe(before)
  })

  it('refuses updating or deleting an entry over REST, even for the platform admin', async () => {
    const before = await total()
    const patch = await admin.patch(`/api/audit-log/${entry.id}`, { summary: '篡改' })
    expect(patch.status).toBe(403)
    const bulkPatch = await admin.patch('/api/audit-log', { summary: '批量篡改' }, { where: { id: { exists: true } } })
    expect(bulkPatch.status).toBe(403)
    const del = await admin.delete(`/api/audit-log/${entry.id}`)
    expect(del.status).toBe(403)
    const bulkDelete = await admin.delete('/api/audit-log', { where: { id: { exists: true } } })
    expect(bulkDelete.status).toBe(403)
    const stored = await server.payload.findByID({
      collection: 'audit-log',
      id: entry.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(stored.summary).toBe(entry.summary)
    expect(await total()).toBe(before)
  })

  it('refuses creating, updating or deleting an entry over GraphQL, even for the platform admin', async () => {
    const before = await total()
    const create = await admin.graphql(
      `mutation { createAuditLog(data: { action: login, targetCollection: "users", documentId: "1", summary: "伪造", at: "${new Date().toISOString()}" }) { id } }`,
    )
    expect(create.errors.length).toBeGreaterThan(0)
    expect(create.data?.createAuditLog ?? null).toBeNull()
    const update = await admin.graphql(
      `mutation { updateAuditLog(id: ${entry.id}, data: { summary: "篡改" }) { id summary } }`,
    )
    expect(update.errors.length).toBeGreaterThan(0)
    const remove = await admin.graphql(`mutation { deleteAuditLog(id: ${entry.id}) { id } }`)
    expect(remove.errors.length).toBeGreaterThan(0)
    const stored = await server.payload.findByID({
      collection: 'audit-log',
      id: entry.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(stored.summary).toBe(entry.summary)
    expect(await total()).toBe(before)
  })

  it('lets the platform admin read every entry', async () => {
    const res = await admin.get('/api/audit-log', { limit: 1 })
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBe(await total())
  })
})

describe('who may read the audit log', () => {
  it('shows a site admin only the entries of their own site', async () => {
    const adminS = await clientAs(server.url, s.siteAdmin)
    const res = await adminS.get('/api/audit-log', { limit: 500, depth: 0 })
    expect(res.status).toBe(200)
    const own = await server.payload.count({
      collection: 'audit-log',
      where: { site: { equals: s.site.id } },
      overrideAccess: true,
    })
    expect(res.body.totalDocs).toBe(own.totalDocs)
    expect(res.body.totalDocs).toBeGreaterThan(0)
    for (const entry of res.body.docs as AuditLog[]) expect(entry.site).toBe(s.site.id)

    const tEntries = await adminS.get('/api/audit-log', { where: { site: { equals: t.site.id } } })
    expect(tEntries.body.totalDocs).toBe(0)
    const gql = await adminS.graphql(`{ AuditLogs(where: { site: { equals: ${t.site.id} } }) { totalDocs } }`)
    expect(gql.data?.AuditLogs?.totalDocs ?? 0).toBe(0)

    const tEntry = await server.payload.find({
      collection: 'audit-log',
      where: { site: { equals: t.site.id } },
      limit: 1,
      overrideAccess: true,
    })
    expect(tEntry.docs).toHaveLength(1)
    expect((await adminS.get(`/api/audit-log/${tEntry.docs[0]!.id}`)).status).toBe(404)
  })

  it('shows editors and reviewers nothing', async () => {
    for (const user of [s.editor, s.reviewer]) {
      const res = await (await clientAs(server.url, user)).get('/api/audit-log')
      expect(res.status).toBe(403)
    }
  })
})
