import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'
import { inLanguage } from '../../src/i18n/bilingual'
import { idOf } from '../../src/ids'
import { promoteWaiting, releaseKeys } from '../../src/participation/openDaySeats'
import { OpenDayRegistration, openDayRegistrationStates, type OpenDayRegistrationState } from '../../src/states'

type RegistrationData = {
  status?: OpenDayRegistrationState
  checkedInAt?: string | null
  cancelledAt?: string | null
  openDay?: unknown
  site?: unknown
}

/** What staff (or the citizen, for cancelling) may do to a registration. Promotion from the list is the engine's. */
const transitions: Record<OpenDayRegistrationState, OpenDayRegistrationState[]> = {
  confirmed: [OpenDayRegistration.checkedIn, OpenDayRegistration.cancelled],
  waiting: [OpenDayRegistration.cancelled],
  'checked-in': [OpenDayRegistration.confirmed],
  cancelled: [],
}

const label = (s: string | undefined) => openDayRegistrationStates.find((state) => state.value === s)?.label ?? { zh: String(s ?? ''), en: String(s ?? '') }

/**
 * A status change must follow `transitions`; checking in stamps the time; cancelling stamps it. The registration's site is always its open day's site.
 */
export const registrationStatus: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const next = data as RegistrationData
  const before = (originalDoc ?? {}) as RegistrationData
  const openDayId = idOf(next.openDay ?? before.openDay)
  if (operation === 'create' && openDayId) {
    const day = await req.payload.findByID({ collection: 'open-days', id: openDayId, depth: 0, overrideAccess: true, req })
    next.site = typeof day.site === 'object' ? day.site.id : day.site
  }
  const from = before.status
  const to = next.status ?? from
  if (operation === 'update' && from && to && to !== from) {
    if (!transitions[from].includes(to))
      throw new ValidationError({
        errors: [
          {
            path: 'status',
            // Staff see it in the admin; a citizen's own cancelling runs without a user and stays Chinese.
            message: inLanguage(req.user ? req : null, { zh: `报名不能从“${label(from).zh}”改为“${label(to).zh}”。`, en: `A registration cannot go from “${label(from).en}” to “${label(to).en}”.` }),
          },
        ],
      })
    if (to === OpenDayRegistration.checkedIn) next.checkedInAt = new Date().toISOString()
    if (to === OpenDayRegistration.confirmed) next.checkedInAt = null
    if (to === OpenDayRegistration.cancelled) next.cancelledAt = new Date().toISOString()
  }
  return next
}

/**
 * Cancelling gives the seat and the phone key up (the phone may register again), and a confirmed seat goes
 * to the first on the waiting list, in the same transaction. The keys are the engine's, out of any API's reach.
 */
export const promoteOnCancel: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.status !== OpenDayRegistration.cancelled) return doc
  if (previousDoc?.status === OpenDayRegistration.cancelled) return doc
  await releaseKeys(req.payload, doc.id, req)
  const openDayId = idOf(doc.openDay)
  if (previousDoc?.status !== OpenDayRegistration.confirmed || !openDayId) return doc
  const day = await req.payload.findByID({ collection: 'open-days', id: openDayId, depth: 0, overrideAccess: true, req })
  await promoteWaiting(req.payload, day, req)
  return doc
}
