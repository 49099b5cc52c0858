import { toSimplified } from './chineseScript'
import { docNumberPattern } from './docNumber'
import type { QueryClause } from './query'

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'))
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const asciiWordChar = /[a-z0-9]/
/**
 * What may stand between two tokens of a phrase in the text: spaces and punctuation. Spelled without
 * Unicode property classes, which V8 compiles slowly, and patterns are built per search.
 */
const SEPARATOR = '[^0-9a-z\\u3400-\\u9fff\\uf900-\\ufaff]{0,3}'

/**
 * Case-folded NFKC text with, for each of its UTF-16 units, where that unit came from in the
 * original: matching runs on the normalized form, but excerpts are cut from the original, so that
 * full-width punctuation and digits reach the reader as they were published.
 */
export type NormalizedText = { text: string; starts: Int32Array; ends: Int32Array }

/** Characters that NFKC may compose with their neighbours; without them, equal lengths mean a 1:1 mapping. */
const composing = /[\p{M}\u1100-\u11ff\u3130-\u318f]/u

export function normalizeWithOffsets(original: string): NormalizedText {
  const nfkc = original.normalize('NFKC').toLowerCase()
  // Traditional text is matched in its simplified form; OpenCC maps character for character, and
  // when it did not (a rare phrase), matching falls back to the traditional text.
  const simplified = toSimplified(nfkc)
  const folded = simplified.length === nfkc.length ? simplified : nfkc
  if (folded.length === original.length && !composing.test(original)) {
    // The usual case: full-width punctuation and digits map one to one, so offsets are unchanged.
    const starts = new Int32Array(folded.length)
    const ends = new Int32Array(folded.length)
    for (let i = 0; i < folded.length; i++) {
      starts[i] = i
      ends[i] = i + 1
    }
    return { text: folded, starts, ends }
  }
  const units: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let i = 0
  while (i < original.length) {
    const code = original.codePointAt(i)!
    const width = code > 0xffff ? 2 : 1
    const piece = toSimplified(original.slice(i, i + width).normalize('NFKC')).toLowerCase()
    for (let k = 0; k < piece.length; k++) {
      units.push(piece[k]!)
      starts.push(i)
      ends.push(i + width)
    }
    i += width
  }
  return { text: units.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) }
}

function phrasePattern(pieces: string[]): string {
  const body = pieces.map(escapeRegExp).join(SEPARATOR)
  const first = pieces[0]!.charAt(0)
  const last = pieces[pieces.length - 1]!.slice(-1)
  return `${asciiWordChar.test(first) ? '(?<![a-z0-9])' : ''}${body}${asciiWordChar.test(last) ? '(?![a-z0-9])' : ''}`
}

/** One pattern per clause, so an excerpt can prefer the window that shows the most different clauses. */
export function clausePatterns(clauses: readonly QueryClause[]): RegExp[] {
  return clauses.map((clause) => {
    const alternatives = clause.kind === 'docNumber' ? [docNumberPattern(clause.parsed)] : clause.phrases.map(phrasePattern)
    alternatives.sort((a, b) => b.length - a.length)
    return new RegExp(alternatives.join('|'), 'gu')
  })
}

export type MatchRange = { start: number; end: number; clause: number }

/** Matches in `original` (original offsets), sorted, overlaps merged. */
export function findMatches(original: string, patterns: readonly RegExp[]): MatchRange[] {
  if (!patterns.length || !original) return []
  const normalized = normalizeWithOffsets(original)
  const found: MatchRange[] = []
  patterns.forEach((pattern, clause) => {
    pattern.lastIndex = 0
    for (const m of normalized.text.matchAll(pattern)) {
      if (!m[0]) continue
      found.push({ start: normalized.starts[m.index]!, end: normalized.ends[m.index + m[0].length - 1]!, clause })
    }
  })
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: MatchRange[] = []
  for (const range of found) {
    const last = merged[merged.length - 1]
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({ ...range })
  }
  return merged
}

function markRanges(text: string, from: number, to: number, ranges: readonly MatchRange[], collapseSpace: boolean): string {
  const plain = (s: string): string => escapeHtml(collapseSpace ? s.replace(/\s+/g, ' ') : s)
  let out = ''
  let at = from
  for (const range of ranges) {
    if (range.end <= from || range.start >= to) continue
    const start = Math.max(range.start, from)
    const end = Math.min(range.end, to)
    out += plain(text.slice(at, start)) + '<mark>' + plain(text.slice(start, end)) + '</mark>'
    at = end
  }
  return out + plain(text.slice(at, to))
}

export function highlightAll(text: string, ranges: readonly MatchRange[]): string {
  return markRanges(text, 0, text.length, ranges, false)
}

const isLowSurrogate = (text: string, index: number): boolean => {
  const c = text.charCodeAt(index)
  return c >= 0xdc00 && c <= 0xdfff
}

/**
 * An excerpt of about `length` characters around the window that shows the most different query
 * clauses, escaped, with the matches in <mark>. Without matches, the opening of the text.
 */
export function makeSnippet(text: string, ranges: readonly MatchRange[], length = 120, lead = 24): string {
  if (!text) return ''
  if (text.length <= length) return markRanges(text, 0, text.length, ranges, true).trim()
  let anchor = 0
  if (ranges.length) {
    let best = -1
    let bestScore = -1
    const limit = Math.min(ranges.length, 400)
    for (let i = 0; i < limit; i++) {
      const windowEnd = ranges[i]!.start + length - lead
      const clauses = new Set<number>()
      let count = 0
      for (let j = i; j < limit && ranges[j]!.start < windowEnd; j++) {
        clauses.add(ranges[j]!.clause)
        count++
      }
      const score = clauses.size * 1000 + count
      if (score > bestScore) {
        bestScore = score
        best = i
      }
    }
    anchor = Math.max(0, ranges[best]!.start - lead)
  }
  let start = Math.min(anchor, text.length - length)
  if (start > 0 && isLowSurrogate(text, start)) start -= 1
  let end = Math.min(text.length, start + length)
  if (end < text.length && isLowSurrogate(text, end)) end += 1
  const body = markRanges(text, start, end, ranges, true).trim()
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`
}
