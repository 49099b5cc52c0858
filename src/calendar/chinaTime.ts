/**
 * China Standard Time (UTC+8), the one place the platform turns instants into China calendar days and back.
 * Legal deadlines, index numbers (索引号 carry the year), repost due times, report periods and the dates shown on
 * public pages all count days as a Beijing office does, whatever the server's own zone. China has kept UTC+8 all
 * year since 1992, so a fixed offset is exact and no time-zone database is needed.
 */

import type { Bilingual } from '../i18n/bilingual'

export const chinaOffsetMs = 8 * 60 * 60 * 1000
const dayMs = 24 * 60 * 60 * 1000
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/

export type Moment = Date | string | number

/** Epoch milliseconds of a moment, or NaN. A bare 'YYYY-MM-DD' is that day's China midnight. */
function timeOf(moment: Moment): number {
  if (moment instanceof Date) return moment.getTime()
  if (typeof moment === 'number') return moment
  if (dayPattern.test(moment)) return Date.parse(`${moment}T00:00:00+08:00`)
  return Date.parse(moment)
}

/** The moment shifted so that its UTC fields read as the wall clock in Beijing. */
function chinaWallClock(moment: Moment): Date {
  const time = timeOf(moment)
  if (!Number.isFinite(time)) throw new RangeError(`无法识别的时间：${String(moment)}`)
  return new Date(time + chinaOffsetMs)
}

/** Why a value is not a real 'YYYY-MM-DD' calendar day, in both admin languages, or null when it is one. */
export function calendarDayProblemText(value: unknown): Bilingual | null {
  if (typeof value !== 'string' || !dayPattern.test(value)) return { zh: '日期须按 YYYY-MM-DD 格式填写，例如 2027-01-01。', en: 'Write the date as YYYY-MM-DD, e.g. 2027-01-01.' }
  const [, year, month, day] = dayPattern.exec(value) as RegExpExecArray
  const time = Date.UTC(Number(year), Number(month) - 1, Number(day))
  if (new Date(time).toISOString().slice(0, 10) !== value) return { zh: `${value} 不是实际存在的日期。`, en: `${value} is not a real date.` }
  return null
}

/** Why a value is not a real 'YYYY-MM-DD' calendar day (in Chinese), or null when it is one. */
export function calendarDayProblem(value: unknown): string | null {
  return calendarDayProblemText(value)?.zh ?? null
}

export function isCalendarDay(value: unknown): value is string {
  return calendarDayProblem(value) === null
}

/**
 * The China calendar day of a moment. A plain 'YYYY-MM-DD' is already a day and is returned as is;
 * timestamps (Date, ISO string, epoch ms) are shifted to UTC+8 first, so 2026-09-30T16:30:00Z is 2026-10-01.
 */
export function chinaDay(moment: Moment = new Date()): string {
  if (typeof moment === 'string' && dayPattern.test(moment)) {
    const problem = calendarDayProblem(moment)
    if (problem) throw new RangeError(problem)
    return moment
  }
  return chinaWallClock(moment).toISOString().slice(0, 10)
}

/** 'YYYY-MM-DD HH:mm' in Beijing. */
export function chinaDayTime(moment: Moment): string {
  return chinaWallClock(moment).toISOString().slice(0, 16).replace('T', ' ')
}

/** The year in Beijing: from 16:00 UTC on 31 December it is already next year. */
export function chinaYear(moment: Moment = new Date()): number {
  return Number(chinaDay(moment).slice(0, 4))
}

/** The first instant (00:00 Beijing) of a China calendar day. */
export function startOfChinaDay(day: string): Date {
  const problem = calendarDayProblem(day)
  if (problem) throw new RangeError(problem)
  return new Date(Date.parse(`${day}T00:00:00+08:00`))
}

/** The last millisecond (23:59:59.999 Beijing) of a China calendar day. */
export function endOfChinaDay(day: string): Date {
  return new Date(startOfChinaDay(day).getTime() + dayMs - 1)
}

/** The calendar day `days` after (or before, when negative) `day`. */
export function addCalendarDays(day: string, days: number): string {
  return new Date(startOfChinaDay(day).getTime() + chinaOffsetMs + days * dayMs).toISOString().slice(0, 10)
}

/** The same day `months` calendar months later (negative: earlier), clamped to the month's end (08-31 − 6 months = 02-28). */
export function addCalendarMonths(day: string, months: number): string {
  const problem = calendarDayProblem(day)
  if (problem) throw new RangeError(problem)
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const monthIndex = y * 12 + (m - 1) + months
  const year = Math.floor(monthIndex / 12)
  const month = monthIndex - year * 12
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`
}

/** Whole calendar days from `from` to `to` (China days); negative when `to` is earlier. */
export function calendarDaysBetween(from: Moment, to: Moment): number {
  return Math.round((startOfChinaDay(chinaDay(to)).getTime() - startOfChinaDay(chinaDay(from)).getTime()) / dayMs)
}

/** A period of whole China days as instants: `from` at its first instant, `to` exclusive (the next day's midnight). */
export type ChinaPeriod = { from: Date; to: Date }

export function chinaDaysPeriod(firstDay: string, lastDay: string): ChinaPeriod {
  return { from: startOfChinaDay(firstDay), to: startOfChinaDay(addCalendarDays(lastDay, 1)) }
}

/** Month 1–12 of a year, in Beijing. */
export function chinaMonthPeriod(year: number, month: number): ChinaPeriod {
  const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`
  const next = month === 12 ? `${String(year + 1).padStart(4, '0')}-01-01` : `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-01`
  return { from: startOfChinaDay(first), to: startOfChinaDay(next) }
}

/** Quarter 1–4 of a year, in Beijing. */
export function chinaQuarterPeriod(year: number, quarter: number): ChinaPeriod {
  const start = chinaMonthPeriod(year, (quarter - 1) * 3 + 1)
  const end = chinaMonthPeriod(year, quarter * 3)
  return { from: start.from, to: end.to }
}

export function chinaYearPeriod(year: number): ChinaPeriod {
  return { from: startOfChinaDay(`${year}-01-01`), to: startOfChinaDay(`${year + 1}-01-01`) }
}

/** The instant of a wall-clock time in Beijing on a given day. */
export function chinaInstant(day: string, hour = 0, minute = 0): Date {
  return new Date(startOfChinaDay(day).getTime() + (hour * 60 + minute) * 60_000)
}
