import type { ServerProps } from 'payload'
import { speaker } from '../../i18n/bilingual'
import { readsWholeCluster, siteIdsWithRole } from '../../access/roles'

/** 留言统计 in the admin's navigation, for the general office and for any site's staff. */
export function MessageStatisticsNavLink({ user, payload, i18n }: ServerProps) {
  if (!readsWholeCluster(user) && siteIdsWithRole(user).length === 0) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/message-statistics`} style={{ display: 'block', padding: '4px 0', fontWeight: 600 }}>
      {speaker(i18n)('留言统计', 'Message statistics')}
    </a>
  )
}
