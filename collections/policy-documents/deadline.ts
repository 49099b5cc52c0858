import type { CollectionBeforeChangeHook, DateFieldValidation, PayloadRequest } from 'payload'
import { chinaDay, endOfChinaDay } from '../../src/calendar/chinaTime'
import { activeDisclosureDeadline, policyPublishDeadline } from '../../src/calendar/deadlines'
import { inLanguage } from '../../src/i18n/bilingual'
import { publishDeadlineNotApplicable } from '../../src/i18n/storedNotes'
import { idOf } from '../../src/ids'
import { getWorkingDayCalendar } from '../../src/calendar/holidayCalendar'
import { CalendarYearMissingError } from '../../src/calendar/workingDays'
import type { Doc } from './hookData'

/* The 5-working-day rule: 印发日期 to publication (宁政办发〔2017〕74号: "印发后5个工作日内"). */

/** The day the clock starts: the 印发日期, or the 成文日期 while none is entered (a document is not issued before it is written). */
const clockStart = (doc: Doc): string | null => doc.issuedAt || doc.writtenAt || null

/** A document is issued on or after the day it is written. */
export const validateIssuedAt: DateFieldValidation = (value, { data, req }) => {
  const written = (data as Doc | undefined)?.writtenAt
  if (!value || !written) return true
  if (chinaDay(value) >= chinaDay(written)) return true
  return inLanguage(req, {
    zh: `印发日期（${chinaDay(value)}）不能早于成文日期（${chinaDay(written)}）。`,
    en: `The issue date (${chinaDay(value)}) cannot be before the date of writing (${chinaDay(written)}).`,
  })
}

/**
 * Which statutory clock sets the deadline of a document published to society: the 5-working-day rule for one
 * affecting rights and duties, else 《政府信息公开条例》第二十六条's 20 working days (a platform setting) for one
 * filed under an item of the active-disclosure catalogue. Other documents have no deadline.
 */
export type DeadlineRule = 'policy' | 'active-disclosure'
export function deadlineRule(doc: Doc): DeadlineRule | null {
  if (!(doc.disclosureAttribute === 'public' || doc.disclosureAttribute === 'after-declassification')) return null
  if (doc.affectsPublicRights) return 'policy'
  return idOf(doc.catalogItem) ? 'active-disclosure' : null
}

/**
 * `publishDeadline` = 印发日期 + N working days (platform settings: 5 for the policy rule, 20 for art. 26), counted in
 * the holiday calendar.
 * When the period reaches a year whose State Council notice is not entered, the deadline stays empty and
 * `publishDeadlineNote` carries the calendar's own explanation instead of a guess.
 */
export async function deadlineFor(req: PayloadRequest, doc: Doc): Promise<{ publishDeadline: string | null; publishDeadlineNote: string | null }> {
  const start = clockStart(doc)
  if (!start) return { publishDeadline: null, publishDeadlineNote: null }
  const rule = deadlineRule(doc)
  if (!rule) return { publishDeadline: null, publishDeadlineNote: publishDeadlineNotApplicable.zh }
  try {
    const day = rule === 'policy' ? await policyPublishDeadline(req.payload, start) : await activeDisclosureDeadline(req.payload, start)
    return { publishDeadline: endOfChinaDay(day).toISOString(), publishDeadlineNote: null }
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return { publishDeadline: null, publishDeadlineNote: error.message }
    throw error
  }
}

export const computePublishDeadline: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const doc = { ...(originalDoc ?? {}), ...data }
  // Once released, the deadline and the lateness it produced are part of the record.
  if (originalDoc?.indexNumber && originalDoc?.publishDeadline) return data
  // The record says which day the clock started from, even when the editor left 印发日期 to default.
  if (!doc.issuedAt && doc.writtenAt) data.issuedAt = doc.writtenAt
  Object.assign(data, await deadlineFor(req, doc))
  return data
}

/** Working days between the deadline and the publication day: 0 when on time, null when not applicable or unknown. */
export async function lateness(req: PayloadRequest, data: Doc): Promise<{ workdays: number | null; note?: string }> {
  if (!data.publishDeadline || !data.publishedAt) return { workdays: null }
  try {
    const calendar = await getWorkingDayCalendar(req.payload)
    return { workdays: Math.max(0, calendar.workdaysBetween(chinaDay(data.publishDeadline), chinaDay(data.publishedAt))) }
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return { workdays: null, note: error.message }
    throw error
  }
}
