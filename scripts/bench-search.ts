/**
 * Embedded search benchmark: a synthetic gazette archive of ~2,000-character articles, indexed with
 * the embedded engine, then 200 queries (a ranked page of 20 with highlights and facet counts).
 *
 *   npm run bench:search                      # 100,000 and 300,000 articles
 *   npm run bench:search -- --sizes 10000     # a quick run
 *   npm run bench:search -- --workers 0       # segment on the main thread only (default: 2 worker threads)
 *   npm run bench:search -- --sizes 1000000 --keep --dir /work/bench1m            # build, measure, keep the index
 *   npm run bench:search -- --sizes 1000000 --reuse --dir /work/bench1m           # the query phase only, on the kept index
 *
 * The query mix is fixed (seeded): 40 % one word, 30 % two words, 10 % three words run together,
 * 10 % a 文号, 10 % a word with a year range and a type. `--warmup all` runs the whole mix once
 * untimed before measuring (the default warms up with 10 other queries); `--rounds N` measures it N times.
 *
 * Text comes from sentences of ../shared/data/regulations.jsonl when that file exists (it is read,
 * never copied), otherwise from a built-in generator of government vocabulary.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { EmbeddedSearchEngine } from '../src/search/embeddedEngine'
import { createTokenizer } from '../src/search/tokenizer'
import type { SearchDocument, SearchDocumentType, SearchQuery } from '../src/search/types'
import { argument, random, sizesArgument } from './benchArguments'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const sizes = sizesArgument('100000,300000')
const queryCount = Number(argument('queries') ?? 200)
const workDir = argument('dir') ?? path.join(os.tmpdir(), 'zhanqun-bench-search')
const reuse = process.argv.includes('--reuse')
const keep = process.argv.includes('--keep') || reuse
const warmupAll = argument('warmup') === 'all'
const rounds = Math.max(1, Number(argument('rounds') ?? 1))
const segmentWorkers = Number(argument('workers') ?? 2)
const regulationsPath = process.env.REGULATIONS_JSONL ?? path.resolve(projectRoot, '../shared/data/regulations.jsonl')

type Source = { sentences: string[]; titles: string[]; origin: string }

function regulationSource(file: string): Source {
  const sentences: string[] = []
  const titles: string[] = []
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const record = JSON.parse(line) as { title?: string; body?: string }
    if (record.title) titles.push(record.title)
    for (const sentence of (record.body ?? '').split(/(?<=[。；！？])|\n/)) {
      const s = sentence.trim()
      if (s.length >= 8 && s.length <= 240) sentences.push(s)
    }
  }
  return { sentences, titles, origin: `${path.relative(process.cwd(), file)}（${titles.length} 部法规的 ${sentences.length} 个句子）` }
}

function builtInSource(): Source {
  const subjects = ['各级人民政府', '自治区各部门', '各市县区', '有关单位', '行政机关', '各级财政部门', '市场监管部门', '生态环境部门', '教育行政部门', '卫生健康部门', '交通运输部门', '住房城乡建设部门']
  const verbs = ['要认真贯彻落实', '应当加强', '要进一步完善', '要持续推进', '应当严格执行', '要统筹做好', '要切实加强', '要加快建立健全', '要依法规范', '要着力提升']
  const objects = ['政务公开工作', '安全生产责任制', '营商环境优化', '生态环境保护', '社会保险制度', '行政审批制度改革', '城乡居民医疗保障', '乡村振兴战略', '数字政府建设', '公共资源交易管理', '耕地保护制度', '食品药品安全监管', '黄河流域生态保护', '水资源节约集约利用', '政府信息公开', '行政执法监督', '防汛抗旱工作', '优化公共服务', '财政资金绩效管理', '重大行政决策程序']
  const tails = ['，确保各项任务落到实处。', '，切实保障人民群众合法权益。', '，建立健全长效机制。', '，及时向社会公开有关情况。', '，并将落实情况报自治区人民政府。', '，推动高质量发展。', '，严格落实工作责任。']
  const rnd = random(7)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const sentences: string[] = []
  for (let i = 0; i < 20_000; i++) sentences.push(`${pick(subjects)}${pick(verbs)}${pick(objects)}${pick(tails)}`)
  const titles = objects.flatMap((o) => [`关于加强${o}的通知`, `关于进一步做好${o}的意见`, `${o}管理办法`, `${o}实施方案`])
  return { sentences, titles, origin: '内置政务词汇生成器' }
}

const SITES = Array.from({ length: 40 }, (_, i) => ({ id: i + 1, name: i === 0 ? '宁夏回族自治区人民政府' : `宁夏第${i + 1}号政府网站` }))
const PREFIXES = ['宁政发', '宁政办发', '宁政规发', '宁政办规发', '银政发', '石政发', '吴政发', '固政发', '卫政发', '宁发改', '宁人社发', '宁财发', '宁教发', '宁卫健发']
const AGENCIES = [
  '宁夏回族自治区人民政府', '宁夏回族自治区人民政府办公厅', '宁夏回族自治区发展和改革委员会', '宁夏回族自治区财政厅', '宁夏回族自治区教育厅', '宁夏回族自治区公安厅',
  '宁夏回族自治区人力资源和社会保障厅', '宁夏回族自治区自然资源厅', '宁夏回族自治区生态环境厅', '宁夏回族自治区住房和城乡建设厅', '宁夏回族自治区交通运输厅',
  '宁夏回族自治区农业农村厅', '宁夏回族自治区卫生健康委员会', '宁夏回族自治区市场监督管理局', '银川市人民政府', '石嘴山市人民政府', '吴忠市人民政府', '固原市人民政府', '中卫市人民政府',
]
const CATEGORIES = ['government-order', 'rules', 'normative-document', 'normative-document', 'normative-document', 'personnel', 'other']
const TYPES: SearchDocumentType[] = ['gazette-article', 'gazette-article', 'gazette-article', 'policy-document', 'interpretation', 'article']

function makeDocument(source: Source, i: number): SearchDocument {
  const rnd = random(i * 7919 + 13)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const year = 1990 + Math.floor(rnd() * 36)
  const month = 1 + Math.floor(rnd() * 12)
  const day = 1 + Math.floor(rnd() * 28)
  const agency = pick(AGENCIES)
  const base = pick(source.titles)
  const title = rnd() < 0.5 ? `${agency.replace('宁夏回族自治区', '自治区')}关于印发《${base}》的通知` : base
  let body = ''
  while (body.length < 1950) body += pick(source.sentences)
  const type = pick(TYPES)
  const site = rnd() < 0.5 ? SITES[0]! : pick(SITES)
  return {
    id: `gazette-articles:${i + 1}`,
    type,
    siteId: site.id,
    siteName: site.name,
    title,
    body: body.slice(0, 2100),
    docNumber: `${pick(PREFIXES)}〔${year}〕${1 + (i % 300)}号`,
    issuingAgency: agency,
    gazetteCategory: type === 'gazette-article' ? pick(CATEGORIES) : null,
    publishedAt: new Date(Date.UTC(year, month - 1, day)).toISOString(),
    year,
    url: `/gazette/${year}/${i + 1}`,
  }
}

const QUERY_KINDS = ['一个词', '两个词', '三词连写', '文号', '词+年份+类型'] as const
type QueryKind = (typeof QUERY_KINDS)[number]
type BenchQuery = SearchQuery & { kind: QueryKind }

function makeQueries(source: Source, size: number): BenchQuery[] {
  const tokenizer = createTokenizer()
  const stop = new Set(['关于', '的', '和', '通知', '印发', '自治区', '条例', '规定', '办法', '中华人民共和国', '国务院', '决定'])
  const words = [...new Set(source.titles.flatMap((t) => tokenizer.words(t).map((w) => w.word)))].filter((w) => w.length >= 2 && !stop.has(w) && !/^\d+$/.test(w))
  const rnd = random(4242)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const queries: BenchQuery[] = []
  for (let i = 0; i < queryCount; i++) {
    const r = rnd()
    if (r < 0.4) queries.push({ kind: '一个词', q: pick(words) })
    else if (r < 0.7) queries.push({ kind: '两个词', q: `${pick(words)} ${pick(words)}` })
    else if (r < 0.8) queries.push({ kind: '三词连写', q: `${pick(words)}${pick(words)}${pick(words)}` })
    else if (r < 0.9) queries.push({ kind: '文号', q: makeDocument(source, Math.floor(rnd() * size)).docNumber! })
    else {
      const from = 1995 + Math.floor(rnd() * 25)
      queries.push({ kind: '词+年份+类型', q: pick(words), yearFrom: from, yearTo: from + 5, types: ['gazette-article'] })
    }
  }
  return queries
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const fileSize = (file: string): number => ['', '-wal', '-shm'].reduce((sum, s) => sum + (fs.existsSync(file + s) ? fs.statSync(file + s).size : 0), 0)

type Build = {
  size: number
  importSeconds: number
  optimizeSeconds: number
  rate: number
  /** Articles per CPU-second of this process: what the rate would be on an otherwise idle core. */
  cpuRate: number
  /** The 1-minute load average sampled at every progress line, averaged: the company the build had. */
  meanLoad: number
  maxLoad: number
  startedAt: string
  finishedAt: string
}

type Timing = {
  label: string
  count: number
  p50: number
  p95: number
  p99: number
  max: number
  /** CPU time of this process per query: the latency on an otherwise idle machine. */
  cpuMean: number
  cpuP50: number
  cpuP95: number
  meanHits: number
}

type Measurement = { all: Timing; kinds: Timing[]; slowest: string[]; loadBefore: number[]; loadAfter: number[] }

const buildFile = (file: string): string => `${file}.build.json`

async function build(source: Source, size: number, file: string): Promise<Build> {
  fs.mkdirSync(workDir, { recursive: true })
  for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true })
  const startedAt = new Date().toISOString()
  const engine = new EmbeddedSearchEngine({ path: file, batchSize: 1000, segmentWorkers })
  await engine.ensureSettings()

  let indexing = 0
  let cpu = 0
  const loads: number[] = [os.loadavg()[0]!]
  const batch = 1000
  const progressEvery = Math.max(batch, Math.round(size / 10 / batch) * batch)
  for (let start = 0; start < size; start += batch) {
    const docs: SearchDocument[] = []
    for (let i = start; i < Math.min(size, start + batch); i++) docs.push(makeDocument(source, i))
    const t = performance.now()
    const c = process.cpuUsage()
    await engine.upsert(docs)
    indexing += performance.now() - t
    const used = process.cpuUsage(c)
    cpu += (used.user + used.system) / 1000
    const done = Math.min(size, start + batch)
    if (done % progressEvery === 0 || done === size) {
      loads.push(os.loadavg()[0]!)
      process.stderr.write(`  已索引 ${done}/${size}，${Math.round(done / (indexing / 1000))} 篇/秒，负载 ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`)
    }
  }
  const t = performance.now()
  engine.optimize()
  const optimizeMs = performance.now() - t
  await engine.close()
  loads.push(os.loadavg()[0]!)
  const result: Build = {
    size,
    importSeconds: indexing / 1000,
    optimizeSeconds: optimizeMs / 1000,
    rate: size / (indexing / 1000),
    cpuRate: size / (cpu / 1000),
    meanLoad: loads.reduce((a, b) => a + b, 0) / loads.length,
    maxLoad: Math.max(...loads),
    startedAt,
    finishedAt: new Date().toISOString(),
  }
  fs.writeFileSync(buildFile(file), `${JSON.stringify(result, null, 2)}\n`)
  return result
}

function timing(label: string, times: { wall: number; cpu: number; hits: number }[]): Timing {
  const wall = times.map((t) => t.wall).sort((a, b) => a - b)
  const cpu = times.map((t) => t.cpu).sort((a, b) => a - b)
  return {
    label,
    count: times.length,
    p50: percentile(wall, 50),
    p95: percentile(wall, 95),
    p99: percentile(wall, 99),
    max: wall[wall.length - 1]!,
    cpuMean: cpu.reduce((a, b) => a + b, 0) / cpu.length,
    cpuP50: percentile(cpu, 50),
    cpuP95: percentile(cpu, 95),
    meanHits: times.reduce((a, t) => a + t.hits, 0) / times.length,
  }
}

async function measure(source: Source, size: number, file: string): Promise<Measurement> {
  // Queries run on a fresh connection, as a server would after a restart.
  const reader = new EmbeddedSearchEngine({ path: file })
  const documents = (await reader.health()).documents ?? 0
  if (documents !== size) process.stderr.write(`  注意：${file} 里有 ${documents} 篇，不是 ${size} 篇\n`)
  const queries = makeQueries(source, size)
  for (const q of queries.slice(0, 10)) await reader.search({ ...q, q: `${q.q}政府` })
  if (warmupAll) for (const q of queries) await reader.search(q)
  const loadBefore = os.loadavg()
  const measured: { query: BenchQuery; wall: number; cpu: number; hits: number }[] = []
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const { kind: _, ...q } = query
      const t0 = performance.now()
      const c0 = process.cpuUsage()
      const result = await reader.search(q)
      const wall = performance.now() - t0
      const used = process.cpuUsage(c0)
      measured.push({ query, wall, cpu: (used.user + used.system) / 1000, hits: result.total })
      if (result.hits.length === 0 && result.total > 0) throw new Error(`查询 ${q.q} 有 ${result.total} 条结果但没有返回第一页`)
    }
  }
  const loadAfter = os.loadavg()
  const sample = await reader.search(queries[0]!)
  process.stderr.write(`  样例：“${queries[0]!.q}” 共 ${sample.total} 条，第一条：${sample.hits[0]?.title ?? '无'}\n`)
  await reader.close()
  const describe = (q: BenchQuery): string =>
    `${q.kind}「${q.q}」${q.yearFrom ? ` ${q.yearFrom}–${q.yearTo}` : ''}`
  const slowest = [...measured]
    .sort((a, b) => b.wall - a.wall)
    .slice(0, 8)
    .map((m) => `${m.wall.toFixed(0)} ms（CPU ${m.cpu.toFixed(0)} ms）${describe(m.query)}，${m.hits} 条`)
  return {
    all: timing(size.toLocaleString('en-US'), measured),
    kinds: QUERY_KINDS.map((kind) => timing(`  ${kind}`, measured.filter((m) => m.query.kind === kind))).filter((t) => t.count > 0),
    slowest,
    loadBefore,
    loadAfter,
  }
}

const source = fs.existsSync(regulationsPath) ? regulationSource(regulationsPath) : builtInSource()
console.log(`文本来源：${source.origin}`)
console.log(`机器：${os.cpus().length} 核，${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB，Node ${process.version}；数据目录 ${workDir}；分词工作线程 ${segmentWorkers}`)

const width = (text: string): number => [...text].reduce((n, c) => n + (c.codePointAt(0)! > 0x2e80 ? 2 : 1), 0)
function printTable(header: string[], table: string[][]): void {
  const widths = header.map((h, i) => Math.max(width(h), ...table.map((row) => width(row[i]!))))
  const line = (cs: string[]): string => cs.map((c, i) => (i === 0 ? c + ' '.repeat(widths[i]! - width(c)) : ' '.repeat(widths[i]! - width(c)) + c)).join('  ')
  console.log(line(header))
  for (const row of table) console.log(line(row))
}
const loads = (l: number[]): string => l.map((x) => x.toFixed(1)).join(' ')

const builds: { build: Build | null; bytes: number }[] = []
const measurements: Measurement[] = []
for (const size of sizes) {
  const file = path.join(workDir, `search-${size}.db`)
  let built: Build | null
  if (reuse) {
    if (!fs.existsSync(file)) throw new Error(`${file} 不存在：先不带 --reuse 运行一次（加 --keep）`)
    console.log(`\n沿用已有索引 ${file}，只运行查询……`)
    built = fs.existsSync(buildFile(file)) ? (JSON.parse(fs.readFileSync(buildFile(file), 'utf8')) as Build) : null
  } else {
    console.log(`\n构建 ${size.toLocaleString('en-US')} 篇公报文章的索引……`)
    built = await build(source, size, file)
  }
  measurements.push(await measure(source, size, file))
  builds.push({ build: built, bytes: fileSize(file) })
  if (!keep) for (const s of ['', '-wal', '-shm', '.build.json']) fs.rmSync(file + s, { force: true })

  console.log(`\n构建${reuse ? '（记录于构建时）' : ''}：导入为墙钟时间；篇/CPU秒为每 CPU 秒导入的篇数（机器被占用时更接近空闲机器）；负载为构建期间 1 分钟平均负载的均值/最大值（本机 ${os.cpus().length} 核）。\n`)
  printTable(
    ['文章数', '导入(s)', 'optimize(s)', '构建合计(min)', '篇/秒', '篇/CPU秒', '构建时负载', '索引文件'],
    builds.map(({ build: b, bytes }, i) =>
      b
        ? [b.size.toLocaleString('en-US'), b.importSeconds.toFixed(0), b.optimizeSeconds.toFixed(0), ((b.importSeconds + b.optimizeSeconds) / 60).toFixed(1), b.rate.toFixed(0), b.cpuRate.toFixed(0), `${b.meanLoad.toFixed(1)}/${b.maxLoad.toFixed(1)}`, mb(bytes)]
        : [sizes[i]!.toLocaleString('en-US'), '—', '—', '—', '—', '—', '—', mb(bytes)],
    ),
  )
  console.log(`\n${queryCount} 个查询 × ${rounds} 轮，每个返回第 1 页 20 条（带高亮摘要）及总数和 5 个分面计数${warmupAll ? '；计时前整组查询先跑一遍' : ''}。`)
  console.log('p50–max 为墙钟时间；CPU 为本进程所用 CPU 时间（均值/p50/p95），机器被其他进程占用时更接近空闲机器上的表现。负载：查询前 → 查询后的 1/5/15 分钟平均负载。\n')
  printTable(
    ['文章数/查询类型', '查询数', 'p50(ms)', 'p95(ms)', 'p99(ms)', 'max(ms)', 'CPU/查询', 'CPU p50', 'CPU p95', '平均命中'],
    measurements.flatMap((m) =>
      [m.all, ...m.kinds].map((t) => [t.label, String(t.count), t.p50.toFixed(1), t.p95.toFixed(1), t.p99.toFixed(1), t.max.toFixed(1), t.cpuMean.toFixed(1), t.cpuP50.toFixed(1), t.cpuP95.toFixed(1), t.meanHits.toFixed(0)]),
    ),
  )
  for (const [i, m] of measurements.entries()) {
    console.log(`\n${sizes[i]!.toLocaleString('en-US')} 篇：负载 ${loads(m.loadBefore)} → ${loads(m.loadAfter)}；最慢的查询：`)
    for (const line of m.slowest) console.log(`  ${line}`)
  }
}
const failed = builds.flatMap(({ build: b }) => (b && !reuse && b.rate < 500 ? [b.size] : []))
if (failed.length) {
  console.error(`\n导入速度低于 500 篇/秒：${failed.join(', ')}`)
  process.exitCode = 1
}
