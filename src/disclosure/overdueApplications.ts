import type { Payload } from 'payload'
import { chinaDay } from '../calendar/chinaTime'
import { waitingStates } from './applicationState'

/** One 依申请公开 application past its due day: enough for staff to find it (no applicant data). */
export type OverdueApplication = { id: string; trackingCode: string; dueOn: string }

/**
 * Stores the state of the site's applications whose fee or third-party wait lapsed by `now` with nothing recorded
 * (applicationStatus): the read already shows them in handling (collections/disclosure-applications/hooks.ts:
 * statusOnRead), but the list's filters and sorting query the stored column. The save goes through the
 * collection's hook, which derives the state at `now`. Returns how many changed.
 */
export async function settleLapsedWaits(payload: Payload, siteId: number | string, now: Date): Promise<number> {
  const context = { disclosureNow: now }
  const { docs } = await payload.find({
    collection: 'disclosure-applications',
    where: { and: [{ site: { equals: siteId } }, { status: { in: [...waitingStates] } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    context,
  })
  // What was read is derived at `now` (statusOnRead) while the query saw the stored column.
  const lapsed = docs.filter((d) => !waitingStates.includes(d.status))
  for (const doc of lapsed) await payload.update({ collection: 'disclosure-applications', id: doc.id, data: {}, overrideAccess: true, context })
  return lapsed.length
}

/**
 * The site's applications past their due day (clocks.ts: dueOn, extension included) and not concluded on `now`'s
 * China day: the staff view's 已超期 flag, as the site-health monitor counts it in its daily run, which first
 * stores the states of waits that lapsed (settleLapsedWaits). The due day is stored by the collection's hook, so
 * a pause or extension already moved it; one awaiting a supplement has none and is not late.
 */
export async function overdueApplications(payload: Payload, siteId: number | string, now: Date): Promise<OverdueApplication[]> {
  await settleLapsedWaits(payload, siteId, now)
  const today = chinaDay(now)
  const { docs } = await payload.find({
    collection: 'disclosure-applications',
    where: { and: [{ site: { equals: siteId } }, { dueOn: { exists: true } }, { dueOn: { less_than: today } }, { or: [{ concludedOn: { exists: false } }, { concludedOn: { equals: '' } }] }] },
    select: { trackingCode: true, dueOn: true },
    sort: 'dueOn',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
    .filter((d) => d.dueOn && d.dueOn < today)
    .map((d) => ({ id: String(d.id), trackingCode: d.trackingCode ?? String(d.id), dueOn: d.dueOn as string }))
}
