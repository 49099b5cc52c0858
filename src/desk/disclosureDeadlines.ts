import type { Payload } from 'payload'
import { addCalendarDays } from '../calendar/chinaTime'
import { DisclosureApplication } from '../states'

/** Applications for disclosure show on the desk this many calendar days before their reply is due. */
export const disclosureNearDays = 3

export type DisclosureDeadlineItem = { id: number | string; title: string; siteId: string; dueOn: string; overdue: boolean }

/**
 * 依申请公开答复期限 on the openness officer's desk: open applications whose due day (working days, already
 * stored by the collection's hook) is past or within `disclosureNearDays`. Read with the user's own access, so
 * only the openness officers of the site (and the platform admin) see them.
 */
export async function disclosureDeadlines(
  payload: Payload,
  user: unknown,
  siteIds: (number | string)[],
  today: string,
  limit: number,
): Promise<{ items: DisclosureDeadlineItem[]; total: number }> {
  if (!siteIds.length) return { items: [], total: 0 }
  const found = await payload.find({
    collection: 'disclosure-applications',
    where: {
      and: [
        { site: { in: siteIds } },
        { status: { not_equals: DisclosureApplication.concluded } },
        { dueOn: { less_than_equal: addCalendarDays(today, disclosureNearDays) } },
      ],
    },
    sort: 'dueOn',
    limit,
    depth: 0,
    select: { trackingCode: true, requestedInformation: true, site: true, dueOn: true },
    overrideAccess: false,
    user: user as never,
  })
  return {
    items: found.docs.map((d) => ({
      id: d.id,
      title: `${d.trackingCode ?? ''} ${String(d.requestedInformation ?? '').slice(0, 40)}`.trim(),
      siteId: String(typeof d.site === 'object' && d.site ? d.site.id : d.site),
      dueOn: String(d.dueOn),
      overdue: String(d.dueOn) < today,
    })),
    total: found.totalDocs,
  }
}
