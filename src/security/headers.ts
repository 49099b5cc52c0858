import helmet from 'helmet'
import type { RequestHandler } from 'express'
import { isProduction } from './settings'

/**
 * Security headers by audience (docs/security-headers.md says why each differs). Built once per
 * server: helmet precomputes the header values, so the cached public page pays a few setHeader calls.
 */

const hsts = () => (isProduction() ? { maxAge: 365 * 24 * 3600, includeSubDomains: false } : false)

/** Public pages: no inline script at all; inline style attributes only (rich-text alignment). */
export const publicPageHeaders = (): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        styleSrcAttr: ["'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
        ...(isProduction() ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: hsts(),
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xFrameOptions: { action: 'sameorigin' },
    // Other agencies' sites may show a published image or link a PDF.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  }) as RequestHandler

/**
 * The admin (Next + Payload): Next's App Router streams its payload in inline <script> tags without a
 * nonce, and Payload's UI sets inline styles, so script and style allow 'unsafe-inline'; development
 * adds 'unsafe-eval' and websockets for hot reload. Framing, plugins, base and form targets stay locked.
 */
export const adminHeaders = (): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'", ...(isProduction() ? [] : ["'unsafe-eval'"])],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...(isProduction() ? [] : ['ws:', 'wss:'])],
        frameSrc: ["'self'", 'https:', ...(isProduction() ? [] : ['http:'])],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
      },
    },
    strictTransportSecurity: hsts(),
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'sameorigin' },
  }) as RequestHandler

/** The JSON API: nothing in a response may run or be framed. Uploaded files are downloads. */
export const apiHeaders = (): RequestHandler => {
  const json = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'self'"] } },
    strictTransportSecurity: hsts(),
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'sameorigin' },
  }) as RequestHandler
  // PDFs open in the browser's own viewer, which a `default-src 'none'` would block.
  const files = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'self'"], scriptSrc: ["'none'"], objectSrc: ["'self'"], frameAncestors: ["'self'"] } },
    strictTransportSecurity: hsts(),
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xFrameOptions: { action: 'sameorigin' },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  }) as RequestHandler
  return (req, res, next) => (/^\/api\/[a-z-]+\/file\//.test(req.path) ? files(req, res, next) : json(req, res, next))
}
