import { Forbidden, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../payload-types'
import { activeDisclosureDeadline, policyPublishDeadline, workingDayDeadline } from '../../src/calendar/deadlines'
import { ensureHolidayCalendar, getWorkingDayCalendar } from '../../src/calendar/holidayCalendar'
import { CalendarYearMissingError } from '../../src/calendar/workingDays'
import { startTestPayload, type TestPlatform } from '../support/payload'

let platform: TestPlatform
let platformAdmin: User
let editor: User

beforeAll(async () => {
  platform = await startTestPayload()
  const { payload } = platform
  const site = await payload.create({
    collection: 'sites',
    data: {
      name: '测试网站',
      siteCode: '6400000098',
      level: 'region',
      status: 'live',
      sponsor: '测试',
      filings: { icpNumber: 'x', publicSecurityNumber: 'y' },
      domains: [{ domain: 'holidays.gov.cn' }],
    },
  })
  platformAdmin = await payload.create({
    collection: 'users',
    data: {
      name: '办公厅',
      email: 'admin@holidays.gov.cn',
      password: 'correct-horse-battery',
      roles: ['platform-admin'],
    },
  })
  editor = await payload.create({
    collection: 'users',
    data: {
      name: '编辑',
      email: 'editor@holidays.gov.cn',
      password: 'correct-horse-battery',
      siteMemberships: [{ site: site.id, roles: ['editor'] }],
    },
  })
})
afterAll(async () => platform?.close())

const as = (user: User) => ({ overrideAccess: false, user: { ...user, collection: 'users' as const } })

async function validationMessages(attempt: Promise<unknown>): Promise<string[]> {
  const error = await attempt.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).data.errors.map((entry) => entry.message)
}

describe('holidays calendar', () => {
  it('seeds 2004–2026 from chinese-days once, and only once', async () => {
    const { payload } = platform
    const first = await ensureHolidayCalendar(payload)
    const { totalDocs } = await payload.count({ collection: 'holidays' })
    expect(first.inserted).toBeGreaterThan(700)
    expect(totalDocs).toBe(first.inserted)

    const started = performance.now()
    const second = await ensureHolidayCalendar(payload)
    expect(second.inserted).toBe(0)
    expect(performance.now() - started).toBeLessThan(500)
    expect((await payload.count({ collection: 'holidays' })).totalDocs).toBe(totalDocs)

    const nationalDay = await payload.find({ collection: 'holidays', where: { date: { equals: '2026-10-10' } } })
    expect(nationalDay.docs[0]).toMatchObject({ type: 'makeup-workday', name: '国庆节', year: 2026 })
    expect((await getWorkingDayCalendar(payload)).coveredYears).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i))
  })

  it('computes deadlines across the 2026 National Day break from the stored rows', async () => {
    const { payload } = platform
    expect(await workingDayDeadline(payload, '2026-09-25', 20)).toBe('2026-10-29')
    expect(await activeDisclosureDeadline(payload, '2026-09-25')).toBe('2026-10-29')
    expect(await policyPublishDeadline(payload, '2026-09-28')).toBe('2026-10-10')
    // 00:30 on 1 October in Beijing is still 30 September in UTC.
    expect(await workingDayDeadline(payload, new Date('2026-09-30T16:30:00Z'), 1)).toBe('2026-10-08')
  })

  it('refuses a deadline that runs into 2027 until the 2027 notice is entered', async () => {
    const attempt = workingDayDeadline(platform.payload, '2026-12-25', 5)
    await expect(attempt).rejects.toBeInstanceOf(CalendarYearMissingError)
    await expect(attempt).rejects.toMatchObject({
      year: 2027,
      message: expect.stringContaining('请平台管理员在“节假日”中录入国务院办公厅发布的 2027 年节假日安排'),
    })
  })

  it('lets any signed-in user read the calendar, and no one else', async () => {
    const { payload } = platform
    const read = await payload.find({ collection: 'holidays', where: { year: { equals: 2026 } }, ...as(editor) })
    expect(read.totalDocs).toBe(39)
    await expect(payload.find({ collection: 'holidays', overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
  })

  it('does not let an editor add a holiday', async () => {
    const attempt = platform.payload.create({
      collection: 'holidays',
      data: { date: '2027-01-01', type: 'holiday', name: '元旦' },
      ...as(editor),
    })
    await expect(attempt).rejects.toBeInstanceOf(Forbidden)
    expect(
      (await platform.payload.count({ collection: 'holidays', where: { year: { equals: 2027 } } })).totalDocs,
    ).toBe(0)
  })

  it('uses a year as soon as a platform administrator enters it, without a restart', async () => {
    const { payload } = platform
    const created = await payload.create({
      collection: 'holidays',
      data: { date: '2027-01-01', type: 'holiday', name: '元旦' },
      ...as(platformAdmin),
    })
    expect(created.year).toBe(2027)
    // 12/28–12/31 are the first four; 1 January is off and 2–3 January a weekend.
    expect(await workingDayDeadline(payload, '2026-12-25', 5)).toBe('2027-01-04')

    const audit = await payload.find({ collection: 'audit-log', where: { targetCollection: { equals: 'holidays' } } })
    expect(audit.docs.map((entry) => entry.summary)).toEqual(['新建「2027-01-01 元旦（放假）」'])

    // Moved to Monday 4 January, the Friday before becomes the fifth working day.
    const moved = await payload.update({
      collection: 'holidays',
      id: created.id,
      data: { date: '2027-01-04' },
      ...as(platformAdmin),
    })
    expect(moved.year).toBe(2027)
    expect(await workingDayDeadline(payload, '2026-12-25', 5)).toBe('2027-01-01')

    await payload.delete({ collection: 'holidays', id: created.id, ...as(platformAdmin) })
    await expect(workingDayDeadline(payload, '2026-12-25', 5)).rejects.toBeInstanceOf(CalendarYearMissingError)
  })

  it('explains bad entries in Chinese', async () => {
    const { payload } = platform
    const create = (data: { date: string; type: 'holiday' | 'makeup-workday'; name: string }) =>
      payload.create({ collection: 'holidays', data, ...as(platformAdmin) })
    expect(await validationMessages(create({ date: '2027-1-1', type: 'holiday', name: '元旦' }))).toEqual([
      '日期须按 YYYY-MM-DD 格式填写，例如 2027-01-01。',
    ])
    expect(await validationMessages(create({ date: '2027-02-30', type: 'holiday', name: '春节' }))).toEqual([
      '2027-02-30 不是实际存在的日期。',
    ])
    expect(await validationMessages(create({ date: '2026-10-01', type: 'holiday', name: '国庆节' }))).toEqual([
      '2026-10-01 已有记录（国庆节，放假），同一天只能录入一条。',
    ])
    expect(await validationMessages(create({ date: '2027-01-05', type: 'makeup-workday', name: '元旦' }))).toEqual([
      '调休上班日应是周六或周日，2027-01-05 是星期二。',
    ])
    const midAutumnFriday = (await payload.find({ collection: 'holidays', where: { date: { equals: '2026-09-25' } } }))
      .docs[0]!
    const update = payload.update({
      collection: 'holidays',
      id: midAutumnFriday.id,
      data: { type: 'makeup-workday' },
      ...as(platformAdmin),
    })
    expect(await validationMessages(update)).toEqual(['调休上班日应是周六或周日，2026-09-25 是星期五。'])
  })
})
