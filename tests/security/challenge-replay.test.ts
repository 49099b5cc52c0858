import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import path from 'node:path'
import { solveChallenge } from 'altcha-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formChallengeSolved, newFormChallenge } from '../../src/security/formChallenge'
import { startTestPayload, type TestPlatform } from '../support/payload'

/**
 * A solved proof-of-work challenge passes once across the cluster (issue #13): the used challenges are kept in
 * the database (`form-challenge-uses`, unique key), so two worker processes, each with its own Payload and
 * connection, given the same solution at the same moment accept it exactly once, and this process then refuses it.
 */

let t: TestPlatform
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

async function solved(): Promise<string> {
  const c = await newFormChallenge()
  const solution = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise
  return Buffer.from(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: solution!.number, salt: c.salt, signature: c.signature })).toString('base64')
}

function worker(): { child: ChildProcessWithoutNullStreams; ready: Promise<void>; result: Promise<{ solved: boolean }> } {
  const tsx = path.resolve('node_modules/.bin/tsx')
  const child = spawn(tsx, ['tests/support/challengeWorker.ts'], { env: { ...process.env, DATABASE_URL: t.database.url }, stdio: 'pipe' })
  let out = ''
  let errors = ''
  let onReady: () => void
  const ready = new Promise<void>((r) => (onReady = r))
  const result = new Promise<{ solved: boolean }>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('ready\n')) onReady()
      const line = out.split('\n').find((l) => l.startsWith('{'))
      if (line) resolve(JSON.parse(line))
    })
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString()
    })
    child.on('exit', (code) => (code ? reject(new Error(`worker exited ${code}: ${out}\n${errors.slice(-2000)}`)) : undefined))
  })
  return { child, ready, result }
}

describe('challenge replay across processes', () => {
  it('two worker processes given the same solution at once: exactly one accepts it; a third try here is refused', async () => {
    const solution = await solved()
    const workers = [worker(), worker()]
    await Promise.all(workers.map((w) => w.ready))
    for (const w of workers) w.child.stdin.write(`${solution}\n`)
    const results = await Promise.all(workers.map((w) => w.result))
    expect(results.filter((r) => r.solved)).toHaveLength(1)
    expect(await formChallengeSolved(solution, t.payload)).toBe(false)
    // Re-encoding the same solution (other JSON key order) is the same challenge: refused too.
    const decoded = JSON.parse(Buffer.from(solution, 'base64').toString()) as Record<string, unknown>
    const reordered = Buffer.from(JSON.stringify(Object.fromEntries(Object.entries(decoded).reverse()))).toString('base64')
    expect(await formChallengeSolved(reordered, t.payload)).toBe(false)
    expect(await formChallengeSolved(await solved(), t.payload)).toBe(true)
    const rows = await t.payload.count({ collection: 'form-challenge-uses', overrideAccess: true })
    expect(rows.totalDocs).toBe(2)
  }, 180_000)

  it('the used challenges are on no API: anonymous REST reads are refused', async () => {
    await expect(t.payload.find({ collection: 'form-challenge-uses', overrideAccess: false })).rejects.toThrow()
  })
})
