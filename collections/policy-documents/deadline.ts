import type { CollectionBeforeChangeHook, DateFieldValidation, PayloadRequest } from 'payload'
import { chinaDay, endOfChinaDay } from '../../src/calendar/chinaTime'
import { policyPublishDeadline } from '../../src/calendar/deadlines'
import { getWorkingDayCalendar } from '../../src/calendar/holidayCalendar'
import { CalendarYearMissingError } from '../../src/calendar/workingDays'
import type { Doc } from './hookData'

/* The 5-working-day rule: 印发日期 to publication (宁政办发〔2017〕74号: "印发后5个工作日内"). */

/** The day the clock starts: the 印发日期, or the 成文日期 while none is entered (a document is not issued before it is written). */
const clockStart = (doc: Doc): string | null => doc.issuedAt || doc.writtenAt || null

/** A document is issued on or after the day it is written. */
export const validateIssuedAt: DateFieldValidation = (value, { data }) => {
  const written = (data as Doc | undefined)?.writtenAt
  if (!value || !written) return true
  return chinaDay(value) >= chinaDay(written) ? true : `印发日期（${chinaDay(value)}）不能早于成文日期（${chinaDay(written)}）。`
}

/** Whether the 5-working-day rule applies: documents affecting rights and duties that are published to society. */
export const deadlineApplies = (doc: Doc): boolean =>
  Boolean(doc.affectsPublicRights) && (doc.disclosureAttribute === 'public' || doc.disclosureAttribute === 'after-declassification')

/**
 * `publishDeadline` = 印发日期 + N working days (platform setting, default 5), counted in the holiday calendar.
 * When the period reaches a year whose State Council notice is not entered, the deadline stays empty and
 * `publishDeadlineNote` carries the calendar's own explanation instead of a guess.
 */
export async function deadlineFor(req: PayloadRequest, doc: Doc): Promise<{ publishDeadline: string | null; publishDeadlineNote: string | null }> {
  const start = clockStart(doc)
  if (!start) return { publishDeadline: null, publishDeadlineNote: null }
  if (!deadlineApplies(doc)) return { publishDeadline: null, publishDeadlineNote: '不适用：仅涉及公民、法人或其他组织权利义务且面向社会公开的文件适用此时限。' }
  try {
    const day = await policyPublishDeadline(req.payload, start)
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
