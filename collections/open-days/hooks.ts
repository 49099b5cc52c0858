import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'
import { inLanguage } from '../../src/i18n/bilingual'
import { promoteWaiting } from '../../src/participation/openDaySeats'

type OpenDayData = {
  startsAt?: string | null
  endsAt?: string | null
  registrationOpensAt?: string | null
  registrationClosesAt?: string | null
}

const time = (value: string | null | undefined): number => (value ? Date.parse(value) : Number.NaN)

/** The times must make sense together: the event ends after it starts; registration closes after it opens and no later than the start. */
export const checkOpenDay: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data } as OpenDayData
  const errors: { path: string; message: string }[] = []
  if (time(merged.endsAt) <= time(merged.startsAt)) errors.push({ path: 'endsAt', message: inLanguage(req, { zh: '结束时间须晚于开始时间。', en: 'The end must be after the start.' }) })
  if (time(merged.registrationClosesAt) <= time(merged.registrationOpensAt))
    errors.push({ path: 'registrationClosesAt', message: inLanguage(req, { zh: '报名截止时间须晚于报名开始时间。', en: 'Registration must close after it opens.' }) })
  if (time(merged.registrationClosesAt) > time(merged.startsAt))
    errors.push({ path: 'registrationClosesAt', message: inLanguage(req, { zh: '报名截止时间不能晚于活动开始时间。', en: 'Registration cannot close after the event starts.' }) })
  if (errors.length) throw new ValidationError({ errors })
  return data
}

/** More seats: those waiting move up at once, first come first served. */
export const fillSeatsAfterCapacityChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && Number(doc.capacity) > Number(previousDoc?.capacity ?? 0))
    await promoteWaiting(req.payload, doc, req)
  return doc
}
