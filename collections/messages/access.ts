import type { Access, FieldAccess, Where } from 'payload'
import { isPlatformAdmin, siteIdsWithRole } from '../../src/access/roles'

/**
 * 留言 access. A message carries the citizen's personal data, so only the staff of the site that received
 * it, or of the site it was transferred to (转办), read and handle it; the platform admin too. Supervisors
 * of the cluster see the figures (monitoring), not the letters. Nobody anonymous reads anything here: the
 * public pages read through the Local API and show only the masked, consented reply.
 */
const ownOrTransferred = (sites: (string | number)[]): Where => ({
  or: [{ site: { in: sites } }, { transferredTo: { in: sites } }],
})

export const readMessages: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  const sites = siteIdsWithRole(req.user)
  return sites.length ? ownOrTransferred(sites) : false
}

export const handleMessages: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  const sites = siteIdsWithRole(req.user, 'site-admin', 'editor', 'reviewer')
  return sites.length ? ownOrTransferred(sites) : false
}

/** Messages come in through the public form (src/participation/mailboxRoutes.ts), never through the API. */
export const platformAdminOnly: Access = ({ req }) => isPlatformAdmin(req.user)

/** The query password's hash: no one reads it through any API; the query page compares it server-side. */
export const noOne: FieldAccess = () => false

/** What the citizen wrote stays as written: staff reply, they do not edit the letter. */
export const setOnCreateOnly: { create: FieldAccess; update: FieldAccess } = {
  create: () => true,
  update: ({ req }) => isPlatformAdmin(req.user),
}
