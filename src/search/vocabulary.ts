import { pinyin } from 'pinyin-pro'
import type { SegmentedWord, Tokenizer } from './tokenizer'

/**
 * 标题词表: the words of the indexed titles, each with the number of documents whose title has it
 * and its toneless pinyin. Did-you-mean (didYouMean.ts) corrects a query only towards these words,
 * so a correction always leads to documents, and the most common title word wins a tie.
 */
export type Term = { term: string; docs: number }

/** What did-you-mean asks of an engine's vocabulary. */
export interface Vocabulary {
  /** How many documents have the word in their title; 0 when none. */
  docs(words: readonly string[]): Promise<Map<string, number>>
  /** Title words of the given length that read as the given toneless pinyin (环竟 → huanjing → 环境). */
  samePinyin(pinyinKey: string, length: number): Promise<Term[]>
  /** Title words of the same length that differ from the word in exactly one character. */
  oneCharOff(word: string): Promise<Term[]>
}

export const MIN_TERM = 2
export const MAX_TERM = 6
const han = /^[\u3400-\u4dbf\u4e00-\u9fff]+$/

/** Two neighbouring words are joined up to this length, for compounds jieba cuts apart (智能网 + 联). */
const MAX_JOINED = 4

/**
 * The title words a title adds to the vocabulary, Chinese only: jieba's words, their index pieces,
 * and neighbouring words joined while short.
 */
export function titleTerms(tokenizer: Tokenizer, title: string): string[] {
  return termsOf(tokenizer.words(title))
}

/** The same from a title already cut into words. */
export function termsOf(words: readonly SegmentedWord[]): string[] {
  const terms = new Set<string>()
  const add = (w: string): void => {
    if (w.length >= MIN_TERM && w.length <= MAX_TERM && han.test(w)) terms.add(w)
  }
  words.forEach(({ word, pieces }, i) => {
    add(word)
    for (const piece of pieces) add(piece)
    const next = words[i + 1]?.word
    if (next && word.length + next.length <= MAX_JOINED) add(word + next)
  })
  return [...terms]
}

/** Toneless pinyin without spaces, ü as v: the key homophones share. */
export function pinyinKey(word: string): string {
  return pinyin(word, { toneType: 'none', type: 'array', v: true }).join('')
}

export const reversed = (word: string): string => [...word].reverse().join('')

/** Exactly one position differs (same length). */
export function oneOff(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false
  return diff === 1
}
