import type { Payload } from 'payload'
import { addCalendarMonths, chinaDay } from '../calendar/chinaTime'
import { workingDayDeadline } from '../calendar/deadlines'
import { CalendarYearMissingError } from '../calendar/workingDays'
import { getPlatformSettings } from '../settings/platformSettings'
import { Consultation, type ConsultationState } from '../states'

/**
 * 征集期 and 反馈时限 of a consultation. The period is two China-time days, both inclusive: comments are
 * taken from 00:00 Beijing time on `startsOn` until 24:00 on `endsOn`, whatever the server's time zone.
 * The feedback (意见采纳情况反馈) is due `consultationFeedbackWorkdays` working days (平台设置, default 15)
 * after `endsOn`, on the holiday calendar; past that day without a published feedback it is overdue.
 */

export type ConsultationPhase = 'upcoming' | 'open' | 'closed'

export type ConsultationClock = {
  status?: ConsultationState | string | null
  startsOn?: string | null
  endsOn?: string | null
  feedbackDueOn?: string | null
  feedback?: { published?: boolean | null } | null
}

export const phaseLabels: Record<ConsultationPhase, string> = {
  upcoming: '尚未开始',
  open: '正在征集',
  closed: '征集已结束',
}

/** Where `now` falls in the period, by China-time day. */
export function consultationPhase(c: ConsultationClock, now: Date = new Date()): ConsultationPhase {
  const today = chinaDay(now)
  if (c.startsOn && today < c.startsOn) return 'upcoming'
  if (c.endsOn && today > c.endsOn) return 'closed'
  return 'open'
}

/** Comments are accepted only on a published consultation, on a day of its period. */
export const takesComments = (c: ConsultationClock, now: Date = new Date()): boolean =>
  c.status === Consultation.published && Boolean(c.startsOn && c.endsOn) && consultationPhase(c, now) === 'open'

export type FeedbackDue = { dueOn: string | null; problem: string | null }

/** The feedback's due day; null with the calendar's Chinese message when a year lacks holiday data. */
export async function feedbackDueOn(payload: Payload, endsOn: string): Promise<FeedbackDue> {
  const { consultationFeedbackWorkdays } = await getPlatformSettings(payload)
  try {
    return { dueOn: await workingDayDeadline(payload, endsOn, consultationFeedbackWorkdays), problem: null }
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return { dueOn: null, problem: error.message }
    throw error
  }
}

/** Overdue: published, closed, its feedback not published and the due day passed (China time). */
export function feedbackOverdue(c: ConsultationClock, now: Date = new Date()): boolean {
  if (c.status !== Consultation.published || c.feedback?.published) return false
  if (!c.feedbackDueOn) return false
  return chinaDay(now) > c.feedbackDueOn
}

/**
 * For the monitor's interaction probe (互动回应差 ①): the site's published consultations that are open
 * today or closed within the year before `now` (the period 19号 looks back on) are a working channel.
 */
export async function workingConsultations(payload: Payload, siteId: number | string, now: Date = new Date()): Promise<number> {
  const today = chinaDay(now)
  const yearAgo = addCalendarMonths(today, -12)
  const { totalDocs } = await payload.count({
    collection: 'consultations',
    where: {
      and: [
        { site: { equals: siteId } },
        { status: { equals: Consultation.published } },
        { startsOn: { less_than_equal: today } },
        { endsOn: { greater_than_equal: yearAgo } },
      ],
    },
    overrideAccess: true,
  })
  return totalDocs
}
