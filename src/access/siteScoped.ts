import type { Access, Where } from 'payload'
import { isPlatformAdmin, readsWholeCluster, siteIdsWithRole, type SiteRole } from './roles'
import { SiteLifecycle } from '../states'

/**
 * Access rules for every collection whose documents belong to one site (the tenant field `site`).
 * Each returns a Where query where it can, so that the database does the filtering on every route:
 * REST, GraphQL, the admin and relationship population alike.
 */

/** Sites whose public pages are served: a closing site stays public while its notice runs. */
export const publicSiteStatuses = [SiteLifecycle.live, SiteLifecycle.closing] as const

export const onPublicSite: Where = { 'site.status': { in: [...publicSiteStatuses] } }

export const siteIn = (ids: (number | string)[]): Where => ({ site: { in: ids } })

/** Read: the cluster roles see everything, members see their sites, anyone sees what is public. */
export const readOwnSitesOr =
  (publicWhere: Where | null): Access =>
  ({ req }) => {
    if (readsWholeCluster(req.user)) return true
    const memberSites = siteIdsWithRole(req.user)
    const clauses: Where[] = []
    if (memberSites.length) clauses.push(siteIn(memberSites))
    if (publicWhere) clauses.push(publicWhere)
    if (!clauses.length) return false
    return clauses.length === 1 ? clauses[0]! : { or: clauses }
  }

/** Writes on existing documents: platform admin everywhere, otherwise the holders of `roles` on the document's site. */
export const writeOnSitesWithRole =
  (...roles: SiteRole[]): Access =>
  ({ req }) => {
    if (isPlatformAdmin(req.user)) return true
    const sites = siteIdsWithRole(req.user, ...roles)
    return sites.length ? siteIn(sites) : false
  }

/** Create: the new document's site must be one where the user holds one of `roles`. */
export const createOnSitesWithRole =
  (...roles: SiteRole[]): Access =>
  ({ req, data }) => {
    if (isPlatformAdmin(req.user)) return true
    const sites = siteIdsWithRole(req.user, ...roles)
    if (!sites.length) return false
    const target = (data as { site?: unknown } | undefined)?.site
    // Without data (the admin asking whether to show "create") any holding of the role suffices;
    // the beforeChange guard checks the actual site when the document arrives.
    if (target === undefined) return true
    const targetId = typeof target === 'object' && target !== null ? (target as { id: unknown }).id : target
    return sites.some((id) => String(id) === String(targetId))
  }

export const nobody: Access = () => false
