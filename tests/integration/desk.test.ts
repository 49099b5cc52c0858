import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Column, User } from '../../payload-types'
import { ensureHolidayCalendar, forgetWorkingDayCalendar } from '../../src/calendar/holidayCalendar'
import { deskData, type Desk } from '../../src/desk/deskData'
import { overdueReposts } from '../../src/desk/overdueReposts'
import { listSiteFilter, listSites, siteScopePreference } from '../../src/desk/siteScope'
import { repostAwaitingAcceptance } from '../../src/desk/statuses'
import { createColumn, createUser } from '../support/fixtures'
import { as, createOpennessFixture, draftData, type OpennessFixture } from '../support/openness'
import { startTestPayload, type TestPlatform } from '../support/payload'

/**
 * 我的工作台: each role's own queue, per site, read with the user's own access. Dates are pinned: the desk is asked
 * about a fixed `now`, and the documents' dates are fixed days of 2026 (a year the holiday data covers).
 */

let platform: TestPlatform
let f: OpennessFixture
let newsA: Column
let newsB: Column
let editorB: User
let reviewerB: User
let both: User
const now = new Date('2026-06-15T02:00:00.000Z') // Monday 15 June 2026, 10:00 in Beijing
const hour = 3600_000

const titles = (section: { items: { title: string }[] }) => section.items.map((i) => i.title).sort()
const deskOf = (user: User, at = now): Promise<Desk> => deskData(platform.payload, { ...user, collection: 'users' }, at)

beforeAll(async () => {
  platform = await startTestPayload()
  const { payload } = platform
  forgetWorkingDayCalendar()
  await ensureHolidayCalendar(payload)
  f = await createOpennessFixture(payload, '6400000311')
  newsA = await createColumn(payload, f.site, { slug: 'news-a' })
  newsB = await createColumn(payload, f.otherSite, { slug: 'news-b' })
  editorB = await createUser(payload, {
    name: '另一厅编辑',
    memberships: [{ site: f.otherSite.id, roles: ['editor'] }],
  })
  reviewerB = await createUser(payload, {
    name: '另一厅审核人',
    memberships: [{ site: f.otherSite.id, roles: ['reviewer'] }],
  })
  both = await createUser(payload, {
    name: '两站编辑',
    memberships: [
      { site: f.site.id, roles: ['editor'] },
      { site: f.otherSite.id, roles: ['editor'] },
    ],
  })

  // Articles through the workflow, as the people themselves.
  const article = async (editor: User, site: number, column: Column, title: string) =>
    payload.create({
      collection: 'articles',
      data: { site, columns: [column.id], title, disclosureAttribute: 'public' } as never,
      ...as(editor),
    })
  const submit = (editor: User, id: number) =>
    payload.update({ collection: 'articles', id, data: { workflowStatus: 'submitted' }, ...as(editor) })
  const waiting = await article(f.editor, f.site.id, newsA, '甲站待审稿件')
  await submit(f.editor, waiting.id)
  const returned = await article(f.editor, f.site.id, newsA, '甲站退回稿件')
  await submit(f.editor, returned.id)
  await payload.update({
    collection: 'articles',
    id: returned.id,
    data: { workflowStatus: 'draft', reviewComment: '请补充信息来源' },
    ...as(f.reviewer),
  })
  await article(f.editor, f.site.id, newsA, '甲站普通草稿')
  const scheduled = await article(f.editor, f.site.id, newsA, '甲站定时稿件')
  await payload.update({
    collection: 'articles',
    id: scheduled.id,
    data: { workflowStatus: 'scheduled', publishAt: new Date(Date.now() + 7 * 24 * hour).toISOString() },
    ...as(f.reviewer),
  })
  const other = await article(editorB, f.otherSite.id, newsB, '乙站待审稿件')
  await submit(editorB, other.id)
  const otherReturned = await article(editorB, f.otherSite.id, newsB, '乙站退回稿件')
  await submit(editorB, otherReturned.id)
  await payload.update({
    collection: 'articles',
    id: otherReturned.id,
    data: { workflowStatus: 'draft', reviewComment: '乙站的意见' },
    ...as(reviewerB),
  })

  // Policy documents: deadlines are 5 working days after writtenAt (June 2026: 端午 on the 19th).
  const policy = (site: 'a' | 'b', title: string, writtenAt: string) =>
    payload.create({
      collection: 'policy-documents',
      overrideAccess: true,
      data: draftData(f, {
        title,
        writtenAt,
        ...(site === 'b' ? { site: f.otherSite.id, column: f.otherColumn } : {}),
      }) as never,
    })
  await policy('a', '甲站逾期文件', '2026-06-01') // deadline 06-08: overdue on the 15th
  await policy('a', '甲站临近文件', '2026-06-10') // deadline 06-17: within two days
  await policy('a', '甲站宽裕文件', '2026-06-12') // deadline 06-22: not yet
  await policy('b', '乙站逾期文件', '2026-06-01')

  // Reposts waiting for acceptance.
  const repost = (target: number, title: string, dueAt: Date) =>
    payload.create({
      collection: 'reposts',
      overrideAccess: true,
      data: {
        title,
        originalCollection: 'articles',
        originalId: title,
        sourceSite: target === f.site.id ? f.otherSite.id : f.site.id,
        targetSite: target,
        mode: 'review',
        status: repostAwaitingAcceptance,
        dueAt: dueAt.toISOString(),
      } as never,
    })
  await repost(f.site.id, '甲站逾期转载', new Date(now.getTime() - 5 * hour))
  await repost(f.site.id, '甲站临近转载', new Date(now.getTime() + 2 * hour))
  await repost(f.site.id, '甲站宽裕转载', new Date(now.getTime() + 72 * hour))
  await repost(f.otherSite.id, '乙站逾期转载', new Date(now.getTime() - 5 * hour))

  // Health warnings.
  const warning = (site: number, message: string, status: 'unresolved' | 'resolved') =>
    payload.create({
      collection: 'health-warnings',
      overrideAccess: true,
      data: { site, code: 'stale-home', level: 'warning', message, status, lastSeenAt: now.toISOString() } as never,
    })
  await warning(f.site.id, '甲站首页 12 天未更新', 'unresolved')
  await warning(f.site.id, '甲站已解决的预警', 'resolved')
  await warning(f.otherSite.id, '乙站首页 12 天未更新', 'unresolved')
}, 300_000)

afterAll(async () => platform?.close())

describe("a reviewer's desk", () => {
  it("lists their site's submissions, deadlines, reposts and warnings, never another site's", async () => {
    const desk = await deskOf(f.reviewer)
    expect(desk.today).toBe('2026-06-15')
    expect(titles(desk.toReview)).toEqual(['甲站待审稿件'])
    expect(titles(desk.scheduled)).toEqual(['甲站定时稿件'])
    expect(desk.policyDeadlines.items.map((i) => [i.title, i.level, i.when])).toEqual([
      ['甲站逾期文件', 'overdue', '2026-06-08'],
      ['甲站临近文件', 'near', '2026-06-17'],
    ])
    expect(desk.reposts.items.map((i) => [i.title, i.level])).toEqual([
      ['甲站逾期转载', 'overdue'],
      ['甲站临近转载', 'near'],
    ])
    expect(titles(desk.healthWarnings)).toEqual(['甲站首页 12 天未更新'])
    // The reviewer sent the draft back; it is the editor's, not theirs.
    expect(desk.sentBack.total).toBe(0)
    const everything = JSON.stringify(desk)
    expect(everything).not.toContain('乙站')
    expect(desk.missingHolidayYear).toBeNull()
  })

  it('links each item to its edit view', async () => {
    const desk = await deskOf(f.reviewer)
    const item = desk.toReview.items[0]!
    expect(item.collection).toBe('articles')
    const doc = await platform.payload.findByID({ collection: 'articles', id: item.id, overrideAccess: true })
    expect(doc.title).toBe('甲站待审稿件')
    expect(item.site).toBe('测试厅')
  })
})

describe("an editor's desk", () => {
  it('shows what was sent back to them with the reason, and nothing to review', async () => {
    const desk = await deskOf(f.editor)
    expect(desk.sentBack.items.map((i) => [i.title, i.note])).toEqual([['甲站退回稿件', '请补充信息来源']])
    expect(desk.toReview.total).toBe(0)
    // Accepting reposts is the reviewers' and site admins' work.
    expect(desk.reposts.total).toBe(0)
    expect(titles(desk.policyDeadlines)).toEqual(['甲站临近文件', '甲站逾期文件'])
  })

  it("of the other site sees only the other site's items", async () => {
    const desk = await deskOf(editorB)
    expect(desk.sentBack.items.map((i) => [i.title, i.note])).toEqual([['乙站退回稿件', '乙站的意见']])
    expect(titles(desk.policyDeadlines)).toEqual(['乙站逾期文件'])
    expect(titles(desk.healthWarnings)).toEqual(['乙站首页 12 天未更新'])
    expect(JSON.stringify(desk)).not.toContain('甲站')
  })
})

describe('an openness officer', () => {
  it('reviews only policy documents whose attribute needs their review', async () => {
    const { payload } = platform
    const doc = await payload.create({
      collection: 'policy-documents',
      data: draftData(f, {
        title: '甲站依申请公开文件',
        disclosureAttribute: 'on-application',
        nonDisclosureReason: '涉及内部管理事项。',
      }) as never,
      ...as(f.editor),
    })
    await payload.update({
      collection: 'policy-documents',
      id: doc.id,
      data: { workflowStatus: 'submitted' },
      ...as(f.editor),
    })
    const desk = await deskOf(f.officer)
    expect(titles(desk.toReview)).toEqual(['甲站依申请公开文件'])
  })
})

describe('the platform admin', () => {
  it('has no site queue; from 1 November (China time) is told that next year’s holidays are missing', async () => {
    const before = await deskOf(f.platformAdmin, new Date('2026-10-31T15:59:59.000Z')) // 23:59:59 on 31 October in Beijing
    expect(before.hasSites).toBe(false)
    expect(before.missingHolidayYear).toBeNull()
    expect((await deskOf(f.platformAdmin, new Date('2026-10-31T16:00:00.000Z'))).missingHolidayYear).toBe(2027)
    expect((await deskOf(f.platformAdmin, new Date('2026-12-31T15:59:59.000Z'))).missingHolidayYear).toBe(2027)
    // From New Year (Beijing) the reminder season is over until November.
    expect((await deskOf(f.platformAdmin, new Date('2026-12-31T16:00:00.000Z'))).missingHolidayYear).toBeNull()
    // A supervisor is not the one who enters the calendar.
    expect((await deskOf(f.supervisor, new Date('2026-11-02T02:00:00.000Z'))).missingHolidayYear).toBeNull()
    await platform.payload.create({
      collection: 'holidays',
      overrideAccess: true,
      data: { date: '2027-01-01', type: 'holiday', name: '元旦' } as never,
    })
    expect((await deskOf(f.platformAdmin, new Date('2026-11-02T02:00:00.000Z'))).missingHolidayYear).toBeNull()
  })
})

describe('the overdue reposts view', () => {
  it("shows a site's reviewer only their site's overdue reposts, and the supervisor all", async () => {
    const mine = await overdueReposts(platform.payload, { ...f.reviewer, collection: 'users' }, null, now)
    expect(mine.map((r) => [r.title, r.targetSiteName, r.hoursOverdue])).toEqual([['甲站逾期转载', '测试厅', 5]])
    const all = await overdueReposts(platform.payload, { ...f.supervisor, collection: 'users' }, null, now)
    expect(all.map((r) => r.title).sort()).toEqual(['乙站逾期转载', '甲站逾期转载'])
  })
})

describe('site-scoped lists', () => {
  const ids = (where: unknown) => JSON.stringify(where)
  const choose = (user: User, site: number | null) =>
    // As the switcher saves it: the preference belongs to the signed-in user.
    platform.payload.create({
      collection: 'payload-preferences',
      user: { ...user, collection: 'users' },
      data: { key: siteScopePreference, value: { site: site === null ? null : String(site) } } as never,
    })

  it("filter an editor's article list to their site", async () => {
    const where = await listSiteFilter(platform.payload, f.editor, ['site'])
    expect(ids(where)).toBe(ids({ site: { in: [String(f.site.id)] } }))
    const list = await platform.payload.find({
      collection: 'articles',
      where: where!,
      overrideAccess: false,
      user: { ...f.editor, collection: 'users' },
      limit: 0,
      depth: 0,
    })
    expect(list.docs.length).toBeGreaterThan(0)
    expect(new Set(list.docs.map((d) => d.site))).toEqual(new Set([f.site.id]))
  })

  it('let a member of several sites switch to one of them, and ignore a choice of a site they do not work on', async () => {
    expect((await listSites(platform.payload, both))?.sort()).toEqual(
      [String(f.site.id), String(f.otherSite.id)].sort(),
    )
    const pref = await choose(both, f.otherSite.id)
    expect(await listSites(platform.payload, both)).toEqual([String(f.otherSite.id)])
    await platform.payload.update({
      collection: 'payload-preferences',
      id: pref.id,
      user: { ...both, collection: 'users' },
      data: { value: { site: '999999' } } as never,
    })
    expect((await listSites(platform.payload, both))?.sort()).toEqual(
      [String(f.site.id), String(f.otherSite.id)].sort(),
    )
  })

  it('show the supervisor every site until they choose one', async () => {
    expect(await listSiteFilter(platform.payload, f.supervisor, ['site'])).toBeNull()
    await choose(f.supervisor, f.site.id)
    expect(ids(await listSiteFilter(platform.payload, f.supervisor, ['targetSite', 'sourceSite']))).toBe(
      ids({ or: [{ targetSite: { in: [String(f.site.id)] } }, { sourceSite: { in: [String(f.site.id)] } }] }),
    )
  })

  it('are a filter only: access still decides what a user reads', async () => {
    // An editor who forges a preference for the other site gets nothing from it.
    await choose(f.editor, f.otherSite.id)
    expect(await listSites(platform.payload, f.editor)).toEqual([String(f.site.id)])
  })

  it('is set on every site-scoped collection, with the switcher and the server-rendered site column', () => {
    const config = platform.payload.config
    for (const slug of ['articles', 'policy-documents', 'interpretations', 'columns', 'health-warnings', 'reposts']) {
      const collection = config.collections.find((c) => c.slug === slug)!
      expect(typeof collection.admin.baseFilter, slug).toBe('function')
      expect(JSON.stringify(collection.admin.components?.beforeList), slug).toContain('SiteSwitcher')
    }
    const site = config.collections
      .find((c) => c.slug === 'policy-documents')!
      .fields.find((field) => 'name' in field && field.name === 'site')!
    expect(JSON.stringify(site.admin)).toContain('RelationTitleCell')
    const columns = config.collections
      .find((c) => c.slug === 'articles')!
      .fields.find((field) => 'name' in field && field.name === 'columns')!
    expect(JSON.stringify(columns.admin)).toContain('RelationTitleCell')
    expect(config.collections.find((c) => c.slug === 'users')!.admin.baseFilter).toBeUndefined()
  })
})
