import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPlatform } from '../support/payload'
import { acquireRunLock } from '../../src/monitoring/lock'

/** The run lock across real processes: two workers, each with its own Payload and connection, one database. */
let t: TestPlatform
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => {
  await t?.close()
})

function worker(key: string): {
  child: ChildProcessWithoutNullStreams
  ready: Promise<void>
  result: Promise<{ acquired: boolean }>
} {
  const tsx = path.resolve('node_modules/.bin/tsx')
  const child = spawn(tsx, ['tests/support/lockWorker.ts', key], {
    env: { ...process.env, DATABASE_URL: t.database.url },
    stdio: 'pipe',
  })
  let out = ''
  let onReady: () => void
  const ready = new Promise<void>((r) => (onReady = r))
  const result = new Promise<{ acquired: boolean }>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('ready\n')) onReady()
      const line = out.split('\n').find((l) => l.startsWith('{'))
      if (line) resolve(JSON.parse(line))
    })
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString()
    })
    child.on('exit', (code) =>
      code ? reject(new Error(`worker exited ${code}: ${out}\n${errors.slice(-2000)}`)) : undefined,
    )
  })
  return { child, ready, result }
}

describe('monitor run lock', () => {
  it('two worker processes asking at the same moment: exactly one gets the run', async () => {
    const key = `daily:test-${Date.now()}`
    const workers = [worker(key), worker(key)]
    await Promise.all(workers.map((w) => w.ready))
    for (const w of workers) w.child.stdin.write('go\n')
    const results = await Promise.all(workers.map((w) => w.result))
    expect(results.filter((r) => r.acquired)).toHaveLength(1)
  }, 180_000)

  it('a finished run is not repeated; a crashed run is taken over once its lease expires', async () => {
    const now = new Date()
    const done = await acquireRunLock(t.payload, 'k-done', 60_000, { now })
    await done!.finish()
    expect(await acquireRunLock(t.payload, 'k-done', 60_000, { now })).toBeNull()
    const crashed = await acquireRunLock(t.payload, 'k-crash', 60_000, { now })
    expect(crashed).not.toBeNull()
    expect(await acquireRunLock(t.payload, 'k-crash', 60_000, { now: new Date(now.getTime() + 59_000) })).toBeNull()
    expect(await acquireRunLock(t.payload, 'k-crash', 60_000, { now: new Date(now.getTime() + 61_000) })).not.toBeNull()
  })
})
