import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'

export type RunLock = { key: string; holder: string; finish(): Promise<void>; release(): Promise<void> }

/**
 * Takes the run `key` (e.g. `daily:2026-11-30`) for this process, or returns null when another worker
 * holds it or has finished it. The unique index on `key` is the arbiter: of two concurrent inserts the
 * database accepts one. A running lock whose lease expired (its worker died) is deleted and retaken; a
 * finished one stays until it expires, so the same run is not repeated.
 */
export async function acquireRunLock(payload: Payload, key: string, leaseMs: number, options: { keepDoneMs?: number; now?: Date } = {}): Promise<RunLock | null> {
  const now = options.now ?? new Date()
  const holder = `${process.pid}:${randomUUID()}`
  await payload.delete({
    collection: 'monitor-locks',
    where: { and: [{ key: { equals: key } }, { expiresAt: { less_than: now.toISOString() } }] },
    overrideAccess: true,
    depth: 0,
  })
  let id: number | string
  try {
    const row = await payload.create({
      collection: 'monitor-locks',
      data: { key, holder, state: 'running', expiresAt: new Date(now.getTime() + leaseMs).toISOString() },
      overrideAccess: true,
      depth: 0,
    })
    id = row.id
  } catch (error) {
    if (isUniqueViolation(error)) return null
    throw error
  }
  return {
    key,
    holder,
    async finish() {
      await payload.update({
        collection: 'monitor-locks',
        id,
        data: { state: 'done', expiresAt: new Date(Date.now() + (options.keepDoneMs ?? 2 * 86_400_000)).toISOString() },
        overrideAccess: true,
        depth: 0,
      })
    },
    async release() {
      await payload.delete({ collection: 'monitor-locks', id, overrideAccess: true, depth: 0 })
    },
  }
}

export function isUniqueViolation(error: unknown): boolean {
  // Payload reports a unique-index refusal as a ValidationError on the field.
  const errors = (error as { data?: { errors?: { path?: string }[] } })?.data?.errors
  if (errors?.some((e) => e.path === 'key')) return true
  const text = `${(error as { message?: string })?.message ?? ''} ${JSON.stringify((error as { data?: unknown })?.data ?? '')} ${String((error as { cause?: unknown })?.cause ?? '')}`
  return /unique|already|UNIQUE constraint|duplicate key|已被|value must be unique/i.test(text)
}
