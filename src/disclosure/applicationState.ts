import { DisclosureApplication, type DisclosureApplicationState } from '../states'
import type { ClockInput, Clocks } from './clocks'
import type { ApplicantKind, ApplicationChannel, OrganisationType, ReplyType, ResultRow } from './vocabulary'

/** The stored shape of an application, as the hooks and the table see it (days are 'YYYY-MM-DD'). */
export type ApplicationData = {
  site?: unknown
  trackingCode?: string | null
  applicantKind?: ApplicantKind
  organisationType?: OrganisationType | null
  applicant?: { name?: string | null; idNumber?: string | null; [key: string]: unknown }
  requestedInformation?: string
  subjectKey?: string | null
  channel?: ApplicationChannel
  handedInOn?: string | null
  signedForOn?: string | null
  confirmedOn?: string | null
  supplement?: { requestedOn?: string | null; request?: string | null; receivedOn?: string | null }
  thirdParty?: { name?: string | null; sentOn?: string | null; repliedOn?: string | null }
  extension?: { workdays?: number | null; approver?: string | null; approvedOn?: string | null; noticeOn?: string | null }
  fee?: { amount?: number | null; noticeOn?: string | null; paidOn?: string | null }
  receivedOn?: string | null
  clockStart?: string | null
  supplementRequestBy?: string | null
  dueOn?: string | null
  clockProblem?: string | null
  replyType?: ReplyType | null
  resultRow?: ResultRow | null
  legalBasis?: string | null
  reasons?: string | null
  responsibleBody?: string | null
  concludedOn?: string | null
  status?: DisclosureApplicationState
  [key: string]: unknown
}

export function clockInputOf(data: ApplicationData): ClockInput {
  return {
    channel: data.channel ?? 'online',
    handedInOn: data.handedInOn,
    signedForOn: data.signedForOn,
    confirmedOn: data.confirmedOn,
    supplementRequestedOn: data.supplement?.requestedOn,
    supplementReceivedOn: data.supplement?.receivedOn,
    thirdPartySentOn: data.thirdParty?.sentOn,
    thirdPartyRepliedOn: data.thirdParty?.repliedOn,
    feeNoticeOn: data.fee?.noticeOn,
    feePaidOn: data.fee?.paidOn,
    extensionWorkdays: data.extension?.workdays,
    concludedOn: data.concludedOn,
  }
}

/**
 * The state follows from the recorded steps and the clocks' day, so it cannot disagree with them: concluded once
 * a result is recorded; before that, unconfirmed, or waiting on the applicant (补正, fee) or on a third party,
 * else handling. A fee or a consultation waits only within its period: once the payment period lapsed unpaid the
 * office closes it as 逾期未缴费, and once the third party's 15 working days passed silent it decides without
 * them (条例第三十二条), so both are back in handling although nothing new was recorded. A supplement has no
 * such end: it waits until the applicant answers or the office closes it as 逾期不补正.
 */
export function applicationStatus(data: ApplicationData, clocks: Clocks): DisclosureApplicationState {
  if (data.resultRow && data.concludedOn) return DisclosureApplication.concluded
  if (!clocks.receivedOn) return DisclosureApplication.awaitingConfirmation
  if (clocks.awaitingSupplement) return DisclosureApplication.awaitingSupplement
  if (data.fee?.noticeOn && !data.fee.paidOn && !clocks.feeLapsed) return DisclosureApplication.awaitingFee
  if (data.thirdParty?.sentOn && !data.thirdParty.repliedOn && !clocks.thirdPartyLapsed) return DisclosureApplication.thirdPartyConsultation
  return DisclosureApplication.handling
}

/** The states that end by themselves when their period lapses (applicationStatus). */
export const waitingStates: readonly DisclosureApplicationState[] = [DisclosureApplication.awaitingFee, DisclosureApplication.thirdPartyConsultation]

/**
 * The day the hook reads the clocks at: now, unless trusted server code (the daily job, a test pinned on real
 * calendar dates) passes `context.disclosureNow`.
 */
export const clockNowOf = (context: Record<string, unknown> | undefined): Date =>
  context?.disclosureNow instanceof Date ? context.disclosureNow : new Date()
