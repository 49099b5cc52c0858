import * as OpenCC from 'opencc-js/t2cn'

/**
 * 繁简归一: traditional characters (Taiwan and Hong Kong variants included) become simplified, at
 * index and at query time, so that 自動駕駛汽車 finds 自动驾驶汽车 and the reverse.
 *
 * OpenCC converts by phrase, which is right (乾隆 stays, 乾燥 → 干燥) but costs about 0.2 µs a
 * character. Nearly every document here is simplified already, so a text is first scanned for any
 * character that conversion could change and returned as it is when there is none: the scan is a
 * table lookup per character, several times cheaper than the converter.
 */
type Convert = (text: string) => string

let converter: Convert | undefined
/** One byte per BMP code unit: 1 when the converter may change it. */
let convertible: Uint8Array | undefined

function convert(): Convert {
  converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' }) as Convert
  return converter
}

/** Every BMP ideograph that the converter changes on its own; the phrases it changes start with one of them. */
function convertibleCharacters(): Uint8Array {
  if (convertible) return convertible
  const set = new Uint8Array(0x10000)
  const ranges: [number, number][] = [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
  ]
  for (const [from, to] of ranges) {
    // One call per range: the converter keeps characters it does not know, so positions line up.
    let text = ''
    for (let c = from; c <= to; c++) text += String.fromCharCode(c)
    const converted = convert()(text)
    if (converted.length !== text.length) {
      for (let c = from; c <= to; c++) if (convert()(String.fromCharCode(c)) !== String.fromCharCode(c)) set[c] = 1
      continue
    }
    for (let i = 0; i < text.length; i++) if (converted.charCodeAt(i) !== text.charCodeAt(i)) set[from + i] = 1
  }
  for (const c of SHARED) set[c.charCodeAt(0)] = 0
  convertible = set
  return set
}

/**
 * Characters both scripts write (著 in 显著, 著作权): a third of the real regulations have one, and
 * alone they do not make a text traditional. A traditional text has others (們, 這, 國), and then the
 * whole text is converted, these included, phrase by phrase.
 */
const SHARED = ['著']

export function hasTraditional(text: string): boolean {
  const set = convertibleCharacters()
  for (let i = 0; i < text.length; i++) {
    if (set[text.charCodeAt(i)] === 1) return true
  }
  return false
}

/** The simplified form of a text; the same string when nothing in it is traditional. */
export function toSimplified(text: string): string {
  if (!text || !hasTraditional(text)) return text
  return convert()(text)
}
