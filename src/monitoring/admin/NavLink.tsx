
import type { ServerProps } from 'payload'
import { readsWholeCluster } from '../../access/roles'

/** The 监测中心 entry in the admin's navigation, for the general office. */
export function MonitoringNavLink({ user, payload }: ServerProps) {
  if (!readsWholeCluster(user)) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/monitoring`} style={{ display: 'block', padding: '4px 0', fontWeight: 600 }}>
      监测中心
    </a>
  )
}
