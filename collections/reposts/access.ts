import type { Access, FieldAccess, Where } from 'payload'
import { isPlatformAdmin, readsWholeCluster, siteIdsWithRole } from '../../src/access/roles'

/**
 * 转载记录 access. Supervisors and the platform admin read everything; a site's members see the
 * reposts their site received and where their own content went; the target site's reviewers and
 * site admins decide on theirs. Anonymous visitors read nothing here: public pages render a repost
 * server-side through its original, read with the visitor's own access.
 */
export const readReposts: Access = ({ req }) => {
  if (readsWholeCluster(req.user)) return true
  const memberSites = siteIdsWithRole(req.user)
  if (!memberSites.length) return false
  return { or: [{ targetSite: { in: memberSites } }, { sourceSite: { in: memberSites } }] } as Where
}

export const reviewReposts: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  const sites = siteIdsWithRole(req.user, 'reviewer', 'site-admin')
  return sites.length ? { targetSite: { in: sites } } : false
}

export const platformAdminOnly: Access = ({ req }) => isPlatformAdmin(req.user)

/** Fields that describe the repost itself: set by the fan-out, never by a target site. */
export const systemFieldAccess: { create: FieldAccess; update: FieldAccess } = {
  create: ({ req }) => isPlatformAdmin(req.user),
  update: ({ req }) => isPlatformAdmin(req.user),
}
