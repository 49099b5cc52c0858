import { findWorkday } from 'chinese-days'
import { describe, expect, it } from 'vitest'
import { chineseDaysRows } from '../../src/calendar/chineseDaysSeed'
import { calendarDayProblem, chinaDay } from '../../src/calendar/chinaTime'
import { CalendarYearMissingError, WorkingDayCalendar, type HolidayRow } from '../../src/calendar/workingDays'

function range(name: string, from: string, to: string): HolidayRow[] {
  const rows: HolidayRow[] = []
  for (
    let day = new Date(`${from}T00:00:00Z`);
    day <= new Date(`${to}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + 1)
  ) {
    rows.push({ date: day.toISOString().slice(0, 10), type: 'holiday', name })
  }
  return rows
}

const makeup = (date: string, name: string): HolidayRow => ({ date, type: 'makeup-workday', name })

/** 国办发明电〔2025〕7号, the 2026 holiday notice (docs/rules.md, working days). */
const notice2026: HolidayRow[] = [
  ...range('元旦', '2026-01-01', '2026-01-03'),
  makeup('2026-01-04', '元旦'),
  ...range('春节', '2026-02-15', '2026-02-23'),
  makeup('2026-02-14', '春节'),
  makeup('2026-02-28', '春节'),
  ...range('清明节', '2026-04-04', '2026-04-06'),
  ...range('劳动节', '2026-05-01', '2026-05-05'),
  makeup('2026-05-09', '劳动节'),
  ...range('端午节', '2026-06-19', '2026-06-21'),
  ...range('中秋节', '2026-09-25', '2026-09-27'),
  ...range('国庆节', '2026-10-01', '2026-10-07'),
  makeup('2026-09-20', '国庆节'),
  makeup('2026-10-10', '国庆节'),
]

const calendar = new WorkingDayCalendar(notice2026)

describe('WorkingDayCalendar.isWorkday', () => {
  it('treats ordinary weekends as days off and ordinary weekdays as workdays', () => {
    expect(calendar.isWorkday('2026-03-07')).toBe(false) // Saturday
    expect(calendar.isWorkday('2026-03-08')).toBe(false) // Sunday
    expect(calendar.isWorkday('2026-03-09')).toBe(true) // Monday
    expect(calendar.isWorkday('2026-03-13')).toBe(true) // Friday
  })

  it('makes the 调休 Saturday 2026-10-10 and Sunday 2026-09-20 workdays', () => {
    expect(calendar.isWorkday('2026-10-10')).toBe(true)
    expect(calendar.isWorkday('2026-09-20')).toBe(true)
    expect(calendar.isWorkday('2026-10-11')).toBe(false)
  })

  it('gives every day of the National Day break 2026-10-01..07 off, weekdays included', () => {
    for (const { date } of range('国庆节', '2026-10-01', '2026-10-07'))
      expect(calendar.isWorkday(date), date).toBe(false)
    expect(calendar.isWorkday('2026-09-30')).toBe(true)
    expect(calendar.isWorkday('2026-10-08')).toBe(true)
  })
})

describe('WorkingDayCalendar.addWorkdays', () => {
  it.each([
    // Mid-Autumn Friday: 9/28–9/30 (3), 10/8–10/10 (6), then 10/12–10/29 (14 more).
    ['2026-09-25', 20, '2026-10-29'],
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 3, '2026-10-10'],
    ['2026-10-01', 1, '2026-10-08'],
    ['2026-10-09', 1, '2026-10-10'],
    ['2026-10-10', 1, '2026-10-12'],
    // Policy rule, 5 working days from Monday 9/28: 9/29, 9/30, 10/8, 10/9, 10/10.
    ['2026-09-28', 5, '2026-10-10'],
    // Friday before the 调休 Sunday.
    ['2026-09-18', 1, '2026-09-20'],
    ['2026-03-06', 1, '2026-03-09'],
    ['2026-10-08', -1, '2026-09-30'],
    // Counting back skips the Mid-Autumn days 9/25–9/27: 9/28 is the 19th, Thursday 9/24 the 20th.
    ['2026-10-29', -20, '2026-09-24'],
    ['2026-10-03', 0, '2026-10-03'],
  ] as const)('%s + %i working days = %s', (start, n, expected) => {
    expect(calendar.addWorkdays(start, n)).toBe(expected)
  })

  it('agrees with chinese-days findWorkday over its whole data set', async () => {
    const seeded = new WorkingDayCalendar(await chineseDaysRows())
    for (let day = Date.UTC(2004, 0, 1); day < Date.UTC(2026, 10, 1); day += 3 * 86_400_000) {
      const start = new Date(day).toISOString().slice(0, 10)
      for (const n of [1, 5, 7, 15, 20])
        expect(seeded.addWorkdays(start, n), `${start} + ${n}`).toBe(findWorkday(n, start))
    }
  })

  it('rejects fractional day counts', () => {
    expect(() => calendar.addWorkdays('2026-09-25', 1.5)).toThrow(RangeError)
  })
})

describe('WorkingDayCalendar.workdaysBetween', () => {
  it('counts working days after from, up to and including to', () => {
    expect(calendar.workdaysBetween('2026-09-25', '2026-10-29')).toBe(20)
    expect(calendar.workdaysBetween('2026-09-30', '2026-10-08')).toBe(1)
    expect(calendar.workdaysBetween('2026-10-01', '2026-10-07')).toBe(0)
    expect(calendar.workdaysBetween('2026-10-08', '2026-10-08')).toBe(0)
  })

  it('is negative when to comes before from', () => {
    expect(calendar.workdaysBetween('2026-10-29', '2026-09-25')).toBe(-20)
    expect(calendar.workdaysBetween('2026-10-08', '2026-09-30')).toBe(-1)
    expect(calendar.workdaysBetween('2026-10-07', '2026-10-01')).toBe(0)
  })

  it('inverts addWorkdays', () => {
    for (const n of [1, 2, 5, 20, 60])
      expect(calendar.workdaysBetween('2026-09-18', calendar.addWorkdays('2026-09-18', n))).toBe(n)
  })
})

describe('years without a State Council notice', () => {
  it('refuses to guess, naming the year and what to do', () => {
    let error: unknown
    try {
      calendar.isWorkday('2027-02-08')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(CalendarYearMissingError)
    expect((error as CalendarYearMissingError).year).toBe(2027)
    expect((error as Error).message).toBe(
      '2027 年的法定节假日安排尚未录入，无法计算工作日期限。请平台管理员在“节假日”中录入国务院办公厅发布的 2027 年节假日安排。',
    )
  })

  it('throws as soon as a period runs into the missing year', () => {
    expect(calendar.addWorkdays('2026-12-25', 4)).toBe('2026-12-31')
    expect(() => calendar.addWorkdays('2026-12-25', 5)).toThrow(CalendarYearMissingError)
    expect(() => calendar.workdaysBetween('2026-12-30', '2027-01-04')).toThrow(CalendarYearMissingError)
    expect(() => calendar.addWorkdays('2026-01-05', -3)).toThrow(/2025 年的法定节假日安排尚未录入/)
  })

  it('knows which years it covers', () => {
    expect(calendar.coveredYears).toEqual([2026])
    expect(
      new WorkingDayCalendar([...notice2026, { date: '2027-01-01', type: 'holiday', name: '元旦' }]).isWorkday(
        '2027-01-04',
      ),
    ).toBe(true)
  })
})

describe('calendar days', () => {
  it('converts timestamps to the China (UTC+8) day', () => {
    expect(chinaDay('2026-09-30T15:59:59Z')).toBe('2026-09-30')
    expect(chinaDay('2026-09-30T16:00:00Z')).toBe('2026-10-01')
    expect(chinaDay(new Date('2026-12-31T23:00:00+08:00'))).toBe('2026-12-31')
    expect(chinaDay(Date.UTC(2026, 11, 31, 16))).toBe('2027-01-01')
    expect(chinaDay('2026-10-01')).toBe('2026-10-01')
    expect(() => chinaDay('not a date')).toThrow(RangeError)
  })

  it('explains malformed and impossible dates in Chinese', () => {
    expect(calendarDayProblem('2026-10-01')).toBeNull()
    expect(calendarDayProblem('2026-9-1')).toBe('日期须按 YYYY-MM-DD 格式填写，例如 2027-01-01。')
    expect(calendarDayProblem('2026-02-29')).toBe('2026-02-29 不是实际存在的日期。')
    expect(calendarDayProblem('2024-02-29')).toBeNull()
    expect(() => calendar.isWorkday('2026/10/01')).toThrow(RangeError)
  })
})

describe('chinese-days seed', () => {
  it('holds exactly the 2026 notice as tabled in the domain rules', async () => {
    const rows = (await chineseDaysRows()).filter((row) => row.date.startsWith('2026-'))
    const key = (row: HolidayRow) => `${row.date} ${row.type} ${row.name}`
    expect(rows.map(key).sort()).toEqual(notice2026.map(key).sort())
  })

  it('covers 2004–2026 and nothing later', async () => {
    const seeded = new WorkingDayCalendar(await chineseDaysRows())
    expect(seeded.coveredYears).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i))
  })
})
