import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Site } from '../../payload-types'
import { ensureHolidayCalendar } from '../../src/calendar/holidayCalendar'
import { messageStatistics } from '../../src/participation/messageStatistics'
import { clientAs, createSite, createSiteWithStaff, createUser, type SiteWithStaff } from '../support/fixtures'
import { storeMessage } from '../support/mailbox'
import { startTestServer, type TestServer } from '../support/payload'
import { InvalidReason, Message } from '../../src/states'

/**
 * 留言统计 (issue #13): received, invalid, replied (办结), on time, average handling days (working days) and
 * published, per site and China-time month / quarter / year, on pinned 2026 dates (a year with holiday data:
 * 国庆 10-01…10-07 off). A transferred message counts for the site that received it. The REST endpoint and
 * the admin view show each user only their own sites; the general office sees every site.
 */

let server: TestServer
let s: SiteWithStaff
let other: Site
const reply = '已办理完毕，感谢您的来信。'

beforeAll(async () => {
  server = await startTestServer()
  const { payload } = server
  await ensureHolidayCalendar(payload)
  s = await createSiteWithStaff(payload, 'ST')
  other = await createSite(payload, { name: '统计其他网站' })
  // m1: received 09-28 (Q3), released 10-09: 4 working days (09-29, 09-30, 10-08, 10-09), due 10-23: on time.
  await storeMessage(payload, s.site, { receivedAt: '2026-09-28T02:00:00.000Z', status: Message.concluded, reply, publishedAt: '2026-10-09T03:00:00.000Z', publishConsent: true })
  // m2: received 10-12, due 11-02, released 11-20: late, 29 working days, no consent.
  await storeMessage(payload, s.site, { receivedAt: '2026-10-12T01:00:00.000Z', status: Message.concluded, reply, publishedAt: '2026-11-20T02:00:00.000Z', publishConsent: false })
  // m3: received 11-03, invalid.
  await storeMessage(payload, s.site, { receivedAt: '2026-11-03T00:00:00.000Z', status: Message.invalid, invalidReason: InvalidReason.duplicate, invalidAt: '2026-11-04T00:00:00.000Z' })
  // m4: 16:30 UTC on 12-31 is 2027-01-01 in Beijing; m5: 16:30 UTC on 09-30 is 10-01.
  await storeMessage(payload, s.site, { receivedAt: '2026-12-31T16:30:00.000Z' })
  await storeMessage(payload, s.site, { receivedAt: '2026-09-30T16:30:00.000Z', status: Message.signed })
  // m6: another site's letter.
  await storeMessage(payload, other, { receivedAt: '2026-10-12T01:00:00.000Z', status: Message.concluded, reply, publishedAt: '2026-10-13T01:00:00.000Z' })
  // m7: received 10-19, transferred to the other site, released 10-28 (7 working days), consent; its due day
  // is set directly (a transfer would count it from the real today).
  const m7 = await storeMessage(payload, s.site, { receivedAt: '2026-10-19T02:00:00.000Z', transferredTo: other.id, status: Message.concluded, reply, publishedAt: '2026-10-28T02:00:00.000Z', publishConsent: true })
  await payload.db.updateOne({ collection: 'messages', where: { id: { equals: m7.id } }, data: { dueOn: '2026-11-10' } })
})
afterAll(async () => server?.close())

describe('messageStatistics', () => {
  it('the fourth quarter of 2026', async () => {
    const q4 = await messageStatistics(server.payload, s.site.id, { kind: 'quarter', year: 2026, index: 4 })
    expect(q4).toMatchObject({
      period: { kind: 'quarter', label: '2026年第4季度', firstDay: '2026-10-01', lastDay: '2026-12-31' },
      received: 4,
      invalid: 1,
      replied: 3,
      onTime: 2,
      undetermined: 0,
      averageHandlingDays: 13.3, // (4 + 29 + 7) / 3
      published: 2,
      problem: null,
    })
  })

  it('a month, and the year boundary in China time', async () => {
    const october = await messageStatistics(server.payload, s.site.id, { kind: 'month', year: 2026, index: 10 })
    expect(october).toMatchObject({ received: 3, invalid: 0, replied: 2, onTime: 2, averageHandlingDays: 5.5, published: 2 })
    const y2026 = await messageStatistics(server.payload, s.site.id, { kind: 'year', year: 2026 })
    expect(y2026).toMatchObject({ received: 5, invalid: 1, replied: 3, onTime: 2, published: 2 })
    const y2027 = await messageStatistics(server.payload, s.site.id, { kind: 'year', year: 2027 })
    expect(y2027).toMatchObject({ received: 1, replied: 0, averageHandlingDays: null })
    const otherQ4 = await messageStatistics(server.payload, other.id, { kind: 'quarter', year: 2026, index: 4 })
    expect(otherQ4).toMatchObject({ received: 1, replied: 1 })
  })

  it('refuses a period that does not exist, in Chinese', async () => {
    await expect(messageStatistics(server.payload, s.site.id, { kind: 'month', year: 2026, index: 13 })).rejects.toThrow('月份应为 1 至 12')
  })
})

describe('GET /api/messages/statistics', () => {
  it('staff see their own site only; the general office sees every site', async () => {
    const editor = await clientAs(server.url, s.editor)
    const own = await editor.get('/api/messages/statistics', { period: 'quarter', year: 2026, index: 4 })
    expect(own.status).toBe(200)
    expect(own.body.docs).toHaveLength(1)
    expect(own.body.docs[0]).toMatchObject({ site: s.site.id, received: 4, replied: 3, onTime: 2, averageHandlingDays: 13.3, published: 2 })
    expect((await editor.get('/api/messages/statistics', { site: other.id, period: 'year', year: 2026 })).status).toBe(403)
    const bad = await editor.get('/api/messages/statistics', { period: 'week' })
    expect(bad.status).toBe(400)
    expect(bad.text).toContain('统计周期应为')

    const office = await clientAs(server.url, await createUser(server.payload, { roles: ['supervisor'] }))
    const all = await office.get('/api/messages/statistics', { period: 'quarter', year: 2026, index: 4 })
    expect(all.status).toBe(200)
    const bySite = new Map(all.body.docs.map((d: { site: number; received: number }) => [d.site, d.received]))
    expect(bySite.get(s.site.id)).toBe(4)
    expect(bySite.get(other.id)).toBe(1)
    expect((await (await import('../support/fixtures')).client(server.url).get('/api/messages/statistics')).status).toBe(401)
  })
})
