import { Forbidden, type Access, type CollectionBeforeChangeHook, type FieldAccess } from 'payload'
import { asAccessUser, clusterRoles, isPlatformAdmin, readsWholeCluster, siteIdsWithRole, type SiteMembership } from '../../src/access/roles'

const self = (id: number | string) => ({ id: { equals: id } })

export const readUsers: Access = ({ req }) => {
  const user = asAccessUser(req.user)
  if (!user) return false
  if (readsWholeCluster(user)) return true
  const adminOf = siteIdsWithRole(user, 'site-admin')
  return adminOf.length ? { or: [self(user.id), { 'siteMemberships.site': { in: adminOf } }] } : self(user.id)
}

export const createUsers: Access = ({ req }) =>
  isPlatformAdmin(req.user) || siteIdsWithRole(req.user, 'site-admin').length > 0

export const updateUsers: Access = ({ req }) => {
  const user = asAccessUser(req.user)
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const adminOf = siteIdsWithRole(user, 'site-admin')
  return adminOf.length ? { or: [self(user.id), { 'siteMemberships.site': { in: adminOf } }] } : self(user.id)
}

export const platformAdminOnly: FieldAccess = ({ req }) => isPlatformAdmin(req.user)

export const siteAdminsManageMemberships: FieldAccess = ({ req }) =>
  isPlatformAdmin(req.user) || siteIdsWithRole(req.user, 'site-admin').length > 0

const siteIdsOf = (memberships: SiteMembership[] | null | undefined): string[] =>
  (memberships ?? [])
    .map((m) => (m.site && typeof m.site === 'object' ? m.site.id : m.site))
    .filter((id): id is number | string => id !== null && id !== undefined)
    .map(String)

/**
 * A site admin manages only accounts that live entirely inside the sites they administer:
 * an account that also belongs to another site, or holds a cluster role, is out of reach
 * (it could otherwise take over another site's editor by resetting the password).
 */
export const confineSiteAdmins: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  const actor = asAccessUser(req.user)
  if (!actor || isPlatformAdmin(actor)) return data
  const editingSelf = operation === 'update' && String(originalDoc?.id) === String(actor.id)
  const adminOf = new Set(siteIdsWithRole(actor, 'site-admin').map(String))
  if (editingSelf) {
    // Your own memberships are granted by others, never by yourself.
    if (data.siteMemberships !== undefined && JSON.stringify(siteIdsOf(data.siteMemberships)) !== JSON.stringify(siteIdsOf(originalDoc?.siteMemberships)) ) {
      throw new Forbidden(req.t)
    }
    if (data.siteMemberships !== undefined) data.siteMemberships = originalDoc?.siteMemberships
    return data
  }
  const before = siteIdsOf(originalDoc?.siteMemberships)
  const after = siteIdsOf(data.siteMemberships ?? originalDoc?.siteMemberships)
  const outside = [...before, ...after].filter((id) => !adminOf.has(id))
  const hasClusterRole = ((originalDoc?.roles ?? []) as string[]).some((r) => (clusterRoles as readonly string[]).includes(r))
  if (outside.length || hasClusterRole || after.length === 0) throw new Forbidden(req.t)
  return data
}
