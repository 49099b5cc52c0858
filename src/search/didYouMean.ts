import { parseDocNumber } from './docNumber'
import { normalizeText } from './tokenizer'
import type { SearchSuggestion } from './types'
import { MAX_TERM, MIN_TERM, oneOff, pinyinKey, type Term, type Vocabulary } from './vocabulary'

/** Below this many hits a correction is offered beside the results (您是不是要找). */
export const FEW_HITS = 3
const MAX_WINDOW = 4
const MAX_PROBES = 4
const hanRun = /[\u3400-\u4dbf\u4e00-\u9fff]+/g

type Candidate = { q: string; score: number }

/**
 * 您是不是要找: a query with a mistyped word (优化营商环竟) corrected towards the title vocabulary.
 * Stretches of the query that no title word covers are replaced, two to four characters at a time,
 * by title words that sound the same (the usual typo of a pinyin keyboard) or differ in one
 * character; the candidates are counted in the index, and the first that finds more is offered.
 */
export async function didYouMean(
  q: string,
  currentTotal: number,
  vocabulary: Vocabulary,
  count: (q: string) => Promise<number>,
): Promise<SearchSuggestion | null> {
  const text = normalizeText(q).replace(/\s+/g, ' ').trim()
  if (!text || parseDocNumber(text)) return null
  const runs = [...text.matchAll(hanRun)].filter((m) => m[0].length >= MIN_TERM)
  if (!runs.length) return null

  const windows: { start: number; word: string }[] = []
  for (const run of runs) {
    for (let n = MIN_TERM; n <= Math.min(MAX_WINDOW, run[0].length); n++) {
      for (let i = 0; i + n <= run[0].length; i++) windows.push({ start: run.index + i, word: run[0].slice(i, i + n) })
    }
  }
  const known = await vocabulary.docs([...new Set(windows.map((w) => w.word))])
  const covered = new Uint8Array(text.length)
  for (const w of windows) if ((known.get(w.word) ?? 0) > 0) covered.fill(1, w.start, w.start + w.word.length)

  const candidates: Candidate[] = []
  for (const w of windows) {
    if (w.word.length > MAX_TERM || covered.subarray(w.start, w.start + w.word.length).every((c) => c === 1)) continue
    const replace = (t: Term, weight: number): void => {
      if (t.term === w.word || t.docs <= 0) return
      // Longer words carry more of the reader's intent; sounding alike is the likelier typo.
      candidates.push({
        q: text.slice(0, w.start) + t.term + text.slice(w.start + w.word.length),
        score: weight * w.word.length * Math.log2(1 + t.docs),
      })
    }
    for (const t of await vocabulary.samePinyin(pinyinKey(w.word), w.word.length)) replace(t, 2)
    for (const t of await vocabulary.oneCharOff(w.word)) if (oneOff(t.term, w.word)) replace(t, 1)
  }
  candidates.sort((a, b) => b.score - a.score)
  const tried = new Set<string>()
  for (const c of candidates) {
    if (tried.has(c.q) || c.q === text) continue
    if (tried.size >= MAX_PROBES) break
    tried.add(c.q)
    const total = await count(c.q)
    if (total > currentTotal) return { q: c.q, total, reason: 'did-you-mean', dropFilters: false }
  }
  return null
}
