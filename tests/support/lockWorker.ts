/**
 * A separate worker process for the lock test: starts its own Payload on DATABASE_URL, says "ready",
 * waits for "go" on stdin, tries to take the run lock, and prints the outcome as one JSON line.
 */
import { getPayload } from 'payload'

const key = process.argv[2]!
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
const { acquireRunLock } = await import('../../src/monitoring/lock')
process.stdout.write('ready\n')
process.stdin.once('data', async () => {
  const lock = await acquireRunLock(payload, key, 60_000)
  process.stdout.write(`${JSON.stringify({ pid: process.pid, acquired: Boolean(lock) })}\n`)
  await payload.destroy()
  process.exit(0)
})
