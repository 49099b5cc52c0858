import { EventEmitter } from 'node:events'

const queued = new EventEmitter()

/**
 * Tells this process's job worker that work was queued, so it runs within a second rather than at
 * the next minute. The delay lets the queuing transaction commit first; the cron run is the safety net.
 */
export function notifyJobsQueued(): void {
  queued.emit('queued')
}

export function onJobsQueued(listener: () => void): () => void {
  queued.on('queued', listener)
  return () => queued.off('queued', listener)
}
