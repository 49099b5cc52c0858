import { EventEmitter } from 'node:events'

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

export function invalidatePages(tags: string[]): void {
  if (!tags.length) return
  bus.emit('invalidate', tags)
  broadcaster?.publish(tags)
}

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
