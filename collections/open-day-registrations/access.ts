import type { Access, FieldAccess } from 'payload'
import { isPlatformAdmin, siteIdsWithRole } from '../../src/access/roles'

/**
 * 开放日报名 access. A registration carries a name, a phone and the last 4 digits of an ID card: only the
 * staff of the open day's site (and the platform admin) read it. Cluster supervisors do not: they need
 * no one's phone. Nobody anonymous reads anything here; the public pages go through the Local API and
 * show a registration only to whoever holds its confirmation code and phone's last 4 digits.
 */
export const readRegistrations: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  const sites = siteIdsWithRole(req.user)
  return sites.length ? { site: { in: sites } } : false
}

/** Staff of the site check people in and cancel; any role on the site may (the reception desk). */
export const handleRegistrations: Access = readRegistrations

/** Registrations come through the public form (src/participation/openDayRoutes.ts), never through the API. */
export const platformAdminOnly: Access = ({ req }) => isPlatformAdmin(req.user)

/** What the citizen gave stays as given. */
export const setOnCreateOnly: { create: FieldAccess; update: FieldAccess } = {
  create: () => true,
  update: ({ req }) => isPlatformAdmin(req.user),
}

/** The seat and phone keys are the engine's (src/participation/openDaySeats.ts): no API reads or writes them. */
export const noOne: FieldAccess = () => false
