import type { Request } from 'express'

/**
 * The pieces every anonymous public form shares (留言, 意见征集, 开放日报名): a bounded, strictly decoded
 * url-encoded body; cross-origin posts refused; a honeypot field. Each returns a Chinese problem instead
 * of throwing, so the form answers with its own page and nothing reaches the 500 handler.
 */

export type FormProblem = { status: number; message: string }
export type FormBody = { fields: Record<string, string>; problem: null } | { fields: null; problem: FormProblem }

/** The field that people never see (hidden by CSS, not `type=hidden`) and bots fill in. */
export const honeypotField = 'website'

export const honeypotTripped = (fields: Record<string, string>): boolean => (fields[honeypotField] ?? '') !== ''

const humanSize = (bytes: number): string => `${Math.max(1, Math.round(bytes / 1024))} KB`

/** Reads an `application/x-www-form-urlencoded` body of at most `maxBytes`; invalid UTF-8 and repeated fields are refused. */
export async function readFormBody(req: Request, maxBytes: number): Promise<FormBody> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded')
    return { fields: null, problem: { status: 415, message: '提交格式不正确：请通过网页上的表单提交。' } }
  const declared = req.headers['content-length']
  const tooLarge: FormBody = {
    fields: null,
    problem: { status: 413, message: `提交的内容过大：最多 ${humanSize(maxBytes)}，请精简后重试。` },
  }
  if (declared !== undefined && !(Number(declared) <= maxBytes)) {
    req.resume()
    return tooLarge
  }
  const chunks: Buffer[] = []
  let seen = 0
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      seen += chunk.length
      if (seen > maxBytes) {
        req.resume()
        return tooLarge
      }
      chunks.push(chunk)
    }
  } catch {
    return { fields: null, problem: { status: 400, message: '提交未完成，请重新提交。' } }
  }
  let text: string
  try {
    // Percent-decoding below can also produce invalid UTF-8: decode bytes strictly ourselves.
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks))
  } catch {
    return { fields: null, problem: { status: 400, message: '提交的内容含有无法识别的字符，请检查后重试。' } }
  }
  const fields: Record<string, string> = {}
  for (const pair of text.split('&')) {
    if (!pair) continue
    const [rawKey, rawValue = ''] = pair.split('=', 2) as [string, string?]
    let key: string
    let value: string
    try {
      key = decodeStrict(rawKey)
      value = decodeStrict(rawValue)
    } catch {
      return { fields: null, problem: { status: 400, message: '提交的内容含有无法识别的字符，请检查后重试。' } }
    }
    if (Object.hasOwn(fields, key))
      return {
        fields: null,
        problem: { status: 400, message: `字段“${key.slice(0, 20)}”重复提交，请通过网页上的表单提交。` },
      }
    fields[key] = value
  }
  return { fields, problem: null }
}

/** Percent escapes become bytes and the whole must be valid UTF-8 (decodeURIComponent would accept lone surrogates' escapes differently). */
function decodeStrict(value: string): string {
  const source = Buffer.from(value.replace(/\+/g, ' '), 'utf8')
  const bytes = new Uint8Array(source.length)
  let length = 0
  for (let i = 0; i < source.length; i++) {
    if (source[i] === 0x25) {
      const hex = source.subarray(i + 1, i + 3).toString('latin1')
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new URIError('bad escape')
      bytes[length++] = Number.parseInt(hex, 16)
      i += 2
    } else bytes[length++] = source[i]!
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length))
}

/**
 * Cross-origin posts are refused: a browser names the page that sent the form (Origin, or Referer), and it
 * must be this same host. A client that names neither is not a browser carrying someone's session, so the
 * form's other defences (challenge, limits) apply to it alone.
 */
export function crossOriginProblem(req: Request): FormProblem | null {
  const named = req.headers.origin ?? req.headers.referer
  if (named === undefined) return null
  let host: string | null = null
  try {
    host = named === 'null' ? null : new URL(named).host.toLowerCase()
  } catch {
    host = null
  }
  if (host && host === (req.headers.host ?? '').toLowerCase()) return null
  return { status: 403, message: '跨站提交已被拒绝：请在本网站的页面上填写并提交。' }
}
