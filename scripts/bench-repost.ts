/**
 * Repost fan-out at cluster scale (`npm run bench:repost`):
 *
 *   one important article on the region portal, one automatic rule "to every live site",
 *   1,000 live target sites. Timed from the publish call until all 1,000 reposts are published
 *   AND the article is visible over HTTP on the home page of 5 sampled target sites whose home
 *   pages were rendered (and cached) before the publish.
 *
 * Runs once on SQLite and once on PostgreSQL, each in its own child process (the Payload config
 * reads DATABASE_URL when it is imported), and prints both figures. The server runs in-process
 * (startServer, admin off); the fan-out job is run right after the publish returns, as the worker's
 * prompt run would (the search-index job of the same publish is left to the worker's next pass). Options: --sites=1000 --engine=sqlite|postgres (one engine only)
 * PostgreSQL: BENCH_POSTGRES_URL (default postgres://zhanqun:zhanqun@127.0.0.1:5432/postgres).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

const thisFile = fileURLToPath(import.meta.url)
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const siteCount = Number(arg('sites') ?? 1000)
const pgServer = process.env.BENCH_POSTGRES_URL ?? 'postgres://zhanqun:zhanqun@127.0.0.1:5432/postgres'

type Result = { engine: string; sites: number; setupMs: number; publishMs: number; fanOutMs: number; visibleMs: number; totalMs: number; reposts: number }

async function runEngine(engine: 'sqlite' | 'postgres'): Promise<void> {
  let cleanup = async () => {}
  if (engine === 'postgres') {
    const name = `zhanqun_bench_${Date.now().toString(36)}`
    const admin = new pg.Client({ connectionString: pgServer })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const url = new URL(pgServer)
    url.pathname = `/${name}`
    process.env.DATABASE_URL = url.toString()
    cleanup = async () => {
      const c = new pg.Client({ connectionString: pgServer })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    }
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-bench-repost-'))
    process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true })
  }
  process.env.PAYLOAD_SECRET ??= 'bench-secret-bench-secret-bench-secret'
  process.env.UPLOAD_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-bench-uploads-'))

  const { startServer } = await import('../src/server/app')
  const server = await startServer({ port: 0, host: '127.0.0.1', admin: false, jobWorker: false })
  const { payload } = server
  payload.logger.level = 'warn'
  try {
    const setupStart = performance.now()
    // 1,000 sites through payload.create take minutes (validation, audit, hooks); the cluster itself is not
    // what is measured, so sites and their columns are written in bulk, straight into the tables.
    const { drizzle, tables } = payload.db as unknown as { drizzle: any; tables: Record<string, any> }
    const now = new Date().toISOString()
    const siteRow = (n: number, level: string) => ({
      name: `基准网站${n}`,
      siteCode: `64${String(n).padStart(8, '0')}`,
      level,
      status: 'live',
      sponsor: `主办单位${n}`,
      filings_icpNumber: `宁ICP备${String(n).padStart(8, '0')}号`,
      filings_publicSecurityNumber: `宁公网安备 64010402${String(n).padStart(6, '0')}号`,
      theme: 'default',
      createdAt: now,
      updatedAt: now,
    })
    const insert = async (table: string, rows: Record<string, unknown>[]) => {
      const out: { id: number; siteCode?: string }[] = []
      for (let i = 0; i < rows.length; i += 200) {
        out.push(...(await drizzle.insert(tables[table]).values(rows.slice(i, i + 200)).returning()))
      }
      return out
    }
    const columnRow = (siteId: number | string) => ({ site: siteId, title: '通知公告', slug: 'tzgg', kind: 'notice', order: 20, showOnHome: true, createdAt: now, updatedAt: now })
    const [source] = await insert('sites', [siteRow(0, 'region')])
    const [sourceColumn] = await insert('columns', [columnRow(source!.id)])
    const targets = (await insert('sites', Array.from({ length: siteCount }, (_, i) => siteRow(i + 1, (i + 1) % 10 === 0 ? 'city' : (i + 1) % 3 === 0 ? 'department' : 'county')))) as { id: number; siteCode: string }[]
    await insert('columns', targets.map((t) => columnRow(t.id)))
    await payload.create({
      collection: 'repost-rules',
      overrideAccess: true,
      data: { name: '自治区重要信息全网转载', sourceType: 'sites', sourceSites: [source!.id], contentKinds: ['important-articles'], targetType: 'all', targetColumnKinds: ['notice'], mode: 'automatic', deadlineHours: 24 },
    })
    const sample = [0, 199, 499, 777, siteCount - 1].map((i) => targets[Math.min(i, targets.length - 1)]!)
    const home = (s: { siteCode: string }) => `${server.url}/sites/${s.siteCode}/`
    // Warm the page cache: the new repost must show through invalidation, not because nothing was cached.
    for (const s of sample) await (await fetch(home(s))).text()
    const setupMs = performance.now() - setupStart

    const title = `关于全区统一部署的重要政策信息（基准${Date.now()}）`
    const t0 = performance.now()
    const article = await payload.create({
      collection: 'articles',
      overrideAccess: true,
      data: { site: source!.id, columns: [sourceColumn!.id], title, workflowStatus: 'published', disclosureAttribute: 'public', important: true },
    })
    const publishMs = performance.now() - t0
    // The prompt run a publish triggers for its fan-out; the search-index job the same publish queued runs on the worker's next pass.
    await payload.jobs.run({ limit: 10, where: { taskSlug: { equals: 'repostFanOut' } } })
    process.stderr.write(`  ${engine}: jobs.run returned at ${Math.round(performance.now() - t0)} ms\n`)
    const published = await payload.count({
      collection: 'reposts',
      where: { and: [{ originalId: { equals: String(article.id) } }, { status: { equals: 'reposted' } }] },
      overrideAccess: true,
    })
    const fanOutMs = performance.now() - t0
    process.stderr.write(`  ${engine}: publish ${Math.round(publishMs)} ms, fan-out done at ${Math.round(fanOutMs)} ms (${published.totalDocs} published)\n`)
    if (published.totalDocs !== siteCount) throw new Error(`expected ${siteCount} published reposts, found ${published.totalDocs}`)
    const pendingSites = new Set(sample.map((s) => s.siteCode))
    while (pendingSites.size) {
      await Promise.all(
        [...pendingSites].map(async (code) => {
          // A keep-alive connection the server just closed can reset; that is a retry, not a failure.
          const html = await fetch(`${server.url}/sites/${code}/`).then((r) => r.text(), () => '')
          if (html.includes(title)) pendingSites.delete(code)
        }),
      )
      if (performance.now() - t0 > 60_000) throw new Error(`not visible after 60 s on ${[...pendingSites].join(', ')}`)
    }
    const totalMs = performance.now() - t0
    const result: Result = { engine, sites: siteCount, setupMs: Math.round(setupMs), publishMs: Math.round(publishMs), fanOutMs: Math.round(fanOutMs), visibleMs: Math.round(totalMs - fanOutMs), totalMs: Math.round(totalMs), reposts: published.totalDocs }
    process.stdout.write(`RESULT ${JSON.stringify(result)}\n`)
  } finally {
    await server.close()
    const pool = (payload.db as unknown as { pool?: { on(event: string, fn: () => void): void; end(): Promise<void> } }).pool
    pool?.on('error', () => {})
    // A pool client still checked out would keep end() waiting forever; the database is dropped WITH (FORCE) anyway.
    const settle = (promise: Promise<unknown>) => Promise.race([promise.catch(() => {}), new Promise((resolve) => setTimeout(resolve, 3000))])
    await settle(payload.destroy())
    await settle(pool?.end() ?? Promise.resolve())
    await cleanup()
  }
}

function child(engine: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...process.execArgv, thisFile, `--engine=${engine}`, `--sites=${siteCount}`], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
    })
    proc.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '))
      if (code === 0 && line) resolve(JSON.parse(line.slice(7)) as Result)
      else reject(new Error(`${engine} run failed (exit ${code})\n${out.slice(-2000)}`))
    })
  })
}

const engine = arg('engine')
if (engine === 'sqlite' || engine === 'postgres') {
  await runEngine(engine)
  process.exit(0)
} else {
  const results: Result[] = []
  for (const e of ['sqlite', 'postgres'] as const) {
    process.stderr.write(`\n== ${e}: ${siteCount} sites …\n`)
    results.push(await child(e))
  }
  console.log('\n转载分发基准：1 篇重要信息 → %d 个运行中网站（自动转载），从发布到全部发布且在 5 个抽样网站首页可见', siteCount)
  for (const r of results) {
    console.log(
      `  ${r.engine.padEnd(9)} total ${(r.totalMs / 1000).toFixed(2)} s  (publish request ${r.publishMs} ms, fan-out job ${((r.fanOutMs - r.publishMs) / 1000).toFixed(2)} s, visible on 5 sampled sites +${r.visibleMs} ms; reposts ${r.reposts}; setup ${(r.setupMs / 1000).toFixed(1)} s)  ${r.totalMs <= 10_000 ? '✓ ≤ 10 s' : '✗ > 10 s'}`,
    )
  }
}
