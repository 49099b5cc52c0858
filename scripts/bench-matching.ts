/**
 * What 繁简归一, title pinyin and did-you-mean cost: per document at index time (each step timed on
 * the real regulations) and per query on an embedded index of them.
 *
 *   npm run bench:matching                    # the regulations, copied 10 times under new ids
 *   npm run bench:matching -- --copies 30
 *
 * Text comes from ../shared/data/regulations.jsonl (read, never copied into the repository).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { hasTraditional } from '../src/search/chineseScript'
import { EmbeddedSearchEngine } from '../src/search/embeddedEngine'
import { titlePinyin } from '../src/search/pinyin'
import { projectRoot } from '../src/projectRoot'
import { segmentDocument } from '../src/search/segmentText'
import { createTokenizer } from '../src/search/tokenizer'
import type { SearchDocument } from '../src/search/types'
import { pinyinKey, titleTerms } from '../src/search/vocabulary'

const copiesArg = process.argv.find((a) => a.startsWith('--copies'))
const copies = Number(
  copiesArg?.includes('=')
    ? copiesArg.split('=')[1]
    : copiesArg
      ? process.argv[process.argv.indexOf(copiesArg) + 1]
      : 10,
)
const file = process.env.REGULATIONS_JSONL ?? path.resolve(projectRoot, '../shared/data/regulations.jsonl')
if (!fs.existsSync(file)) {
  console.error(`找不到 ${file}：请用 REGULATIONS_JSONL 指定法规数据文件。`)
  process.exit(1)
}
type Regulation = { title: string; body: string; docNumber?: string; issuingAgency?: string; date?: string }
const regulations = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Regulation)

const tokenizer = createTokenizer()
const time = (fn: () => void): number => {
  const started = performance.now()
  fn()
  return performance.now() - started
}
// Warm-up: jieba's dictionary, the converter's table, pinyin-pro's dictionary.
segmentDocument(tokenizer, { title: regulations[0]!.title, body: regulations[0]!.body, extra: '', docNumber: '' })

const n = regulations.length
const chars = regulations.reduce((sum, r) => sum + r.body.length + r.title.length, 0)
const steps = {
  'jieba (title + body)': time(() => {
    for (const r of regulations) tokenizer.segment(r.title) + tokenizer.segment(r.body)
  }),
  'traditional check (title + body)': time(() => {
    for (const r of regulations) hasTraditional(r.title) || hasTraditional(r.body)
  }),
  'title pinyin + initials': time(() => {
    for (const r of regulations) titlePinyin(r.title)
  }),
  'title vocabulary + pinyin keys': time(() => {
    for (const r of regulations) titleTerms(tokenizer, r.title).map(pinyinKey)
  }),
  'whole segmentDocument': time(() => {
    for (const r of regulations)
      segmentDocument(tokenizer, {
        title: r.title,
        body: r.body,
        extra: r.issuingAgency ?? '',
        docNumber: r.docNumber ?? '',
      })
  }),
}
console.log(
  `Index-time cost over ${n} regulations (${Math.round(chars / n)} characters each on average), ms per document:`,
)
for (const [step, ms] of Object.entries(steps)) console.log(`  ${step.padEnd(34)} ${(ms / n).toFixed(3)}`)

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-bench-matching-'))
const engine = new EmbeddedSearchEngine({ path: path.join(dir, 'search.db') })
const docs: SearchDocument[] = []
for (let c = 0; c < copies; c++) {
  regulations.forEach((r, i) => {
    const year = Number(r.date?.slice(0, 4)) || 2000
    docs.push({
      id: `articles:${c * n + i + 1}`,
      type: 'article',
      siteId: 1,
      siteName: '宁夏回族自治区人民政府',
      title: r.title,
      body: r.body,
      docNumber: r.docNumber ?? null,
      issuingAgency: r.issuingAgency ?? null,
      publishedAt: `${year}-06-01T00:00:00.000Z`,
      year,
      url: `/articles/${c * n + i + 1}`,
    })
  })
}
const indexMs = time(() => void engine.upsert(docs))
await engine.upsert([])
console.log(
  `\nIndexed ${docs.length} documents in ${(indexMs / 1000).toFixed(1)} s (${(indexMs / docs.length).toFixed(2)} ms each, inline).`,
)

const groups: Record<string, string[]> = {
  'words (found)': ['安全生产', '行政处罚', '道路交通', '环境保护', '食品安全', '税收', '海关', '知识产权'],
  traditional: ['安全生產', '行政處罰', '道路交通', '環境保護', '食品安全', '稅收', '海關', '知識產權'],
  'pinyin (no word hits)': [
    'anquanshengchan',
    'xingzhengchufa',
    'daolujiaotong',
    'huanjingbaohu',
    'shipinanquan',
    'zhishichanquan',
  ],
  'initials (no word hits)': ['aqsc', 'xzcf', 'dljt', 'hjbh', 'spaq', 'zscq'],
  'typos (did-you-mean)': ['安全生铲', '行政处法', '道路交痛', '环境保户', '食品安权', '知识产劝'],
}
console.log(
  `\nQuery latency on ${docs.length} documents (ms, 5 rounds after a warm-up; load average ${os.loadavg()[0]!.toFixed(2)}):`,
)
for (const [group, queries] of Object.entries(groups)) {
  for (const q of queries) await engine.search({ q })
  const samples: number[] = []
  const found: number[] = []
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const started = performance.now()
      const result = await engine.search({ q })
      samples.push(performance.now() - started)
      if (round === 0) found.push(result.total || (result.didYouMean ? -1 : 0))
    }
  }
  samples.sort((a, b) => a - b)
  const p = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(2)
  console.log(
    `  ${group.padEnd(24)} p50 ${p(0.5)}  p95 ${p(0.95)}  hits ${found.map((f) => (f === -1 ? '纠错' : f)).join(',')}`,
  )
}
await engine.close()
fs.rmSync(dir, { recursive: true, force: true })
