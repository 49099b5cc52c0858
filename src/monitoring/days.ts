import { chinaDay } from '../calendar/workingDays'

/** China calendar days (UTC+8) between two moments: 0 on the same day, positive when `to` is later. */
export function chinaDaysBetween(from: Date | string | number, to: Date | string | number): number {
  const a = Date.parse(`${chinaDay(from)}T00:00:00Z`)
  const b = Date.parse(`${chinaDay(to)}T00:00:00Z`)
  return Math.round((b - a) / 86_400_000)
}

/** The China day `days` before `moment`'s China day. */
export function chinaDayMinusDays(moment: Date | string | number, days: number): string {
  const base = new Date(`${chinaDay(moment)}T00:00:00Z`)
  base.setUTCDate(base.getUTCDate() - days)
  return base.toISOString().slice(0, 10)
}

/** The China day `months` calendar months before `moment`'s China day, clamped to the month's end (08-31 − 6 months = 02-28). */
export function chinaDayMinusMonths(moment: Date | string | number, months: number): string {
  const [y, m, d] = chinaDay(moment).split('-').map(Number) as [number, number, number]
  const monthIndex = y * 12 + (m - 1) - months
  const year = Math.floor(monthIndex / 12)
  const month = monthIndex - year * 12
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`
}
