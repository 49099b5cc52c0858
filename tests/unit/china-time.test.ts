import { findWorkday } from 'chinese-days'
import { describe, expect, it } from 'vitest'
import {
  addCalendarDays,
  calendarDaysBetween,
  chinaDay,
  chinaDayTime,
  chinaDaysPeriod,
  chinaInstant,
  chinaMonthPeriod,
  chinaQuarterPeriod,
  chinaYear,
  chinaYearPeriod,
  endOfChinaDay,
  startOfChinaDay,
} from '../../src/calendar/chinaTime'
import { chineseDaysRows } from '../../src/calendar/chineseDaysSeed'
import { CalendarYearMissingError, WorkingDayCalendar } from '../../src/calendar/workingDays'
import { formatIndexNumber } from '../../src/publishing/indexNumbers'
import { parseDay } from '../../src/reposting/compliance'
import { describePeriod, periodDay } from '../../src/reposting/lateness'
import { minutesLate } from '../../src/reposting/review'

// Every instant here is written in UTC on purpose: 00:00 in Beijing is 16:00 UTC the day before.
const iso = (value: Date) => value.toISOString()

describe('China calendar days of instants', () => {
  it('turns the day at 16:00 UTC, not at UTC midnight', () => {
    expect(chinaDay('2026-12-31T15:59:59.999Z')).toBe('2026-12-31')
    expect(chinaDay('2026-12-31T16:00:00.000Z')).toBe('2027-01-01')
    expect(chinaDay(Date.parse('2026-06-30T16:00:00Z'))).toBe('2026-07-01')
    expect(chinaDay(new Date('2026-03-01T00:00:00+08:00'))).toBe('2026-03-01')
    expect(chinaDayTime('2026-12-31T16:30:00Z')).toBe('2027-01-01 00:30')
  })

  it('knows the year in Beijing, which is what 索引号 carry', () => {
    expect(chinaYear('2026-12-31T15:59:59Z')).toBe(2026)
    expect(chinaYear('2026-12-31T16:00:00Z')).toBe(2027)
    expect(formatIndexNumber('6400000001', chinaYear('2026-12-31T16:30:00Z'), 1)).toBe('6400000001/2027-00001')
    expect(formatIndexNumber('6400000001', chinaYear('2026-12-31T15:30:00Z'), 12)).toBe('6400000001/2026-00012')
  })

  it('handles 29 February and the days around it', () => {
    expect(chinaDay('2028-02-28T16:00:00Z')).toBe('2028-02-29')
    expect(chinaDay('2028-02-29T15:59:00Z')).toBe('2028-02-29')
    expect(chinaDay('2028-02-29T16:00:00Z')).toBe('2028-03-01')
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addCalendarDays('2027-02-28', 1)).toBe('2027-03-01')
    expect(addCalendarDays('2028-03-01', -1)).toBe('2028-02-29')
    expect(calendarDaysBetween('2028-02-01', '2028-03-01')).toBe(29)
    expect(calendarDaysBetween('2027-02-01', '2027-03-01')).toBe(28)
    expect(() => startOfChinaDay('2027-02-29')).toThrow('不是实际存在的日期')
  })

  it('gives each day its first and last instant in Beijing', () => {
    expect(iso(startOfChinaDay('2027-01-01'))).toBe('2026-12-31T16:00:00.000Z')
    expect(iso(endOfChinaDay('2026-12-31'))).toBe('2026-12-31T15:59:59.999Z')
    expect(iso(chinaInstant('2026-10-01', 9, 30))).toBe('2026-10-01T01:30:00.000Z')
  })
})

describe('periods in China time (reports, compliance checks)', () => {
  it('cuts months, quarters and years at Beijing midnight, with an exclusive end', () => {
    expect(chinaMonthPeriod(2026, 12)).toEqual({
      from: new Date('2026-11-30T16:00:00Z'),
      to: new Date('2026-12-31T16:00:00Z'),
    })
    expect(chinaMonthPeriod(2028, 2)).toEqual({
      from: new Date('2028-01-31T16:00:00Z'),
      to: new Date('2028-02-29T16:00:00Z'),
    })
    expect(chinaQuarterPeriod(2026, 4)).toEqual({
      from: new Date('2026-09-30T16:00:00Z'),
      to: new Date('2026-12-31T16:00:00Z'),
    })
    expect(chinaQuarterPeriod(2027, 1)).toEqual({
      from: new Date('2026-12-31T16:00:00Z'),
      to: new Date('2027-03-31T16:00:00Z'),
    })
    expect(chinaYearPeriod(2027)).toEqual({
      from: new Date('2026-12-31T16:00:00Z'),
      to: new Date('2027-12-31T16:00:00Z'),
    })
    expect(chinaDaysPeriod('2028-02-01', '2028-02-29').to).toEqual(new Date('2028-02-29T16:00:00Z'))
  })

  it('reads a compliance period of whole China days and names it back in China dates', () => {
    expect(parseDay('2026-12-01')).toBe('2026-11-30T16:00:00.000Z')
    expect(parseDay('2026-12-31', true)).toBe('2026-12-31T16:00:00.000Z')
    expect(parseDay('2028-02-29', true)).toBe('2028-02-29T16:00:00.000Z')
    expect(() => parseDay('2026-13-01')).toThrow('无法识别的日期')
    const period = { from: parseDay('2026-12-01'), to: parseDay('2026-12-31', true) }
    expect(describePeriod(period)).toBe('2026-12-01 至 2026-12-31')
    expect(periodDay('2026-12-31T16:00:00.000Z', true)).toBe('2026-12-31')
    expect(periodDay('2026-12-31T16:00:00.000Z')).toBe('2027-01-01')
  })

  it('counts repost lateness in minutes across midnight and the year end', () => {
    expect(minutesLate(new Date('2026-12-31T16:30:00Z'), '2026-12-31T15:45:00Z')).toBe(45)
    expect(minutesLate(new Date('2028-02-29T15:59:00Z'), '2028-02-29T16:00:00Z')).toBe(0)
  })
})

describe('working-day deadlines at China day and year boundaries', async () => {
  const calendar = new WorkingDayCalendar(await chineseDaysRows())

  it('starts counting from the China day an instant falls on', () => {
    // 2025-12-31 16:30 UTC is 00:30 on New Year's Day in Beijing, a holiday: five working days from 1 January.
    const start = chinaDay('2025-12-31T16:30:00Z')
    expect(start).toBe('2026-01-01')
    expect(calendar.addWorkdays(start, 5)).toBe(findWorkday(5, '2026-01-01'))
    // Half an hour earlier it is still 31 December, a Wednesday and a working day.
    expect(calendar.addWorkdays(chinaDay('2025-12-31T15:30:00Z'), 5)).toBe(findWorkday(5, '2025-12-31'))
  })

  it('refuses to guess into a year whose holidays are not entered, naming that year', () => {
    const start = chinaDay('2026-12-31T16:30:00Z')
    expect(start).toBe('2027-01-01')
    try {
      calendar.addWorkdays(start, 5)
      expect.unreachable('2027 has no holiday data in chinese-days 1.5.7')
    } catch (error) {
      expect(error).toBeInstanceOf(CalendarYearMissingError)
      expect((error as CalendarYearMissingError).year).toBe(2027)
    }
  })
})
