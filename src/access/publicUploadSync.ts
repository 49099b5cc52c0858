import {
  createLocalReq,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeDeleteHook,
  type CollectionConfig,
  type CollectionSlug,
  type Config,
  type Field,
  type Payload,
  type PayloadRequest,
  type Plugin,
  type Where,
} from 'payload'
import { idOf } from '../ids'
import { publicUses, publicUsesOf, type PublicUse, type UploadSlug } from './publicUploads'

/**
 * Keeps `publiclyReferenced` (src/access/publicUploads.ts) true exactly for the uploads that a public
 * document shows. Whenever a document using uploads changes or is deleted — publish, withdraw, a
 * scheduled publication by the jobs queue, an attribute change, an attachment swap — the uploads it
 * used before and uses now are looked at again, in the same request and transaction.
 *
 * Which changes matter is read from the public rules themselves: the fields a rule names, and the
 * documents it reaches through a relationship (an interpretation is public only with its policy
 * document, a gazette article only with its issue), so changing such a document re-checks the uploads
 * of the documents that follow it.
 */

type Doc = Record<string, unknown> & { id: number | string }

/** Top-level fields compared before and after a change; `true` for relationships (compared by ID). */
type WatchedFields = Map<string, boolean>

type Follower = { use: PublicUse; via: string; fields: WatchedFields }

/** What one collection's changes can affect. */
type Watch = { uses: PublicUse[]; fields: WatchedFields; followers: Follower[] }

/** A field by name, looking through rows, collapsibles and unnamed tabs (which do not nest data). */
function topLevelField(fields: Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    const nested =
      field.type === 'row' || field.type === 'collapsible'
        ? [field.fields]
        : field.type === 'tabs'
          ? field.tabs.filter((tab) => !('name' in tab && tab.name)).map((tab) => tab.fields)
          : []
    for (const inner of nested) {
      const found = topLevelField(inner, name)
      if (found) return found
    }
  }
  return undefined
}

const relationTarget = (field: Field): string | null =>
  (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string' ? field.relationTo : null

/** The field paths a query names. */
function wherePaths(where: Where): string[] {
  return Object.entries(where).flatMap(([key, value]) => (key === 'and' || key === 'or' ? (value as Where[]).flatMap(wherePaths) : [key]))
}

/** Works out, from the public uses and their rules, which collections to watch and what in them. */
function watchPlan(collections: CollectionConfig[]): Map<string, Watch> {
  const bySlug = new Map(collections.map((c) => [c.slug, c]))
  const plan = new Map<string, Watch>()
  const watch = (slug: string): Watch => {
    if (!plan.has(slug)) plan.set(slug, { uses: [], fields: new Map(), followers: [] })
    return plan.get(slug)!
  }
  const fieldOf = (slug: string, name: string): Field => {
    const field = topLevelField(bySlug.get(slug)?.fields ?? [], name)
    if (!field) throw new Error(`publicUploads: ${slug} has no field "${name}"`)
    return field
  }
  for (const use of publicUses) {
    const field = fieldOf(use.collection, use.field)
    if (relationTarget(field) !== use.upload) throw new Error(`publicUploads: ${use.collection}.${use.field} does not hold ${use.upload}`)
    const own = watch(use.collection)
    own.uses.push(use)
    own.fields.set(use.field, true)
    for (const path of wherePaths(use.visible)) {
      const [head, next, ...deeper] = path.split('.') as [string, ...string[]]
      if (head === 'id') continue
      const target = relationTarget(fieldOf(use.collection, head))
      own.fields.set(head, target !== null)
      if (next === undefined || target === null) continue
      if (deeper.length && relationTarget(fieldOf(target, next))) throw new Error(`publicUploads: ${path} goes through two relationships; not supported`)
      const followers = watch(target).followers
      let follower = followers.find((f) => f.use === use && f.via === head)
      if (!follower) followers.push((follower = { use, via: head, fields: new Map() }))
      follower.fields.set(next, relationTarget(fieldOf(target, next)) !== null)
    }
  }
  return plan
}

const idsIn = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).map(idOf).filter((id): id is string => Boolean(id))

const comparable = (value: unknown, relation: boolean): string => JSON.stringify(relation ? idsIn(value) : (value ?? null))

const changed = (fields: WatchedFields, before: Doc | undefined, after: Doc | null): boolean =>
  !before || !after || [...fields].some(([name, relation]) => comparable(before[name], relation) !== comparable(after[name], relation))

/** Uploads to look at again, per collection. */
class Candidates extends Map<UploadSlug, Set<string>> {
  add(upload: UploadSlug, ids: string[]): this {
    if (!ids.length) return this
    const set = super.get(upload) ?? new Set<string>()
    for (const id of ids) set.add(id)
    return super.set(upload, set)
  }
}

const selectOf = (fields: Iterable<string>) => Object.fromEntries([...fields].map((name) => [name, true]))

/** The document as stored, with the watched fields only. */
async function storedDoc(req: PayloadRequest, slug: string, id: number | string, watch: Watch): Promise<Doc | null> {
  const fields = new Set([...watch.fields.keys(), ...watch.followers.flatMap((f) => [...f.fields.keys()])])
  const doc = await req.payload.findByID({ collection: slug as CollectionSlug, id, depth: 0, select: selectOf(fields), overrideAccess: true, req, disableErrors: true })
  return (doc as Doc | null) ?? null
}

/** The uploads used by the documents that follow this one (the interpretations of a policy document, the articles of a gazette issue). */
async function followersUploads(req: PayloadRequest, follower: Follower, id: number | string): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: follower.use.collection,
    where: { [follower.via]: { equals: id } },
    select: selectOf([follower.use.field]),
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return (docs as unknown as Doc[]).flatMap((doc) => idsIn(doc[follower.use.field]))
}

async function affectedUploads(req: PayloadRequest, watch: Watch, id: number | string, before: Doc | undefined, after: Doc | null): Promise<Candidates> {
  const candidates = new Candidates()
  if (watch.uses.length && changed(watch.fields, before, after)) {
    for (const use of watch.uses) candidates.add(use.upload, [...idsIn(before?.[use.field]), ...idsIn(after?.[use.field])])
  }
  // A document just created has no followers yet.
  if (!before) return candidates
  for (const follower of watch.followers) {
    if (changed(follower.fields, before, after)) candidates.add(follower.use.upload, await followersUploads(req, follower, id))
  }
  return candidates
}

/** Whether a document the public may read shows the upload through a public field. */
async function isPubliclyReferenced(req: PayloadRequest, upload: UploadSlug, id: number | string): Promise<boolean> {
  for (const use of publicUsesOf(upload)) {
    const where: Where = { and: [{ [use.field]: { in: [id] } }, use.visible] }
    const { totalDocs } = await req.payload.count({ collection: use.collection, where, overrideAccess: true, req })
    if (totalDocs > 0) return true
  }
  return false
}

const writeFlag = (req: PayloadRequest, upload: UploadSlug, id: string, value: boolean) =>
  // Straight to the database: no upload hooks, no file handling, and the upload's updatedAt stays its own.
  req.payload.db.updateMany({ collection: upload, where: { id: { equals: id } }, data: { publiclyReferenced: value }, req, returning: false })

/** Recomputes the flag of the given uploads, inside the request's transaction. */
async function refreshPublicUploads(req: PayloadRequest, candidates: Map<UploadSlug, Set<string>>): Promise<void> {
  for (const [upload, ids] of candidates) {
    for (const id of [...ids].sort()) {
      const seen = await isPubliclyReferenced(req, upload, id)
      await writeFlag(req, upload, id, seen)
      // The write holds the upload's row until this transaction ends. Another request changing another
      // document that uses the same upload waits for it and then looks again; looking again here sees
      // what such a request committed before the row was ours. Without this, two withdrawals at the
      // same moment could each still see the other's document public and leave the flag set.
      const now = await isPubliclyReferenced(req, upload, id)
      if (now !== seen) await writeFlag(req, upload, id, now)
    }
  }
}

/**
 * What a deletion affects, from before it to after it, per request. Not kept in `req.context`: Local
 * API calls made by other hooks in between may replace that object.
 */
const pendingDeletions = new WeakMap<PayloadRequest, Map<string, Candidates>>()
const pendingKey = (slug: string, id: number | string) => `${slug}:${id}`

const afterChange =
  (slug: string, watch: Watch): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    const after = await storedDoc(req, slug, doc.id, watch)
    const before = operation === 'create' ? undefined : (previousDoc as Doc)
    await refreshPublicUploads(req, await affectedUploads(req, watch, doc.id, before, after))
    return doc
  }

/** Before the deletion: what it affects, while the document and its followers' links to it still exist. */
const beforeDelete =
  (slug: string, watch: Watch): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const before = await storedDoc(req, slug, id, watch)
    if (!before) return
    const pending = pendingDeletions.get(req) ?? new Map<string, Candidates>()
    pending.set(pendingKey(slug, id), await affectedUploads(req, watch, id, before, null))
    pendingDeletions.set(req, pending)
  }

const afterDelete =
  (slug: string): CollectionAfterDeleteHook =>
  async ({ id, req }) => {
    const pending = pendingDeletions.get(req)
    const candidates = pending?.get(pendingKey(slug, id))
    if (!candidates) return
    pending!.delete(pendingKey(slug, id))
    await refreshPublicUploads(req, candidates)
  }

/** Adds the hooks to every collection whose changes can make an upload public or private. */
export const publicUploadSync = (): Plugin => (config: Config) => {
  const plan = watchPlan(config.collections ?? [])
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      const watch = plan.get(collection.slug)
      if (!watch) return collection
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), afterChange(collection.slug, watch)],
          beforeDelete: [...(collection.hooks?.beforeDelete ?? []), beforeDelete(collection.slug, watch)],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete(collection.slug)],
        },
      }
    }),
  }
}

/** Recomputes every upload's flag: for data written before the flag existed, or by means that bypass hooks. */
export async function refreshAllPublicUploads(payload: Payload): Promise<void> {
  const req = await createLocalReq({}, payload)
  for (const upload of ['files', 'media'] as const) {
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.find({ collection: upload, depth: 0, limit: 200, page, sort: 'id', select: { publiclyReferenced: true }, overrideAccess: true, req })
      await refreshPublicUploads(req, new Map([[upload, new Set(docs.map((d) => String(d.id)))]]))
      if (!hasNextPage) break
    }
  }
}
