import type { Request, RequestHandler } from 'express'
import { cookieLanguage, inLanguage } from '../i18n/bilingual'
import { trustedOrigins } from './settings'

/**
 * Cross-site request forgery: a browser attaches the session cookie to a form or fetch from any site,
 * so a cookie-authenticated write is accepted only when its Origin (or, lacking one, its Referer) is
 * one of the platform's own origins. Requests authenticated by an Authorization header, and requests
 * without the session cookie, cannot be forged this way and pass.
 */

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const sessionCookie = /(?:^|;\s*)payload-token=/

const originOf = (value: string | undefined): string | null => {
  if (!value || value === 'null') return null
  try {
    return new URL(value).origin.toLowerCase()
  } catch {
    return null
  }
}

const csrfMessage = {
  zh: '跨站请求已被拒绝：只接受从本平台管理后台发出的修改。请在管理后台中操作。',
  en: 'Cross-site request refused: changes are accepted only from this platform’s admin. Please make them in the admin.',
}

export function csrfGuard(): RequestHandler {
  const { origins, anyPortHosts } = trustedOrigins()
  const trusted = (origin: string): boolean => {
    if (origins.has(origin)) return true
    const url = new URL(origin)
    return (url.protocol === 'http:' || url.protocol === 'https:') && anyPortHosts.has(url.hostname.toLowerCase())
  }
  return (req: Request, res, next) => {
    if (!writeMethods.has(req.method) || req.headers.authorization || !sessionCookie.test(req.headers.cookie ?? '')) return next()
    const origin = originOf(req.headers.origin) ?? originOf(req.headers.referer)
    if (origin && trusted(origin)) return next()
    res.status(403)
    const message = inLanguage(cookieLanguage(req.headers.cookie), csrfMessage)
    if (req.path.startsWith('/api')) res.json({ errors: [{ message }] })
    else res.type('text/plain; charset=utf-8').send(message)
  }
}
