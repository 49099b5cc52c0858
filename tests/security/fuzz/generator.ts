/**
 * The seeded case generator of the public-forms fuzz test (tests/security/public-forms-fuzz.test.ts). A case is a
 * raw HTTP request built from one form's valid submission by one to three mutations; the same seed gives the same
 * cases, so a failure names its seed and case number and reproduces with FUZZ_SEED=… .
 */

export type Rng = { next(): number; int(max: number): number; pick<T>(items: readonly T[]): T }

/** mulberry32: small, fast, good enough to spread cases. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, int: (max) => Math.floor(next() * max), pick: (items) => items[Math.floor(next() * items.length)]! }
}

/** What a page must never echo unescaped: each marker carries `zqfz`. */
export const markupPayloads = [
  '<script>zqfz(1)</script>',
  '<img src=x onerror=zqfz(2)>',
  '<svg/onload=zqfz(3)>',
  '"><script>zqfz(4)</script>',
  "'><iframe src=javascript:zqfz(5)>",
  '<a href="javascript:zqfz(6)">点我</a>',
  '</textarea><script>zqfz(7)</script>',
  '<!--<script>zqfz(8)</script>-->',
] as const
export const rawMarkup = /<(script|img|svg|iframe|a)\b[^>]*zqfz/i

const jsUrls = ['javascript:zqfz(1)', 'JaVaScRiPt:zqfz(2)', 'javascript :zqfz(3)', ' javascript:zqfz(4)', 'java\tscript:zqfz(5)', 'data:text/html,<script>zqfz(6)</script>']
const emoji = ['😀', '👍🏽', '🇨🇳', '👨‍👩‍👧', '🀄', '\u{1F9E7}']
const oddText = ['\u0000', '%00', '\u202e', '\ufeff', '\u200b', '\ud800', '\r\n\r\n', '\\', '%', '&', '=', '+', '\u3000']

export type FuzzRequest = {
  description: string
  headers: Record<string, string>
  body?: Buffer
  stream?: { chunkBytes: number; chunks: number }
  /** Send the same request twice; the second must be refused (the challenge is used). */
  repeat?: boolean
}

/** Percent-encodes the UTF-8 bytes (a lone surrogate becomes U+FFFD, as a browser would send it). */
const percent = (text: string) => [...Buffer.from(text, 'utf8')].map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('')
const encode = (fields: [string, string][]) => fields.map(([k, v]) => `${percent(k)}=${percent(v)}`).join('&')

/** One case: mutations applied to a valid submission (`valid`, with the challenge already solved). */
export function fuzzCase(rng: Rng, valid: Record<string, string>, textFields: readonly string[], origin: string): FuzzRequest {
  let fields = Object.entries(valid)
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin }
  const notes: string[] = []
  let rawTail: Buffer | null = null
  let repeat = false
  const setField = (name: string, value: string) => {
    fields = fields.filter(([k]) => k !== name).concat([[name, value]])
  }
  const mutations = 1 + rng.int(3)
  for (let m = 0; m < mutations; m++) {
    const field = rng.pick(textFields)
    const kind = rng.int(13)
    const original = valid[field] ?? ''
    switch (kind) {
      case 0: {
        const size = rng.pick([61, 101, 3001, 20_000, 39_000])
        setField(field, rng.pick(['字', 'a', '😀', '<']).repeat(size))
        notes.push(`oversize ${field} (${size})`)
        break
      }
      case 1:
        setField(field, rng.next() < 0.5 ? rng.pick(markupPayloads) : `${original}${rng.pick(markupPayloads)}`)
        notes.push(`markup in ${field}`)
        break
      case 2:
        setField(field, `${rng.next() < 0.5 ? '' : `${original} `}${rng.pick(jsUrls)}`)
        notes.push(`javascript: URL in ${field}`)
        break
      case 3: {
        const bad = rng.pick([Buffer.from([0xff]), Buffer.from([0xc3, 0x28]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xe6, 0x88])])
        rawTail = Buffer.concat([Buffer.from(`&${field}2=`), bad])
        if (rng.next() < 0.5) setField(field, `${original}%FF%FE`)
        notes.push(`invalid UTF-8 near ${field}`)
        break
      }
      case 4:
        setField(field, `${original.slice(0, 3)}\u0000${original.slice(3)}`)
        notes.push(`NUL in ${field}`)
        break
      case 5:
        setField(field, `${original}${rng.pick(emoji)}${rng.pick(emoji)}`)
        notes.push(`emoji in ${field}`)
        break
      case 6:
        headers['Content-Type'] = rng.pick(['application/json', 'text/plain', 'multipart/form-data; boundary=x', 'application/xml', ''])
        if (!headers['Content-Type']) delete headers['Content-Type']
        notes.push(`content type ${headers['Content-Type'] ?? '(none)'}`)
        break
      case 7:
        repeat = true
        notes.push('repeated submission')
        break
      case 8:
        if (rng.next() < 0.5) headers.Origin = rng.pick(['https://evil.example', 'null', 'http://127.0.0.1.evil.example'])
        else {
          delete headers.Origin
          headers.Referer = 'https://evil.example/form.html'
        }
        notes.push('cross-origin')
        break
      case 9:
        setField(field, `${original}${rng.pick(oddText)}${rng.pick(oddText)}`)
        notes.push(`odd characters in ${field}`)
        break
      case 10:
        fields = fields.filter(([k]) => k !== field)
        notes.push(`missing ${field}`)
        break
      case 11:
        fields = fields.concat([[field, 'again']])
        notes.push(`repeated field ${field}`)
        break
      default:
        setField(rng.pick(['altcha', 'website']), rng.pick(['', 'x', 'eyJhIjoxfQ==', 'http://spam.example', '%%%', 'A'.repeat(3000)]))
        notes.push('bad challenge or honeypot')
    }
  }
  const text = Buffer.from(encode(fields))
  return { description: notes.join('; '), headers, body: rawTail ? Buffer.concat([text, rawTail]) : text, repeat }
}

/** The cases every form gets once, besides the random ones: 10 MB bodies, declared and streamed. */
export function hugeBodies(origin: string): FuzzRequest[] {
  const headers = { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin }
  return [
    { description: '10 MB body with Content-Length', headers, body: Buffer.from(`content=${'a'.repeat(10 * 1024 * 1024)}`) },
    { description: '10 MB body, chunked', headers, stream: { chunkBytes: 64 * 1024, chunks: 160 } },
    { description: '10 MB body declared, wrong content type', headers: { ...headers, 'Content-Type': 'application/json' }, body: Buffer.alloc(10 * 1024 * 1024, 0x7b) },
  ]
}
