/**
 * Public page throughput, in one run (`npm run bench:pages`):
 *
 *   (a) a bare node:http server sending the article page's bytes and headers: the ceiling here;
 *   (b) the same article through our server (startServer, admin off) with the page cache on;
 *   (c) the same article through a second server instance with `pageCache: false`, so every request
 *       does the real work: the Payload Local API find with the anonymous read rule (published,
 *       public disclosure, live site), its attachments or cover image read the same way, Lexical →
 *       HTML + sanitizer, Liquid render.
 *
 * Each scenario runs for the long source notice (宁政办发〔2017〕74号, article 1 on site 6400000001,
 * with its PDF attachment), for a typical short news item of the same site (article 2, with a
 * cover image) and for a news item with five inline images (scripts/bench-pages-images.ts). 50 connections for (a) and (b), 10 for (c); a warm-up, then a fixed measured time.
 *
 * The servers live in this process (so `--profile` samples only the server side). autocannon runs
 * in a separate child process (this file with `--client`), so that load generator and server are
 * separate processes. The child records every response time to compute an exact p95 (autocannon's
 * summary has p90 and p97.5 but no p95, and does not expose its histogram). The server's CPU time
 * per response is reported too: it is steadier than req/s when other work shares the machine.
 *
 * Options: --duration=10 --warmup=2 --only=<substrings of scenario names, comma separated, e.g. c-long>
 *          --workers=2: also run (c) against src/server.ts with WEB_CONCURRENCY workers (1: skip)
 *          --profile=<dir>: CPU-profile the server during each measured run, to <dir>/<scenario>.cpuprofile
 * The database is a fresh SQLite file in a temp directory (zhanqun-bench-pages-*), seeded with the demo;
 * removed when the process exits.
 * NODE_ENV=production and THEME_CACHE=true, as in production (compiled templates cached).
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon, { type Result as AutocannonResult } from 'autocannon'

type ClientConfig = { url: string; connections: number; duration: number; warmup: number }

type ClientResult = {
  requestsPerSecond: number
  totalRequests: number
  durationSeconds: number
  non2xx: number
  errors: number
  bytesPerResponse: number
  latency: { p50: number; p90: number; p95: number; p97_5: number; p99: number; max: number; mean: number }
}

const thisFile = fileURLToPath(import.meta.url)

// ---------------------------------------------------------------------------------------------
// Client mode: run autocannon (warm-up, then the measured run) and print one JSON line.
// ---------------------------------------------------------------------------------------------

async function runClient(config: ClientConfig): Promise<void> {
  const run = (duration: number, times: number[] | null) =>
    new Promise<AutocannonResult>((resolve, reject) => {
      const instance = autocannon({ url: config.url, connections: config.connections, duration }, (error, result) => (error ? reject(error) : resolve(result)))
      if (times) instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime))
    })
  if (config.warmup > 0) await run(config.warmup, null)
  // Tells the parent that the measured run starts, so that it can sample the server's CPU time.
  process.stdout.write('measuring\n')
  const times: number[] = []
  const result = await run(config.duration, times)
  const sorted = Float64Array.from(times).sort()
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]! : NaN)
  const mean = sorted.length ? sorted.reduce((sum, t) => sum + t, 0) / sorted.length : NaN
  const output: ClientResult = {
    requestsPerSecond: result.requests.average,
    totalRequests: result.requests.total,
    durationSeconds: result.duration,
    non2xx: result.non2xx,
    errors: result.errors,
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : 0,
    latency: { p50: at(50), p90: at(90), p95: at(95), p97_5: at(97.5), p99: at(99), max: at(100), mean },
  }
  process.stdout.write(`${JSON.stringify(output)}\n`)
}

type Profiler = { start(): void; stop(): Promise<void> }

/** Samples this (the server) process with the inspector, to a .cpuprofile for Chrome DevTools or speedscope. */
async function serverProfiler(file: string): Promise<Profiler> {
  const { Session } = await import('node:inspector/promises')
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  let started: Promise<unknown> | null = null
  return {
    start() {
      started = session.post('Profiler.start')
    },
    async stop() {
      await started
      const { profile } = await session.post('Profiler.stop')
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, JSON.stringify(profile))
      session.disconnect()
    },
  }
}

/** Runs the load in a child process; also returns this (the server) process's CPU time during the measured run. */
function loadFromChild(config: ClientConfig, profiler?: Profiler, serverPids?: number[]): Promise<{ result: ClientResult; serverCpuMs: number; wallMs: number }> {
  const serverCpu = () => (serverPids ? processCpuMs(serverPids) : ((u) => (u.user + u.system) / 1000)(process.cpuUsage()))
  return new Promise((resolve, reject) => {
    // Plain `--import tsx`, not this process's execArgv: a --cpu-prof on the server must not follow into the client.
    const child = spawn(process.execPath, ['--import', 'tsx', thisFile, '--client', JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'inherit'] })
    let stdout = ''
    let cpuStart: number | undefined
    let wallStart = 0
    let measured: { serverCpuMs: number; wallMs: number } | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (cpuStart === undefined && stdout.includes('measuring\n')) {
        profiler?.start()
        cpuStart = serverCpu()
        wallStart = performance.now()
      }
      if (cpuStart !== undefined && !measured && stdout.trimEnd().endsWith('}')) {
        measured = { serverCpuMs: serverCpu() - cpuStart, wallMs: performance.now() - wallStart }
      }
    })
    child.on('error', reject)
    child.on('exit', async (code) => {
      await profiler?.stop()
      if (code !== 0 || !measured) return reject(new Error(`autocannon client exited with ${code}`))
      try {
        resolve({ result: JSON.parse(stdout.trim().split('\n').pop()!) as ClientResult, ...measured })
      } catch (error) {
        reject(error)
      }
    })
  })
}

// ---------------------------------------------------------------------------------------------
// Server mode (the default): seed, start the servers, drive each scenario, print the table.
// ---------------------------------------------------------------------------------------------

/**
 * Scenario (c) again, as production runs it: `src/server.ts` in its own processes with WEB_CONCURRENCY
 * workers (src/server/cluster.ts) on the same database file, page cache off, no admin, no job worker.
 * Resolves once every worker is ready; the returned pids are the server's processes (for their CPU time).
 */
async function startClusteredServer(workers: number): Promise<{ url: string; pids: () => number[]; stop(): void }> {
  const port = await new Promise<number>((resolve) => {
    const probe = http.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve(path.dirname(thisFile), '../src/server.ts')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', WEB_CONCURRENCY: String(workers), ADMIN: 'off', JOBS_WORKER: 'off', PAGE_CACHE: 'off' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  process.on('exit', () => child.kill('SIGTERM'))
  let output = ''
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('个工作进程已就绪')) resolve()
    })
    child.on('exit', (code) => reject(new Error(`the clustered server exited with ${code}:\n${output}`)))
  })
  const pids = () => [child.pid!, ...childPids(child.pid!)]
  return { url: `http://127.0.0.1:${port}`, pids, stop: () => child.kill('SIGTERM') }
}

/** Linux: the direct children of a process, from /proc. */
function childPids(parent: number): number[] {
  const pids: number[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent) pids.push(Number(entry))
    } catch {
      // the process ended meanwhile
    }
  }
  return pids
}

/** CPU time (ms) that the given processes have used so far, from /proc (user + system). */
function processCpuMs(pids: number[]): number {
  const tick = 1000 / 100 // USER_HZ
  let total = 0
  for (const pid of pids) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
      total += (Number(fields[11]) + Number(fields[12])) * tick
    } catch {
      // the process ended meanwhile
    }
  }
  return total
}

/**
 * The server modules, imported after the environment above is set (the Payload config reads it on import).
 * Under tsx on Node 20 a dynamic import of this large graph now and then never settles (seen in about
 * one run in ten here: the ESM loader-hooks thread stalls; never with static imports). Rather than hang,
 * or exit silently with code 13, the benchmark then starts again in a fresh process, up to five times.
 */
async function loadServerModules() {
  const modules = Promise.all([import('../src/server/app'), import('../src/demo/seed')])
  const keepAlive = setInterval(() => {}, 1000)
  const stalled = await Promise.race([modules.then(() => false), new Promise<true>((resolve) => setTimeout(resolve, 60_000, true).unref())])
  clearInterval(keepAlive)
  if (stalled) {
    const attempt = Number(process.env.BENCH_PAGES_ATTEMPT ?? 1)
    if (attempt >= 5) throw new Error('importing the server modules stalled five times in a row')
    console.error(`Importing the server modules stalled (attempt ${attempt}); starting again in a new process …`)
    const rerun = spawnSync(process.execPath, [...process.execArgv, thisFile, ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_PAGES_ATTEMPT: String(attempt + 1) },
    })
    process.exit(rerun.status ?? 1)
  }
  const [{ startServer }, { seedDemo }] = await modules
  return { startServer, seedDemo }
}

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)

async function main(): Promise<void> {
  const duration = Number(arg('duration') ?? 10)
  const warmup = Number(arg('warmup') ?? 2)
  const only = arg('only')?.split(',').filter(Boolean)
  const profileDir = arg('profile')
  const connections = { bare: 50, cached: 50, uncached: 10 }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-bench-pages-'))
  // The database and uploads go with the process, whatever the outcome.
  process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }))
  process.once('SIGINT', () => process.exit(130))
  // Production semantics before anything reads them: compiled templates are cached, Payload logs as
  // production does (and the adapter applies the committed migrations itself), no Next admin.
  Object.assign(process.env, { NODE_ENV: 'production', THEME_CACHE: 'true' })
  process.env.DATABASE_URL = `file:${path.join(tmp, 'bench.db')}`
  process.env.UPLOAD_DIR = path.join(tmp, 'uploads')
  process.env.PAYLOAD_SECRET ??= 'bench-secret-bench-secret-bench-secret'
  process.env.PAGE_CACHE_ENTRIES ??= '5000'
  // The demo data includes the demo accounts, which a real production start refuses.
  process.env.ZHANQUN_DEMO ??= 'true'

  const { startServer, seedDemo } = await loadServerModules()

  console.log(`Seeding a fresh demo database in ${tmp} …`)
  const cached = await startServer({ port: 0, host: '127.0.0.1', admin: false, pageCache: true })
  const payload = cached.payload
  // The demo's sites answer on .localhost domains, which a production save refuses (collections/sites/validation.ts):
  // seeded as in development, measured as in production.
  Object.assign(process.env, { NODE_ENV: 'development' })
  try {
    await seedDemo(payload)
  } finally {
    Object.assign(process.env, { NODE_ENV: 'production' })
  }
  console.log('Seeded; starting the servers …')
  // A second server on the same Payload instance, with the page cache off: scenario (c).
  const uncached = await startServer({ port: 0, host: '127.0.0.1', admin: false, pageCache: false })
  const workers = Number(arg('workers') ?? 2)
  const clustered = workers > 1 ? await startClusteredServer(workers) : undefined

  const siteCode = '6400000001'
  const { docs: sites } = await payload.find({ collection: 'sites', where: { siteCode: { equals: siteCode } }, limit: 1, depth: 0, overrideAccess: true })
  const siteId = sites[0]!.id
  const { docs: siteArticles } = await payload.find({
    collection: 'articles',
    where: { and: [{ site: { equals: siteId } }, { workflowStatus: { equals: 'published' } }, { disclosureAttribute: { equals: 'public' } }] },
    sort: 'id',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  const notice = siteArticles.find((a) => a.title.includes('政务公开') && a.title.includes('实施方案')) ?? siteArticles[0]!
  // A typical news item: the first ordinary article after the notice (a few paragraphs, no attachments).
  const typical = siteArticles.find((a) => a.id !== notice.id && !a.attachments?.length)!
  // A news item with five inline images (issue #16), in the notice's column.
  const { createImagesArticle } = await import('./bench-pages-images')
  const pictured = await createImagesArticle(payload, siteId, (notice.columns ?? []).map((c) => (typeof c === 'object' ? c.id : c)))
  const articles = [
    { label: 'long', id: notice.id, title: notice.title },
    { label: 'short', id: typical.id, title: typical.title },
    { label: 'images', id: pictured.id, title: pictured.title },
  ]

  const bareServers: http.Server[] = []
  type Row = { name: string; label: string; kind: 'bare' | 'cached' | 'uncached' | 'clustered'; url: string; bytes: number; connections: number; result?: ClientResult; serverCpu?: number; cpuPerRequest?: number }
  const rows: Row[] = []
  for (const article of articles) {
    const pagePath = `/sites/${siteCode}/articles/${article.id}.html`
    const response = await fetch(`${cached.url}${pagePath}`)
    if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status}`)
    const body = Buffer.from(await response.arrayBuffer())
    // The pictured page is measured only as it should be: five responsive figures.
    if (article.label === 'images' && (body.toString().match(/<figure class="body-image"><img src="[^"]+" srcset="[^"]+ 800w/g) ?? []).length !== 5)
      throw new Error('the article with five inline images does not render five responsive figures')
    const check = await fetch(`${uncached.url}${pagePath}`)
    if (check.status !== 200 || Buffer.from(await check.arrayBuffer()).length !== body.length) throw new Error('the uncached server renders a different page')
    if (clustered) {
      const fromWorkers = await fetch(`${clustered.url}${pagePath}`)
      if (fromWorkers.status !== 200 || Buffer.from(await fromWorkers.arrayBuffer()).length !== body.length) throw new Error('the clustered server renders a different page')
    }

    // (a): the same bytes and the same headers, straight from node:http.
    const headers: Record<string, string> = {}
    for (const name of ['content-type', 'etag', 'last-modified', 'cache-control', 'x-content-type-options']) {
      const value = response.headers.get(name)
      if (value) headers[name] = value
    }
    headers['content-length'] = String(body.length)
    const bare = http.createServer((_req, res) => {
      res.writeHead(200, headers)
      res.end(body)
    })
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve))
    bareServers.push(bare)
    const barePort = (bare.address() as { port: number }).port

    console.log(`${article.label}: article ${article.id} 「${article.title}」, ${(body.length / 1024).toFixed(1)} KB of HTML`)
    rows.push(
      { name: `a-${article.label}`, label: article.label, kind: 'bare', url: `http://127.0.0.1:${barePort}${pagePath}`, bytes: body.length, connections: connections.bare },
      { name: `b-${article.label}`, label: article.label, kind: 'cached', url: `${cached.url}${pagePath}`, bytes: body.length, connections: connections.cached },
      { name: `c-${article.label}`, label: article.label, kind: 'uncached', url: `${uncached.url}${pagePath}`, bytes: body.length, connections: connections.uncached },
    )
    if (clustered) {
      rows.push({ name: `c${workers}-${article.label}`, label: article.label, kind: 'clustered', url: `${clustered.url}${pagePath}`, bytes: body.length, connections: connections.uncached })
    }
  }

  for (const row of rows) {
    if (only && !only.some((o) => row.name.includes(o))) continue
    process.stdout.write(`running ${row.name} (${row.connections} connections, ${warmup} s warm-up + ${duration} s) … `)
    const inProcess = row.kind !== 'clustered'
    const profiler = profileDir && inProcess ? await serverProfiler(path.resolve(profileDir, `${row.name}.cpuprofile`)) : undefined
    const load = await loadFromChild({ url: row.url, connections: row.connections, duration, warmup }, profiler, inProcess ? undefined : clustered!.pids())
    row.result = load.result
    row.serverCpu = load.serverCpuMs / load.wallMs
    row.cpuPerRequest = load.serverCpuMs / Math.max(1, load.result.totalRequests)
    console.log(`${Math.round(row.result.requestsPerSecond)} req/s`)
    if (row.result.non2xx || row.result.errors) console.log(`  !! ${row.result.non2xx} non-2xx responses, ${row.result.errors} errors`)
  }
  if (uncached.sites.cache.size !== 0 || uncached.sites.cache.enabled) throw new Error('scenario (c) was served from a cache')

  // ------------------------------------------------------------------ report
  const fmt = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits))
  const kindLabel = { bare: '(a) bare node:http', cached: '(b) server, cached', uncached: '(c) server, uncached', clustered: `(c) uncached, ${workers} workers` }
  console.log('')
  console.log(`Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), NODE_ENV=production, THEME_CACHE=true, admin off`)
  console.log(`autocannon 9 in a child process; ${warmup} s warm-up then ${duration} s per scenario; latency percentiles computed from every response time`)
  console.log('srv CPU: server process CPU time / wall time in the measured run (100% = one core); CPU ms/req: server CPU time per response')
  if (clustered) console.log(`(c) with ${workers} workers: src/server.ts started as in production with WEB_CONCURRENCY=${workers} (one process per core), CPU summed over its processes`)
  console.log('')
  const header = ['scenario', 'page', 'KB', 'conns', 'req/s', 'p50 ms', 'p95 ms', 'p97.5 ms', 'p99 ms', 'max ms', 'srv CPU', 'CPU ms/req', 'non2xx']
  const table = rows
    .filter((r) => r.result)
    .map((r) => [
      kindLabel[r.kind],
      r.label,
      (r.bytes / 1024).toFixed(1),
      String(r.connections),
      fmt(r.result!.requestsPerSecond, 0),
      fmt(r.result!.latency.p50, 2),
      fmt(r.result!.latency.p95, 2),
      fmt(r.result!.latency.p97_5, 2),
      fmt(r.result!.latency.p99, 2),
      fmt(r.result!.latency.max, 1),
      `${Math.round(r.serverCpu! * 100)}%`,
      fmt(r.cpuPerRequest, 2),
      String(r.result!.non2xx + r.result!.errors),
    ])
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((cells) => cells[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const cells of table) console.log(line(cells))
  console.log('')

  const find = (kind: Row['kind'], label: string) => rows.find((r) => r.kind === kind && r.label === label)?.result
  let failed = false
  for (const { label } of articles) {
    const a = find('bare', label)
    const b = find('cached', label)
    // Production runs one worker per core: (c) is judged on the clustered server when it ran.
    const c = find('clustered', label) ?? find('uncached', label)
    const checks: string[] = []
    if (a && b) {
      const ratio = b.requestsPerSecond / a.requestsPerSecond
      checks.push(`b/a = ${ratio.toFixed(2)} (target ≥ 0.5) ${ratio >= 0.5 ? 'ok' : 'MISSED'}`)
      failed ||= label === 'long' && ratio < 0.5
    }
    if (c) {
      const fast = c.latency.p95 <= 50
      const many = c.requestsPerSecond >= 330
      checks.push(`c = ${c.requestsPerSecond.toFixed(0)} req/s (target ≥ 330) ${many ? 'ok' : 'MISSED'}`)
      checks.push(`c p95 = ${c.latency.p95.toFixed(1)} ms (target ≤ 50) ${fast ? 'ok' : 'MISSED'}`)
      failed ||= label === 'long' && !(fast && many)
    }
    if (checks.length) console.log(`${label.padEnd(5)}  ${checks.join('; ')}`)
  }
  if (find('bare', 'long') || find('cached', 'long') || find('uncached', 'long') || find('clustered', 'long')) {
    console.log(failed ? '\nTargets missed for the long article.' : '\nTargets met for the long article (for the scenarios run).')
  }

  clustered?.stop()
  for (const bare of bareServers) await new Promise<void>((resolve) => bare.close(() => resolve()))
  await uncached.close()
  await cached.close()
  await payload.destroy()
  process.exit(0)
}

if (process.argv[2] === '--client') {
  await runClient(JSON.parse(process.argv[3]!) as ClientConfig)
} else {
  await main()
}
