import { ValidationError, type CollectionBeforeChangeHook, type CollectionConfig, type Config, type Field, type FilterOptions, type Plugin, type Where } from 'payload'
import { inLanguage } from '../i18n/bilingual'
import { idOf } from '../ids'

/**
 * One mechanism for every reference between tenant documents: a relationship or upload field that can point
 * at a document of a site-scoped collection accepts only a document of the referring document's own site,
 * on every route (REST, GraphQL, admin, Local API, jobs). Without it an editor could attach another site's
 * private attachment to a published document of their own and so make it public.
 *
 * The plugin walks each collection's fields (rows, collapsibles, tabs, groups, arrays, blocks), marks each
 * tenant-pointing field `custom.sameSite`, narrows its admin picker to the same site and adds one
 * beforeChange hook (the last, so a collection's own, more specific messages come first) that checks all of them with one query per target collection.
 *
 * A field the design lets point at another site says so with `custom.crossSite: '<why>'`; a collection whose
 * tenant field is not `site` names it in `custom.tenantField` (reposts: `targetSite`).
 */

type Custom = { sameSite?: boolean; crossSite?: string; tenantField?: string }

/** Payload's own collections, added after the plugins run: their references are guarded elsewhere. */
export const internalReferenceExemptions: Record<string, string> = {
  'payload-locked-documents': 'a lock names any document; src/access/documentLocks.ts allows locks only on documents the user may edit',
  'payload-preferences': 'preferences belong to a user, not a site; read and written only by their owner',
}

type Reference = { path: string[]; field: Field & { relationTo: string | string[] }; targets: string[]; label: string; labelEn: string }

/** Slugs of the collections whose documents belong to one site. */
export function tenantCollections(collections: CollectionConfig[]): Set<string> {
  return new Set(collections.filter((c) => tenantFieldOf(c) !== null).map((c) => c.slug))
}

/** The collection's tenant field: `site`, or the one it names in `custom.tenantField`. */
export function tenantFieldOf(collection: CollectionConfig): string | null {
  const named = (collection.custom as Custom | undefined)?.tenantField
  if (named) return named
  return collection.fields.some((f) => 'name' in f && f.name === 'site' && f.type === 'relationship' && f.relationTo === 'sites') ? 'site' : null
}

const labelOf = (field: Field): string => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'zh' in label) return String((label as { zh: string }).zh)
  return 'name' in field ? field.name : ''
}
const labelEnOf = (field: Field): string => {
  const label = 'label' in field ? field.label : undefined
  if (label && typeof label === 'object' && 'en' in label) return String((label as { en: string }).en)
  return 'name' in field ? field.name : ''
}

/** Every relationship or upload field that can hold a document of one of `tenants`, with its data path. */
export function tenantReferences(fields: Field[], tenants: Set<string>, path: string[] = []): Reference[] {
  const found: Reference[] = []
  for (const field of fields) {
    const here = 'name' in field && field.name ? [...path, field.name] : path
    if (field.type === 'relationship' || field.type === 'upload') {
      const targets = (Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]).filter((slug) => tenants.has(slug))
      if (targets.length) found.push({ path: here, field: field as Reference['field'], targets, label: labelOf(field), labelEn: labelEnOf(field) })
    } else if (field.type === 'row' || field.type === 'collapsible' || field.type === 'group' || field.type === 'array') {
      found.push(...tenantReferences(field.fields, tenants, here))
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) found.push(...tenantReferences(tab.fields, tenants, 'name' in tab && tab.name ? [...path, tab.name] : path))
    } else if (field.type === 'blocks') {
      for (const block of field.blocks ?? []) found.push(...tenantReferences(block.fields, tenants, [...here, `#${block.slug}`]))
    }
  }
  return found
}

type Ref = { collection: string; id: string }

/** The referenced documents under `path` in `data` (arrays and blocks fan out). */
function collect(value: unknown, path: string[], targets: string[], out: Ref[]): void {
  if (value === null || value === undefined) return
  if (!path.length) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === null || item === undefined || item === '') continue
      if (typeof item === 'object' && 'relationTo' in (item as object)) {
        const poly = item as { relationTo: string; value: unknown }
        const id = idOf(poly.value)
        if (id && targets.includes(poly.relationTo)) out.push({ collection: poly.relationTo, id })
      } else {
        const id = idOf(item)
        if (id) out.push({ collection: targets[0]!, id })
      }
    }
    return
  }
  const [head, ...rest] = path as [string, ...string[]]
  if (Array.isArray(value)) {
    for (const row of value) collect(row, path, targets, out)
    return
  }
  if (typeof value !== 'object') return
  if (head.startsWith('#')) {
    if ((value as { blockType?: string }).blockType === head.slice(1)) collect(value, rest, targets, out)
    return
  }
  collect((value as Record<string, unknown>)[head], rest, targets, out)
}

/** The incoming data over the stored document, groups merged field by field, arrays taken whole. */
function overlay(stored: unknown, incoming: unknown): unknown {
  if (incoming === undefined) return stored
  if (!incoming || !stored || typeof incoming !== 'object' || typeof stored !== 'object' || Array.isArray(incoming) || Array.isArray(stored)) return incoming
  const merged: Record<string, unknown> = { ...(stored as Record<string, unknown>) }
  for (const [key, value] of Object.entries(incoming)) merged[key] = overlay(merged[key], value)
  return merged
}

/** The dotted path of a reference (a block's fields as `blocks#slug.field`), as the hook lists them. */
export const referencePath = (reference: Pick<Reference, 'path'>): string => reference.path.join('.').replace(/\.#/g, '#')

function enforceSameSite(references: Reference[], tenantField: string): CollectionBeforeChangeHook {
  const hook: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
    const doc = overlay(originalDoc ?? {}, data) as Record<string, unknown>
    const siteId = idOf(doc[tenantField])
    const errors: { path: string; message: string }[] = []
    const byCollection = new Map<string, Map<string, Reference>>()
    for (const reference of references) {
      const refs: Ref[] = []
      collect(doc, reference.path, reference.targets, refs)
      for (const ref of refs) {
        if (!byCollection.has(ref.collection)) byCollection.set(ref.collection, new Map())
        byCollection.get(ref.collection)!.set(ref.id, reference)
      }
    }
    for (const [slug, refs] of byCollection) {
      const ids = [...refs.keys()]
      const target = (req.payload.collections as Record<string, { config: CollectionConfig } | undefined>)[slug]?.config
      const targetTenant = target ? tenantFieldOf(target) : null
      if (!targetTenant) continue
      const found = await req.payload.find({
        collection: slug as 'columns',
        where: { id: { in: ids } },
        select: { [targetTenant]: true } as Record<string, true>,
        depth: 0,
        limit: ids.length,
        pagination: false,
        overrideAccess: true,
        req,
      })
      const siteOf = new Map(found.docs.map((d) => [String(d.id), idOf((d as unknown as Record<string, unknown>)[targetTenant])]))
      for (const [id, reference] of refs) {
        if (!siteId || siteOf.get(id) !== siteId) {
          const path = reference.path.filter((p) => !p.startsWith('#')).join('.')
          if (!errors.some((e) => e.path === path)) errors.push({
              path,
              // Staff read it in their admin language; anonymous senders in Chinese.
              message: inLanguage(req.user ? req : null, { zh: `所选${reference.label.replace(/^所属/, '')}不属于本网站。`, en: `The chosen ${reference.labelEn.toLowerCase()} is not on this site.` }),
            })
        }
      }
    }
    if (errors.length) throw new ValidationError({ collection: collection.slug, errors })
    return data
  }
  // Lets the config test see which fields this hook covers.
  return Object.assign(hook, { sameSiteReferences: references.map(referencePath) })
}

/** The admin picker lists only the same site's documents, on top of the field's own filter. */
function sameSiteFilter(own: FilterOptions | undefined, tenantField: string, targetTenant: (slug: string) => string): FilterOptions {
  return async (args) => {
    const base = typeof own === 'function' ? await own(args) : (own ?? true)
    if (base === false) return false
    const siteId = idOf((args.data as Record<string, unknown> | undefined)?.[tenantField])
    if (!siteId) return base
    const restriction: Where = { [targetTenant(args.relationTo)]: { equals: siteId } }
    return base === true ? restriction : { and: [base as Where, restriction] }
  }
}

/** Applies the mechanism to every collection of the config (see the module comment). */
export const sameSiteReferences = (): Plugin => (config: Config): Config => {
  const collections = config.collections ?? []
  const tenants = tenantCollections(collections)
  const bySlug = new Map(collections.map((c) => [c.slug, c]))
  const targetTenant = (slug: string) => (bySlug.get(slug) ? (tenantFieldOf(bySlug.get(slug)!) ?? 'site') : 'site')
  return {
    ...config,
    collections: collections.map((collection) => {
      const references = tenantReferences(collection.fields, tenants).filter((r) => !(r.field.custom as Custom | undefined)?.crossSite)
      if (!references.length) return collection
      const tenantField = tenantFieldOf(collection)
      if (!tenantField) {
        const names = references.map((r) => `${collection.slug}.${r.path.join('.')}`).join(', ')
        throw new Error(`sameSiteReferences: ${names} point at site documents from a collection without a tenant field; mark them custom.crossSite with the reason`)
      }
      for (const reference of references) {
        const field = reference.field as Field & { custom?: Custom; filterOptions?: FilterOptions }
        field.custom = { ...(field.custom ?? {}), sameSite: true }
        field.filterOptions = sameSiteFilter(field.filterOptions, tenantField, targetTenant)
      }
      return {
        ...collection,
        hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), enforceSameSite(references, tenantField)] },
      }
    }),
  }
}
