import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Column, Site, User } from '../../payload-types'
import { startTestServer, type TestServer } from '../support/payload'
import { createColumn, createSite, createSiteWithStaff, login } from '../support/fixtures'
import {
  closedPort,
  lexicalWithLinks,
  startLocalServer,
  startSmtpCapture,
  type LocalServer,
} from '../support/monitoring'
import { runAvailabilityProbe } from '../../src/monitoring/availabilityRun'
import { runDailyProbe } from '../../src/monitoring/dailyRun'
import type { VetoPrediction } from '../../src/monitoring/scoring'
import { HealthWarning } from '../../src/states'

/**
 * The monitor end to end: seeded sites, availability probes through the platform's own HTTP stack (and one
 * domain pointed at a local server that hangs), the daily run, its reports, warnings and mail, and the locks.
 * Dates are built relative to the run's own `now`, so the file passes under faketime at any instant.
 */
let t: TestServer
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>
let external: LocalServer
let hanging: LocalServer
const now = new Date()
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString()

type Seeded = { site: Site; admin: User; news: Column }
let clean: Seeded
let problem: Seeded
let slow: Site
let problemArticleId: number | string
let cleanArticleId: number | string

async function published(
  site: Site,
  columns: Column[],
  publishedAt: string,
  title: string,
  body = '',
  links: { url: string }[] = [],
) {
  return t.payload.create({
    collection: 'articles',
    overrideAccess: true,
    data: {
      site: site.id,
      columns: columns.map((c) => c.id),
      title,
      workflowStatus: 'published',
      publishedAt,
      disclosureAttribute: 'public',
      body: lexicalWithLinks(body, links) as never,
    },
  })
}

beforeAll(async () => {
  smtp = await startSmtpCapture()
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_IGNORE_TLS: 'true',
    SMTP_FROM: 'monitor@zhanqun.test',
  })
  t = await startTestServer()
  external = await startLocalServer()
  hanging = await startLocalServer({ hangAll: true })
  const p = t.payload
  await p.create({
    collection: 'sensitive-words',
    data: { term: '既往不究', kind: 'misspelling', suggestion: '既往不咎' },
    overrideAccess: true,
  })
  // A 1-second timeout keeps the hanging site's probe short; the 15 s default is a setting like any other.
  await p.updateGlobal({ slug: 'monitoring-settings', data: { availabilityTimeoutSeconds: 1 }, overrideAccess: true })

  const c = await createSiteWithStaff(p, 'Clean')
  await p.update({
    collection: 'sites',
    id: c.site.id,
    overrideAccess: true,
    data: { contact: { phone: '0951-1234567' }, filings: { ...c.site.filings, partyGovLabelCode: '6400000001' } },
  })
  const notice = await createColumn(p, c.site, { title: '通知公告', slug: 'tzgg', kind: 'notice' })
  const ask = await createColumn(p, c.site, { title: '咨询建议', slug: 'zxjy', kind: 'interaction' })
  await p.create({
    collection: 'site-leaders',
    data: { site: c.site.id, name: '张三', titles: '市委副书记、副市长' },
    overrideAccess: true,
  })
  cleanArticleId = (
    await published(c.site, [c.column], daysAgo(1), '副市长张三调研', '张三副市长指出……', [
      { url: `${external.url}/ok` },
    ])
  ).id
  await published(c.site, [notice], daysAgo(30), '关于假期安排的通知')
  await published(c.site, [ask], daysAgo(40), '在线咨询入口', '', [{ url: `${external.url}/ask` }])
  clean = { site: c.site, admin: c.siteAdmin, news: c.column }

  const q = await createSiteWithStaff(p, 'Problem')
  const yw2 = await createColumn(p, q.site, { title: '部门动态', slug: 'bmdt', kind: 'news' })
  for (let i = 1; i <= 5; i++)
    await createColumn(p, q.site, { title: `空白栏目${i}`, slug: `empty-${i}`, kind: 'other' })
  const excused = await createColumn(p, q.site, { title: '行政复议', slug: 'xzfy', kind: 'other' })
  await p.update({
    collection: 'columns',
    id: excused.id,
    overrideAccess: true,
    data: { emptyReason: '本年度未发生行政复议案件。' },
  })
  await p.create({
    collection: 'site-leaders',
    data: { site: q.site.id, name: '李四', titles: '副市长' },
    overrideAccess: true,
  })
  // Its mailbox is switched off (no channel offered): with the empty 咨询建议 column, no channel at all.
  await p.update({ collection: 'sites', id: q.site.id, overrideAccess: true, data: { mailboxChannels: [] } })
  // The news column's last item is exactly 14 days old: on the line, so still fresh.
  await published(q.site, [q.column], daysAgo(14), '两周前的要闻')
  await published(q.site, [yw2], daysAgo(15), '十五天前的动态')
  const dead = await closedPort()
  problemArticleId = (
    await published(q.site, [q.column], daysAgo(0), '市长李四主持召开常务会议', '会议强调对历史问题不能既往不究。', [
      { url: '/api/files/file/no-such-file.pdf' },
      { url: '/articles/999999.html' },
      { url: `${external.url}/missing-page` },
      { url: `http://127.0.0.1:${dead}/gone` },
    ])
  ).id
  problem = { site: q.site, admin: q.siteAdmin, news: q.column }

  slow = await createSite(p, { name: '超时网站' })
  const slowNews = await createColumn(p, slow, { title: '要闻', slug: 'news' })
  await published(slow, [slowNews], daysAgo(0), '超时网站的新闻')
}, 180_000)

afterAll(async () => {
  await external?.close()
  await hanging?.close()
  await t?.close()
  await smtp?.close()
})

const slowDomain = () => slow.domains![0]!.domain
const origin = () => t.url

describe('availability through the real HTTP stack', () => {
  it('probes every domain; the platform answers, the hanging server times out; a slot runs once', async () => {
    const connectTo = (domain: string) => (domain === slowDomain() ? hanging.url : origin())
    const result = await runAvailabilityProbe(t.payload, { now, connectTo, scheme: 'http' })
    expect(result.skipped).toBe(false)
    const again = await runAvailabilityProbe(t.payload, { now, connectTo, scheme: 'http' })
    expect(again.skipped).toBe(true)
    const checks = (
      await t.payload.find({ collection: 'availability-checks', pagination: false, overrideAccess: true, depth: 0 })
    ).docs
    expect(checks).toHaveLength(3)
    const bySite = new Map(checks.map((c) => [String(typeof c.site === 'object' ? c.site.id : c.site), c]))
    expect(bySite.get(String(clean.site.id))).toMatchObject({ ok: true, status: 200 })
    const timedOut = bySite.get(String(slow.id))!
    expect(timedOut).toMatchObject({ ok: false, status: null })
    expect(timedOut.error).toContain('秒内未打开')
    expect(timedOut.ms).toBeGreaterThanOrEqual(950)
    expect(timedOut.ms).toBeLessThan(5000)
    expect(hanging.requests.length).toBe(1)
  })

  it('two workers starting the same slot at once: one probes, the other skips', async () => {
    const later = new Date(now.getTime() + 3_600_000)
    const runs = await Promise.all(
      [0, 1].map(() => runAvailabilityProbe(t.payload, { now: later, connectTo: origin(), scheme: 'http' })),
    )
    expect(runs.filter((r) => !r.skipped)).toHaveLength(1)
  })
})

describe('the daily probe', () => {
  let vetoes: Map<string, VetoPrediction[]>
  let reports: Map<string, Record<string, any>>
  beforeAll(async () => {
    const result = await runDailyProbe(t.payload, { now, externalBudgetMs: 20_000 })
    expect(result.skipped).toBe(false)
    const docs = (
      await t.payload.find({ collection: 'site-health-reports', pagination: false, overrideAccess: true, depth: 0 })
    ).docs
    reports = new Map(docs.map((d) => [String(d.site), d as Record<string, any>]))
    vetoes = new Map(docs.map((d) => [String(d.site), d.vetoes as VetoPrediction[]]))
  }, 120_000)

  const vetoed = (site: Site) =>
    vetoes
      .get(String(site.id))!
      .filter((v) => v.vetoed)
      .map((v) => v.item)

  it('the clean site: no veto, full score', () => {
    expect(vetoed(clean.site)).toEqual([])
    expect(reports.get(String(clean.site.id))!.score).toBe(100)
  })

  it('the problem site: wrong title (veto ①), five empty columns, no interaction channel', () => {
    expect(vetoed(problem.site)).toEqual(['security', 'columnsStale', 'interaction'])
    const security = vetoes.get(String(problem.site.id))!.find((v) => v.item === 'security')!
    expect(security.figure).toContain('市长李四')
    const columns = vetoes.get(String(problem.site.id))!.find((v) => v.item === 'columnsStale')!
    expect(columns.figure).toContain('空白栏目 5 个')
  })

  it('a column exactly at the line is fresh; one day past it is stale; a noted empty column is excused', () => {
    const problems = reports.get(String(problem.site.id))!.problems
    expect(problems.columns.staleNewsNotice.map((f: any) => f.column.slug)).toEqual(['bmdt'])
    expect(problems.columns.empty).toHaveLength(5)
    expect(problems.columns.excusedEmpty.map((f: any) => f.column.slug)).toEqual(['xzfy'])
  })

  it('broken internal links and attachments from stored content; external 404 broken, unreachable unknown', () => {
    const problems = reports.get(String(problem.site.id))!.problems
    expect(problems.brokenLinks.map((l: any) => [l.kind, l.href])).toEqual([
      ['attachment', '/api/files/file/no-such-file.pdf'],
      ['internal', '/articles/999999.html'],
    ])
    expect(problems.brokenLinks[0].page).toMatchObject({ collection: 'articles', id: String(problemArticleId) })
    const ext = Object.fromEntries(problems.externalLinks.map((l: any) => [new URL(l.url).pathname, l.verdict]))
    expect(ext).toEqual({ '/missing-page': 'broken', '/gone': 'unknown' })
    expect(reports.get(String(problem.site.id))!.figures.links).toMatchObject({
      brokenInner: 1,
      brokenAttachments: 1,
      brokenExternal: 1,
      unknownExternal: 1,
    })
    // Each external URL was asked once, however many pages link to it.
    expect(external.requests.filter((r) => r.path === '/ok')).toHaveLength(1)
  })

  it('footer elements, misspellings and the hanging site’s availability', () => {
    const problemReport = reports.get(String(problem.site.id))!
    expect(problemReport.problems.footer.map((f: any) => f.element)).toEqual(['contact', 'partyGovLabelCode'])
    expect(problemReport.problems.contentSafety.map((f: any) => f.term)).toEqual(['既往不究', '市长李四'])
    expect(vetoed(slow)).toContain('unreachable')
    expect(vetoes.get(String(slow.id))!.find((v) => v.item === 'unreachable')!.figure).toContain('100%')
  })

  it('warnings reach the site admins: in the admin (their site only) and by mail', async () => {
    const mine = await t.payload.find({
      collection: 'health-warnings',
      user: problem.admin,
      overrideAccess: false,
      pagination: false,
      depth: 0,
    })
    expect(mine.docs.length).toBeGreaterThan(0)
    expect(new Set(mine.docs.map((w) => String(w.site)))).toEqual(new Set([String(problem.site.id)]))
    expect(mine.docs.map((w) => w.code)).toEqual(
      expect.arrayContaining(['veto:security', 'veto:columnsStale', 'veto:interaction', 'warn:emptyColumns']),
    )
    // Over HTTP too, with the site admin's own login.
    const token = await login(t.url, problem.admin)
    const res = await fetch(`${t.url}/api/health-warnings?limit=100&depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    })
    const body = (await res.json()) as { docs: { site: number }[] }
    expect(body.docs.every((w) => String(w.site) === String(problem.site.id))).toBe(true)
    const mail = smtp.mails.find((m) => m.to.includes(problem.admin.email))
    expect(mail).toBeDefined()
    expect(mail!.subject).toContain(problem.site.name)
    expect(mail!.subject).toContain('预计单项否决')
    expect(smtp.mails.some((m) => m.to.includes(clean.admin.email))).toBe(false)
  })

  it('the same China day runs once; two workers on a new day: one runs, one skips', async () => {
    expect((await runDailyProbe(t.payload, { now })).skipped).toBe(true)
    const tomorrow = new Date(now.getTime() + 86_400_000)
    const runs = await Promise.all(
      [0, 1].map(() => runDailyProbe(t.payload, { now: tomorrow, externalBudgetMs: 5_000 })),
    )
    expect(runs.filter((r) => !r.skipped)).toHaveLength(1)
    // Still-found warnings are not mailed again.
    const before = smtp.mails.length
    expect(before).toBeGreaterThan(0)
  }, 120_000)
})

describe('content check on save', () => {
  it('a wrong title opens a veto warning for the reviewer; fixing it resolves it', async () => {
    await t.payload.update({
      collection: 'articles',
      id: cleanArticleId,
      overrideAccess: true,
      data: { title: '市长张三调研' },
    })
    const open = await t.payload.find({
      collection: 'health-warnings',
      where: { documentId: { equals: String(cleanArticleId) } },
      overrideAccess: true,
      depth: 0,
    })
    expect(open.docs).toHaveLength(1)
    expect(open.docs[0]).toMatchObject({
      level: 'veto',
      status: HealthWarning.unresolved,
      source: 'save',
      documentCollection: 'articles',
    })
    expect(open.docs[0]!.message).toContain('市长张三')
    await t.payload.update({
      collection: 'articles',
      id: cleanArticleId,
      overrideAccess: true,
      data: { title: '副市长张三调研' },
    })
    const after = await t.payload.findByID({
      collection: 'health-warnings',
      id: open.docs[0]!.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(after.status).toBe(HealthWarning.resolved)
  })
})
