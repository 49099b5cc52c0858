import { EventEmitter } from 'node:events'
import type { Config, Payload, Plugin } from 'payload'

/**
 * Page-cache invalidation by tag. Within one process this is an in-memory bus; a deployment with
 * several app servers plugs a broadcaster (PostgreSQL LISTEN/NOTIFY, Redis) in with `setBroadcaster`.
 */
export type InvalidationBroadcaster = { publish(tags: string[]): void }

const bus = new EventEmitter()
bus.setMaxListeners(0)
let broadcaster: InvalidationBroadcaster | null = null

export const pageTags = {
  site: (siteId: number | string) => `site:${siteId}`,
  listings: (siteId: number | string) => `listing:${siteId}`,
  column: (columnId: number | string) => `column:${columnId}`,
  document: (collection: string, id: number | string) => `doc:${collection}:${id}`,
}

type Transactional = { transactionID?: unknown }

/** Tags waiting for their transaction to commit, by transaction ID. */
const pending = new Map<string, Set<string>>()

/**
 * Drops the pages with these tags. Given the request of a hook, and the request is inside a database
 * transaction, this waits until the transaction commits: invalidating before, a concurrent visitor could
 * render the old content in between and the cache would keep it. A rolled-back transaction drops nothing.
 */
export function invalidatePages(tags: string[], req?: Transactional): void {
  if (!tags.length) return
  const id = req?.transactionID
  // A string or number is an open transaction; anything else (none, or the settled promise Payload leaves
  // when the adapter runs without transactions, as SQLite does by default) means the write is already in.
  if ((typeof id === 'string' || typeof id === 'number') && transactionsDeferred) {
    const key = String(id)
    const set = pending.get(key) ?? new Set<string>()
    tags.forEach((tag) => set.add(tag))
    pending.set(key, set)
    return
  }
  emitNow(tags)
}

function emitNow(tags: string[]): void {
  bus.emit('invalidate', tags)
  broadcaster?.publish(tags)
}

let transactionsDeferred = false

/** Wraps the database adapter's commit and rollback so that deferred invalidations follow the outcome. */
function deferToCommit(payload: Payload): void {
  const db = payload.db as unknown as { commitTransaction?: (id: unknown) => Promise<void>; rollbackTransaction?: (id: unknown) => Promise<void> }
  const commit = db.commitTransaction?.bind(db)
  const rollback = db.rollbackTransaction?.bind(db)
  if (!commit || !rollback) return
  const keyOf = async (id: unknown) => String(id && typeof (id as Promise<unknown>).then === 'function' ? await id : id)
  db.commitTransaction = async (id: unknown) => {
    const key = await keyOf(id)
    try {
      await commit(id)
    } finally {
      // Committed (or failed to commit, in which case dropping pages again costs only a re-render).
      const tags = pending.get(key)
      pending.delete(key)
      if (tags?.size) emitNow([...tags])
    }
  }
  db.rollbackTransaction = async (id: unknown) => {
    const key = await keyOf(id)
    pending.delete(key)
    await rollback(id)
  }
  transactionsDeferred = true
}

/** Installs the after-commit invalidation on the database adapter once Payload has started. */
export const pageInvalidationAfterCommit = (): Plugin => (config: Config) => ({
  ...config,
  onInit: async (payload) => {
    deferToCommit(payload)
    await config.onInit?.(payload)
  },
})

/** Tags that arrived from another instance: applied locally, not re-broadcast. */
export function applyRemoteInvalidation(tags: string[]): void {
  bus.emit('invalidate', tags)
}

export function onPageInvalidation(listener: (tags: string[]) => void): () => void {
  bus.on('invalidate', listener)
  return () => bus.off('invalidate', listener)
}

export function setBroadcaster(next: InvalidationBroadcaster | null): void {
  broadcaster = next
}
