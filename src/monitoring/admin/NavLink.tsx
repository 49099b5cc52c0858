
import type { ServerProps } from 'payload'
import { speaker } from '../../i18n/bilingual'
import { readsWholeCluster } from '../../access/roles'

/** The 监测中心 entry in the admin's navigation, for the general office. */
export function MonitoringNavLink({ user, payload, i18n }: ServerProps) {
  if (!readsWholeCluster(user)) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/monitoring`} style={{ display: 'block', padding: '4px 0', fontWeight: 600 }}>
      {speaker(i18n)('监测中心', 'Monitoring center')}
    </a>
  )
}
