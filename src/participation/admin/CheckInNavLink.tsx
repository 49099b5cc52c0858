import type { ServerProps } from 'payload'
import { speaker } from '../../i18n/bilingual'
import { isPlatformAdmin, siteIdsWithRole } from '../../access/roles'

/** The 开放日签到 entry in the admin's navigation, for the staff of a site (and the platform admin). */
export function CheckInNavLink({ user, payload, i18n }: ServerProps) {
  if (!isPlatformAdmin(user) && siteIdsWithRole(user).length === 0) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/open-day-check-in`} style={{ display: 'block', padding: '4px 0' }}>
      {speaker(i18n)('开放日签到', 'Open-day check-in')}
    </a>
  )
}
