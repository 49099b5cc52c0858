import type { Payload } from 'payload'

export type SearchSyncWait = {
  /** Jobs that ran to completion: their documents are in the index (or out of it, if not public). */
  done: number
  /** Jobs that failed for good. */
  failed: number
  /** Jobs still waiting (for a retry, say) when the wait timed out: the server's worker goes on with them. */
  pending: number
  /** Jobs this process ran itself because no job worker took them. */
  ranHere: number
  ms: number
}

const chunk = <T>(list: T[], size: number): T[][] => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size))

/**
 * Waits until the given index sync jobs have run, so a bulk writer (the gazette import) can say when its
 * documents are searchable. The server's job worker normally takes them within a second; when none has
 * made progress for `idleMs` (the server is down, or its worker is off), this process runs the rest itself.
 */
export async function waitForSearchSync(
  payload: Payload,
  jobIds: (number | string)[],
  options: { idleMs?: number; pollMs?: number; timeoutMs?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<SearchSyncWait> {
  const started = Date.now()
  const idleMs = options.idleMs ?? 15_000
  const pollMs = options.pollMs ?? 250
  const timeoutMs = options.timeoutMs ?? 30 * 60_000
  let remaining = [...jobIds]
  let done = 0
  let failed = 0
  let ranHere = 0
  let lastProgress = Date.now()
  while (remaining.length) {
    const open: (number | string)[] = []
    for (const ids of chunk(remaining, 200)) {
      const { docs } = await payload.find({ collection: 'payload-jobs', where: { id: { in: ids } }, depth: 0, limit: ids.length, pagination: false, select: { completedAt: true, hasError: true }, overrideAccess: true })
      const byId = new Map(docs.map((job) => [String(job.id), job]))
      for (const id of ids) {
        const job = byId.get(String(id))
        if (!job || job.completedAt) done++
        else if (job.hasError) failed++
        else open.push(id)
      }
    }
    if (open.length < remaining.length) lastProgress = Date.now()
    remaining = open
    options.onProgress?.(done, jobIds.length)
    if (!remaining.length || Date.now() - started > timeoutMs) break
    if (Date.now() - lastProgress > idleMs) {
      const result = await payload.jobs.run({ where: { id: { in: remaining } }, limit: remaining.length })
      ranHere += Object.keys(result.jobStatus ?? {}).length
      lastProgress = Date.now()
      continue
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
  return { done, failed, pending: remaining.length, ranHere, ms: Date.now() - started }
}
