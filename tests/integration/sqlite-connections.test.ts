import { spawn } from 'node:child_process'
import type { Client } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSite } from '../support/fixtures'
import { startTestPayload, type TestPlatform } from '../support/payload'

/**
 * Every connection the SQLite client opens waits for another process's write lock (src/db/sqliteConnections.ts):
 * libsql replaces its connection after each transaction, and the replacement once had no busy_timeout, so a write
 * beside the import CLI failed at once with SQLITE_BUSY.
 */
describe.skipIf(process.env.TEST_DATABASE === 'postgres')('SQLite connections', () => {
  let platform: TestPlatform
  beforeAll(async () => {
    platform = await startTestPayload()
  })
  afterAll(async () => {
    await platform?.close()
  })

  const client = () => (platform.payload.db as unknown as { client: Client }).client
  const pragma = async (name: string) => Number(Object.values((await client().execute(`PRAGMA ${name}`)).rows[0] ?? {})[0])

  it('keep their busy timeout and NORMAL sync after a transaction took the first connection', async () => {
    for (let i = 0; i < 3; i++) {
      expect(await pragma('busy_timeout')).toBe(10_000)
      expect(await pragma('synchronous')).toBe(1)
      const transaction = await client().transaction('write')
      await transaction.commit()
    }
  })

  it('wait for another process’s write to finish instead of failing', async () => {
    // A transaction first, so the write below runs on a replacement connection.
    const transaction = await client().transaction('write')
    await transaction.commit()
    // Another process holds the write lock for 800 ms (libsql blocks the thread while it waits, so the holder
    // cannot be in this one).
    const holder = spawn(process.execPath, ['--input-type=module', '-e', holdWriteLock, platform.database.url], { stdio: ['ignore', 'pipe', 'inherit'] })
    const exited = new Promise((resolve) => holder.once('exit', resolve))
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve())
      holder.on('exit', (code) => reject(new Error(`lock holder exited with ${code}`)))
    })
    const started = Date.now()
    const site = await createSite(platform.payload)
    expect(site.id).toBeTruthy()
    expect(Date.now() - started).toBeGreaterThan(300)
    await exited
  })
})

const holdWriteLock = `
import { createClient } from '@libsql/client'
const client = createClient({ url: process.argv[1] })
const transaction = await client.transaction('write')
await transaction.execute('CREATE TABLE IF NOT EXISTS zq_lock_probe (x integer)')
process.stdout.write('held\\n')
setTimeout(async () => { await transaction.commit(); client.close() }, 800)
`
