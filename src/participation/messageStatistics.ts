import type { Payload, PayloadRequest } from 'payload'
import { chinaDay, chinaMonthPeriod, chinaQuarterPeriod, chinaYearPeriod, type ChinaPeriod } from '../calendar/chinaTime'
import { getWorkingDayCalendar } from '../calendar/holidayCalendar'
import { type Bilingual, BilingualError } from '../i18n/bilingual'
import { averageHandlingProblem } from '../i18n/storedNotes'
import { CalendarYearMissingError } from '../calendar/workingDays'
import { Message } from '../states'

/**
 * 留言统计 (message statistics) of one site and period, the figures of the annual report's 互动交流 block
 * (《政府网站工作年度报表》: 收到数, 办结数, 平均办理时间, 公开答复数) plus 按期答复 and 无效.
 *
 * - A message belongs to the site that received it (`site`), transferred or not: the origin site answers for it.
 * - received: received in the period (China time), invalid ones included; `invalid` says how many of those
 *   were later marked invalid.
 * - replied (办结): the reviewed reply was released to the citizen (concluded) in the period; on time when that
 *   China day is on or before the due day (`dueOn`, working days after receipt or transfer). A message whose due
 *   day could not be computed (no holiday data) is counted in `undetermined`, never as on time.
 * - averageHandlingDays: working days from receipt to release over the replied ones (1 decimal); null when none
 *   were replied, or when the calendar lacks a year (then `problem` says which).
 * - published (公开答复): replied ones whose author agreed to publication.
 * Personal data plays no part: the figures stay the same after retention erases it (messageRetention.ts).
 */

export type StatisticsPeriodKind = 'month' | 'quarter' | 'year'
export type StatisticsPeriod = { kind: StatisticsPeriodKind; year: number; index?: number }

export type MessageStatistics = {
  site: string | number
  period: { kind: StatisticsPeriodKind; label: string; firstDay: string; lastDay: string }
  received: number
  invalid: number
  replied: number
  onTime: number
  undetermined: number
  averageHandlingDays: number | null
  published: number
  problem: string | null
}

const dayMs = 86_400_000

export const periodKindProblem: Bilingual = { zh: '统计周期应为 month（月）、quarter（季度）或 year（年）。', en: 'The period is month, quarter or year.' }

/** The instants of a period; a problem in both admin languages when it does not exist. */
export function periodRange(period: StatisticsPeriod): { range: ChinaPeriod; label: string } | { problem: Bilingual } {
  const { kind, year, index } = period
  if (!Number.isInteger(year) || year < 2000 || year > 2999) return { problem: { zh: '年份应为 2000 至 2999 之间的整数。', en: 'The year is a whole number from 2000 to 2999.' } }
  if (kind === 'year') return { range: chinaYearPeriod(year), label: `${year}年` }
  if (kind === 'quarter') {
    if (!index || !Number.isInteger(index) || index < 1 || index > 4) return { problem: { zh: '季度应为 1 至 4。', en: 'The quarter is 1 to 4.' } }
    return { range: chinaQuarterPeriod(year, index), label: `${year}年第${index}季度` }
  }
  if (kind === 'month') {
    if (!index || !Number.isInteger(index) || index < 1 || index > 12) return { problem: { zh: '月份应为 1 至 12。', en: 'The month is 1 to 12.' } }
    return { range: chinaMonthPeriod(year, index), label: `${year}年${index}月` }
  }
  return { problem: periodKindProblem }
}

type Row = {
  status: string
  receivedAt?: string | null
  publishedAt?: string | null
  dueOn?: string | null
  publishConsent?: boolean | null
}

const within = (value: string | null | undefined, range: ChinaPeriod): boolean => {
  if (!value) return false
  const t = Date.parse(value)
  return t >= range.from.getTime() && t < range.to.getTime()
}

/** The statistics of one site's mailbox for one period; throws a RangeError with a Chinese message for a bad period. */
export async function messageStatistics(
  payload: Payload,
  siteId: string | number,
  period: StatisticsPeriod,
  req?: Partial<PayloadRequest>,
): Promise<MessageStatistics> {
  const resolved = periodRange(period)
  if ('problem' in resolved) throw new BilingualError(resolved.problem)
  const { range, label } = resolved
  const inPeriod = (field: string) => ({
    and: [{ [field]: { greater_than_equal: range.from.toISOString() } }, { [field]: { less_than: range.to.toISOString() } }],
  })
  const { docs } = await payload.find({
    collection: 'messages',
    where: { and: [{ site: { equals: siteId } }, { or: [inPeriod('receivedAt'), inPeriod('publishedAt')] }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { status: true, receivedAt: true, publishedAt: true, dueOn: true, publishConsent: true },
    req,
  })
  const stats: MessageStatistics = {
    site: siteId,
    period: { kind: period.kind, label, firstDay: chinaDay(range.from), lastDay: chinaDay(new Date(range.to.getTime() - dayMs)) },
    received: 0,
    invalid: 0,
    replied: 0,
    onTime: 0,
    undetermined: 0,
    averageHandlingDays: null,
    published: 0,
    problem: null,
  }
  const handling: [string, string][] = []
  for (const doc of docs as Row[]) {
    if (within(doc.receivedAt, range)) {
      stats.received++
      if (doc.status === Message.invalid) stats.invalid++
    }
    if (doc.status !== Message.concluded || !within(doc.publishedAt, range) || !doc.receivedAt) continue
    const releasedOn = chinaDay(doc.publishedAt!)
    stats.replied++
    if (!doc.dueOn) stats.undetermined++
    else if (releasedOn <= doc.dueOn) stats.onTime++
    if (doc.publishConsent) stats.published++
    handling.push([chinaDay(doc.receivedAt), releasedOn])
  }
  if (handling.length) {
    try {
      const calendar = await getWorkingDayCalendar(payload)
      const total = handling.reduce((sum, [from, to]) => sum + calendar.workdaysBetween(from, to), 0)
      stats.averageHandlingDays = Math.round((total / handling.length) * 10) / 10
    } catch (error) {
      if (!(error instanceof CalendarYearMissingError)) throw error
      stats.problem = `${averageHandlingProblem.zh}${error.message}`
    }
  }
  return stats
}
