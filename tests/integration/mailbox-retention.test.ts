import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Site } from '../../payload-types'
import { addCalendarMonths, chinaDay, chinaInstant } from '../../src/calendar/chinaTime'
import { ensureHolidayCalendar } from '../../src/calendar/holidayCalendar'
import { messageStatistics } from '../../src/participation/messageStatistics'
import { eraseExpiredPersonalData, redactedContent } from '../../src/participation/messageRetention'
import { createSite } from '../support/fixtures'
import { storeMessage } from '../support/mailbox'
import { startTestPayload, type TestPlatform } from '../support/payload'
import { InvalidReason, Message } from '../../src/states'

/**
 * 留言个人信息保存期限 (issue #13): N years (平台设置, default 3) after a message is concluded or marked invalid,
 * the job erases name, phone, email and the query password; content never made public is removed, a published
 * letter keeps its text with numbers masked. The statistics are the same before and after. Dates relative to now.
 */

let t: TestPlatform
let site: Site
const reply = '已办理。'
const today = chinaDay()
/** Noon in Beijing, `years` years and `days` days before today. */
const ago = (years: number, days: number) => chinaInstant(addCalendarMonths(today, -12 * years), 12).getTime() - days * 86_400_000
const iso = (ms: number) => new Date(ms).toISOString()
const person = { name: '孙七', phone: '13600000007', email: 'sun@example.com' }

beforeAll(async () => {
  t = await startTestPayload()
  await ensureHolidayCalendar(t.payload)
  site = await createSite(t.payload, { name: '保存期限网站' })
})
afterAll(async () => t?.close())

const read = (id: number) => t.payload.findByID({ collection: 'messages', id, depth: 0, overrideAccess: true, showHiddenFields: true })

describe('the retention job', () => {
  it('erases personal data of messages closed more than 3 years ago, keeps the rest, and the statistics do not move', async () => {
    const closedOld = await storeMessage(t.payload, site, { content: '我家在幸福路 12 号，电话 13600000007，身份证 640102199001011234。', submitter: person, receivedAt: iso(ago(3, 40)), status: Message.concluded, reply, publishedAt: iso(ago(3, 2)), publishConsent: true, queryPasswordHash: 'scrypt$x$y' })
    const privateOld = await storeMessage(t.payload, site, { content: '不愿公开的留言内容，含住址。', submitter: person, receivedAt: iso(ago(3, 40)), status: Message.concluded, reply, publishedAt: iso(ago(3, 3)), publishConsent: false })
    const invalidOld = await storeMessage(t.payload, site, { content: '重复提交的留言内容。', submitter: person, receivedAt: iso(ago(4, 5)), status: Message.invalid, invalidReason: InvalidReason.duplicate, invalidAt: iso(ago(4, 1)) })
    const closedRecent = await storeMessage(t.payload, site, { submitter: person, receivedAt: iso(ago(3, 30)), status: Message.concluded, reply, publishedAt: iso(ago(3, -2)) })
    const stillOpen = await storeMessage(t.payload, site, { submitter: person, receivedAt: iso(ago(5, 0)), status: Message.signed })

    const year = Number(chinaDay(ago(3, 40)).slice(0, 4))
    const years = [year - 2, year - 1, year, year + 1]
    const statsBefore = await Promise.all(years.map((y) => messageStatistics(t.payload, site.id, { kind: 'year', year: y })))

    // As the daily job runs it: through the queue, audit-logged per site.
    await t.payload.jobs.queue({ task: 'eraseMessagePersonalData', input: {} })
    await t.payload.jobs.run({ limit: 10 })
    const [entry] = (await t.payload.find({ collection: 'audit-log', where: { action: { equals: 'erase' } }, overrideAccess: true })).docs
    expect(entry!.summary).toContain('已删除 3 条留言的姓名、电话、邮箱')
    expect(entry!.actorName).toBe('系统')

    const published = await read(closedOld.id)
    expect(published.submitter).toMatchObject({ name: null, phone: null, email: null })
    expect(published.queryPasswordHash ?? null).toBeNull()
    expect(published.personalDataErasedAt).toBeTruthy()
    expect(published.content).toContain('我家在幸福路')
    expect(published.content).not.toContain('13600000007')
    expect(published.content).not.toContain('640102199001011234')
    expect(published.reply).toBe(reply)
    expect((await read(privateOld.id)).content).toBe(redactedContent)
    const invalid = await read(invalidOld.id)
    expect(invalid.content).toBe(redactedContent)
    expect(invalid.submitter?.phone ?? null).toBeNull()
    expect(invalid.invalidReason).toBe(InvalidReason.duplicate)
    for (const kept of [closedRecent, stillOpen]) expect((await read(kept.id)).submitter).toMatchObject(person)

    const statsAfter = await Promise.all(years.map((y) => messageStatistics(t.payload, site.id, { kind: 'year', year: y })))
    expect(statsAfter).toEqual(statsBefore)
    expect(statsBefore.reduce((n, s) => n + s.received, 0)).toBe(5)
    // A second run finds nothing more.
    expect((await eraseExpiredPersonalData(t.payload)).erased).toBe(0)
  })

  it('follows the setting: with 5 years, a message closed 4 years ago keeps its data', async () => {
    await t.payload.updateGlobal({ slug: 'platform-settings', data: { messageRetentionYears: 5 }, overrideAccess: true })
    try {
      const m = await storeMessage(t.payload, site, { submitter: person, receivedAt: iso(ago(4, 30)), status: Message.concluded, reply, publishedAt: iso(ago(4, 0)) })
      expect((await eraseExpiredPersonalData(t.payload)).erased).toBe(0)
      expect((await read(m.id)).submitter).toMatchObject(person)
      expect((await eraseExpiredPersonalData(t.payload, new Date(Date.now() + 366 * 86_400_000 + 86_400_000))).erased).toBe(1)
    } finally {
      await t.payload.updateGlobal({ slug: 'platform-settings', data: { messageRetentionYears: 3 }, overrideAccess: true })
    }
  })
})
