import type { Payload, Where } from 'payload'
import { chinaDayTime } from '../calendar/chinaTime'
import { readsWholeCluster, siteIdsWithRole } from '../access/roles'
import { idOf } from '../ids'
import { repostAwaitingAcceptance } from './statuses'

export type OverdueRepost = { id: number | string; title: string; targetSite: string | null; targetSiteName: string; dueAt: string; hoursOverdue: number }

/**
 * Reposts still waiting for acceptance after their deadline (转载逾期), read with the user's own access: the target
 * sites' staff see theirs, the general office every site.
 */
export async function overdueReposts(payload: Payload, user: unknown, site: string | null, now: Date = new Date()): Promise<OverdueRepost[]> {
  const where: Where[] = [{ status: { equals: repostAwaitingAcceptance } }, { dueAt: { less_than: now.toISOString() } }]
  if (site) where.push({ targetSite: { equals: site } })
  // A repost is the target site's work; its source site may read it but does not list it as its own overdue item.
  if (!readsWholeCluster(user)) where.push({ targetSite: { in: siteIdsWithRole(user) } })
  const found = await payload.find({
    collection: 'reposts',
    where: { and: where },
    sort: 'dueAt',
    limit: 500,
    depth: 1,
    select: { title: true, targetSite: true, dueAt: true },
    overrideAccess: false,
    user: user as never,
  })
  return found.docs.map((d) => ({
    id: d.id,
    title: d.title,
    targetSite: idOf(d.targetSite),
    targetSiteName: typeof d.targetSite === 'object' && d.targetSite ? d.targetSite.name : '',
    dueAt: chinaDayTime(d.dueAt),
    hoursOverdue: Math.floor((now.getTime() - Date.parse(d.dueAt)) / 3600_000),
  }))
}
