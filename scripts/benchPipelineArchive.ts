import fs from 'node:fs'
import path from 'node:path'

/**
 * A generated gazette archive for bench:pipeline and the pipeline test, in the import format
 * (docs/gazette-import.md). Sentences come from ../shared/data/regulations.jsonl when it is present (real
 * vocabulary and lengths; read here, never copied into the repository), otherwise from the repository's
 * sample gazette. Each article gets a unique 文号, so the last one can be looked up exactly.
 */
export type BenchArchive = { issues: number; lastDocNumber: string; docNumbers: string[]; source: string; averageBodyChars: number }

const regulationsFile = (root: string) => path.resolve(root, '../../shared/data/regulations.jsonl')

function textPool(root: string): { titles: string[]; sentences: string[]; source: string } {
  const candidates = [regulationsFile(root), '/work/shared/data/regulations.jsonl']
  const real = candidates.find((file) => fs.existsSync(file))
  const file = real ?? path.join(root, 'samples/gazette/articles.jsonl')
  const records = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { title?: string; body?: string })
  const sentences = records.flatMap((r) => (r.body ?? '').split(/(?<=[。；！？])/).map((s) => s.trim()).filter((s) => s.length >= 8 && s.length <= 300))
  return { titles: records.map((r) => r.title ?? '').filter(Boolean), sentences, source: real ? 'text from regulations.jsonl' : 'text from samples/gazette' }
}

/** A small deterministic generator, so two runs of the bench import the same archive. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const categories = ['government-order', 'rules', 'normative-document', 'personnel', 'other'] as const

export function writeBenchArchive(folder: string, count: number, root: string, options: { articlesPerIssue?: number; bodyChars?: [number, number] } = {}): BenchArchive {
  const { titles, sentences, source } = textPool(root)
  const next = random(count)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const perIssue = options.articlesPerIssue ?? 28
  const [minChars, maxChars] = options.bodyChars ?? [800, 6000]
  const issueCount = Math.ceil(count / perIssue)
  const firstYear = 2026 - Math.ceil(issueCount / 24) + 1
  fs.mkdirSync(folder, { recursive: true })
  const issueLines: string[] = []
  for (let i = 0; i < issueCount; i++) {
    const year = firstYear + Math.floor(i / 24)
    const issueNumber = (i % 24) + 1
    const month = String(Math.floor((issueNumber - 1) / 2) + 1).padStart(2, '0')
    const day = issueNumber % 2 ? '05' : '20'
    issueLines.push(JSON.stringify({ year, issueNumber, totalNumber: i + 1, publishedAt: `${year}-${month}-${day}`, status: 'published' }))
  }
  fs.writeFileSync(path.join(folder, 'issues.jsonl'), `${issueLines.join('\n')}\n`)
  const out = fs.openSync(path.join(folder, 'articles.jsonl'), 'w')
  const docNumbers: string[] = []
  let bodyChars = 0
  for (let n = 0; n < count; n++) {
    const issue = Math.floor(n / perIssue)
    const year = firstYear + Math.floor(issue / 24)
    const docNumber = `宁政办发〔${year}〕${n + 1}号`
    const target = minChars + Math.floor(next() * (maxChars - minChars))
    let body = ''
    while (body.length < target) body += pick(sentences)
    bodyChars += body.length
    docNumbers.push(docNumber)
    const record = {
      year,
      issueNumber: (issue % 24) + 1,
      order: (n % perIssue) + 1,
      category: pick(categories),
      title: `${pick(titles).replace(/（.*?）$/, '')}（第${n + 1}号）`,
      docNumber,
      issuingAgency: '宁夏回族自治区人民政府办公厅',
      writtenAt: `${year}-01-02`,
      body,
    }
    fs.writeSync(out, `${JSON.stringify(record)}\n`)
  }
  fs.closeSync(out)
  return { issues: issueCount, lastDocNumber: docNumbers.at(-1)!, docNumbers, source, averageBodyChars: bodyChars / Math.max(1, count) }
}
