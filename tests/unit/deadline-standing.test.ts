import { describe, expect, it } from 'vitest'
import { endOfChinaDay, chinaInstant } from '../../src/calendar/chinaTime'
import { CalendarYearMissingError, WorkingDayCalendar } from '../../src/calendar/workingDays'
import { deadlineStanding } from '../../src/workflowActions/deadlineStanding'

/** The deadline label of the edit view and the list, on a pinned calendar (2026: 国庆 10-01…10-08, 调休 09-27 and 10-10). */
const calendar = new WorkingDayCalendar([
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => ({ date: `2026-10-${d}`, type: 'holiday' as const })),
  { date: '2026-09-27', type: 'makeup-workday' },
  { date: '2026-10-10', type: 'makeup-workday' },
])
const deadline = (day: string) => endOfChinaDay(day).toISOString()

describe('deadlineStanding', () => {
  it('counts the working days left, skipping the holiday', () => {
    expect(deadlineStanding({ workflowStatus: 'draft', publishDeadline: deadline('2026-10-12') }, calendar, chinaInstant('2026-09-29', 10))).toEqual({ tone: 'ok', label: '剩 4 个工作日', detail: '公开期限 2026-10-12' })
    expect(deadlineStanding({ workflowStatus: 'submitted', publishDeadline: deadline('2026-10-12') }, calendar, chinaInstant('2026-10-10', 9))).toMatchObject({ tone: 'near', label: '剩 1 个工作日' })
    expect(deadlineStanding({ workflowStatus: 'submitted', publishDeadline: deadline('2026-10-12') }, calendar, chinaInstant('2026-10-12', 23, 59))).toMatchObject({ tone: 'near', label: '今天到期' })
  })

  it('counts the working days past the deadline, as the overdue report does', () => {
    expect(deadlineStanding({ workflowStatus: 'draft', publishDeadline: deadline('2026-09-29') }, calendar, chinaInstant('2026-10-09', 8))).toEqual({ tone: 'late', label: '已逾期 2 个工作日', detail: '公开期限 2026-09-29' })
    // Past the deadline over a holiday only: late, with no working day yet lost.
    expect(deadlineStanding({ workflowStatus: 'draft', publishDeadline: deadline('2026-09-30') }, calendar, chinaInstant('2026-10-02', 8))).toMatchObject({ tone: 'late', label: '已过公开期限' })
  })

  it('says how late a released document went out', () => {
    expect(deadlineStanding({ workflowStatus: 'published', publishDeadline: deadline('2026-09-29'), publishedLateWorkdays: 3 }, calendar, chinaInstant('2026-11-01'))).toEqual({ tone: 'late', label: '逾期 3 个工作日发布' })
    expect(deadlineStanding({ workflowStatus: 'withdrawn', publishedLateWorkdays: 0 }, calendar, chinaInstant('2026-11-01'))).toEqual({ tone: 'ok', label: '按时发布' })
  })

  it('says when the deadline cannot be counted, and nothing when none applies', () => {
    expect(deadlineStanding({ workflowStatus: 'draft', publishDeadline: deadline('2027-01-08') }, calendar, chinaInstant('2027-01-04'))).toMatchObject({ tone: 'unknown', label: '公开期限 2027-01-08' })
    expect(deadlineStanding({ workflowStatus: 'draft', publishDeadlineNote: '2027 年的法定节假日安排尚未录入' }, calendar, chinaInstant('2026-12-30'))).toMatchObject({ tone: 'unknown', label: '公开期限无法计算' })
    expect(deadlineStanding({ workflowStatus: 'draft', publishDeadlineNote: '不适用：仅涉及…' }, calendar, chinaInstant('2026-12-30'))).toBeNull()
    expect(deadlineStanding({ workflowStatus: 'draft' }, calendar, chinaInstant('2026-12-30'))).toBeNull()
  })

  it('tells an English admin why, from the same stored Chinese note or the calendar itself', () => {
    const note = new CalendarYearMissingError(2027).message
    expect(deadlineStanding({ workflowStatus: 'draft', publishDeadlineNote: note }, calendar, chinaInstant('2026-12-30'))?.detail).toBe(note)
    expect(deadlineStanding({ workflowStatus: 'draft', publishDeadlineNote: note }, calendar, chinaInstant('2026-12-30'), 'en')).toEqual({
      tone: 'unknown',
      label: 'Deadline cannot be computed',
      detail: 'The 2027 holiday calendar has not been entered, so working-day deadlines cannot be computed. A platform administrator enters the State Council General Office\'s 2027 holiday arrangements under “Holidays”.',
    })
    const counted = deadlineStanding({ workflowStatus: 'draft', publishDeadline: deadline('2027-01-08') }, calendar, chinaInstant('2027-01-04'), 'en')
    expect(counted).toMatchObject({ tone: 'unknown', label: 'Deadline 2027-01-08' })
    expect(counted?.detail).toMatch(/^The 2027 holiday calendar has not been entered/)
  })
})
