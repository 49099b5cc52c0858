import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, User } from '../../payload-types'
import { client, clientAs, createSiteWithStaff, createUser, type Client, type SiteWithStaff } from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'
import { storeOpenDay } from '../support/openDays'

/**
 * The anonymous article API shows no workflow fields (who reviewed, what they said, when it is scheduled),
 * the same as policy documents; and the audit log does not hand site admins other users' email addresses.
 */

let server: TestServer
let s: SiteWithStaff
let article: Article
let platformAdmin: User
let anonymous: Client
const comment = '内部审核意见：标题需斟酌'

beforeAll(async () => {
  server = await startTestServer()
  s = await createSiteWithStaff(server.payload, 'N')
  platformAdmin = await createUser(server.payload, {
    name: '平台管理员',
    email: 'root-admin@test.gov.cn',
    roles: ['platform-admin'],
  })
  anonymous = client(server.url)
  const editor = await clientAs(server.url, s.editor)
  const reviewer = await clientAs(server.url, s.reviewer)
  const created = await editor.post('/api/articles', {
    site: s.site.id,
    columns: [s.column.id],
    title: '公开信息',
    disclosureAttribute: 'public',
  })
  await editor.patch(`/api/articles/${created.body.doc.id}`, { workflowStatus: 'submitted' })
  await reviewer.patch(`/api/articles/${created.body.doc.id}`, { workflowStatus: 'draft', reviewComment: comment })
  await editor.patch(`/api/articles/${created.body.doc.id}`, { workflowStatus: 'submitted' })
  const published = await reviewer.patch(`/api/articles/${created.body.doc.id}`, { workflowStatus: 'published' })
  article = published.body.doc
  const admin = await clientAs(server.url, platformAdmin)
  await admin.patch(`/api/articles/${article.id}`, { summary: '平台管理员修改' })
}, 120_000)
afterAll(async () => server?.close())

const workflowKeys = ['workflowLog', 'reviewComment', 'publishAt', 'publishedAtReason']

describe('anonymous article API', () => {
  it('REST by ID and list carry no workflow fields', async () => {
    const one = await anonymous.get(`/api/articles/${article.id}`, { depth: 2 })
    expect(one.status).toBe(200)
    for (const key of workflowKeys) expect(one.body, key).not.toHaveProperty(key)
    expect(one.text).not.toContain(comment)
    expect(one.text).not.toContain(s.reviewer.email)
    const list = await anonymous.get('/api/articles', { depth: 2, where: { id: { equals: article.id } } })
    expect(list.body.docs).toHaveLength(1)
    for (const key of workflowKeys) expect(list.body.docs[0], key).not.toHaveProperty(key)
    expect(list.text).not.toContain(comment)
  })

  it('GraphQL gives nothing for them either', async () => {
    const res = await anonymous.graphql(
      `query($id: Int!) { Article(id: $id) { title reviewComment workflowLog { comment byLabel by { email } } } }`,
      { id: article.id },
    )
    expect(res.data?.Article?.title).toBe('公开信息')
    expect(res.data?.Article?.reviewComment ?? null).toBeNull()
    expect(res.data?.Article?.workflowLog ?? null).toBeNull()
  })

  it('the site’s own staff still see them', async () => {
    const reviewer = await clientAs(server.url, s.reviewer)
    const res = await reviewer.get(`/api/articles/${article.id}`)
    expect(res.body.workflowLog.length).toBeGreaterThan(0)
  })
})

describe('audit log', () => {
  it('a site admin sees who acted by name, without other users’ emails', async () => {
    const siteAdmin = await clientAs(server.url, s.siteAdmin)
    const res = await siteAdmin.get('/api/audit-log', { limit: 200, depth: 2 })
    expect(res.status).toBe(200)
    expect(res.body.docs.length).toBeGreaterThan(0)
    expect(res.text).not.toContain(platformAdmin.email)
    expect(res.text).not.toContain(s.reviewer.email)
    expect(res.body.docs.map((d: { actorName?: string }) => d.actorName)).toContain('平台管理员')
    const gql = await siteAdmin.graphql(`{ AuditLogs(limit: 200) { docs { userLabel actorName user { email } } } }`)
    expect(JSON.stringify(gql.data)).not.toContain(platformAdmin.email)
  })
})

describe('open-day registrations', () => {
  it('anonymous REST and GraphQL read no registration, nor its name, phone or ID digits', async () => {
    const day = await storeOpenDay(server.payload, s.site)
    await server.payload.create({
      collection: 'open-day-registrations',
      overrideAccess: true,
      data: {
        site: s.site.id,
        openDay: day.id,
        name: '匿名检查人',
        phone: '13655556666',
        idLast4: '4321',
        confirmationCode: 'ANON-CHEC-K001',
        status: 'confirmed',
      },
    })
    const rest = await anonymous.get('/api/open-day-registrations', { depth: 2 })
    expect([401, 403]).toContain(rest.status)
    const gql = await anonymous.graphql('{ OpenDayRegistrations { docs { name phone idLast4 confirmationCode } } }')
    expect(gql.data?.OpenDayRegistrations ?? null).toBeNull()
    const day1 = await anonymous.get(`/api/open-days/${day.id}`, { depth: 2 })
    expect(day1.status).toBe(200)
    for (const text of [rest.text, JSON.stringify(gql), day1.text])
      for (const secret of ['匿名检查人', '13655556666', 'ANON-CHEC-K001']) expect(text).not.toContain(secret)
  })
})

describe('consultations (意见征集)', () => {
  it('anonymous readers get no draft feedback, no bookkeeping and no comments; staff see all of it', async () => {
    const c = await server.payload.create({
      collection: 'consultations',
      overrideAccess: true,
      data: {
        site: s.site.id,
        title: '匿名字段测试征集',
        status: 'published',
        startsOn: '2026-01-05',
        endsOn: '2026-01-20',
        responsibleUnit: '测试局',
        feedback: { report: '反馈草稿：尚未公布', published: false },
      },
    })
    await server.payload.create({
      collection: 'consultation-comments',
      overrideAccess: true,
      data: {
        site: s.site.id,
        consultation: c.id,
        content: '匿名字段测试意见',
        submitter: { name: '钱秘密', phone: '13500007777' },
        status: 'submitted',
      },
    })
    const one = await anonymous.get(`/api/consultations/${c.id}`, { depth: 2 })
    expect(one.status).toBe(200)
    for (const key of ['feedback', 'feedbackDueOn', 'feedbackDueProblem', 'feedbackOverdue'])
      expect(one.body, key).not.toHaveProperty(key)
    expect(one.text).not.toContain('反馈草稿')
    // The comments join (for staff) is read with the comments' own access: nothing for the anonymous.
    expect(one.text).not.toContain('匿名字段测试意见')
    const gql = await anonymous.graphql(
      `{ Consultations { docs { title feedback { report } } } ConsultationComments { docs { content submitter { name phone } } } }`,
    )
    expect(JSON.stringify(gql.data ?? {})).not.toContain('反馈草稿')
    expect(gql.data?.ConsultationComments ?? null).toBeNull()
    const comments = await anonymous.get('/api/consultation-comments', { depth: 2 })
    expect([401, 403]).toContain(comments.status)
    expect(comments.text).not.toContain('钱秘密')
    const staff = await (await clientAs(server.url, s.editor)).get(`/api/consultations/${c.id}`)
    expect(staff.body.feedback.report).toBe('反馈草稿：尚未公布')
    expect(staff.body.feedbackDueOn).toBe('2026-02-10')
    expect(staff.body.comments.docs).toHaveLength(1)
  })
})
