import type { Payload } from 'payload'
import { getPlatformSettings } from '../settings/platformSettings'
import { getWorkingDayCalendar } from './holidayCalendar'
import { chinaDay } from './chinaTime'

/**
 * The last day of a period of `workdays` working days starting the day after `start` (China time).
 * Throws CalendarYearMissingError when the period reaches a year whose holidays are not entered.
 */
export async function workingDayDeadline(payload: Payload, start: Date | string, workdays: number): Promise<string> {
  const calendar = await getWorkingDayCalendar(payload)
  return calendar.addWorkdays(chinaDay(start), workdays)
}

/** 宁政办发〔2017〕74号: policy documents affecting rights and duties are published within N working days of issue. */
export async function policyPublishDeadline(payload: Payload, issuedOn: Date | string): Promise<string> {
  const { policyPublishWorkdays } = await getPlatformSettings(payload)
  return workingDayDeadline(payload, issuedOn, policyPublishWorkdays)
}

/** 《政府信息公开条例》第二十六条: active-disclosure information is published within N working days of being created or changed. */
export async function activeDisclosureDeadline(payload: Payload, createdOn: Date | string): Promise<string> {
  const { activeDisclosureWorkdays } = await getPlatformSettings(payload)
  return workingDayDeadline(payload, createdOn, activeDisclosureWorkdays)
}
