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
