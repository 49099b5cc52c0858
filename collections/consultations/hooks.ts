import { ValidationError, type CollectionBeforeChangeHook, type FieldHook } from 'payload'
import { calendarDayProblem } from '../../src/calendar/chinaTime'
import { consultationPhase, feedbackDueOn, feedbackOverdue } from '../../src/participation/consultationPeriod'
import { speaker } from '../../src/i18n/bilingual'
import { Adoption, Consultation } from '../../src/states'

type FeedbackGroup = { summary?: string | null; concentrated?: boolean | null; adoption?: string | null; reason?: string | null }
type ConsultationData = {
  status?: string | null
  startsOn?: string | null
  endsOn?: string | null
  publishedAt?: string | null
  feedbackDueOn?: string | null
  feedbackDueProblem?: string | null
  feedback?: { published?: boolean | null; publishedAt?: string | null; report?: string | null; groups?: FeedbackGroup[] | null } | null
  [key: string]: unknown
}

const refuse = (path: string, message: string): never => {
  throw new ValidationError({ errors: [{ path, message }] })
}

/** A not-adopted concentrated opinion (集中意见) needs its reason: the feedback must say why. */
export function groupProblems(
  groups: FeedbackGroup[] | null | undefined,
  L: (zh: string, en: string) => string = (zh) => zh,
): { path: string; message: string }[] {
  return (groups ?? []).flatMap((g, i) =>
    g.concentrated && g.adoption === Adoption.notAdopted && !String(g.reason ?? '').trim()
      ? [{ path: `feedback.groups.${i}.reason`, message: L('未采纳的集中意见须说明理由。', 'A concentrated opinion not adopted needs the reason.') }]
      : [],
  )
}

/**
 * The period is two valid China days, the end not before the start; the feedback's due day follows the end;
 * the feedback is published only once the period is over, with a report, and with the reasons for every
 * concentrated opinion not adopted.
 */
export const consultationRules: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const next = data as ConsultationData
  const merged = { ...((originalDoc ?? {}) as ConsultationData), ...next }
  const L = speaker(req)
  for (const key of ['startsOn', 'endsOn'] as const) {
    const problem = merged[key] ? calendarDayProblem(merged[key]) : null
    if (problem) refuse(key, L(`${problem}（格式：2026-03-01）`, `Not a valid date (format: 2026-03-01): ${merged[key]}`))
  }
  if (merged.startsOn && merged.endsOn && merged.endsOn < merged.startsOn) refuse('endsOn', L('征集结束日期不能早于开始日期。', 'The consultation cannot end before it starts.'))
  if (merged.status === Consultation.published && !merged.publishedAt) next.publishedAt = new Date().toISOString()
  if (merged.endsOn && (merged.endsOn !== (originalDoc as ConsultationData | undefined)?.endsOn || !merged.feedbackDueOn)) {
    const due = await feedbackDueOn(req.payload, merged.endsOn)
    next.feedbackDueOn = due.dueOn
    next.feedbackDueProblem = due.problem
  }
  const feedback = merged.feedback
  const problems = groupProblems(feedback?.groups, L)
  if (problems.length) throw new ValidationError({ errors: problems })
  if (feedback?.published) {
    if (consultationPhase(merged) !== 'closed') refuse('feedback.published', L('征集期结束后才能公布反馈意见。', 'The feedback is published only after the consultation period ends.'))
    if (!String(feedback.report ?? '').trim()) refuse('feedback.report', L('请先填写反馈意见说明。', 'Write the feedback report first.'))
    if (!feedback.publishedAt) next.feedback = { ...feedback, ...(next.feedback ?? {}), publishedAt: new Date().toISOString() }
  }
  return next
}

/** 反馈逾期: computed on every read from the stored due day, so it never goes stale. */
export const overdueOnRead: FieldHook = ({ siblingData }) => feedbackOverdue(siblingData as ConsultationData, new Date())

/** Today's phase, for the admin list. */
export const phaseOnRead: FieldHook = ({ siblingData }) => {
  const c = siblingData as ConsultationData
  if (!c.startsOn || !c.endsOn) return null
  return consultationPhase(c, new Date())
}
