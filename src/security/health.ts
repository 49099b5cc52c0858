import type { Payload } from 'payload'

/**
 * Whether the database answers, asked at most every two seconds however many requests fail at once.
 * `/healthz` and the error paths use it: a database outage is a 503 with Retry-After (come back
 * later), not a 500, and no database error text ever reaches a visitor.
 */

export const retryAfterSeconds = 30
const recheckMs = 2000
const probeTimeoutMs = 3000

export type DatabaseHealth = { healthy(): Promise<boolean> }

export function databaseHealth(payload: Payload): DatabaseHealth {
  let checkedAt = 0
  let last = true
  let pending: Promise<boolean> | null = null
  const probe = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), probeTimeoutMs)))
    const query = payload
      .count({ collection: 'sites', overrideAccess: true })
      .then(() => true)
      .catch(() => false)
    try {
      return await Promise.race([query, timeout])
    } finally {
      clearTimeout(timer)
    }
  }
  return {
    healthy() {
      if (Date.now() - checkedAt < recheckMs) return Promise.resolve(last)
      pending ??= probe().then((ok) => {
        last = ok
        checkedAt = Date.now()
        pending = null
        return ok
      })
      return pending
    },
  }
}

export const outageMessage = '服务暂时不可用（数据库维护或故障），请稍后再试。'

/**
 * PostgreSQL ends idle connections on a restart or failover; pg's pool reports that as an 'error'
 * event, which with no listener is an uncaught exception that would stop the whole server. Logged
 * instead: the pool reconnects on the next query, and requests meanwhile get the 503 above.
 */
export function survivePoolErrors(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: { on?: (event: 'error', listener: (error: Error) => void) => void } }).pool
  pool?.on?.('error', (error) => payload.logger.error({ err: error, msg: 'database connection lost' }))
}
