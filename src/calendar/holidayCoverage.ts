import type { Payload } from 'payload'
import { chinaDay } from './chinaTime'

/**
 * The State Council publishes next year's holiday arrangement in late October or November; deadlines counted in
 * working days across New Year need it. From 1 November (China time) the platform admin is reminded to enter it.
 */
export const holidayReminderFromMonth = 11

/** The year whose calendar should already be entered at `now`, or null before the reminder season. */
export function holidayYearDue(now: Date): number | null {
  const [year, month] = chinaDay(now).split('-').map(Number) as [number, number]
  return month >= holidayReminderFromMonth ? year + 1 : null
}

/** Next year's holiday calendar, when it is due and not yet entered: the year to enter; otherwise null. */
export async function missingHolidayYear(payload: Payload, now: Date): Promise<number | null> {
  const year = holidayYearDue(now)
  if (year === null) return null
  const { totalDocs } = await payload.count({
    collection: 'holidays',
    where: { year: { equals: year } },
    overrideAccess: true,
  })
  return totalDocs ? null : year
}
