import type { CollectionSlug, Field, Payload, Where } from 'payload'
import { publicSiteStatuses } from './siteScoped'

/**
 * How public pages read as the anonymous visitor, on the site they are rendering.
 *
 * Every anonymous read rule is `visible AND onPublicSite`, and `onPublicSite` (`site.status in …`) is a
 * join on `sites` that Payload answers with two queries (the distinct ids, then the rows) on every read.
 * A public page already holds its site, status included, resolved from the site directory; on that site
 * the rule says exactly `visible AND site = <id>`, which is one query. So pages pass the collection's
 * `visible` rule (exported beside its access rule, which is built from the same `visible`) and the site.
 *
 * That read overrides access, so it is used only where the document rule is all of the visitor's access:
 * a collection with field-level read rules (policy documents hide their original text) is read with the
 * visitor's full access instead.
 */

export type VisitorRead = { where: Where; overrideAccess: boolean; user: null }

/** A site as the page holds it: its id, and its status as the site directory read it. */
export type KnownSite = { id: number | string; status?: string | null }

const fieldRulesByPayload = new WeakMap<Payload, Map<string, boolean>>()

function fieldsHaveReadRules(fields: Field[]): boolean {
  return fields.some((field) => {
    if ('access' in field && field.access?.read) return true
    if (field.type === 'tabs') return field.tabs.some((tab) => fieldsHaveReadRules(tab.fields))
    if ('fields' in field && Array.isArray(field.fields)) return fieldsHaveReadRules(field.fields)
    if (field.type === 'blocks') return field.blocks.some((block) => fieldsHaveReadRules(block.fields))
    return false
  })
}

function hasFieldReadRules(payload: Payload, collection: CollectionSlug): boolean {
  let known = fieldRulesByPayload.get(payload)
  if (!known) fieldRulesByPayload.set(payload, (known = new Map()))
  let answer = known.get(collection)
  if (answer === undefined) {
    answer = fieldsHaveReadRules(payload.collections[collection].config.fields)
    known.set(collection, answer)
  }
  return answer
}

/**
 * The find arguments for the visitor's read of `where` on `site`; null when the site is not public
 * (then the visitor reads nothing there).
 */
export function visitorReadOnSite(payload: Payload, collection: CollectionSlug, visible: Where, site: KnownSite, where: Where): VisitorRead | null {
  if (!(publicSiteStatuses as readonly (string | null | undefined)[]).includes(site.status)) return null
  const onSite: Where = { and: [where, { site: { equals: site.id } }] }
  if (hasFieldReadRules(payload, collection)) return { where: onSite, overrideAccess: false, user: null }
  return { where: { and: [where, visible, { site: { equals: site.id } }] }, overrideAccess: true, user: null }
}
