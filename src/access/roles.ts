/** Roles held on the user itself: they span the whole cluster. */
export const clusterRoles = ['platform-admin', 'supervisor'] as const
export type ClusterRole = (typeof clusterRoles)[number]

/** Roles held per site, in the user's site memberships. */
export const siteRoles = ['site-admin', 'editor', 'reviewer', 'openness-officer'] as const
export type SiteRole = (typeof siteRoles)[number]

export const roleLabels: Record<ClusterRole | SiteRole, { zh: string; en: string }> = {
  'platform-admin': { zh: '平台管理员（办公厅）', en: 'Platform administrator' },
  supervisor: { zh: '监管人员', en: 'Supervisor' },
  'site-admin': { zh: '网站管理员', en: 'Site administrator' },
  editor: { zh: '编辑', en: 'Editor' },
  reviewer: { zh: '审核人（保密审查、发布）', en: 'Reviewer' },
  'openness-officer': { zh: '政务公开专员', en: 'Openness officer' },
}

type ID = number | string

export type SiteMembership = { site: ID | { id: ID } | null | undefined; roles?: SiteRole[] | null }

/** The slice of a user that access decisions read. */
export type AccessUser = {
  id: ID
  collection?: string
  roles?: ClusterRole[] | null
  siteMemberships?: SiteMembership[] | null
}

export function asAccessUser(user: unknown): AccessUser | null {
  if (!user || typeof user !== 'object') return null
  const candidate = user as AccessUser
  if (candidate.collection && candidate.collection !== 'users') return null
  return candidate
}

function hasClusterRole(user: unknown, role: ClusterRole): boolean {
  return Boolean(asAccessUser(user)?.roles?.includes(role))
}

export const isPlatformAdmin = (user: unknown): boolean => hasClusterRole(user, 'platform-admin')

/** Platform administrators and supervisors see the whole cluster. */
export const readsWholeCluster = (user: unknown): boolean =>
  hasClusterRole(user, 'platform-admin') || hasClusterRole(user, 'supervisor')

function membershipSiteId(membership: SiteMembership): ID | null {
  const site = membership.site
  if (site === null || site === undefined) return null
  return typeof site === 'object' ? site.id : site
}

/** Site IDs where the user holds any of the given roles (any role at all when none is given). */
export function siteIdsWithRole(user: unknown, ...roles: SiteRole[]): ID[] {
  const memberships = asAccessUser(user)?.siteMemberships ?? []
  const ids = new Set<ID>()
  for (const membership of memberships) {
    const id = membershipSiteId(membership)
    if (id === null) continue
    if (roles.length === 0 || membership.roles?.some((role) => roles.includes(role))) ids.add(id)
  }
  return [...ids]
}

export function hasSiteRole(user: unknown, siteId: ID | null | undefined, ...roles: SiteRole[]): boolean {
  if (siteId === null || siteId === undefined) return false
  return siteIdsWithRole(user, ...roles).some((id) => String(id) === String(siteId))
}

export function rolesOnSite(user: unknown, siteId: ID | null | undefined): SiteRole[] {
  const memberships = asAccessUser(user)?.siteMemberships ?? []
  const roles = new Set<SiteRole>()
  for (const membership of memberships) {
    const id = membershipSiteId(membership)
    if (id !== null && String(id) === String(siteId)) membership.roles?.forEach((role) => roles.add(role))
  }
  return [...roles]
}
