import { Forbidden, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type CollectionSlug, type Plugin, type PayloadRequest, type Where } from 'payload'
import { asAccessUser, isPlatformAdmin } from './roles'
import { idOf } from '../ids'

/**
 * Payload's document locks (payload-locked-documents) come with "any signed-in user" access: without
 * this guard an editor of site A could lock site B's article over REST, and B's own editors would get
 * 423 Locked on every save. A lock is held in one's own name, on a document one may edit.
 */

const lockSlug = 'payload-locked-documents'

type LockTarget = { relationTo?: string; value?: unknown } | null | undefined
type LockOwner = { relationTo?: string; value?: unknown } | null | undefined

/** Whether the request's user may update the document, by the collection's own update rule. */
async function mayUpdateDocument(req: PayloadRequest, collection: string, id: string): Promise<boolean> {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  if (!config) return false
  const access = config.access.update
  const decision = access ? await access({ req, id: id as never }) : Boolean(req.user)
  if (decision === true || decision === false) return decision
  if (!decision) return false
  const { totalDocs } = await req.payload.count({
    collection: collection as CollectionSlug,
    where: { and: [{ id: { equals: id } }, decision as Where] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

async function mayLock(req: PayloadRequest, document: LockTarget, globalSlug: string | null | undefined): Promise<boolean> {
  if (isPlatformAdmin(req.user)) return true
  if (globalSlug) {
    const update = req.payload.config.globals.find((g) => g.slug === globalSlug)?.access.update
    return update ? (await update({ req })) === true : false
  }
  const id = idOf(document?.value)
  if (!document?.relationTo || !id) return false
  return mayUpdateDocument(req, document.relationTo, id)
}

const heldBy = (owner: LockOwner, userId: number | string): boolean =>
  owner?.relationTo === 'users' && idOf(owner.value) === String(userId)

/** Creating a lock, or taking one over: in the user's own name, on a document the user may edit. */
const guardLockChange: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const user = asAccessUser(req.user)
  // No user: Payload's admin writes its locks through the database adapter, and trusted code has no user.
  if (!user || isPlatformAdmin(user)) return data
  if (!heldBy((data.user ?? originalDoc?.user) as LockOwner, user.id)) throw new Forbidden(req.t)
  if (!(await mayLock(req, (data.document ?? originalDoc?.document) as LockTarget, data.globalSlug ?? originalDoc?.globalSlug))) {
    throw new Forbidden(req.t)
  }
  return data
}

/** Releasing a lock: one's own, or one on a document the user may edit (taking over). */
const guardLockRemoval: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = asAccessUser(req.user)
  if (!user || isPlatformAdmin(user)) return
  const lock = await req.payload.findByID({ collection: lockSlug, id, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!lock || heldBy(lock.user as LockOwner, user.id)) return
  if (!(await mayLock(req, lock.document as LockTarget, lock.globalSlug))) throw new Forbidden(req.t)
}

/** Reading or changing a lock over the API: one's own only (the admin's own lock checks run as trusted code). */
const ownLocks = ({ req }: { req: PayloadRequest }): boolean | Where => {
  const user = asAccessUser(req.user)
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  return { and: [{ 'user.relationTo': { equals: 'users' } }, { 'user.value': { equals: user.id } }] }
}

/** Installs the guards on Payload's built-in locks collection, which exists only once the config is sanitized. */
export const guardDocumentLocks = (): Plugin => (config) => ({
  ...config,
  onInit: async (payload) => {
    const locks = payload.collections[lockSlug]?.config
    if (locks) {
      locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), guardLockChange]
      locks.hooks.beforeDelete = [...(locks.hooks.beforeDelete ?? []), guardLockRemoval]
      // Another user's lock names what they are editing, on any site: not for other editors to read or change.
      locks.access = { ...locks.access, read: ownLocks, update: ownLocks, delete: ownLocks }
    }
    await config.onInit?.(payload)
  },
})
