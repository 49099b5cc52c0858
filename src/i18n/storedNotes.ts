import { calendarNoteIn } from '../calendar/workingDays'
import type { Bilingual } from './bilingual'

/**
 * Notes the platform computes and stores in Chinese (deadline problems, 期限说明), shown to an English admin in
 * English at display time only: the stored text stays Chinese because filters, exports, public pages and the
 * overdue report read it, and an English admin's save must not write English back.
 */

/** Why a policy document has no publication deadline; stored as `publishDeadlineNote`. */
export const publishDeadlineNotApplicable: Bilingual = {
  zh: '不适用：仅面向社会公开、且涉及公民、法人或其他组织权利义务或列入主动公开目录的文件有公开时限。',
  en: 'Not applicable: only documents open to the public that concern the rights and obligations of citizens, legal persons or other organisations, or that are in the proactive disclosure catalogue, have a publication deadline.',
}

/** The prefix message statistics put before a calendar problem when the average handling time has no value. */
export const averageHandlingProblem: Bilingual = { zh: '平均办理时间无法计算：', en: 'The average handling time cannot be computed: ' }

/**
 * A stored deadline note (`publishDeadlineNote`, `clockProblem`, `feedbackDueProblem`, `deadlineProblem`, the
 * statistics' average-time problem) in the admin's language. Chinese admins get the note unchanged; an unknown
 * note is shown as stored rather than guessed at.
 */
export function deadlineNoteIn(language: string | undefined, note: string): string {
  if (language !== 'en') return note
  if (note === publishDeadlineNotApplicable.zh) return publishDeadlineNotApplicable.en
  if (note.startsWith(averageHandlingProblem.zh)) return averageHandlingProblem.en + calendarNoteIn(language, note.slice(averageHandlingProblem.zh.length))
  return calendarNoteIn(language, note)
}

/** The admin components (edit field, list cell) that show a stored deadline note through `deadlineNoteIn`. */
export const deadlineNoteComponents = { Field: '/src/i18n/admin/DeadlineNoteField#DeadlineNoteField', Cell: '/src/i18n/admin/DeadlineNoteCell#DeadlineNoteCell' }
