import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Site, User } from '../../payload-types'
import { startTestServer, type TestServer } from '../support/payload'
import { client, clientAs, createSite, createUser } from '../support/fixtures'
import { chinaDay } from '../../src/calendar/chinaTime'

/** 转载情况专项检查: per site and period, due, on time, late (and how late), rejected, pending; the sites that missed named. */

let server: TestServer
let payload: Payload
let source: Site
let onTime: Site
let late: Site
let rejecting: Site
let slow: Site
let supervisor: User
let admin: User
let editor: User

const hour = 3600_000
const at = (base: number, hours: number) => new Date(base + hours * hour).toISOString()
// The period of the report: from 15 days ago to the day after tomorrow, in China days.
const from = chinaDay(Date.now() - 15 * 24 * hour)
const to = chinaDay(Date.now() + 48 * hour)
let serial = 0

async function repost(target: Site, fields: Record<string, unknown>) {
  return payload.create({
    collection: 'reposts',
    overrideAccess: true,
    data: {
      title: `转载${++serial}`,
      originalCollection: 'articles',
      originalId: String(serial),
      originalPublishedAt: fields.dueAt,
      sourceSite: source.id,
      targetSite: target.id,
      mode: 'review',
      ...fields,
    } as never,
  })
}

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  source = await createSite(payload, { name: '自治区人民政府', level: 'region' })
  onTime = await createSite(payload, { name: '按时市', level: 'city' })
  late = await createSite(payload, { name: '超时市', level: 'city' })
  rejecting = await createSite(payload, { name: '审慎市', level: 'city' })
  slow = await createSite(payload, { name: '拖延厅', level: 'department' })
  supervisor = await createUser(payload, { roles: ['supervisor'] })
  admin = await createUser(payload, { roles: ['platform-admin'] })
  editor = await createUser(payload, { memberships: [{ site: onTime, roles: ['editor', 'reviewer'] }] })

  // Due times ten days ago, inside the period asked for below (its last day is after tomorrow), whatever today is.
  const base = Date.now() - 10 * 24 * hour
  await repost(onTime, { dueAt: at(base, 0), status: 'reposted', publishedAt: at(base, -20), mode: 'automatic' })
  await repost(onTime, { dueAt: at(base, 24), status: 'reposted', publishedAt: at(base, 23) })
  await repost(late, { dueAt: at(base, 0), status: 'reposted', publishedAt: at(base, 1.5) })
  await repost(late, { dueAt: at(base, 24), status: 'reposted', publishedAt: at(base, 24 + 30) })
  await repost(late, { dueAt: at(base, 48), status: 'reposted', publishedAt: at(base, 40) })
  await repost(rejecting, {
    dueAt: at(base, 0),
    status: 'declined',
    reviewReason: '与本市无关',
    reviewedAt: at(base, -2),
  })
  await repost(rejecting, { dueAt: new Date(Date.now() + 20 * hour).toISOString(), status: 'submitted' })
  await repost(slow, { dueAt: at(base, 0), status: 'submitted' })
  await repost(slow, { dueAt: at(base, 10), status: 'taken-down', withdrawnBy: 'original' })
  // Outside the period: due 40 days before the others.
  await repost(late, { dueAt: at(base, -40 * 24), status: 'reposted', publishedAt: at(base, -35 * 24) })
})
afterAll(async () => server?.close())

type Row = {
  site: { id: string; name: string }
  due: number
  publishedOnTime: number
  publishedLate: number
  maxLateMinutes: number
  rejected: number
  pending: number
  overduePending: number
  cancelled: number
  missedDeadline: boolean
  late: { lateMinutes: number }[]
}

describe('compliance report', () => {
  it('counts, per site, what was due, on time, late and how late, rejected and pending, and names the sites that missed', async () => {
    const sup = await clientAs(server.url, supervisor)
    const res = await sup.get('/api/reposts/compliance', { from, to })
    expect(res.status).toBe(200)
    const rows = new Map((res.body.sites as Row[]).map((r) => [r.site.name, r]))
    expect(rows.get('按时市')).toMatchObject({
      due: 2,
      publishedOnTime: 2,
      publishedLate: 0,
      rejected: 0,
      pending: 0,
      missedDeadline: false,
    })
    expect(rows.get('超时市')).toMatchObject({
      due: 3,
      publishedOnTime: 1,
      publishedLate: 2,
      maxLateMinutes: 30 * 60,
      missedDeadline: true,
    })
    expect(
      rows
        .get('超时市')!
        .late.map((l) => l.lateMinutes)
        .sort((a, b) => a - b),
    ).toEqual([90, 1800])
    expect(rows.get('审慎市')).toMatchObject({
      due: 2,
      rejected: 1,
      pending: 1,
      overduePending: 0,
      missedDeadline: false,
    })
    expect(rows.get('拖延厅')).toMatchObject({
      due: 1,
      pending: 1,
      overduePending: 1,
      cancelled: 1,
      missedDeadline: true,
    })
    expect((res.body.missedSites as { name: string }[]).map((s) => s.name).sort()).toEqual(['拖延厅', '超时市'].sort())
    expect(res.body.totals).toMatchObject({
      due: 8,
      publishedOnTime: 3,
      publishedLate: 2,
      rejected: 1,
      pending: 2,
      overduePending: 1,
      cancelled: 1,
    })
  })

  it('filters by site and without a period includes every due date', async () => {
    const sup = await clientAs(server.url, admin)
    const res = await sup.get('/api/reposts/compliance', { site: String(late.id) })
    expect(res.status).toBe(200)
    expect(res.body.sites).toHaveLength(1)
    expect(res.body.sites[0]).toMatchObject({ due: 4, publishedLate: 3 })
  })

  it('downloads as CSV with a UTF-8 byte-order mark for Excel', async () => {
    const sup = await clientAs(server.url, supervisor)
    const response = await fetch(`${server.url}/api/reposts/compliance?format=csv&from=${from}&to=${to}`, {
      headers: { Authorization: `JWT ${sup.token}` },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    expect(response.headers.get('content-disposition')).toContain('attachment')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes.slice(3))
    const lines = text.trim().split('\r\n')
    expect(lines[1]).toContain('网站名称,网站标识码,应转载,按时转载,超时转载')
    expect(lines.find((l) => l.startsWith('超时市'))).toContain(',3,1,2,30.0,')
    expect(lines.at(-1)).toMatch(/^合计,,8,3,2,/)
  })

  it('names the period in China dates and the site asked for, in the file name and its first line', async () => {
    const sup = await clientAs(server.url, supervisor)
    const response = await fetch(
      `${server.url}/api/reposts/compliance?format=csv&from=${from}&to=${to}&site=${late.id}`,
      { headers: { Authorization: `JWT ${sup.token}` } },
    )
    expect(response.status).toBe(200)
    expect(decodeURIComponent(response.headers.get('content-disposition')!)).toContain(
      `filename*=UTF-8''转载情况统计_${from}_${to}_超时市.csv`,
    )
    const [first] = (await response.text()).replace(/^\uFEFF/, '').split('\r\n')
    expect(first).toBe(`转载情况统计　统计期间（按转载时限）：${from} 至 ${to}　统计范围：超时市`)
  })

  it('refuses a period the wrong way round and an unknown site, in Chinese', async () => {
    const sup = await clientAs(server.url, supervisor)
    const backwards = await sup.get('/api/reposts/compliance', { from: to, to: from })
    expect(backwards.status).toBe(400)
    expect(backwards.body.errors[0].message).toBe('起始日期不能晚于截止日期。')
    for (const site of ['999999', 'abc']) {
      const unknown = await sup.get('/api/reposts/compliance', { site })
      expect(unknown.status, site).toBe(400)
      expect(unknown.body.errors[0].message, site).toBe('所选网站不存在。')
    }
  })

  it('is for supervisors and the platform admin only', async () => {
    expect((await client(server.url).get('/api/reposts/compliance')).status).toBe(401)
    expect((await (await clientAs(server.url, editor)).get('/api/reposts/compliance')).status).toBe(403)
  })

  it('flags pending reposts past their deadline as overdue for the admin list filter', async () => {
    await payload.jobs.queue({ task: 'markOverdueReposts', input: {} })
    await payload.jobs.run()
    const sup = await clientAs(server.url, supervisor)
    const res = await sup.get('/api/reposts', { where: { overdue: { equals: true } } })
    expect(res.status).toBe(200)
    expect((res.body.docs as { title: string; status: string }[]).map((d) => d.status)).toEqual(['submitted'])
  })
})
