import { documentReferenceKeys } from './docNumber'
import { titlePinyin } from './pinyin'
import type { Tokenizer } from './tokenizer'
import { pinyinKey, termsOf } from './vocabulary'

/** The text of one document as the FTS columns need it; the CPU-heavy part of indexing. */
export type SegmentInput = { title: string; body: string; extra: string; docNumber: string }
export type SegmentOutput = {
  title: string
  body: string
  extra: string
  refkeys: string
  pinyin: string
  initials: string
  /** The title's words for the vocabulary, each with its toneless pinyin. */
  terms: [string, string][]
}

export function segmentDocument(tokenizer: Tokenizer, input: SegmentInput): SegmentOutput {
  // The title is cut once: its index tokens are the words' pieces, as tokenizer.segment would give.
  const titleWords = tokenizer.words(input.title)
  return {
    title: titleWords.flatMap((w) => w.pieces).join(' '),
    body: tokenizer.segment(input.body),
    extra: tokenizer.segment(input.extra),
    refkeys: documentReferenceKeys(input).join(' '),
    ...titlePinyin(input.title),
    terms: termsOf(titleWords).map((t) => [t, pinyinKey(t)]),
  }
}
