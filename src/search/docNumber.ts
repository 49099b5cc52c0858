/**
 * 文号 (document numbers) are printed with many bracket styles — 〔2017〕, [2017], （2017）, 【2017】,
 * (2017) — and sometimes with full-width digits, so they are compared by a key that ignores both.
 */
export type ParsedDocNumber = {
  /** 发文字号 prefix, such as 宁政办发, or an order name such as 国务院令. */
  prefix: string
  year?: number
  number: number
  /** One search token, such as 宁政办发2017n74 or 国务院令n711. */
  key: string
  /** The standard printed form: 宁政办发〔2017〕74号, 国务院令第711号. */
  canonical: string
}

const OPEN = '〔\\[(【〖{﹝'
const CLOSE = '〕\\])】〗}﹞'
const PREFIX = '[\\p{Script=Han}A-Za-z]'

const yearNumber = new RegExp(`^(${PREFIX}{1,30}?)[${OPEN}](\\d{4})[${CLOSE}]第?0*(\\d{1,6})号?$`, 'u')
const bareYearNumber = new RegExp(`^(${PREFIX}{1,30}?)(\\d{4})第?0*(\\d{1,6})号$`, 'u')
const orderNumber = new RegExp(`^(${PREFIX}{0,30}?令)第?0*(\\d{1,6})号?$`, 'u')

/** Running text is scanned from the bracketed year or the 令第…号 tail, then the prefix is read backwards: much faster than a leading Han-class pattern. */
const inTextYearNumber = new RegExp(`[${OPEN}]\\s*(\\d{4})\\s*[${CLOSE}]\\s*第?\\s*0*(\\d{1,6})\\s*号`, 'g')
const inTextOrderNumber = /令\s*第\s*0*(\d{1,6})\s*号/g
const MAX_PREFIX = 30

const isPrefixChar = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)

/** The prefix that ends at `end` (exclusive), spaces before the bracket allowed. */
function prefixBefore(text: string, end: number): { start: number; prefix: string } {
  let stop = end
  while (stop > 0 && text.charCodeAt(stop - 1) <= 0x20) stop--
  let start = stop
  while (start > 0 && stop - start < MAX_PREFIX && isPrefixChar(text.charCodeAt(start - 1))) start--
  return { start, prefix: text.slice(start, stop) }
}

const cleanPrefix = (prefix: string): string => prefix.toLowerCase()

function yearForm(prefix: string, year: string, number: string): ParsedDocNumber {
  const p = cleanPrefix(prefix)
  const n = Number(number)
  return { prefix: p, year: Number(year), number: n, key: `${p}${year}n${n}`, canonical: `${p}〔${year}〕${n}号` }
}

function orderForm(prefix: string, number: string): ParsedDocNumber {
  const p = cleanPrefix(prefix)
  const n = Number(number)
  return { prefix: p, number: n, key: `${p}n${n}`, canonical: `${p}第${n}号` }
}

/** Parses text that is a 文号 and nothing else (spaces and bracket style ignored); null otherwise. */
export function parseDocNumber(text: string): ParsedDocNumber | null {
  const s = text.normalize('NFKC').replace(/\s+/g, '')
  if (!s || s.length > 60) return null
  let m = yearNumber.exec(s) ?? bareYearNumber.exec(s)
  if (m) return yearForm(m[1]!, m[2]!, m[3]!)
  m = orderNumber.exec(s)
  if (m && m[1]!.length >= 2) return orderForm(m[1]!, m[2]!)
  return null
}

export const docNumberKey = (text: string | null | undefined): string | null => (text ? (parseDocNumber(text)?.key ?? null) : null)

export const isDocNumber = (text: string): boolean => parseDocNumber(text) !== null

export type DocNumberMention = { start: number; end: number; parsed: ParsedDocNumber }

/**
 * 文号 cited in running text, with offsets into the NFKC form of `text`. The prefix in running text has
 * no left boundary (根据宁政办发〔2017〕74号…), so it is read greedily; `referenceKeys` covers the rest.
 */
export function findDocNumbers(text: string): DocNumberMention[] {
  if (!text.includes('号') && !text.includes('號')) return []
  const s = text.normalize('NFKC')
  const found: DocNumberMention[] = []
  for (const m of s.matchAll(inTextYearNumber)) {
    const { start, prefix } = prefixBefore(s, m.index)
    if (prefix.length >= 2) found.push({ start, end: m.index + m[0].length, parsed: yearForm(prefix, m[1]!, m[2]!) })
  }
  for (const m of s.matchAll(inTextOrderNumber)) {
    const { start, prefix } = prefixBefore(s, m.index)
    if (prefix.length >= 1) found.push({ start, end: m.index + m[0].length, parsed: orderForm(`${prefix}令`, m[1]!) })
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * Keys for every 文号 cited in `text`, one per possible start of its prefix (at least two characters),
 * so that 宁政办发〔2017〕74号 is found inside 根据宁政办发〔2017〕74号 without knowing where the prefix starts.
 */
export function referenceKeys(text: string, maxPrefix = 10): string[] {
  const keys = new Set<string>()
  for (const { parsed } of findDocNumbers(text)) {
    const chars = Array.from(parsed.prefix)
    const tail = parsed.year === undefined ? `n${parsed.number}` : `${parsed.year}n${parsed.number}`
    keys.add(parsed.key)
    for (let start = Math.max(0, chars.length - maxPrefix); start <= chars.length - 2; start++) {
      keys.add(`${chars.slice(start).join('')}${tail}`)
    }
  }
  return [...keys]
}

/**
 * The reference keys of a whole document: those of the 文号 it cites, and of its own 文号, so that a
 * shorter form of its own number (政府令第98号 for 宁夏回族自治区人民政府令第98号) finds it too.
 */
export const documentReferenceKeys = (doc: { docNumber?: string | null; title: string; body: string }): string[] =>
  referenceKeys([doc.docNumber ?? '', doc.title, doc.body].join('\n'))

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A pattern that finds this 文号 in NFKC, lower-cased text, whatever its brackets. */
export function docNumberPattern(parsed: ParsedDocNumber): string {
  const prefix = Array.from(parsed.prefix).map(escapeRegExp).join('\\s*')
  if (parsed.year === undefined) return `${prefix}\\s*第?\\s*0*${parsed.number}\\s*号`
  return `${prefix}\\s*[${OPEN}]?\\s*${parsed.year}\\s*[${CLOSE}]?\\s*第?\\s*0*${parsed.number}\\s*号?`
}
