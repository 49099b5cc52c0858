import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, Site, User } from '../../payload-types'
import { addCalendarDays, chinaDay } from '../../src/calendar/chinaTime'
import { transitionsFor } from '../../src/publishing/workflow'
import { repostTargetCount } from '../../src/reposting/fanOut'
import { deadlineStandingOf } from '../../src/workflowActions/deadlineStanding'
import { clientAs, createColumn, createSite, createSiteWithStaff, createUser, errorMessages, type Client, type SiteWithStaff } from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * The workflow buttons (送审 / 通过并发布 / 定时发布 / 退回 / 撤回) change nothing on the server: the same transitions
 * stay open over REST and GraphQL, checked by the one transition table, and 退回 and 撤回 need a reason there too.
 * The status select is only hidden from the form. Dates are built relative to now (scripts/test-dates.mjs).
 */

let server: TestServer
let s: SiteWithStaff
let editor: Client
let reviewer: Client
let officer: Client

beforeAll(async () => {
  server = await startTestServer()
  s = await createSiteWithStaff(server.payload, 'WA')
  editor = await clientAs(server.url, s.editor)
  reviewer = await clientAs(server.url, s.reviewer)
  officer = await clientAs(server.url, s.opennessOfficer)
})
afterAll(async () => server?.close())

const stored = (id: number) => server.payload.findByID({ collection: 'articles', id, overrideAccess: true, depth: 0 })

async function article(status: 'draft' | 'submitted' | 'published', extra: Record<string, unknown> = {}, site: Site = s.site, column = s.column.id): Promise<Article> {
  return server.payload.create({
    collection: 'articles',
    overrideAccess: true,
    data: { site: site.id, columns: [column], title: `按钮测试${Math.random().toString(36).slice(2, 8)}`, disclosureAttribute: 'public', workflowStatus: status, ...extra } as never,
  })
}

describe('the admin form', () => {
  it('hides the status select of every workflow collection but keeps it in the schema, and mounts the action bar', () => {
    for (const [slug, name] of [['articles', 'workflowStatus'], ['policy-documents', 'workflowStatus'], ['interpretations', 'workflowStatus'], ['gazette-issues', 'status']] as const) {
      const config = server.payload.collections[slug].config
      const field = config.flattenedFields.find((f) => f.name === name)
      expect(field, slug).toBeDefined()
      expect(field!.type).toBe('select')
      expect(field!.admin?.hidden, slug).toBe(true)
      const controls = config.admin.components?.edit?.beforeDocumentControls ?? []
      expect(controls.map((c) => (typeof c === 'object' && c ? c.path : c)), slug).toContain('/src/workflowActions/WorkflowActions#WorkflowActions')
    }
  })
})

describe('over REST', () => {
  it('refuses 撤回 without a reason in Chinese, and logs the reason when given', async () => {
    const a = await article('published')
    const missing = await reviewer.patch(`/api/articles/${a.id}`, { workflowStatus: 'withdrawn' })
    expect(missing.status).toBe(400)
    expect(errorMessages(missing.body).join()).toContain('撤回时须填写撤回理由')
    expect((await stored(a.id)).workflowStatus).toBe('published')

    const blank = await reviewer.patch(`/api/articles/${a.id}`, { workflowStatus: 'withdrawn', reviewComment: '   ' })
    expect(blank.status).toBe(400)

    const given = await reviewer.patch(`/api/articles/${a.id}`, { workflowStatus: 'withdrawn', reviewComment: '数据有误，撤回更正' })
    expect(given.status).toBe(200)
    const after = await stored(a.id)
    expect(after.workflowStatus).toBe('withdrawn')
    expect(after.workflowLog?.at(-1)).toMatchObject({ action: 'withdraw', fromStatus: 'published', toStatus: 'withdrawn', comment: '数据有误，撤回更正', byLabel: s.reviewer.name })
  })

  it('refuses an editor who tries to withdraw, whatever the reason', async () => {
    const a = await article('published')
    const res = await editor.patch(`/api/articles/${a.id}`, { workflowStatus: 'withdrawn', reviewComment: '编辑想撤回' })
    expect(res.status).toBe(403)
    expect((await stored(a.id)).workflowStatus).toBe('published')
  })
})

describe('over GraphQL', () => {
  it('refuses 退回 without a reason, and accepts it with one', async () => {
    const a = await article('submitted')
    const missing = await reviewer.graphql(`mutation { updateArticle(id: ${a.id}, data: { workflowStatus: draft }) { id workflowStatus } }`)
    expect(missing.errors.map((e) => e.message).join()).toContain('退回修改时须填写审核意见')
    expect((await stored(a.id)).workflowStatus).toBe('submitted')

    const given = await reviewer.graphql(`mutation { updateArticle(id: ${a.id}, data: { workflowStatus: draft, reviewComment: "请补充政策依据" }) { id workflowStatus } }`)
    expect(given.errors).toEqual([])
    expect(given.data.updateArticle.workflowStatus).toBe('draft')
    expect((await stored(a.id)).workflowLog?.at(-1)).toMatchObject({ action: 'reject', comment: '请补充政策依据' })
  })

  it('refuses 撤回 without a reason', async () => {
    const a = await article('published')
    const res = await reviewer.graphql(`mutation { updateArticle(id: ${a.id}, data: { workflowStatus: withdrawn }) { id } }`)
    expect(res.errors.map((e) => e.message).join()).toContain('撤回时须填写撤回理由')
    expect((await stored(a.id)).workflowStatus).toBe('published')
  })

  it('lets an editor 送审 and refuses 通过并发布 to the editor', async () => {
    const a = await article('draft')
    const publish = await editor.graphql(`mutation { updateArticle(id: ${a.id}, data: { workflowStatus: published }) { id } }`)
    expect(publish.errors.map((e) => e.message).join()).toContain('您在本网站没有“发布”的权限')
    const submit = await editor.graphql(`mutation { updateArticle(id: ${a.id}, data: { workflowStatus: submitted }) { id workflowStatus } }`)
    expect(submit.data.updateArticle.workflowStatus).toBe('submitted')
  })
})

describe('the buttons offered', () => {
  it('match the transition table, and the openness officer gets none (their 退回 is a failed openness review)', async () => {
    expect(transitionsFor('draft', ['editor']).map((t) => t.action)).toEqual(['submit'])
    expect(transitionsFor('submitted', ['editor']).map((t) => t.action)).toEqual([])
    expect(transitionsFor('submitted', ['reviewer']).map((t) => t.action).sort()).toEqual(['publish', 'reject', 'schedule'])
    expect(transitionsFor('published', ['site-admin']).map((t) => t.action)).toEqual(['withdraw'])
    expect(transitionsFor('submitted', ['openness-officer']).map((t) => t.action)).toEqual([])
    expect(transitionsFor('submitted', [], { trusted: true }).map((t) => t.action).sort()).toEqual(['publish', 'reject', 'schedule'])
    // Gazette issues have no scheduling.
    expect(transitionsFor('draft', ['reviewer'], { states: ['draft', 'submitted', 'published', 'withdrawn'] }).map((t) => t.action).sort()).toEqual(['publish', 'submit'])

    const policyColumn = await createColumn(server.payload, s.site, { title: '政策文件', slug: 'zcwj-wa', kind: 'policy' })
    const doc = await server.payload.create({
      collection: 'policy-documents',
      overrideAccess: true,
      data: { site: s.site.id, column: policyColumn.id, title: '按钮测试政策文件', issuingAgencies: [{ name: '测试厅', lead: true }], writtenAt: chinaDay(), disclosureAttribute: 'public', workflowStatus: 'submitted' } as never,
    })
    await officer.patch(`/api/policy-documents/${doc.id}`, { workflowStatus: 'published' })
    const after = await server.payload.findByID({ collection: 'policy-documents', id: doc.id, overrideAccess: true, depth: 0 })
    expect(after.workflowStatus).toBe('submitted')
  })
})

describe('the confirmation', () => {
  let source: Site
  let sourceColumn: number
  let targets: Site[]
  let reviewerOfSource: User

  beforeAll(async () => {
    source = await createSite(server.payload, { name: '宁夏回族自治区人民政府', level: 'region' })
    sourceColumn = (await createColumn(server.payload, source, { title: '要闻', slug: 'yw', kind: 'news' })).id as number
    targets = [await createSite(server.payload, { level: 'city' }), await createSite(server.payload, { level: 'city' }), await createSite(server.payload, { level: 'city' })]
    const closed = await createSite(server.payload, { level: 'city', status: 'temporarily-offline' })
    reviewerOfSource = await createUser(server.payload, { memberships: [{ site: source, roles: ['reviewer'] }] })
    // Two rules overlap on one site; a site that is not live is never a target.
    await server.payload.create({
      collection: 'repost-rules',
      overrideAccess: true,
      data: { name: '省政府要闻转市', contentKinds: ['important-articles'], sourceType: 'sites', sourceSites: [source.id], targetType: 'list', targetSites: [targets[0]!.id, targets[1]!.id, closed.id], mode: 'automatic', deadlineHours: 24 } as never,
    })
    await server.payload.create({
      collection: 'repost-rules',
      overrideAccess: true,
      data: { name: '省政府要闻转银川', contentKinds: ['important-articles'], sourceType: 'sites', sourceSites: [source.id], targetType: 'list', targetSites: [targets[1]!.id, targets[2]!.id], mode: 'review', deadlineHours: 24 } as never,
    })
  })

  it('counts the sites the real repost rules would send the document to, and publishing sends it to exactly those', async () => {
    const important = await article('submitted', { important: true }, source, sourceColumn)
    const ordinary = await article('submitted', { important: false }, source, sourceColumn)
    expect(await repostTargetCount(server.payload, 'articles', important.id)).toBe(3)
    expect(await repostTargetCount(server.payload, 'articles', ordinary.id)).toBe(0)

    const res = await (await clientAs(server.url, reviewerOfSource)).patch(`/api/articles/${important.id}`, { workflowStatus: 'published' })
    expect(res.status).toBe(200)
    await server.payload.jobs.run({ limit: 100 })
    const reposts = await server.payload.find({ collection: 'reposts', where: { originalId: { equals: String(important.id) } }, overrideAccess: true, depth: 0, limit: 0 })
    expect(reposts.docs.map((r) => String(r.targetSite)).sort()).toEqual(targets.map((t) => String(t.id)).sort())
  })
})

describe('deadlines in sight', () => {
  it('tells a policy document written a month ago that it is late, in words', async () => {
    const policyColumn = await createColumn(server.payload, s.site, { title: '政策文件', slug: 'zcwj-late', kind: 'policy' })
    const doc = await server.payload.create({
      collection: 'policy-documents',
      overrideAccess: true,
      data: { site: s.site.id, column: policyColumn.id, title: '逾期的政策文件', issuingAgencies: [{ name: '测试厅', lead: true }], writtenAt: addCalendarDays(chinaDay(), -30), affectsPublicRights: true, disclosureAttribute: 'public' } as never,
    })
    const standing = await deadlineStandingOf(server.payload, doc)
    if (standing?.tone === 'late') {
      expect(doc.publishDeadline).toBeTruthy()
      expect(standing.label).toMatch(/^已逾期 \d+ 个工作日$|^已过公开期限$/)
    } else {
      // A year without holiday data (faketime past 2026): the working days cannot be counted, and the label says so.
      expect(standing?.tone).toBe('unknown')
      expect(standing!.detail).toContain('节假日安排尚未录入')
    }
  })
})
