/**
 * Title suggestion benchmark (搜索联想): one site with many titles in the embedded engine, then typed
 * texts of one to six characters taken from its titles (so most have many matches), plus some that
 * match nothing. Reports p50/p95 of `suggestTitles` for the title index (embeddedSuggest.ts) and, for
 * comparison, of the scan it replaced (a substring test over the site's titles through a covering
 * index), with the machine's load.
 *
 *   nice -n 10 npm run bench:suggest                       # 10,000 and 100,000 titles
 *   nice -n 10 npm run bench:suggest -- --sizes 150000 --queries 500
 *   nice -n 10 npm run bench:suggest -- --no-scan          # the title index only
 *
 * Bodies are empty: only titles matter here, and indexing them stays quick.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { EmbeddedSearchEngine } from '../src/search/embeddedEngine'
import type { SearchDocument, SearchDocumentType } from '../src/search/types'
import { argument, random, sizesArgument } from './benchArguments'

const sizes = sizesArgument('10000,100000')
const queryCount = Number(argument('queries') ?? 400)
const workDir = argument('dir') ?? path.join(os.tmpdir(), 'zhanqun-bench-suggest')
const withScan = !process.argv.includes('--no-scan')
const keep = process.argv.includes('--keep')
const LIMIT = 8

const AGENCIES = ['自治区人民政府', '自治区人民政府办公厅', '自治区发展改革委', '自治区财政厅', '自治区教育厅', '自治区人力资源社会保障厅', '自治区生态环境厅', '自治区住房城乡建设厅', '银川市人民政府', '石嘴山市人民政府', '吴忠市人民政府', '固原市人民政府', '中卫市人民政府']
const TOPICS = ['政务公开工作', '安全生产责任制', '营商环境优化', '生态环境保护', '社会保险制度', '行政审批制度改革', '城乡居民医疗保障', '乡村振兴战略', '数字政府建设', '公共资源交易管理', '耕地保护制度', '食品药品安全监管', '黄河流域生态保护', '水资源节约集约利用', '行政执法监督', '防汛抗旱工作', '财政资金绩效管理', '重大行政决策程序', '冬季供暖保障', '义务教育均衡发展', '住房公积金管理', '养老服务体系', '就业创业扶持', '农村人居环境整治', '文化旅游融合发展']
const FORMS = ['关于加强{t}的通知', '关于进一步做好{t}的意见', '{t}管理办法', '{t}实施方案', '关于印发《{t}三年行动计划》的通知', '{a}关于{t}的批复', '{t}工作要点', '关于{t}情况的报告', '{a}{t}考核细则', '{t}专项检查结果公示']
const TYPES: SearchDocumentType[] = ['article', 'article', 'policy-document', 'interpretation', 'gazette-article']

function makeTitle(rnd: () => number, i: number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const title = pick(FORMS).replace('{t}', pick(TOPICS)).replace('{a}', pick(AGENCIES))
  // Numbered and dated variants, as real archives have (第N期, 2019年度), so titles are not all alike.
  const r = rnd()
  return r < 0.3 ? `${title}（第${1 + (i % 400)}期）` : r < 0.6 ? `${2000 + (i % 26)}年度${title}` : title
}

function makeDocument(i: number): SearchDocument {
  const rnd = random(i * 7919 + 13)
  const year = 2000 + Math.floor(rnd() * 26)
  const published = new Date(Date.UTC(year, Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28), Math.floor(rnd() * 24)))
  return {
    id: `articles:${i + 1}`,
    type: TYPES[i % TYPES.length]!,
    siteId: 1,
    siteName: '宁夏回族自治区人民政府',
    title: makeTitle(rnd, i),
    body: '',
    publishedAt: published.toISOString(),
    year,
    url: `/articles/${i + 1}.html`,
  }
}

/** What a visitor types: a stretch of a real title of one to six characters (most often two to four), or a miss. */
function makeTexts(size: number): string[] {
  const rnd = random(4242)
  const texts: string[] = []
  for (let i = 0; i < queryCount; i++) {
    if (rnd() < 0.1) {
      texts.push(['量子纠缠', '航天发射', '海洋渔业', '冰雪运动'][i % 4]!)
      continue
    }
    const chars = Array.from(makeDocument(Math.floor(rnd() * size)).title)
    const length = [1, 2, 2, 3, 3, 4, 4, 5, 6][Math.floor(rnd() * 9)]!
    const start = rnd() < 0.4 ? 0 : Math.floor(rnd() * Math.max(1, chars.length - length))
    texts.push(chars.slice(start, start + length).join(''))
  }
  return texts
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

type Timing = { p50: number; p95: number; max: number; cpuP50: number; cpuP95: number; slowest: string }

function timeAll(texts: string[], run: (text: string) => unknown): Timing {
  const wall: number[] = []
  const cpu: number[] = []
  const byText: [string, number][] = []
  for (const text of texts.slice(0, 20)) run(text)
  for (const text of texts) {
    const t = performance.now()
    const c = process.cpuUsage()
    run(text)
    wall.push(performance.now() - t)
    const used = process.cpuUsage(c)
    cpu.push((used.user + used.system) / 1000)
    byText.push([text, (used.user + used.system) / 1000])
  }
  const slowest = byText.sort((a, b) => b[1] - a[1]).slice(0, 4).map(([t, ms]) => `“${t}” ${ms.toFixed(1)}`).join('，')
  wall.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)
  return { p50: percentile(wall, 50), p95: percentile(wall, 95), max: wall[wall.length - 1]!, cpuP50: percentile(cpu, 50), cpuP95: percentile(cpu, 95), slowest }
}

type Row = { size: number; what: string; timing: Timing; load: string }
const rows: Row[] = []
const load = (): string => os.loadavg().map((l) => l.toFixed(1)).join(' ')

async function run(size: number): Promise<void> {
  fs.mkdirSync(workDir, { recursive: true })
  const file = path.join(workDir, `suggest-${size}.db`)
  for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true })
  const writer = new EmbeddedSearchEngine({ path: file, batchSize: 2000 })
  const started = performance.now()
  for (let start = 0; start < size; start += 2000) {
    const docs: SearchDocument[] = []
    for (let i = start; i < Math.min(size, start + 2000); i++) docs.push(makeDocument(i))
    await writer.upsert(docs)
  }
  writer.optimize()
  await writer.close()
  process.stderr.write(`  ${size.toLocaleString('en-US')} 个标题已索引，用时 ${((performance.now() - started) / 1000).toFixed(0)} 秒\n`)

  const texts = makeTexts(size)
  // The engine's call is async only in its signature; the work is synchronous, so it is timed directly.
  const reader = new EmbeddedSearchEngine({ path: file })
  const answers: number[] = []
  const indexTiming = timeAll(texts, (text) => {
    void reader.suggestTitles(1, text, LIMIT).then((found) => answers.push(found.length))
  })
  rows.push({ size, what: '标题索引', timing: indexTiming, load: load() })
  await new Promise((resolve) => setImmediate(resolve))
  const found = answers.slice(20)
  process.stderr.write(`  平均每次返回 ${(found.reduce((a, b) => a + b, 0) / found.length).toFixed(1)} 条（上限 ${LIMIT}）\n`)

  if (withScan) {
    // The scan this index replaced, on its own covering index, answering the same texts.
    const db = new Database(file)
    db.exec('CREATE INDEX IF NOT EXISTS search_docs_titles ON search_docs (site_id, title, published_at, type, url, id)')
    const scan = db.prepare(
      `SELECT id, type, title, url FROM search_docs INDEXED BY search_docs_titles
       WHERE site_id = ? AND instr(title, ?) > 0 ORDER BY instr(title, ?) = 1 DESC, published_at DESC LIMIT ?`,
    )
    rows.push({ size, what: '逐条扫描（旧）', timing: timeAll(texts, (text) => scan.all('1', text, text, LIMIT)), load: load() })
    db.exec('DROP INDEX search_docs_titles')
    db.close()
  }
  await reader.close()
  if (!keep) for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true })
}

console.log(`机器：${os.cpus().length} 核，Node ${process.version}；开始时负载 ${load()}；每个规模 ${queryCount} 次联想（每次最多 ${LIMIT} 条）`)
for (const size of sizes) await run(size)

const header = ['标题数', '方式', 'p50(ms)', 'p95(ms)', 'max(ms)', 'CPU p50', 'CPU p95', '负载(1/5/15分钟)']
const table = rows.map((r) => [r.size.toLocaleString('en-US'), r.what, r.timing.p50.toFixed(2), r.timing.p95.toFixed(2), r.timing.max.toFixed(1), r.timing.cpuP50.toFixed(2), r.timing.cpuP95.toFixed(2), r.load])
const width = (text: string): number => [...text].reduce((n, c) => n + (c.codePointAt(0)! > 0x2e80 ? 2 : 1), 0)
const widths = header.map((h, i) => Math.max(width(h), ...table.map((row) => width(row[i]!))))
const line = (cs: string[]): string => cs.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join('  ')
console.log('\n墙钟时间与本进程 CPU 时间（机器被其他进程占用时，CPU 时间更接近空闲机器上的表现）：\n')
console.log(line(header))
for (const row of table) console.log(line(row))
console.log('\n最慢的联想（CPU ms）：')
for (const r of rows) console.log(`  ${r.size.toLocaleString('en-US')} ${r.what}：${r.timing.slowest}`)
