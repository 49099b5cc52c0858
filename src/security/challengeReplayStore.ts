import type { Payload } from 'payload'
import { isUniqueViolation } from '../monitoring/lock'

/**
 * Where accepted challenges are remembered until they expire (安全验证防重放). With a database (`form-challenge-uses`,
 * a unique key) the refusal of a second use holds across the cluster's worker processes and hosts; without one
 * (a bare unit test) a process-local map does the same for one process. The server registers its Payload at
 * start (src/server/app.ts), so every form that calls formChallengeSolved gets the shared store.
 */

export type ReplayStore = { markUsed(key: string, expiresAt: Date): Promise<boolean> }

let shared: Payload | null = null
let writes = 0

export function useDatabaseReplayStore(payload: Payload | null): void {
  shared = payload
}

const used = new Map<string, number>()
const usedMax = 100_000

const memoryStore: ReplayStore = {
  async markUsed(key, expiresAt) {
    const now = Date.now()
    if ((used.get(key) ?? 0) > now) return false
    if (used.size >= usedMax) for (const [k, until] of used) if (until <= now || used.size >= usedMax) used.delete(k)
    used.set(key, expiresAt.getTime())
    return true
  },
}

export const databaseReplayStore = (payload: Payload): ReplayStore => ({
  async markUsed(key, expiresAt) {
    // Expired rows go now and then (every 200th use), so the table stays the size of the valid window.
    if (++writes % 200 === 0)
      await payload
        .delete({ collection: 'form-challenge-uses', where: { expiresAt: { less_than: new Date().toISOString() } }, overrideAccess: true, depth: 0 })
        .catch(() => undefined)
    try {
      await payload.create({
        collection: 'form-challenge-uses',
        data: { key, expiresAt: expiresAt.toISOString() },
        overrideAccess: true,
        depth: 0,
      })
      return true
    } catch (error) {
      if (isUniqueViolation(error)) return false
      throw error
    }
  },
})

export const replayStore = (payload?: Payload | null): ReplayStore => {
  const db = payload ?? shared
  return db ? databaseReplayStore(db) : memoryStore
}
