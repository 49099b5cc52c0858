import { Jieba } from '@node-rs/jieba'
import { dict as jiebaDictionary } from '@node-rs/jieba/dict.js'
import { toSimplified } from './chineseScript'

/**
 * Words that jieba's own dictionary cuts badly in government text: Ningxia place names, agency
 * short names and 文号 prefixes. Loaded into jieba so that they guide its cuts, and given to
 * Meilisearch as its `dictionary` setting. A place name whose short form is not a dictionary word
 * has the short form too (吴忠, 利通, 大武口), so that 吴忠 finds 吴忠市: the re-split would
 * otherwise keep 吴忠市 whole.
 */
export const DEFAULT_CUSTOM_WORDS: readonly string[] = [
  '宁夏回族自治区', '自治区人民政府', '银川市', '石嘴山市', '吴忠市', '吴忠', '固原市', '中卫市', '兴庆区', '金凤区', '金凤', '西夏区',
  '永宁县', '贺兰县', '灵武市', '大武口', '惠农区', '平罗县', '利通区', '利通', '红寺堡区', '盐池县', '同心县', '青铜峡市',
  '原州区', '原州', '西吉县', '隆德县', '泾源县', '彭阳县', '沙坡头区', '中宁县', '海原县', '宁东', '贺兰山', '六盘山',
  '发改委', '人社厅', '人社局', '住建厅', '住建局', '自然资源厅', '生态环境厅', '卫健委', '市场监管局', '政务服务',
  '政务公开', '放管服', '一网通办', '互联网+政务服务', '宁政发', '宁政办发', '宁政办函', '宁政规发', '宁党办',
  '国办发', '国发', '国办函', '国办秘函', '政府令',
]

/**
 * One jieba word and what the index stores for it. Meilisearch's charabia cuts with HMM off and then
 * re-splits every non-ASCII word longer than two characters into dictionary bigrams or trigrams,
 * otherwise single characters; `pieces` is that re-split, so both engines agree on what matches.
 */
export type SegmentedWord = { word: string; pieces: string[] }

export type Tokenizer = {
  /** NFKC (full-width → half-width), simplified characters and lower case: the form every comparison uses. */
  normalize(text: string): string
  words(text: string): SegmentedWord[]
  tokens(text: string): string[]
  /** Tokens joined by spaces, ready for an FTS5 `unicode61` column. */
  segment(text: string): string
  isDictionaryWord(word: string): boolean
  readonly customWords: readonly string[]
}

export type TokenizerOptions = { customWords?: readonly string[] }

const letterOrDigit = /[\p{L}\p{N}]/u
const surrogate = /[\ud800-\udfff]/

/** Hot path: most tokens are CJK ideographs or ASCII, decided without a Unicode regex. */
function hasLetterOrDigit(text: string): boolean {
  const c = text.charCodeAt(0)
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a)) return true
  return letterOrDigit.test(text)
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false
  return true
}

const codePointLength = (text: string): number => (surrogate.test(text) ? Array.from(text).length : text.length)

/**
 * A jieba word in lower case. Nearly every word is ideographs, which have no case, and String#toLowerCase on
 * them was a sixth of the segmenting time; only a word with an ASCII capital or a non-CJK character is converted.
 */
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x80 && (c < 0x3400 || c > 0x9fff))) return word.toLowerCase()
  }
  return word
}

export function normalizeText(text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase()
}

/** What jieba cuts: NFKC and simplified; lower case comes per word, after the cut. */
const cutForm = (text: string): string => toSimplified(text.normalize('NFKC'))

let baseWords: Set<string> | undefined

/** Only 2- and 3-character words are ever looked up by the re-split. */
function dictionaryWords(): Set<string> {
  if (baseWords) return baseWords
  baseWords = new Set()
  const text = new TextDecoder().decode(jiebaDictionary)
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const space = text.indexOf(' ', start)
    const wordEnd = space > start && space < end ? space : end
    if (wordEnd - start <= 6) {
      const word = text.slice(start, wordEnd).trim()
      const length = codePointLength(word)
      if (length === 2 || length === 3) baseWords.add(word.toLowerCase())
    }
    start = end + 1
  }
  return baseWords
}

function customDictionaryText(words: readonly string[]): string {
  // A frequency well above jieba's common words makes the custom word win its DAG path.
  return words.map((word) => `${normalizeText(word).replace(/\s+/g, '')} 50000 n`).join('\n')
}

class JiebaTokenizer implements Tokenizer {
  private readonly jieba: Jieba
  private readonly extraWords = new Set<string>()

  constructor(readonly customWords: readonly string[]) {
    this.jieba = Jieba.withDict(jiebaDictionary)
    if (customWords.length) this.jieba.loadDict(Buffer.from(customDictionaryText(customWords), 'utf8'))
    for (const word of customWords) {
      const normalized = normalizeText(word).replace(/\s+/g, '')
      const length = codePointLength(normalized)
      if (length === 2 || length === 3) this.extraWords.add(normalized)
    }
    dictionaryWords()
  }

  normalize(text: string): string {
    return normalizeText(text)
  }

  isDictionaryWord(word: string): boolean {
    return dictionaryWords().has(word) || this.extraWords.has(word)
  }

  words(text: string): SegmentedWord[] {
    const out: SegmentedWord[] = []
    if (!text) return out
    for (const raw of this.jieba.cut(cutForm(text), false)) {
      if (!hasLetterOrDigit(raw)) continue
      const word = lowerCase(raw)
      out.push({ word, pieces: this.split(word) })
    }
    return out
  }

  tokens(text: string): string[] {
    const out: string[] = []
    if (!text) return out
    for (const raw of this.jieba.cut(cutForm(text), false)) {
      if (!hasLetterOrDigit(raw)) continue
      const word = lowerCase(raw)
      if (word.length <= 2 || isAscii(word)) out.push(word)
      else for (const piece of this.pieces(word)) out.push(piece)
    }
    return out
  }

  segment(text: string): string {
    return this.tokens(text).join(' ')
  }

  private split(word: string): string[] {
    if (word.length <= 2 || isAscii(word)) return [word]
    return [...this.pieces(word)]
  }

  /**
   * The re-split of a longer word, remembered: a body repeats its long words (实施方案, 自治区), and the bigram and
   * trigram lookups of a new split were a sixth of segmenting. Bounded, since numbers and names make new words.
   */
  private readonly splits = new Map<string, readonly string[]>()

  private pieces(word: string): readonly string[] {
    const known = this.splits.get(word)
    if (known) return known
    const pieces: string[] = []
    this.splitInto(word, pieces)
    if (this.splits.size >= 100_000) this.splits.clear()
    this.splits.set(word, pieces)
    return pieces
  }

  private splitInto(word: string, pieces: string[]): void {
    if (!surrogate.test(word)) {
      this.splitUnits(word, pieces)
      return
    }
    const chars = Array.from(word)
    if (chars.length <= 2) {
      pieces.push(word)
      return
    }
    let i = 0
    while (i < chars.length) {
      if (i + 2 <= chars.length) {
        const bigram = chars[i] + chars[i + 1]
        if (this.isDictionaryWord(bigram)) {
          pieces.push(bigram)
          i += 2
          continue
        }
      }
      if (i + 3 <= chars.length) {
        const trigram = chars[i] + chars[i + 1] + chars[i + 2]
        if (this.isDictionaryWord(trigram)) {
          pieces.push(trigram)
          i += 3
          continue
        }
      }
      if (hasLetterOrDigit(chars[i]!)) pieces.push(chars[i]!)
      i += 1
    }
  }

  /** The same re-split over UTF-16 units, for the usual word with no astral characters. */
  private splitUnits(word: string, pieces: string[]): void {
    const n = word.length
    let i = 0
    while (i < n) {
      if (i + 2 <= n) {
        const bigram = word.slice(i, i + 2)
        if (this.isDictionaryWord(bigram)) {
          pieces.push(bigram)
          i += 2
          continue
        }
      }
      if (i + 3 <= n) {
        const trigram = word.slice(i, i + 3)
        if (this.isDictionaryWord(trigram)) {
          pieces.push(trigram)
          i += 3
          continue
        }
      }
      const char = word[i]!
      if (hasLetterOrDigit(char)) pieces.push(char)
      i += 1
    }
  }
}

const tokenizers = new Map<string, Tokenizer>()

/** Jieba's dictionary takes a quarter of a second to load, so each word list gets one shared instance. */
export function createTokenizer(options: TokenizerOptions = {}): Tokenizer {
  const customWords = [...new Set(options.customWords ?? DEFAULT_CUSTOM_WORDS)]
  const key = customWords.join('\n')
  let tokenizer = tokenizers.get(key)
  if (!tokenizer) tokenizers.set(key, (tokenizer = new JiebaTokenizer(customWords)))
  return tokenizer
}
