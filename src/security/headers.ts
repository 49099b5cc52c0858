import helmet from 'helmet'
import type { Request, RequestHandler, Response } from 'express'
import { isProduction } from './settings'

/**
 * Security headers by audience (docs/security-headers.md says why each differs). Helmet decides the
 * headers; since no directive depends on the request, it runs once at start against a recording
 * response, and each request gets the recorded headers: the cached public page pays a few setHeader
 * calls rather than helmet's dozen middlewares and its CSP serialisation.
 */
function recorded(middleware: RequestHandler): RequestHandler {
  const headers: [string, string][] = []
  const recorder = {
    setHeader: (name: string, value: string | number | string[]) => void headers.push([name, String(value)]),
    removeHeader: () => {},
    getHeader: () => undefined,
  }
  let finished = false
  void middleware({ headers: {} } as Request, recorder as unknown as Response, () => (finished = true))
  if (!finished) throw new Error('helmet did not finish synchronously')
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value)
    next()
  }
}

const hsts = () => (isProduction() ? { maxAge: 365 * 24 * 3600, includeSubDomains: false } : false)

/** Public pages: no inline script at all; inline style attributes only (rich-text alignment). */
export const publicPageHeaders = (): RequestHandler =>
  recorded(helmet({
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
  }) as RequestHandler)

/**
 * The admin (Next + Payload): Next's App Router streams its payload in inline <script> tags without a
 * nonce, and Payload's UI sets inline styles, so script and style allow 'unsafe-inline'; development
 * adds 'unsafe-eval' and websockets for hot reload. Framing, plugins, base and form targets stay locked.
 */
export const adminHeaders = (): RequestHandler =>
  recorded(helmet({
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
  }) as RequestHandler)

/** The JSON API: nothing in a response may run or be framed. Uploaded files are downloads. */
export const apiHeaders = (): RequestHandler => {
  const json = recorded(helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'self'"] } },
    strictTransportSecurity: hsts(),
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'sameorigin' },
  }) as RequestHandler)
  // PDFs open in the browser's own viewer, which a `default-src 'none'` would block.
  const files = recorded(helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'self'"], scriptSrc: ["'none'"], objectSrc: ["'self'"], frameAncestors: ["'self'"] } },
    strictTransportSecurity: hsts(),
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xFrameOptions: { action: 'sameorigin' },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  }) as RequestHandler)
  return (req, res, next) => (/^\/api\/[a-z-]+\/file\//.test(req.path) ? files(req, res, next) : json(req, res, next))
}
