import type { Payload } from 'payload'
import { chinaDay } from '../calendar/chinaTime'
import { getWorkingDayCalendar } from '../calendar/holidayCalendar'
import { CalendarYearMissingError, type WorkingDayCalendar } from '../calendar/workingDays'
import { getPlatformSettings } from '../settings/platformSettings'
import type { PlatformSettings } from '../settings/defaults'
import { receiptDayField, type ApplicationChannel } from './vocabulary'

/**
 * The statutory clocks of an application for disclosure (政府信息公开条例), on the working-day calendar:
 * - 第三十一条: the receipt day depends on the channel (vocabulary.receiptDayField);
 * - 第三十三条: the reply is due `disclosureReplyWorkdays` (20) working days after receipt; one extension of at
 *   most `disclosureExtensionWorkdays` (20) more, approved by the head of the disclosure office and notified;
 * - 第三十条: a supplement (补正) is asked for once, within `disclosureSupplementRequestWorkdays` (7) working days
 *   of receipt; while it is awaited no clock runs, and the 20 days start again from the day it arrives;
 * - 第三十二条: a consulted third party has `disclosureThirdPartyWorkdays` (15) working days, not counted;
 * - the fee notice's payment period (`disclosureFeePaymentWorkdays`) is not counted either.
 * A pause still running is counted at its full length, so a due day never moves with today's date; an early
 * answer or payment shortens it. A period reaching a year without holiday data gives no day and a Chinese
 * explanation (CalendarYearMissingError), as the calendar does everywhere else.
 */

type Day = string | Date | null | undefined

export type ClockInput = {
  channel: ApplicationChannel
  handedInOn?: Day
  signedForOn?: Day
  confirmedOn?: Day
  supplementRequestedOn?: Day
  supplementReceivedOn?: Day
  thirdPartySentOn?: Day
  thirdPartyRepliedOn?: Day
  feeNoticeOn?: Day
  feePaidOn?: Day
  extensionWorkdays?: number | null
  concludedOn?: Day
}

export type ClockSettings = Pick<
  PlatformSettings,
  | 'disclosureReplyWorkdays'
  | 'disclosureExtensionWorkdays'
  | 'disclosureSupplementRequestWorkdays'
  | 'disclosureThirdPartyWorkdays'
  | 'disclosureFeePaymentWorkdays'
>

export type Clocks = {
  /** 收到申请之日; null until the receipt day of the channel is known (e.g. an online application not yet confirmed). */
  receivedOn: string | null
  /** The last day to ask for a supplement (补正告知期限). */
  supplementRequestBy: string | null
  /** True while a supplement is awaited: no reply clock runs. */
  awaitingSupplement: boolean
  /** The day the 20 working days count from: receipt, or the supplement's arrival. */
  clockStart: string | null
  thirdPartyDueOn: string | null
  feeDueOn: string | null
  /** Working days not counted (third party, fee payment). */
  pausedWorkdays: number
  /** Due day without the extension. */
  replyDueOn: string | null
  /** Due day with the extension, if any: the day that counts. */
  dueOn: string | null
  /** Working days left after `today` up to the due day; negative when overdue; null without a due day. */
  daysLeft: number | null
  overdue: boolean
  /** The applicant was told the fee and its period has passed unpaid: close as 逾期未缴费. */
  feeLapsed: boolean
  /** The third party's period has passed with no opinion recorded: the office decides without it (条例第三十二条). */
  thirdPartyLapsed: boolean
  /** Concluded after the due day. */
  answeredLate: boolean
  problem: string | null
}

const day = (value: Day): string | null => (value ? chinaDay(value) : null)

/** Working days after `start` up to and including the earlier of `end` and the period's last day. */
function pause(calendar: WorkingDayCalendar, start: string | null, end: string | null, workdays: number) {
  if (!start) return { days: 0, dueOn: null }
  const dueOn = calendar.addWorkdays(start, workdays)
  const last = end && end < dueOn ? end : dueOn
  return { days: Math.max(0, calendar.workdaysBetween(start, last)), dueOn }
}

/** Today may lie in a year without holiday data while the due day does not: no count then, and no problem stored. */
function daysBetween(calendar: WorkingDayCalendar, today: string, dueOn: string): number | null {
  try {
    return calendar.workdaysBetween(today, dueOn)
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return null
    throw error
  }
}

export function computeClocks(input: ClockInput, calendar: WorkingDayCalendar, settings: ClockSettings, today: string): Clocks {
  const receivedOn = day(input[receiptDayField[input.channel]])
  const clocks: Clocks = {
    receivedOn,
    supplementRequestBy: null,
    awaitingSupplement: false,
    clockStart: null,
    thirdPartyDueOn: null,
    feeDueOn: null,
    pausedWorkdays: 0,
    replyDueOn: null,
    dueOn: null,
    daysLeft: null,
    overdue: false,
    feeLapsed: false,
    thirdPartyLapsed: false,
    answeredLate: false,
    problem: null,
  }
  if (!receivedOn) return clocks
  try {
    clocks.supplementRequestBy = calendar.addWorkdays(receivedOn, settings.disclosureSupplementRequestWorkdays)
    const supplementAsked = day(input.supplementRequestedOn)
    const supplementIn = day(input.supplementReceivedOn)
    clocks.awaitingSupplement = Boolean(supplementAsked && !supplementIn)
    clocks.clockStart = supplementAsked && supplementIn ? supplementIn : receivedOn
    const concluded = day(input.concludedOn)
    const thirdParty = pause(calendar, day(input.thirdPartySentOn), day(input.thirdPartyRepliedOn), settings.disclosureThirdPartyWorkdays)
    const fee = pause(calendar, day(input.feeNoticeOn), day(input.feePaidOn), settings.disclosureFeePaymentWorkdays)
    clocks.thirdPartyDueOn = thirdParty.dueOn
    clocks.feeDueOn = fee.dueOn
    clocks.feeLapsed = Boolean(fee.dueOn && !input.feePaidOn && today > fee.dueOn)
    clocks.thirdPartyLapsed = Boolean(thirdParty.dueOn && !input.thirdPartyRepliedOn && today > thirdParty.dueOn)
    clocks.pausedWorkdays = thirdParty.days + fee.days
    if (clocks.awaitingSupplement) return clocks
    const counted = settings.disclosureReplyWorkdays + clocks.pausedWorkdays
    clocks.replyDueOn = calendar.addWorkdays(clocks.clockStart, counted)
    const extension = Math.max(0, Math.min(input.extensionWorkdays ?? 0, settings.disclosureExtensionWorkdays))
    clocks.dueOn = extension ? calendar.addWorkdays(clocks.clockStart, counted + extension) : clocks.replyDueOn
    if (concluded) {
      clocks.answeredLate = concluded > clocks.dueOn
      return clocks
    }
    clocks.overdue = today > clocks.dueOn
    clocks.daysLeft = daysBetween(calendar, today, clocks.dueOn)
  } catch (error) {
    if (!(error instanceof CalendarYearMissingError)) throw error
    clocks.problem = error.message
  }
  return clocks
}

/** The clocks with the platform's calendar and settings, at `now`. */
export async function applicationClocks(payload: Payload, input: ClockInput, now: Date = new Date()): Promise<Clocks> {
  const [calendar, settings] = await Promise.all([getWorkingDayCalendar(payload), getPlatformSettings(payload)])
  return computeClocks(input, calendar, settings, chinaDay(now))
}
