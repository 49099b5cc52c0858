import { Forbidden, type RelationshipField, type FieldHook } from 'payload'
import { idOf } from '../ids'
import { isPlatformAdmin, siteIdsWithRole, type SiteRole } from './roles'

/**
 * Refuses to place a document on a site where the user may not write, on create and on update.
 * Access rules alone cannot stop an update from moving a document to another site.
 */
const guardSiteAssignment =
  (writerRoles: SiteRole[]): FieldHook =>
  ({ value, originalDoc, req, operation }) => {
    if (!req.user || isPlatformAdmin(req.user)) return value
    if (operation === 'update' && idOf(value) === idOf((originalDoc as { site?: unknown } | undefined)?.site)) return value
    const allowed = siteIdsWithRole(req.user, ...writerRoles).map(String)
    if (!allowed.includes(idOf(value) ?? '')) {
      throw new Forbidden(req.t)
    }
    return value
  }

/** The tenant field: which site (网站) a document belongs to. */
export function siteField(writerRoles: SiteRole[], overrides: Partial<RelationshipField> = {}): RelationshipField {
  return {
    name: 'site',
    type: 'relationship',
    relationTo: 'sites',
    required: true,
    index: true,
    label: { zh: '所属网站', en: 'Site' },
    admin: { position: 'sidebar' },
    defaultValue: ({ user }) => siteIdsWithRole(user, ...writerRoles)[0],
    filterOptions: ({ user, req }) => {
      // No user means trusted server code (seeding, jobs); access rules already stopped anonymous writes. A
      // system step run on a user's behalf (the self-check converting an article) keeps the document where it is.
      if (!user || isPlatformAdmin(user) || (req?.context as { system?: boolean } | undefined)?.system === true) return true
      return { id: { in: siteIdsWithRole(user, ...writerRoles) } }
    },
    hooks: { beforeChange: [guardSiteAssignment(writerRoles)] },
    ...overrides,
  } as RelationshipField
}
