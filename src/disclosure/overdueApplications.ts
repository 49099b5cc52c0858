import type { Payload } from 'payload'
import { chinaDay } from '../calendar/chinaTime'

/** One 依申请公开 application past its due day: enough for staff to find it (no applicant data). */
export type OverdueApplication = { id: string; trackingCode: string; dueOn: string }

/**
 * The site's applications past their due day (clocks.ts: dueOn, extension included) and not concluded on `now`'s
 * China day: the staff view's 已超期 flag, as the site-health monitor counts it. The due day is stored by the
 * collection's hook, so a pause or extension already moved it; one awaiting a supplement has none and is not late.
 */
export async function overdueApplications(payload: Payload, siteId: number | string, now: Date): Promise<OverdueApplication[]> {
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
