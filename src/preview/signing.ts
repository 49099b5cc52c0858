import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * 预览链接签名: a preview URL carries its expiry and an HMAC over collection, id and expiry. The key is derived
 * from Payload's secret (already a hash of PAYLOAD_SECRET) with its own label, so a preview signature can never
 * stand in for a session token or any other use of the secret. The link is not tied to one account: an editor
 * may hand it to the reviewer beside them, who still has to be signed in and allowed to read the document.
 */

export type PreviewCollection = 'articles' | 'policy-documents' | 'interpretations' | 'gazette-articles'

export const previewCollections: readonly PreviewCollection[] = ['articles', 'policy-documents', 'interpretations', 'gazette-articles']

export const isPreviewCollection = (value: string): value is PreviewCollection => (previewCollections as readonly string[]).includes(value)

/** How long a preview link works, in minutes (PREVIEW_LINK_MINUTES, default 30, between 1 and 1440). */
export function previewLinkMinutes(): number {
  const configured = Number(process.env.PREVIEW_LINK_MINUTES ?? 30)
  return Number.isFinite(configured) ? Math.min(1440, Math.max(1, Math.round(configured))) : 30
}

const keyOf = (secret: string): Buffer => createHmac('sha256', secret).update('zhanqun preview link v1').digest()

const signatureOf = (secret: string, collection: string, id: string, expires: number): string =>
  createHmac('sha256', keyOf(secret)).update(`${collection}\n${id}\n${expires}`).digest('base64url')

export type PreviewLink = { path: string; expiresAt: Date }

/** The signed path of a document's preview, valid from `now` for the configured minutes. */
export function signPreviewLink(secret: string, collection: PreviewCollection, id: string | number, now = Date.now()): PreviewLink {
  const expires = Math.floor(now / 1000) + previewLinkMinutes() * 60
  const sig = signatureOf(secret, collection, String(id), expires)
  return { path: `/preview/${collection}/${encodeURIComponent(String(id))}?exp=${expires}&sig=${sig}`, expiresAt: new Date(expires * 1000) }
}

export type SignatureCheck = 'valid' | 'expired' | 'invalid'

/** Checks the signature first (so a forged expiry is "invalid", not "expired"), then the expiry against `now`. */
export function checkPreviewSignature(secret: string, collection: string, id: string, exp: unknown, sig: unknown, now = Date.now()): SignatureCheck {
  if (typeof exp !== 'string' || !/^\d{1,12}$/.test(exp) || typeof sig !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(sig)) return 'invalid'
  const expected = Buffer.from(signatureOf(secret, collection, id, Number(exp)))
  const given = Buffer.from(sig)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid'
  return Number(exp) * 1000 <= now ? 'expired' : 'valid'
}
