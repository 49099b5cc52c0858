import { describe, expect, it } from 'vitest'
import { clausePatterns, findMatches, highlightAll } from '../../src/search/highlight'
import { parseQuery } from '../../src/search/query'
import { SynonymIndex } from '../../src/search/synonyms'
import { createTokenizer, normalizeText } from '../../src/search/tokenizer'

const tokenizer = createTokenizer()
const pieces = (text: string): string[][] => tokenizer.words(text).map((w) => w.pieces)

/** True when `needle` occurs as a run of adjacent tokens in `haystack`, which is what an FTS5 phrase needs. */
function containsPhrase(haystack: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++)
    if (needle.every((t, k) => haystack[i + k] === t)) return true
  return false
}

describe('Chinese tokenizer (charabia-compatible)', () => {
  it('re-splits a long jieba word into dictionary bigrams and single characters', () => {
    // Plain jieba keeps this as one word, which would make 宁夏 unfindable.
    expect(tokenizer.tokens('宁夏回族自治区人民政府')).toEqual(['宁夏', '回族', '自治', '区', '人民', '政府'])
  })

  it('makes 宁夏, 自治区 and 人民政府 findable inside 宁夏回族自治区人民政府', () => {
    const indexed = tokenizer.tokens('宁夏回族自治区人民政府关于印发实施方案的通知')
    for (const query of ['宁夏', '自治区', '人民政府', '回族自治区']) {
      expect(containsPhrase(indexed, tokenizer.tokens(query)), query).toBe(true)
    }
  })

  it('keeps words of one or two characters and ASCII words whole', () => {
    expect(pieces('推进政务')).toEqual([['推进'], ['政务']])
    expect(pieces('COVID-19 GDP')).toEqual([['covid'], ['19'], ['gdp']])
  })

  it('uses trigrams when no bigram is a word', () => {
    expect(tokenizer.tokens('石嘴山市')).toEqual(['石嘴山', '市'])
  })

  it('drops punctuation and spaces', () => {
    expect(tokenizer.tokens('通知，“政务”。 ')).toEqual(['通知', '政务'])
  })

  it('folds full-width characters and case (NFKC, lower case)', () => {
    expect(normalizeText('ＡＢＣ２０１７（１）')).toBe('abc2017(1)')
    expect(tokenizer.tokens('２０１７年')).toEqual(tokenizer.tokens('2017年'))
    expect(tokenizer.tokens('ＧＤＰ')).toEqual(['gdp'])
  })

  it('loads custom words once and lets them guide the cut', () => {
    expect(pieces('人社厅')).toEqual([['人社厅']])
    const withoutCustom = createTokenizer({ customWords: [] })
    expect(withoutCustom.words('人社厅').length).toBeGreaterThan(1)
    expect(createTokenizer({ customWords: [] })).toBe(withoutCustom)
  })

  it('segments into a space-joined string for FTS5', () => {
    expect(tokenizer.segment('宁夏回族自治区')).toBe('宁夏 回族 自治 区')
    expect(tokenizer.segment('')).toBe('')
  })
})

describe('highlighting on normalized text', () => {
  it('maps matches back to the original text, also when NFKC changes its length', () => {
    const patterns = clausePatterns(parseQuery('2017 政务公开', tokenizer, new SynonymIndex([])).clauses)
    expect(highlightAll('（２０１７年）政务公开', findMatches('（２０１７年）政务公开', patterns))).toBe(
      '（<mark>２０１７</mark>年）<mark>政务公开</mark>',
    )
    // ㍻ expands to 平成 under NFKC; the offsets after it must still land on the original characters.
    expect(highlightAll('㍻２０１７年政务公开', findMatches('㍻２０１７年政务公开', patterns))).toBe(
      '㍻<mark>２０１７</mark>年<mark>政务公开</mark>',
    )
  })
})
