import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Site } from '../../payload-types'
import { chinaDay } from '../../src/calendar/chinaTime'
import { ensureHolidayCalendar, getWorkingDayCalendar } from '../../src/calendar/holidayCalendar'
import { CalendarYearMissingError } from '../../src/calendar/workingDays'
import { buildPlatformIndex } from '../../src/monitoring/platformIndex'
import { predictVetoes } from '../../src/monitoring/scoring'
import { probeSiteContent } from '../../src/monitoring/siteProbe'
import { getMonitoringSettings } from '../../src/monitoring/settings'
import { mailboxDeadlineFigures, messagesUnansweredOverThreeMonths } from '../../src/participation/messageDeadlines'
import { createSite, createUser } from '../support/fixtures'
import { storeMessage } from '../support/mailbox'
import { startTestPayload, type TestPlatform } from '../support/payload'
import { Message } from '../../src/states'

/**
 * 留言时限（issue #13）：答复期限按工作日计算（平台设置，默认 15 个工作日），转办后从转办之日重新起算；
 * 无效留言没有期限，也不计入 3 个月。超过 2 个月未答复预警，超过 3 个月未答复（或答复时已超过 3 个月）
 * 计入监测“互动回应差”。Dates are pinned (2026, a year with holiday data) or built relative to now.
 */

let t: TestPlatform
let site: Site
let other: Site

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()

beforeAll(async () => {
  t = await startTestPayload()
  await ensureHolidayCalendar(t.payload)
  site = await createSite(t.payload, { name: '时限测试网站' })
  other = await createSite(t.payload, { name: '承办网站' })
})
afterAll(async () => t?.close())

describe('the reply deadline', () => {
  it('counts 15 working days on the holiday calendar (国庆 2026: 10-01…10-07 off, 10-10 a workday)', async () => {
    const message = await storeMessage(t.payload, site, { receivedAt: '2026-09-28T02:00:00.000Z' })
    expect(message.dueOn).toBe('2026-10-23')
    expect(message.deadlineProblem ?? null).toBeNull()
  })

  it('a transfer (转办) restarts the period from the transfer day; the 3-month rule still counts from receipt', async () => {
    const admin = await createUser(t.payload, { roles: ['platform-admin'] })
    const message = await storeMessage(t.payload, site, {
      receivedAt: '2026-03-02T02:00:00.000Z',
      status: Message.signed,
    })
    expect(message.dueOn).toBe('2026-03-23')
    const moved = await t.payload.update({
      collection: 'messages',
      id: message.id,
      data: { transferredTo: other.id },
      user: admin,
      overrideAccess: false,
    })
    expect(moved.status).toBe(Message.assigned)
    const today = chinaDay(moved.transferredAt!)
    const calendar = await getWorkingDayCalendar(t.payload)
    let expected: string | null = null
    try {
      expected = calendar.addWorkdays(today, 15)
    } catch (error) {
      if (!(error instanceof CalendarYearMissingError)) throw error
    }
    if (expected) {
      expect(moved.dueOn).toBe(expected)
      expect(moved.dueOn).not.toBe(message.dueOn)
    } else {
      // A year without holiday data (e.g. 2027 under faketime): no guessed day, a Chinese explanation instead.
      expect(moved.dueOn).toBeNull()
      expect(moved.deadlineProblem).toContain('节假日安排尚未录入')
    }
    // Received in March 2026 and unanswered: over 3 months whenever "now" is after 2026-06-02, transfer or not.
    expect(
      await messagesUnansweredOverThreeMonths(t.payload, site.id, new Date('2026-06-03T04:00:00Z')),
    ).toBeGreaterThanOrEqual(1)
    expect(await messagesUnansweredOverThreeMonths(t.payload, other.id, new Date('2026-06-03T04:00:00Z'))).toBe(0)
  })

  it('an invalid message has no deadline', async () => {
    const message = await storeMessage(t.payload, site, {
      receivedAt: '2026-09-28T02:00:00.000Z',
      status: Message.invalid,
      invalidReason: 'abusive',
    })
    expect(message.dueOn ?? null).toBeNull()
  })
})

describe('2-month warning and the 3-month figure (dates relative to now)', () => {
  let fresh: Site
  beforeAll(async () => {
    fresh = await createSite(t.payload, { name: '预警网站' })
    const p = t.payload
    await storeMessage(p, fresh, { subject: '70 天未答复', receivedAt: daysAgo(70) })
    await storeMessage(p, fresh, { subject: '100 天未答复', receivedAt: daysAgo(100), status: Message.assigned })
    await storeMessage(p, fresh, {
      subject: '100 天 无效',
      receivedAt: daysAgo(100),
      status: Message.invalid,
      invalidReason: 'not-within-remit',
    })
    await storeMessage(p, fresh, {
      subject: '150 天后才答复',
      receivedAt: daysAgo(200),
      repliedAt: daysAgo(50),
      status: Message.concluded,
      reply: '迟到的答复',
    })
    await storeMessage(p, fresh, {
      subject: '5 天内答复',
      receivedAt: daysAgo(100),
      repliedAt: daysAgo(95),
      status: Message.concluded,
      reply: '及时答复',
    })
    await storeMessage(p, fresh, { subject: '10 天', receivedAt: daysAgo(10) })
  })

  it('counts one 2-month warning and two over 3 months; invalid ones and other sites do not count', async () => {
    const figures = await mailboxDeadlineFigures(t.payload, fresh.id)
    expect(figures.warnings).toBe(1)
    expect(figures.overThreeMonths).toBe(2)
    expect(figures.unanswered).toBe(3)
    // A year on, the late answer has left the one-year window; the unanswered ones are all over 3 months.
    const yearOn = new Date(Date.now() + 330 * 86_400_000)
    expect((await mailboxDeadlineFigures(t.payload, fresh.id, yearOn)).overThreeMonths).toBe(3)
  })

  it('feeds the monitor: the interaction veto (互动回应差) falls on the site, with the figure', async () => {
    const index = await buildPlatformIndex(t.payload)
    const settings = await getMonitoringSettings(t.payload, true)
    const now = new Date()
    const content = await probeSiteContent(t.payload, index, fresh, now, settings)
    expect(content.interaction.channel).toBe(true)
    expect(content.interaction.overThreeMonths).toBe(2)
    expect(content.interaction.twoMonthWarnings).toBe(1)
    const clean = await createSite(t.payload, { name: '无积压网站' })
    const cleanContent = await probeSiteContent(t.payload, await buildPlatformIndex(t.payload), clean, now, settings)
    expect(cleanContent.interaction).toMatchObject({ channel: true, overThreeMonths: 0 })
    const figures = {
      availability: { total: 1, failed: 0, failedPercent: 0 },
      home: { lastPublishedAt: now.toISOString(), daysSince: 0 },
      columns: { staleNewsNotice: [], longStale: [], empty: [], excusedEmpty: [] },
      links: {
        brokenHome: 0,
        brokenInner: 0,
        brokenAttachments: 0,
        brokenExternal: 0,
        unknownExternal: 0,
        uncheckedExternal: 0,
      },
      footer: [],
      reposting: { late: 0, overduePending: 0 },
      contentSafety: [],
    }
    const veto = predictVetoes({ ...figures, interaction: content.interaction }, settings).find(
      (v) => v.item === 'interaction',
    )!
    expect(veto.vetoed).toBe(true)
    expect(veto.figure).toContain('超过 3 个月未答复的有效留言 2 条')
    expect(
      predictVetoes({ ...figures, interaction: cleanContent.interaction }, settings).find(
        (v) => v.item === 'interaction',
      )!.vetoed,
    ).toBe(false)
  })
})
