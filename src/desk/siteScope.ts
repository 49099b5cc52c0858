import type { CollectionConfig, Field, Payload, Plugin, Where } from 'payload'
import { asAccessUser, readsWholeCluster, siteIdsWithRole } from '../access/roles'
import { tenantFieldOf } from '../access/sameSiteReferences'
import { siteScopePreference, type SiteScopeChoice } from './siteScopeKey'

/**
 * 网站切换: admin lists show the user's own site(s) by default; people with several memberships choose one, the
 * platform admins and supervisors see every site and may narrow to one. The choice is a Payload preference.
 * This is a list filter (the collection's `admin.baseFilter`), not access control: access rules stay as they are.
 */
export { siteScopePreference, type SiteScopeChoice } from './siteScopeKey'

/** The site the user chose for the lists, or null (their default: all of their sites). */
export async function chosenListSite(payload: Payload, user: unknown): Promise<string | null> {
  const account = asAccessUser(user)
  if (!account) return null
  const found = await payload.find({
    collection: 'payload-preferences',
    where: {
      and: [
        { key: { equals: siteScopePreference } },
        { 'user.value': { equals: account.id } },
        { 'user.relationTo': { equals: 'users' } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const site = (found.docs[0]?.value as SiteScopeChoice | undefined)?.site
  return site ? String(site) : null
}

/** The sites a user's lists show: null means every site (cluster roles with no choice). */
export async function listSites(payload: Payload, user: unknown): Promise<string[] | null> {
  const account = asAccessUser(user)
  if (!account) return null
  const chosen = await chosenListSite(payload, account)
  if (readsWholeCluster(account)) return chosen ? [chosen] : null
  const member = siteIdsWithRole(account).map(String)
  if (!member.length) return null
  // A stale choice (a membership since removed) falls back to all of the user's sites.
  return chosen && member.includes(chosen) ? [chosen] : member
}

/** The list filter for a collection whose site is held in `fields` (any of them matching). */
export async function listSiteFilter(payload: Payload, user: unknown, fields: string[]): Promise<Where | null> {
  const sites = await listSites(payload, user)
  if (!sites) return null
  const clauses: Where[] = fields.map((field) => ({ [field]: { in: sites } }))
  return clauses.length === 1 ? clauses[0]! : { or: clauses }
}

/** Reposts belong to their target site, but the source site follows its outgoing reposts in the same list. */
const extraSiteFields: Record<string, string[]> = { reposts: ['sourceSite'] }

const relationTitleCell = '/src/desk/admin/RelationTitleCell#RelationTitleCell'
/** Relationship columns named on the server (src/desk/admin/RelationTitleCell.tsx says why). */
const serverTitledRelations = ['sites', 'columns']

const withServerTitleCells = (fields: Field[]): Field[] =>
  fields.map((field) =>
    'name' in field && field.type === 'relationship' && typeof field.relationTo === 'string' && serverTitledRelations.includes(field.relationTo) && !field.admin?.components?.Cell
      ? { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: relationTitleCell } } }
      : field,
  )

/**
 * Gives every site-scoped collection (src/access/sameSiteReferences.ts decides which) the list filter, the
 * switcher above its list and server-rendered site and column cells.
 */
export const siteScopedLists = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection: CollectionConfig) => {
    const field = tenantFieldOf(collection)
    if (!field || collection.admin?.baseFilter || collection.admin?.baseListFilter) return collection
    const fields = [field, ...(extraSiteFields[collection.slug] ?? [])]
    const beforeList = collection.admin?.components?.beforeList ?? []
    return {
      ...collection,
      fields: withServerTitleCells(collection.fields),
      admin: {
        ...collection.admin,
        baseFilter: ({ req }) => listSiteFilter(req.payload, req.user, fields),
        components: {
          ...collection.admin?.components,
          beforeList: ['/src/desk/admin/SiteSwitcher#SiteSwitcher', ...beforeList],
        },
      },
    }
  }),
})
