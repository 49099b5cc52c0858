/**
 * Import to searchable, end to end (`npm run bench:pipeline`), on the real path:
 *
 *   1. a fresh database (SQLite file by default; `--postgres URL` or BENCH_POSTGRES_URL makes a fresh PostgreSQL
 *      database on that server), a site with a reviewer, and a generated gazette archive of `--count` articles
 *      (default 20,000) in the import format (docs/gazette-import.md). The text is real when
 *      ../shared/data/regulations.jsonl is present (read at run time, never copied), otherwise built from the
 *      repository's sample gazette; bodies are a few thousand characters, as real gazette articles are;
 *   2. the server (`src/server.ts`, its job worker on, WEB_CONCURRENCY `--workers`, default one per core), or a
 *      running one given by `--url` (then DATABASE_URL and SEARCH_DB_PATH must be the server's);
 *   3. the import CLI (`scripts/gazette-import.ts`, as `npm run gazette:import` runs it) in its own process; then
 *      /search.json over HTTP is polled until the LAST imported article (by its unique 文号) is found;
 *   4. a single publish: a submitted article is published by its reviewer through the REST API, then polled
 *      until searchable.
 *
 * Prints articles/s end to end, import time, index lag, publish → searchable, and the machine's load beside them.
 * Targets: ≥ 500 articles/s end to end on SQLite for 20,000 articles; one publish searchable in ≤ 2 s.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { writeBenchArchive } from './benchPipelineArchive'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '20000' },
    workers: { type: 'string', default: String(os.availableParallelism()) },
    url: { type: 'string' },
    postgres: { type: 'string', default: process.env.BENCH_POSTGRES_URL },
    // Keeps the temporary folder (SQLite file, search index, archive) and the PostgreSQL database.
    keep: { type: 'boolean', default: false },
  },
})
const count = Number(values.count)
// Outside production every Payload start spawns a `payload generate:types` process (~6 s of CPU): one for this
// script, each server worker and the import CLI, competing with the import for the cores being measured.
process.env.GENERATE_TYPES = 'off'
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-bench-pipeline-'))
if (!values.keep) process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }))
const load = () => `load ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')} on ${os.availableParallelism()} CPUs`
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const password = 'Bench#Pipeline#2026'
const loadBefore = load()
/**
 * CPU seconds used so far by a process and its descendants (the server's cluster workers), from /proc: in all, and by
 * the threads still running, by kind (main threads, the segmenting worker threads, the rest: GC, compiler, libuv).
 */
type Cpu = { total: number; main: number; segment: number }
const cpuOf = (pid: number | undefined): Cpu => {
  const cpu: Cpu = { total: 0, main: 0, segment: 0 }
  if (!pid) return cpu
  const stat = (p: string) => {
    try {
      const text = fs.readFileSync(`/proc/${p}/stat`, 'utf8')
      const fields = text.slice(text.lastIndexOf(') ') + 2).split(' ')
      const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i]) / 100) as [number, number, number, number]
      // cutime/cstime: children that have exited (a `payload generate:types`, say), which no longer have an entry.
      return { name: text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')), ppid: Number(fields[1]), seconds: utime + stime, exitedChildren: cutime + cstime }
    } catch {
      return null
    }
  }
  const processes = new Map<number, NonNullable<ReturnType<typeof stat>>>()
  for (const entry of fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    const process = stat(entry)
    if (process) processes.set(Number(entry), process)
  }
  const inTree = (id: number): boolean => {
    for (let at: number | undefined = id; at && at > 1; at = processes.get(at)?.ppid) if (at === pid) return true
    return false
  }
  for (const [id, process] of processes) {
    if (!inTree(id)) continue
    const entry = String(id)
    cpu.total += process.seconds + process.exitedChildren
    let tasks: string[] = []
    try {
      tasks = fs.readdirSync(`/proc/${entry}/task`)
    } catch {}
    for (const task of tasks) {
      const thread = stat(`${entry}/task/${task}`)
      if (thread?.name === 'MainThread' || task === entry) cpu.main += thread?.seconds ?? 0
      else if (thread?.name === 'search-segment') cpu.segment += thread.seconds
    }
  }
  return cpu
}
const cpuSince = (now: Cpu, before: Cpu): Cpu => ({ total: now.total - before.total, main: now.main - before.main, segment: now.segment - before.segment })
let serverPid: number | undefined

// 1. The database.
let databaseLabel = 'SQLite'
let dropDatabase = async () => {}
if (!values.url && values.postgres) {
  const name = `zhanqun_bench_pipeline_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: values.postgres })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(values.postgres)
  url.pathname = `/${name}`
  process.env.DATABASE_URL = url.toString()
  databaseLabel = `PostgreSQL (${name}${values.keep ? ', kept' : ''})`
  if (!values.keep)
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: values.postgres })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    }
} else if (!values.url) {
  process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
}
if (!values.url) {
  process.env.SEARCH_DB_PATH = path.join(dir, 'search.db')
  process.env.UPLOAD_DIR = path.join(dir, 'uploads')
  process.env.PAYLOAD_SECRET ??= 'bench-pipeline-secret-bench-pipeline-secret'
}

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const { migrateDatabase } = await import('../src/db/migrate')
await migrateDatabase(payload)
const siteCode = `64${String(Date.now()).slice(-8)}`
const site = await payload.create({
  collection: 'sites',
  overrideAccess: true,
  data: { name: '压测公报网站', siteCode, level: 'county', status: 'live', sponsor: '压测主办单位', filings: { icpNumber: '宁ICP备99999998号', publicSecurityNumber: '宁公网安备 64010402099998号' }, domains: [{ domain: `bench-${siteCode}.localhost` }] },
})
const column = await payload.create({ collection: 'columns', overrideAccess: true, data: { site: site.id, title: '要闻', slug: 'news', kind: 'news', order: 1 } })
const reviewerEmail = `reviewer-${siteCode}@bench.test`
await payload.create({
  collection: 'users',
  overrideAccess: true,
  data: { email: reviewerEmail, name: '压测审核', password, roles: [], siteMemberships: [{ site: site.id, roles: ['reviewer'] }] } as never,
})
const archive = path.join(dir, 'archive')
const generated = writeBenchArchive(archive, count, root)

// 2. The server.
let base = values.url?.replace(/\/$/, '')
let stopServer = () => {}
if (!base) {
  const port = 20_000 + Math.floor(Math.random() * 20_000)
  const workers = Number(values.workers)
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/server.ts')], {
    // The poll below searches 20 times a second from one address: far above a visitor's limit (120 a minute),
    // which would otherwise answer 429 and stretch the measured lag to the next minute.
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', WEB_CONCURRENCY: String(workers), ADMIN: 'off', THEME_CACHE: 'true', MONITOR_PROCESS: 'off', SEARCH_LIMIT_PER_MINUTE: '1000000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  stopServer = () => server.kill('SIGTERM')
  serverPid = server.pid
  process.on('exit', stopServer)
  await new Promise<void>((resolve, reject) => {
    let output = ''
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      if (workers > 1 ? output.includes(`全部 ${workers} 个工作进程已就绪`) : /站群已启动/.test(output)) resolve()
    }
    server.stdout!.on('data', read)
    server.stderr!.on('data', read)
    server.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
  base = `http://127.0.0.1:${port}`
}

/**
 * Polls /search.json until a hit with the given 文号 appears; the time it took. Five times a second: every search
 * costs the server CPU that the index is waiting for, and at 20 a second a lag of half a minute was 600 of them.
 */
let searchesWhileWaiting = 0
async function untilSearchable(docNumber: string, timeoutMs: number): Promise<number> {
  const started = performance.now()
  const url = `${base}/sites/${siteCode}/search.json?q=${encodeURIComponent(docNumber)}`
  while (performance.now() - started < timeoutMs) {
    searchesWhileWaiting++
    const response = await fetch(url)
    if (response.status === 429) throw new Error('search rate-limited: start the server given by --url with SEARCH_LIMIT_PER_MINUTE raised')
    const body = (await response.json()) as { result?: { hits: { docNumber?: string | null }[] } }
    if (body.result?.hits.some((hit) => hit.docNumber === docNumber)) return performance.now() - started
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${docNumber} not searchable after ${seconds(timeoutMs)}`)
}

// 3. The import CLI, then the index lag.
console.log(`bench:pipeline — ${count} articles in ${generated.issues} issues (${generated.source}, ${Math.round(generated.averageBodyChars)} characters of body on average), ${databaseLabel}, ${values.url ? base : `${values.workers} server process(es)`}`)
console.log(`before: ${loadBefore}`)
const serverCpuBefore = cpuOf(serverPid)
const importStarted = performance.now()
const cli = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/gazette-import.ts'), archive, '--site', siteCode], { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] })
let cliOutput = ''
let importMs = 0
const imported = new Promise<void>((resolve) => {
  cli.stdout!.on('data', (chunk: Buffer) => {
    cliOutput += chunk.toString()
    // The CLI says 导入用时 when its last record is written, then waits until they are searchable.
    if (!importMs && cliOutput.includes('导入用时')) {
      importMs = performance.now() - importStarted
      resolve()
    }
  })
})
// The CLI's first progress line comes once Payload is up and the archive is read: its CPU until then is start-up.
let cliStartupCpu: number | undefined
cli.stderr!.on('data', (chunk: Buffer) => {
  cliStartupCpu ??= cpuOf(cli.pid).total
  cliOutput += chunk.toString()
})
const cliExit = new Promise<number | null>((resolve) => cli.on('exit', resolve))
// A CLI that fails (or is killed) after its last record would otherwise leave the poll below waiting half an hour.
cli.on('exit', (code, signal) => {
  if (code === 0) return
  console.error(`import CLI exited with ${code ?? signal}:\n${cliOutput.slice(-3000)}`)
  process.exit(1)
})
await Promise.race([imported, cliExit])
if (!importMs) throw new Error(`import CLI exited with ${await cliExit}:\n${cliOutput.slice(-3000)}`)
const cliCpu = cpuOf(cli.pid).total
const loadAfterImport = load()
const lagMs = await untilSearchable(generated.lastDocNumber, 30 * 60_000)
const totalMs = performance.now() - importStarted
const serverCpu = cpuSince(cpuOf(serverPid), serverCpuBefore)
const cliCode = await cliExit
if (cliCode !== 0) throw new Error(`import CLI exited with ${cliCode}:\n${cliOutput.slice(-3000)}`)
const summary = cliOutput.split('\n').filter((line) => /共 .* 条记录|可检索|索引|导入用时/.test(line))

// 4. A single publish through the REST API.
const draft = await payload.create({
  collection: 'articles',
  overrideAccess: true,
  data: { site: site.id, columns: [column.id], title: '单篇发布检索时延测试', summary: '压测', workflowStatus: 'submitted', disclosureAttribute: 'public' } as never,
})
const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: reviewerEmail, password }) })
const { token } = (await login.json()) as { token: string }
const publishes: number[] = []
for (let round = 0; round < 3; round++) {
  const title = `单篇发布检索时延测试第${round + 1}次`
  const publishStarted = performance.now()
  const response = await fetch(`${base}/api/articles/${draft.id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify(round === 0 ? { workflowStatus: 'published' } : { title }),
  })
  if (!response.ok) throw new Error(`publish failed: ${response.status} ${await response.text()}`)
  const respondedMs = performance.now() - publishStarted
  await untilTitle(round === 0 ? '单篇发布检索时延测试' : title)
  publishes.push(performance.now() - publishStarted)
  if (round === 0) console.log(`publish answered in ${seconds(respondedMs)}`)
}

/** Polls until the article's title (as now stored) is the search hit for its own words. */
async function untilTitle(expected: string): Promise<void> {
  const started = performance.now()
  const url = `${base}/sites/${siteCode}/search.json?q=${encodeURIComponent(expected)}`
  while (performance.now() - started < 120_000) {
    const body = (await (await fetch(url)).json()) as { result?: { hits: { title: string }[] } }
    if (body.result?.hits.some((hit) => hit.title === expected)) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`“${expected}” not searchable after 120 s`)
}

const rate = count / (totalMs / 1000)
console.log(`import CLI (process start to its last record): ${seconds(importMs)} (${(count / (importMs / 1000)).toFixed(0)} articles/s); ${loadAfterImport}`)
const perArticle = (cpu: number) => `${((cpu * 1000) / count).toFixed(2)} ms an article`
const cliWork = cliCpu - (cliStartupCpu ?? 0)
console.log(`CPU: import CLI ${cliCpu.toFixed(1)} s (${perArticle(cliCpu)}; ${perArticle(cliWork)} after its ${(cliStartupCpu ?? 0).toFixed(1)} s of start-up)`)
if (!values.url) {
  const rest = serverCpu.total - serverCpu.main - serverCpu.segment
  console.log(
    `CPU: server until found ${serverCpu.total.toFixed(1)} s (${perArticle(serverCpu.total)}: main threads ${perArticle(serverCpu.main)}, segmenting threads ${perArticle(serverCpu.segment)}, other threads ${perArticle(rest)}); both processes ${perArticle(cliCpu + serverCpu.total)}`,
  )
}
for (const line of summary) console.log(`  import said: ${line.trim()}`)
console.log(`index lag after the import ended: ${seconds(lagMs)} (${searchesWhileWaiting} searches polled for it)`)
console.log(`end to end: ${seconds(totalMs)} → ${rate.toFixed(0)} articles/s (target ≥ 500 on SQLite) ${rate >= 500 ? 'OK' : 'BELOW TARGET'}`)
console.log(`single publish → searchable: first publish ${seconds(publishes[0]!)}, edits of a published article ${publishes.slice(1).map(seconds).join(', ')} (target ≤ 2 s) ${Math.max(...publishes) <= 2000 ? 'OK' : 'ABOVE TARGET'}`)
console.log(`after: ${load()}`)
stopServer()
// This process's own pool is still open (Payload's destroy leaves it, and ending it waits on clients the job worker
// holds): the forced drop ends its connections, which is expected here and not the unhandled 'error' that exited
// non-zero after the figures.
;(payload.db as unknown as { pool?: { on(event: 'error', listener: () => void): void } }).pool?.on('error', () => {})
await new Promise((resolve) => setTimeout(resolve, 1000))
await dropDatabase().catch((error: unknown) => console.error(`could not drop the bench database: ${String(error)}`))
process.exit(0)
