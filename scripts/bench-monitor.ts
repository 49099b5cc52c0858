/**
 * The daily site-health probe at cluster scale (`npm run bench:monitor`):
 *
 *   1,000 live sites × 200 published pages (12 columns each, all kinds), a week of availability probes
 *   (24 a day), 3 leaders per site and a 500-word 错敏词 dictionary, on a fresh SQLite file. Each page's
 *   stored body (about 1,500 characters) carries a realistic link mix: 4 internal links (2% to pages that
 *   do not exist), 1 attachment link (1 in 40 to a missing file), 1–2 external links to 20 local
 *   "external" hosts (100 paths each: 5% 404, 1% never answer, the rest 200).
 *
 * Measured: one availability round through the platform's own HTTP server (Host-header routing) over a
 * sample of home pages (--availability-sample=50), then runDailyProbe: wall time, peak RSS (sampled), pages, links, external URLs
 * checked under the per-host rate; and `uptime`. Targets: daily run ≤ 10 min, RSS ≤ 1 GB. The npm script caps the
 * heap at 800 MB (V8 otherwise lets garbage grow the RSS to ~3 GB on a 24 GB machine before collecting).
 * The bulk rows are written with SQL (a Local API create per page would take an hour); everything
 * the probe reads goes through Payload. Options: --sites=1000 --pages=200 --hosts=20 --availability-sample=50
 */
import { execSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import Database from 'better-sqlite3'

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const siteCount = arg('sites', 1000)
const pagesPerSite = arg('pages', 200)
const hostCount = arg('hosts', 20)
const availabilitySample = arg('availability-sample', 50)

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-bench-monitor-'))
process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
process.env.UPLOAD_DIR = path.join(dir, 'uploads')
process.env.SEARCH_DB_PATH = path.join(dir, 'search.db')
process.env.PAYLOAD_SECRET ??= 'bench-secret-bench-secret-bench-secret'
process.env.PAGE_CACHE = 'off'
delete process.env.SMTP_HOST
const cleanup = () => fs.rmSync(dir, { recursive: true, force: true })
process.on('exit', cleanup)

let seed = 42
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648)
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!

const filler = '为深入贯彻落实党中央、国务院决策部署，进一步优化营商环境，推进政务服务标准化、规范化、便利化，现就有关事项通知如下。各地区各部门要提高政治站位，压实工作责任，加强统筹协调，确保各项任务落到实处。'
const kinds = ['news', 'news', 'notice', 'policy', 'interpretation', 'personnel', 'planning', 'disclosure', 'interaction', 'service', 'topic', 'other'] as const

async function externalHosts(): Promise<{ urls: string[]; close(): void }> {
  const servers: http.Server[] = []
  const urls: string[] = []
  for (let i = 0; i < hostCount; i++) {
    const server = http.createServer((req, res) => {
      if (req.url?.startsWith('/hang')) return
      if (req.url?.startsWith('/missing')) return res.writeHead(404).end()
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>ok</html>')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    servers.push(server)
    urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  }
  const close = () => {
    for (const s of servers) {
      s.closeAllConnections()
      s.close()
    }
  }
  return { urls, close }
}

function seedRows(dbFile: string, now: Date, hosts: string[]): { pages: number } {
  const db = new Database(dbFile)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = OFF')
  const iso = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString()
  const insertSite = db.prepare(`INSERT INTO sites (id, name, site_code, level, status, sponsor, contact_phone, filings_icp_number, filings_public_security_number, filings_party_gov_label_code) VALUES (?, ?, ?, 'county', 'live', ?, ?, ?, ?, ?)`)
  const insertDomain = db.prepare('INSERT INTO sites_domains (_order, _parent_id, id, domain) VALUES (1, ?, ?, ?)')
  const insertColumn = db.prepare('INSERT INTO columns (id, site_id, title, slug, kind, "order", show_on_home, empty_reason) VALUES (?, ?, ?, ?, ?, ?, 1, ?)')
  const insertArticle = db.prepare(`INSERT INTO articles (id, site_id, title, body_html, body_html_renderer, published_at, workflow_status, disclosure_attribute) VALUES (?, ?, ?, ?, 1, ?, 'published', 'public')`)
  const insertRel = db.prepare('INSERT INTO articles_rels ("order", parent_id, path, columns_id, files_id) VALUES (?, ?, ?, ?, ?)')
  const insertFile = db.prepare(`INSERT INTO files (id, site_id, title, filename, url, mime_type, filesize) VALUES (?, ?, ?, ?, ?, 'application/pdf', 1024)`)
  const insertCheck = db.prepare('INSERT INTO availability_checks (site_id, domain, checked_at, ok, status, ms) VALUES (?, ?, ?, ?, ?, ?)')
  const insertLeader = db.prepare('INSERT INTO site_leaders (site_id, name, titles) VALUES (?, ?, ?)')
  const insertWord = db.prepare(`INSERT INTO sensitive_words (term, kind, suggestion) VALUES (?, ?, ?)`)
  fs.mkdirSync(path.join(process.env.UPLOAD_DIR!, 'files'), { recursive: true })
  let articleId = 0
  let columnId = 0
  let fileId = 0
  db.transaction(() => {
    for (let w = 0; w < 500; w++) insertWord.run(`错词${w}号`, w % 5 ? 'misspelling' : 'sensitive', w % 5 ? `正词${w}号` : null)
    for (let s = 1; s <= siteCount; s++) {
      const domain = `www.bench${s}.gov.cn`
      insertSite.run(s, `测试县${s}人民政府`, `64${String(s).padStart(8, '0')}`, `测试县${s}人民政府办公室`, s % 10 ? '0951-1234567' : null, `宁ICP备${s}号`, `宁公网安备${s}号`, s % 7 ? `64${s}` : null)
      insertDomain.run(s, `d${s}`, domain)
      for (const [name, titles] of [[`王${s}`, '县委书记'], [`李${s}`, '县长'], [`赵${s}`, '副县长']]) insertLeader.run(s, name, titles)
      const columns: number[] = []
      kinds.forEach((kind, i) => {
        columns.push(++columnId)
        insertColumn.run(columnId, s, `${kind}栏目${i}`, `c${i}`, kind, i, i === 11 && s % 3 === 0 ? '暂无' : null)
      })
      const files: string[] = []
      for (let f = 0; f < 5; f++) {
        const name = `s${s}-f${f}.pdf`
        insertFile.run(++fileId, s, `附件${f}`, name, `/api/files/file/${name}`)
        if (f || s % 8) fs.writeFileSync(path.join(process.env.UPLOAD_DIR!, 'files', name), '%PDF-1.4\n')
        files.push(name)
      }
      const firstArticle = articleId + 1
      // Site freshness varies: most are current, some stale by weeks or months.
      const staleness = s % 13 === 0 ? 40 : s % 5 === 0 ? 12 : 0
      for (let p = 0; p < pagesPerSite; p++) {
        const id = ++articleId
        // The last column of some sites stays empty; 1 in 4 sites leaves its interaction column empty.
        const usable = columns.filter((_c, i) => !(i === 11 && s % 3 === 0) && !(i === 8 && s % 4 === 0))
        const column = usable[p % usable.length]!
        const daysAgo = staleness + Math.floor(random() ** 2 * 400)
        const links: string[] = []
        for (let l = 0; l < 4; l++) links.push(`/articles/${random() < 0.02 ? 9_000_000 + id : firstArticle + Math.floor(random() * pagesPerSite)}.html`)
        links.push(`/api/files/file/${pick(files)}`)
        const externals = random() < 0.5 ? 1 : 2
        for (let e = 0; e < externals; e++) {
          const r = random()
          const pathPart = r < 0.05 ? `/missing-${Math.floor(random() * 100)}` : r < 0.06 ? `/hang-${Math.floor(random() * 5)}` : `/page-${Math.floor(random() * 100)}`
          links.push(`${pick(hosts)}${pathPart}`)
        }
        const text = filler.repeat(6).slice(0, 1400) + (random() < 0.01 ? `错词${Math.floor(random() * 500)}号` : '') + (random() < 0.005 ? `县长王${s}` : `县长李${s}`)
        const html = `<p>${text}</p><p>${links.map((href, i) => `<a href="${href}">相关链接${i}</a>`).join(' ')}</p>`
        insertArticle.run(id, s, `${filler.slice(p % 30, (p % 30) + 20)}（${p}）`, html, iso(daysAgo))
        insertRel.run(1, id, 'columns', column, null)
        if (p % 10 === 0) insertRel.run(1, id, 'attachments', null, fileId - (p % 5))
      }
      // A week of availability probes, 24 a day; a few sites are flaky.
      const failEvery = s % 50 === 0 ? 15 : s % 17 === 0 ? 30 : 0
      for (let h = 0; h < 7 * 24; h++) {
        const failed = failEvery > 0 && h % failEvery === 0
        insertCheck.run(s, domain, new Date(now.getTime() - (h + 1) * 3_600_000).toISOString(), failed ? 0 : 1, failed ? null : 200, failed ? 15_000 : 40)
      }
    }
  })()
  db.close()
  return { pages: articleId }
}

async function main() {
  const now = new Date()
  const hosts = await externalHosts()
  const { startServer } = await import('../src/server/app')
  const server = await startServer({ port: 0, host: '127.0.0.1', admin: false })
  const payload = server.payload
  const seedStart = Date.now()
  const { pages } = seedRows(process.env.DATABASE_URL!.slice('file:'.length), now, hosts.urls)
  console.log(`seeded ${siteCount} sites × ${pagesPerSite} pages = ${pages} pages in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`)

  let peakRss = 0
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200)
  const { runAvailabilityProbe } = await import('../src/monitoring/availabilityRun')
    // A sample of home pages through the platform's own server (the full round's cost is the public render's).
  const sample = Array.from({ length: Math.min(availabilitySample, siteCount) }, (_v, i) => Math.floor((i * siteCount) / Math.min(availabilitySample, siteCount)) + 1)
  const availability = await runAvailabilityProbe(payload, { now, connectTo: server.url, scheme: 'http', concurrency: 4, siteIds: sample })
  const times = (await payload.find({ collection: 'availability-checks', where: { checkedAt: { equals: now.toISOString() } }, pagination: false, depth: 0, overrideAccess: true })).docs.map((c) => c.ms ?? 0).sort((a, b) => a - b)
  console.log(`availability round over ${sample.length} sites:`, JSON.stringify(availability), `home page ms p50 ${times[Math.floor(times.length / 2)]} max ${times[times.length - 1]}`)
  const failures = (await payload.find({ collection: 'availability-checks', where: { and: [{ checkedAt: { equals: now.toISOString() } }, { ok: { not_equals: true } }] }, pagination: false, depth: 0, overrideAccess: true })).docs
  const reasons = new Map<string, number>()
  for (const f of failures) reasons.set(f.error ?? `HTTP ${f.status}`, (reasons.get(f.error ?? `HTTP ${f.status}`) ?? 0) + 1)
  if (reasons.size) console.log('  failed probes:', JSON.stringify(Object.fromEntries(reasons)))

  const { runDailyProbe } = await import('../src/monitoring/dailyRun')
  const rssBefore = process.memoryUsage().rss
  peakRss = rssBefore
  const started = Date.now()
  let lastLog = 0
  const result = await runDailyProbe(payload, {
    now,
    onProgress: (done, total) => {
      if (Date.now() - lastLog > 15_000 || done === total) {
        lastLog = Date.now()
        console.log(`  sites ${done}/${total} after ${((Date.now() - started) / 1000).toFixed(0)} s, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`)
      }
    },
  })
  const seconds = (Date.now() - started) / 1000
  clearInterval(sampler)
  const reports = await payload.count({ collection: 'site-health-reports', overrideAccess: true })
  const warnings = await payload.count({ collection: 'health-warnings', overrideAccess: true })
  console.log('daily run:', JSON.stringify(result))
  console.log(`figures: ${seconds.toFixed(1)} s for ${siteCount} sites (target ≤ 600 s); peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB (target ≤ 1024 MB); ` +
    `maxRSS (process) ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; reports ${reports.totalDocs}, warnings ${warnings.totalDocs}`)
  console.log(`uptime: ${execSync('uptime').toString().trim()}`)
  hosts.close()
  await server.close()
  await payload.destroy()
  process.exit(0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
