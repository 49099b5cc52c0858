import type { Payload, PayloadRequest } from 'payload'
import { addCalendarMonths, chinaDay, startOfChinaDay } from '../calendar/chinaTime'
import { CalendarYearMissingError } from '../calendar/workingDays'
import { workingDayDeadline } from '../calendar/deadlines'
import { getPlatformSettings } from '../settings/platformSettings'
import { unansweredStatuses, type MessageStatus } from './messageVocabulary'
import { Message } from '../states'

/**
 * Deadlines of messages (留言办理时限).
 * - The reply is due `messageReplyWorkdays` working days (平台设置, default 15) after receipt.
 * - A transfer (转办) restarts that period from the transfer day: the receiving unit gets the full period.
 * - 国办秘函〔2019〕19号 互动回应差 ②: the 3-month rule always counts from receipt, whatever the transfers;
 *   an invalid message (无效留言) counts for neither.
 * - A warning (预警) is raised once an unanswered message is 2 months old, before the 3-month veto line.
 */

export type DeadlineOutcome = { dueOn: string | null; problem: string | null }

/** The reply's due day (China time) counted from `start`; null with the calendar's Chinese message when a year lacks holiday data. */
export async function replyDueOn(payload: Payload, start: Date | string): Promise<DeadlineOutcome> {
  const { messageReplyWorkdays } = await getPlatformSettings(payload)
  try {
    return { dueOn: await workingDayDeadline(payload, start, messageReplyWorkdays), problem: null }
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return { dueOn: null, problem: error.message }
    throw error
  }
}

export type MessageClock = { status: MessageStatus; receivedAt: string; repliedAt?: string | null }

/** The first China day on which a message received at `receivedAt` is more than `months` months old. */
const ageLine = (receivedAt: string, months: number): string => addCalendarMonths(chinaDay(receivedAt), months)

/** True when the message, unanswered at `now`, is more than `months` calendar months old (China days). */
export function unansweredLongerThan(message: MessageClock, months: number, now: Date): boolean {
  if (!unansweredStatuses.includes(message.status)) return false
  return chinaDay(now) > ageLine(message.receivedAt, months)
}

/** 19号 ②: in the year before `now`, a valid message that waited more than 3 months (still waiting, or answered late). */
export function overThreeMonths(message: MessageClock, now: Date): boolean {
  if (message.status === Message.invalid) return false
  const line = ageLine(message.receivedAt, 3)
  if (unansweredStatuses.includes(message.status)) return chinaDay(now) > line
  if (!message.repliedAt) return false
  const yearAgo = addCalendarMonths(chinaDay(now), -12)
  return chinaDay(message.repliedAt) > line && chinaDay(message.repliedAt) >= yearAgo
}

/** 2-month warning: unanswered, older than 2 months, not yet over the 3-month line. */
export const needsTwoMonthWarning = (message: MessageClock, now: Date): boolean =>
  unansweredLongerThan(message, 2, now) && !unansweredLongerThan(message, 3, now)

export type MailboxDeadlineFigures = {
  /** Valid messages received in the 15 months before `now` that are not yet answered. */
  unanswered: number
  warnings: number
  overThreeMonths: number
  overdue: number
}

/**
 * The figures of one site's mailbox at `now`: the messages received on the site (transferred ones stay
 * the origin site's responsibility). Feeds the site-health monitor's interaction probe.
 */
export async function mailboxDeadlineFigures(
  payload: Payload,
  siteId: string | number,
  now: Date = new Date(),
  req?: Partial<PayloadRequest>,
): Promise<MailboxDeadlineFigures> {
  const since = startOfChinaDay(addCalendarMonths(chinaDay(now), -15))
  const { docs } = await payload.find({
    collection: 'messages',
    where: {
      and: [
        { site: { equals: siteId } },
        { receivedAt: { greater_than_equal: since.toISOString() } },
        { status: { not_equals: Message.invalid } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { status: true, receivedAt: true, repliedAt: true, dueOn: true },
    req,
  })
  const today = chinaDay(now)
  const figures: MailboxDeadlineFigures = { unanswered: 0, warnings: 0, overThreeMonths: 0, overdue: 0 }
  for (const doc of docs) {
    const message = doc as MessageClock & { dueOn?: string | null }
    const open = unansweredStatuses.includes(message.status)
    if (open) figures.unanswered++
    if (needsTwoMonthWarning(message, now)) figures.warnings++
    if (overThreeMonths(message, now)) figures.overThreeMonths++
    if (open && message.dueOn && today > message.dueOn) figures.overdue++
  }
  return figures
}

/** The 3-month veto figure alone (19号 互动回应差 ②). */
export async function messagesUnansweredOverThreeMonths(
  payload: Payload,
  siteId: string | number,
  now: Date = new Date(),
): Promise<number> {
  return (await mailboxDeadlineFigures(payload, siteId, now)).overThreeMonths
}
