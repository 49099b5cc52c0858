/**
 * The working-day calendar (法定节假日 + 调休) that legal deadlines count in. Dates are calendar
 * days in China time, written 'YYYY-MM-DD'. Pure: the rows come from the `holidays` collection.
 */

import { BilingualError } from '../i18n/bilingual'
import { calendarDayProblem } from './chinaTime'

export const holidayTypes = ['holiday', 'makeup-workday'] as const
export type HolidayType = (typeof holidayTypes)[number]

/** One day that differs from the ordinary week: a day off (放假) or a weekend workday (调休上班). */
export type HolidayRow = { date: string; type: HolidayType; name?: string | null }

/**
 * Raised instead of guessing when a computation reaches a year whose State Council notice is not entered. Its
 * `message` is the Chinese (stored in notes and shown to citizens' case handlers); `text` has the English too.
 */
export class CalendarYearMissingError extends BilingualError {
  readonly year: number

  constructor(year: number) {
    super({
      zh: `${year} 年的法定节假日安排尚未录入，无法计算工作日期限。请平台管理员在“节假日”中录入国务院办公厅发布的 ${year} 年节假日安排。`,
      en: `The ${year} holiday calendar has not been entered, so working-day deadlines cannot be computed. A platform administrator enters the State Council General Office's ${year} holiday arrangements under “Holidays”.`,
    })
    this.name = 'CalendarYearMissingError'
    this.year = year
  }
}

/**
 * A deadline note stored in Chinese (a CalendarYearMissingError's message) in the admin's language: the English
 * for an English admin, the note itself otherwise and for any other note.
 */
export function calendarNoteIn(language: string | undefined, note: string): string {
  if (language !== 'en') return note
  const missing = /^(\d{4}) 年的法定节假日安排尚未录入/.exec(note)
  return missing ? new CalendarYearMissingError(Number(missing[1])).text.en : note
}

const dayMs = 24 * 60 * 60 * 1000

function dayNumber(date: string): number {
  const problem = calendarDayProblem(date)
  if (problem) throw new RangeError(problem)
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / dayMs
}

const dayString = (day: number): string => new Date(day * dayMs).toISOString().slice(0, 10)

/** The year of a 'YYYY-MM-DD' day. */
export function yearOf(date: string): number {
  return new Date(dayNumber(date) * dayMs).getUTCFullYear()
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(dayNumber(date) * dayMs).getUTCDay()
}

export class WorkingDayCalendar {
  private readonly days = new Map<string, HolidayType>()
  private readonly years = new Set<number>()

  constructor(rows: Iterable<HolidayRow>) {
    for (const row of rows) {
      this.years.add(yearOf(row.date))
      this.days.set(row.date, row.type)
    }
  }

  /** Years with at least one row, ascending. */
  get coveredYears(): number[] {
    return [...this.years].sort((a, b) => a - b)
  }

  covers(year: number): boolean {
    return this.years.has(year)
  }

  isWorkday(date: string): boolean {
    return this.isWorkdayNumber(dayNumber(date))
  }

  /** The n-th working day after `start` (`start` itself is not counted); a negative n counts back. */
  addWorkdays(start: string, n: number): string {
    if (!Number.isInteger(n)) throw new RangeError(`工作日数必须是整数：${n}`)
    let day = dayNumber(start)
    const step = Math.sign(n)
    for (let remaining = Math.abs(n); remaining > 0; ) {
      day += step
      if (this.isWorkdayNumber(day)) remaining -= 1
    }
    return dayString(day)
  }

  /** Working days after `from` up to and including `to`; negative when `to` is before `from`. */
  workdaysBetween(from: string, to: string): number {
    const first = dayNumber(from)
    const last = dayNumber(to)
    const [low, high, sign] = first <= last ? [first, last, 1] : [last, first, -1]
    let count = 0
    for (let day = low + 1; day <= high; day += 1) if (this.isWorkdayNumber(day)) count += 1
    return count === 0 ? 0 : sign * count
  }

  private isWorkdayNumber(day: number): boolean {
    const date = new Date(day * dayMs)
    const year = date.getUTCFullYear()
    if (!this.years.has(year)) throw new CalendarYearMissingError(year)
    const type = this.days.get(dayString(day))
    if (type === 'holiday') return false
    if (type === 'makeup-workday') return true
    const weekday = date.getUTCDay()
    return weekday !== 0 && weekday !== 6
  }
}
