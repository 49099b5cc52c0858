import type { Access, FieldAccess } from 'payload'
import { isPlatformAdmin, siteIdsWithRole } from '../../src/access/roles'

/**
 * 征集意见 access. A comment may carry personal data (name, phone, email), so only the staff of its site
 * (and the platform admin) read or moderate it. Nobody anonymous reads anything here: the public page reads
 * through the Local API the displayed comments' text only, never a personal field.
 */
export const readComments: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  const sites = siteIdsWithRole(req.user)
  return sites.length ? { site: { in: sites } } : false
}

export const moderateComments: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  const sites = siteIdsWithRole(req.user, 'site-admin', 'editor', 'reviewer')
  return sites.length ? { site: { in: sites } } : false
}

/** Comments come in through the public form (src/participation/consultationRoutes.ts), never through the API. */
export const platformAdminOnly: Access = ({ req }) => isPlatformAdmin(req.user)

/** What the citizen wrote stays as written: staff moderate, they do not edit the comment. */
export const setOnCreateOnly: { create: FieldAccess; update: FieldAccess } = {
  create: () => true,
  update: ({ req }) => isPlatformAdmin(req.user),
}
