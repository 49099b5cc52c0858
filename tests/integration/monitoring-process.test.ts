import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { superviseProbeProcess, type ProbeProcessMessage } from '../../src/monitoring/probeSupervisor'
import { startClusterServer } from '../support/clusterServer'
import { createSite } from '../support/fixtures'
import { startLocalServer, type LocalServer } from '../support/monitoring'
import { startTestPayload, type TestPlatform } from '../support/payload'

/**
 * The availability probe runs in its own process (never the web server's event loop), and the database lease
 * lock keeps two such processes, or a restarted one, from probing the same slot twice.
 */
let t: TestPlatform
let origin: LocalServer
let domains = 0

beforeAll(async () => {
  t = await startTestPayload()
  origin = await startLocalServer()
  process.env.MONITOR_PROBE_ORIGIN = origin.url
  for (let i = 0; i < 3; i++) await createSite(t.payload)
  const live = (
    await t.payload.find({
      collection: 'sites',
      where: { status: { equals: 'live' } },
      pagination: false,
      overrideAccess: true,
      depth: 0,
    })
  ).docs
  domains = live.reduce((n, s) => n + (s.domains?.length ?? 0), 0)
}, 120_000)
afterAll(async () => {
  delete process.env.MONITOR_PROBE_ORIGIN
  await origin?.close()
  await t?.close()
})

const checksAt = async (at: string) =>
  (
    await t.payload.count({
      collection: 'availability-checks',
      where: { checkedAt: { equals: at } },
      overrideAccess: true,
    })
  ).totalDocs

/** `npm run monitor -- --once --now=…` as a real process; resolves with its round report. */
function monitorOnce(now: string): Promise<{ pid: number; result: { skipped: boolean; probes?: number } }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('src/monitoring/probeProcess.ts'), '--once', `--now=${now}`],
    { env: { ...process.env, DATABASE_URL: t.database.url }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let out = ''
  let errors = ''
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      const round = out
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .find((m) => m.type === 'round')
      if (code === 0 && round) resolve(round as never)
      else reject(new Error(`monitor exited ${code}: ${out.slice(-2000)}\n${errors.slice(-2000)}`))
    })
  })
}

describe('the availability probe process', () => {
  it('two monitor processes started together probe the slot once between them', async () => {
    const now = '2026-06-01T03:10:00.000Z'
    const results = await Promise.all([monitorOnce(now), monitorOnce(now)])
    expect(results.map((r) => r.pid)).not.toContain(process.pid)
    expect(results.filter((r) => !r.result.skipped)).toHaveLength(1)
    expect(results.find((r) => !r.result.skipped)!.result.probes).toBe(domains)
    expect(await checksAt(now)).toBe(domains)
  }, 240_000)

  it('the server’s supervisor runs it as a child, restarts it when it dies, and the restart does not probe again', async () => {
    const now = '2026-06-02T03:10:00.000Z'
    const messages: ProbeProcessMessage[] = []
    const waitFor = async (test: (m: ProbeProcessMessage) => boolean, ms = 180_000) => {
      const until = Date.now() + ms
      while (Date.now() < until) {
        const found = messages.find(test)
        if (found) return found
        await new Promise((r) => setTimeout(r, 200))
      }
      throw new Error(`no such message: ${JSON.stringify(messages)}`)
    }
    process.env.DATABASE_URL = t.database.url
    const supervisor = superviseProbeProcess({
      logger: { info: () => {}, error: () => {} },
      args: ['--round-now', `--now=${now}`],
      onMessage: (m) => messages.push(m),
    })
    try {
      const first = await waitFor((m) => m.type === 'round')
      expect(first.pid).not.toBe(process.pid)
      expect(first.pid).toBe(supervisor.pid())
      expect(first.result).toMatchObject({ skipped: false, probes: domains })
      process.kill(first.pid, 'SIGKILL')
      const second = await waitFor((m) => m.type === 'round' && m.pid !== first.pid)
      expect(second.pid).toBe(supervisor.pid())
      expect(second.result).toMatchObject({ skipped: true })
      expect(await checksAt(now)).toBe(domains)
    } finally {
      await supervisor.stop()
    }
    expect(supervisor.pid()).toBeUndefined()
  }, 400_000)

  it('the real server (two workers) starts exactly one probe process, outside its workers, and ends it on shutdown', async () => {
    const server = await startClusterServer({ DATABASE_URL: t.database.url })
    try {
      let probes: { pid: number; ppid: number }[] = []
      for (
        const until = Date.now() + 60_000;
        Date.now() < until && probes.length === 0;
        await new Promise((r) => setTimeout(r, 500))
      )
        probes = probeProcessesOn(t.database.url)
      expect(probes).toHaveLength(1)
      // Its parent is a server worker (the one running the jobs queue), and it is a process of its own.
      expect(fs.readFileSync(`/proc/${probes[0]!.ppid}/cmdline`, 'utf8')).toContain('src/server.ts')
      expect(probes[0]!.pid).not.toBe(probes[0]!.ppid)
    } finally {
      await server.stop()
    }
    for (const until = Date.now() + 30_000; Date.now() < until && probeProcessesOn(t.database.url).length; )
      await new Promise((r) => setTimeout(r, 500))
    expect(probeProcessesOn(t.database.url)).toEqual([])
  }, 240_000)
})

/** Running probe processes (Linux /proc) on the given database. */
function probeProcessesOn(databaseUrl: string): { pid: number; ppid: number }[] {
  const found: { pid: number; ppid: number }[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      if (!fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('src/monitoring/probeProcess.ts')) continue
      if (!fs.readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(`DATABASE_URL=${databaseUrl}`))
        continue
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1])
      found.push({ pid: Number(entry), ppid })
    } catch {
      // The process ended while being read.
    }
  }
  return found
}
