import { describe, expect, it } from 'vitest'
import { hasTraditional, toSimplified } from '../../src/search/chineseScript'
import { oneOff } from '../../src/search/vocabulary'
import { parsePinyinQuery, splitSyllables, titlePinyin } from '../../src/search/pinyin'
import { normalizeText } from '../../src/search/tokenizer'

describe('繁简归一', () => {
  it('converts traditional text by phrase, and leaves simplified text as it is', () => {
    expect(toSimplified('自動駕駛汽車')).toBe('自动驾驶汽车')
    expect(toSimplified('臺灣 乾燥 顯著')).toBe('台湾 干燥 显著')
    // 著 alone does not make a text traditional: 显著 must not become 显着.
    expect(hasTraditional('显著的成效，著作权')).toBe(false)
    expect(toSimplified('显著的成效，著作权')).toBe('显著的成效，著作权')
    expect(normalizeText('ＡＢＣ優化營商環境')).toBe('abc优化营商环境')
  })
})

describe('title pinyin', () => {
  it('stores one syllable and one initial per Chinese character, ü as v', () => {
    expect(titlePinyin('自動駕駛 綠色 2024年')).toEqual({
      pinyin: 'zi dong jia shi lv se nian',
      initials: 'z d j s l s n',
    })
    expect(titlePinyin('COVID')).toEqual({ pinyin: '', initials: '' })
  })

  it('reads letters as every plausible split into syllables', () => {
    expect(splitSyllables('zidongjiashi')).toEqual([['zi', 'dong', 'jia', 'shi']])
    expect(splitSyllables('xian')).toEqual([['xian'], ['xi', 'an']])
    expect(splitSyllables('shipinanquan')).toContainEqual(['shi', 'pin', 'an', 'quan'])
    expect(splitSyllables('zdjs')).toEqual([])
  })

  it('treats only letters, 3 to 40 of them, as pinyin; initials up to 10', () => {
    expect(parsePinyinQuery('zdjs')).toEqual({ syllables: [], initials: ['z', 'd', 'j', 's'] })
    expect(parsePinyinQuery('ZiDong JiaShi')?.syllables).toEqual([['zi', 'dong', 'jia', 'shi']])
    expect(parsePinyinQuery('zidongjiashi')?.initials).toBeNull()
    for (const q of ['zd', '自动', 'covid19', 'a-b-c', 'x'.repeat(41)]) expect(parsePinyinQuery(q), q).toBeNull()
  })
})

describe('did-you-mean vocabulary', () => {
  it('counts one differing character', () => {
    expect(oneOff('环竟', '环境')).toBe(true)
    expect(oneOff('环境', '环境')).toBe(false)
    expect(oneOff('环竟', '坏境界')).toBe(false)
    expect(oneOff('营商环竟', '营造环境')).toBe(false)
  })
})
