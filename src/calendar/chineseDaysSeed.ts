import type { HolidayRow } from './workingDays'

type ChineseDaysData = { holidays: Record<string, string>; workdays: Record<string, string> }

/** chinese-days abbreviates some names; the State Council notices use the full ones. */
const noticeNames: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' }

/** chinese-days values read "English name,中文名,days"; the Chinese name is the second part. */
function holidayName(value: string): string {
  const chinese = value.split(',')[1]?.trim() || value
  return noticeNames[chinese] ?? chinese
}

/**
 * Every day off and make-up workday published in chinese-days (2004–2026, 国务院办公厅 notices).
 * Loaded on demand: only an empty calendar needs it.
 */
export async function chineseDaysRows(): Promise<HolidayRow[]> {
  const { default: data } = (await import('chinese-days/dist/chinese-days.json', { with: { type: 'json' } })) as {
    default: ChineseDaysData
  }
  const rows: HolidayRow[] = [
    ...Object.entries(data.holidays).map(([date, value]): HolidayRow => ({ date, type: 'holiday', name: holidayName(value) })),
    ...Object.entries(data.workdays).map(([date, value]): HolidayRow => ({ date, type: 'makeup-workday', name: holidayName(value) })),
  ]
  return rows.sort((a, b) => a.date.localeCompare(b.date))
}
