import type { Payload } from 'payload'
import { chinaDay } from '../calendar/chinaTime'
import { getWorkingDayCalendar } from '../calendar/holidayCalendar'
import { CalendarYearMissingError, calendarNoteIn, type WorkingDayCalendar } from '../calendar/workingDays'
import { Workflow } from '../states'

/** How a document stands against its publication deadline (公开期限), told in words and a tone; never colour alone. */
export type DeadlineStanding = { tone: 'ok' | 'near' | 'late' | 'unknown'; label: string; detail?: string }

/** The fields a deadline is read from; `publishDeadline` and `publishedLateWorkdays` are computed by the collection's own hook. */
export type DeadlineDoc = {
  workflowStatus?: string | null
  publishDeadline?: string | null
  publishDeadlineNote?: string | null
  publishedLateWorkdays?: number | null
}

const released = new Set<string>([Workflow.published, Workflow.withdrawn])

/**
 * The standing of one document at `now`: working days left until the deadline, or working days past it, counted in
 * the same holiday calendar and the same way as the overdue report (逾期清单). A released document shows how late it
 * went out, as recorded at its first publication. Null when no deadline applies.
 */
export function deadlineStanding(doc: DeadlineDoc, calendar: WorkingDayCalendar | null, now: Date, language = 'zh'): DeadlineStanding | null {
  const L = (zh: string, en: string) => (language === 'en' ? en : zh)
  if (doc.workflowStatus && released.has(doc.workflowStatus)) {
    if (doc.publishedLateWorkdays == null) return null
    return doc.publishedLateWorkdays > 0
      ? { tone: 'late', label: L(`逾期 ${doc.publishedLateWorkdays} 个工作日发布`, `Published ${doc.publishedLateWorkdays} working days late`) }
      : { tone: 'ok', label: L('按时发布', 'Published on time') }
  }
  if (!doc.publishDeadline) {
    // A note that is not "不适用" explains why the deadline could not be computed (a year without holiday data).
    if (doc.publishDeadlineNote && !doc.publishDeadlineNote.startsWith('不适用')) return { tone: 'unknown', label: L('公开期限无法计算', 'Deadline cannot be computed'), detail: calendarNoteIn(language, doc.publishDeadlineNote) }
    return null
  }
  const day = chinaDay(doc.publishDeadline)
  const today = chinaDay(now)
  const detail = L(`公开期限 ${day}`, `Deadline ${day}`)
  try {
    if (!calendar) throw new CalendarYearMissingError(Number(today.slice(0, 4)))
    if (Date.parse(doc.publishDeadline) < now.getTime()) {
      const late = calendar.workdaysBetween(day, today)
      return { tone: 'late', label: late > 0 ? L(`已逾期 ${late} 个工作日`, `${late} working days overdue`) : L('已过公开期限', 'Past its deadline'), detail }
    }
    const left = calendar.workdaysBetween(today, day)
    if (left === 0) return { tone: 'near', label: L('今天到期', 'Due today'), detail }
    return { tone: left <= 1 ? 'near' : 'ok', label: L(`剩 ${left} 个工作日`, `${left} working days left`), detail }
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return { tone: 'unknown', label: detail, detail: language === 'en' ? error.text.en : error.message }
    throw error
  }
}

/** `deadlineStanding` with the platform's holiday calendar. */
export async function deadlineStandingOf(payload: Payload, doc: DeadlineDoc, now: Date = new Date(), language = 'zh'): Promise<DeadlineStanding | null> {
  return deadlineStanding(doc, await getWorkingDayCalendar(payload), now, language)
}
