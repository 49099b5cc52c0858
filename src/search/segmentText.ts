import { documentReferenceKeys } from './docNumber'
import { titlePinyin } from './pinyin'
import type { Tokenizer } from './tokenizer'
import { pinyinKey, titleTerms } from './vocabulary'

/** The text of one document as the FTS columns need it; the CPU-heavy part of indexing. */
export type SegmentInput = { title: string; body: string; extra: string; docNumber: string }
export type SegmentOutput = { title: string; body: string; extra: string; refkeys: string; pinyin: string; initials: string
  /** The title's words for the vocabulary, each with its toneless pinyin. */
  terms: [string, string][]
}

export function segmentDocument(tokenizer: Tokenizer, input: SegmentInput): SegmentOutput {
  return {
    title: tokenizer.segment(input.title),
    body: tokenizer.segment(input.body),
    extra: tokenizer.segment(input.extra),
    refkeys: documentReferenceKeys(input).join(' '),
    ...titlePinyin(input.title),
    terms: titleTerms(tokenizer, input.title).map((t) => [t, pinyinKey(t)]),
  }
}
