import type { ServerProps } from 'payload'
import { isPlatformAdmin, siteIdsWithRole } from '../../access/roles'

/** The 开放日签到 entry in the admin's navigation, for the staff of a site (and the platform admin). */
export function CheckInNavLink({ user, payload }: ServerProps) {
  if (!isPlatformAdmin(user) && siteIdsWithRole(user).length === 0) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/open-day-check-in`} style={{ display: 'block', padding: '4px 0' }}>
      开放日签到
    </a>
  )
}
