import zlib from 'node:zlib'
import type { CachedPage } from '../render/pageCache'

/**
 * Compressed public pages. A cached page is compressed once per encoding, on the first request that
 * accepts it, and kept beside the page: the cached path then only picks a buffer.
 */

export type Encoding = 'br' | 'gzip'

const minimumBytes = 1024

/** The best encoding the client accepts (brotli, then gzip), honouring `;q=0`. */
export function acceptedEncoding(header: string | undefined): Encoding | null {
  if (!header) return null
  let gzip = false
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p))) continue
    if (name === 'br') return 'br'
    if (name === 'gzip' || name === '*') gzip = true
  }
  return gzip ? 'gzip' : null
}

const compress = (body: Buffer, encoding: Encoding): Buffer =>
  encoding === 'br'
    ? // Quality 5: near gzip -9 size at a fraction of brotli's default (11) cost; uncached pages pay it once.
      zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : zlib.gzipSync(body, { level: 6 })

export type EncodedBody = { body: Buffer; encoding: Encoding | null; etag: string }

/** The page's bytes for this request's Accept-Encoding, with an ETag per representation. */
export function encodedPage(page: CachedPage, acceptEncoding: string | undefined): EncodedBody {
  const body = page.body ?? Buffer.from(page.html)
  const encoding = body.length >= minimumBytes ? acceptedEncoding(acceptEncoding) : null
  if (!encoding) return { body, encoding: null, etag: page.etag }
  const encoded = (page.encoded ??= {})
  const compressed = (encoded[encoding] ??= compress(body, encoding))
  return { body: compressed, encoding, etag: page.etag ? `${page.etag.slice(0, -1)}-${encoding}"` : '' }
}
