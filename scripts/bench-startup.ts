/**
 * Start-up reliability (`npm run bench:startup`): the commands a newcomer and an operator run, from a cold
 * process, many times in a row, with every failure counted rather than retried.
 *
 *   seed   `npm run seed` into a fresh SQLite file (--seeds times, default 5);
 *   dev    `npm run dev` (tsx src/server.ts, admin included) on a seeded copy (--runs times, default 20);
 *   prod   `npm start` (node dist/server.js, NODE_ENV=production) on a seeded copy (--runs times), only when
 *          `npm run build` has produced dist/server.js and .next.
 *
 * Each start counts until `/healthz` and then a site's home page (/sites/6400000001/) both answer 200; that time
 * is "time to first page". A start that exits, or does not answer within --timeout seconds (default 120), is a
 * failure. Prints min / median / max per kind (wall time, and the CPU time the start's processes used, which
 * hardly depends on the load) and the machine's load average before and after.
 * Options: --only=seed,dev,prod --runs=20 --seeds=5 --timeout=120
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { projectRoot } from '../src/projectRoot'

const { values } = parseArgs({
  options: { only: { type: 'string', default: 'seed,dev,prod' }, runs: { type: 'string', default: '20' }, seeds: { type: 'string', default: '5' }, timeout: { type: 'string', default: '120' } },
})
const kinds = new Set(values.only.split(','))
const runs = Number(values.runs)
const seeds = Number(values.seeds)
const timeoutMs = Number(values.timeout) * 1000
const bin = (name: string) => path.join(projectRoot, 'node_modules', '.bin', name)
const env = (extra: Record<string, string>) => ({ ...process.env, PATH: `${path.dirname(bin('node'))}${path.delimiter}${process.env.PATH}`, ...extra })
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-bench-startup-'))
process.on('exit', () => {
  fs.rmSync(work, { recursive: true, force: true })
  fs.rmSync(path.join(projectRoot, '.next-bench-startup'), { recursive: true, force: true })
})
const load = () => os.loadavg().map((n) => n.toFixed(2)).join(' / ')

type Outcome = { ok: boolean; ms: number; detail: string; cpuMs?: number }

const clockTicks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100

/**
 * CPU time (user + system) of a process and its descendants, from /proc: unlike the wall time it hardly moves
 * with the machine's load, so it shows what a start costs when other work shares the cores.
 */
function treeCpuMs(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    let ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      const children = fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim()
      for (const child of children ? children.split(' ') : []) ms += treeCpuMs(Number(child))
    }
    return ms
  } catch {
    return Number.NaN
  }
}

function summary(label: string, outcomes: Outcome[]): void {
  const times = outcomes.filter((o) => o.ok).map((o) => o.ms).sort((a, b) => a - b)
  const failed = outcomes.filter((o) => !o.ok)
  const fmt = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(2)} s`)
  console.log(
    `${label.padEnd(22)} ${String(times.length).padStart(3)}/${outcomes.length} succeeded   min ${fmt(times[0])}   median ${fmt(times[Math.floor((times.length - 1) / 2)])}   max ${fmt(times.at(-1))}`,
  )
  const cpu = outcomes.filter((o) => o.ok && Number.isFinite(o.cpuMs)).map((o) => o.cpuMs as number).sort((a, b) => a - b)
  if (cpu.length) console.log(`${''.padEnd(22)} CPU to first page: min ${fmt(cpu[0])}   median ${fmt(cpu[Math.floor((cpu.length - 1) / 2)])}   max ${fmt(cpu.at(-1))}`)
  for (const f of failed) console.log(`    failure: ${f.detail}`)
}

function seedInto(file: string): Outcome {
  const started = performance.now()
  const result = spawnSync(bin('tsx'), ['scripts/seed.ts'], { cwd: projectRoot, env: env({ DATABASE_URL: `file:${file}`, UPLOAD_DIR: path.join(path.dirname(file), 'uploads') }), encoding: 'utf8' })
  const ms = performance.now() - started
  const ok = result.status === 0 && /载入演示数据完成/.test(result.stdout)
  return { ok, ms, detail: ok ? '' : `exit ${result.status ?? result.signal}: ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' | ')}` }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
    await response.arrayBuffer()
    return response.status === 200
  } catch {
    return false
  }
}

async function coldStart(command: string, args: string[], extraEnv: Record<string, string>): Promise<Outcome> {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(command, args, { cwd: projectRoot, env: env({ ...extraEnv, PORT: String(port), HOST: '127.0.0.1' }), stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-2000)))
  child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-2000)))
  let exited: number | string | null = null
  child.on('exit', (code, signal) => (exited = code ?? signal))
  const base = `http://127.0.0.1:${port}`
  let outcome: Outcome | null = null
  while (!outcome) {
    if (exited !== null) outcome = { ok: false, ms: performance.now() - started, detail: `exited ${exited} before answering: ${output.trim().split('\n').slice(-2).join(' | ')}` }
    else if (performance.now() - started > timeoutMs) outcome = { ok: false, ms: timeoutMs, detail: `no answer within ${timeoutMs / 1000} s` }
    else if ((await answers(`${base}/healthz`)) && (await answers(`${base}/sites/6400000001/`))) outcome = { ok: true, ms: performance.now() - started, detail: '', cpuMs: treeCpuMs(child.pid ?? 0) }
    else await new Promise((resolve) => setTimeout(resolve, 50))
  }
  if (exited === null) {
    child.kill('SIGTERM')
    await new Promise((resolve) => {
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000)
      child.once('exit', () => resolve(clearTimeout(force)))
    })
  }
  return outcome
}

console.log(`bench:startup on Node ${process.version}, ${os.cpus().length} cores; load average (1/5/15 min) before: ${load()}`)

// One seeded database that the server runs copy from; production refuses demo accounts, so its copy has none.
const seeded = path.join(work, 'seeded', 'zhanqun.db')
fs.mkdirSync(path.dirname(seeded), { recursive: true })
const seedOutcomes: Outcome[] = []
if (kinds.has('seed')) {
  for (let i = 0; i < seeds; i++) {
    const file = path.join(work, `seed-${i}`, 'zhanqun.db')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const outcome = seedInto(file)
    seedOutcomes.push(outcome)
    console.log(`  seed ${i + 1}/${seeds}: ${outcome.ok ? `${(outcome.ms / 1000).toFixed(1)} s` : `FAILED ${outcome.detail}`}`)
    if (outcome.ok && !fs.existsSync(seeded)) fs.cpSync(path.dirname(file), path.dirname(seeded), { recursive: true })
  }
}
if (!fs.existsSync(seeded)) {
  const outcome = seedInto(seeded)
  if (!outcome.ok) throw new Error(`seeding the database for the start-up runs failed: ${outcome.detail}`)
}

const serverEnv = (dir: string) => ({ DATABASE_URL: `file:${path.join(dir, 'zhanqun.db')}`, UPLOAD_DIR: path.join(dir, 'uploads') })
const copyOf = (name: string) => {
  const dir = path.join(work, name)
  fs.cpSync(path.dirname(seeded), dir, { recursive: true })
  return dir
}

const devOutcomes: Outcome[] = []
if (kinds.has('dev')) {
  const dir = copyOf('dev')
  for (let i = 0; i < runs; i++) {
    const outcome = await coldStart(bin('tsx'), ['src/server.ts'], { ...serverEnv(dir), JOBS_WORKER: 'off', NEXT_DIST_DIR: '.next-bench-startup' })
    devOutcomes.push(outcome)
    console.log(`  dev start ${i + 1}/${runs}: ${outcome.ok ? `${(outcome.ms / 1000).toFixed(2)} s (CPU ${((outcome.cpuMs ?? 0) / 1000).toFixed(2)} s)` : `FAILED ${outcome.detail}`}`)
  }
}

const prodOutcomes: Outcome[] = []
const built = fs.existsSync(path.join(projectRoot, 'dist', 'server.js')) && fs.existsSync(path.join(projectRoot, '.next', 'BUILD_ID'))
if (kinds.has('prod') && !built) console.log('  prod: skipped — run `npm run build` first (dist/server.js and .next are missing).')
if (kinds.has('prod') && built) {
  const dir = copyOf('prod')
  const db = new Database(path.join(dir, 'zhanqun.db'))
  db.pragma('foreign_keys = OFF')
  db.prepare('DELETE FROM users').run()
  db.close()
  const secret = randomBytes(32).toString('hex')
  for (let i = 0; i < runs; i++) {
    const outcome = await coldStart(bin('node'), ['dist/server.js'], { ...serverEnv(dir), NODE_ENV: 'production', PAYLOAD_SECRET: secret, JOBS_WORKER: 'off' })
    prodOutcomes.push(outcome)
    console.log(`  prod start ${i + 1}/${runs}: ${outcome.ok ? `${(outcome.ms / 1000).toFixed(2)} s (CPU ${((outcome.cpuMs ?? 0) / 1000).toFixed(2)} s)` : `FAILED ${outcome.detail}`}`)
  }
}

console.log(`\nload average after: ${load()}`)
if (seedOutcomes.length) summary('npm run seed', seedOutcomes)
if (devOutcomes.length) summary('npm run dev → page', devOutcomes)
if (prodOutcomes.length) summary('npm start → page', prodOutcomes)
const failures = [...seedOutcomes, ...devOutcomes, ...prodOutcomes].filter((o) => !o.ok).length
process.exit(failures ? 1 : 0)
