import type { RequestHandler } from 'express'
import { adminHosts } from './settings'

/**
 * `/admin` and `/api` answer only on the platform's admin hosts (ADMIN_HOSTS). An agency's domain
 * serves its public site and nothing else: no login form or API to attack on www.xxx.gov.cn. The one
 * exception is the download of a published attachment or image (`/api/<files|media>/file/…`), which
 * the public pages link on their own domain; its access rule still decides.
 */
const publicDownload = /^\/api\/(files|media)\/file\//

export function adminHostOnly(): RequestHandler {
  const hosts = adminHosts()
  return (req, res, next) => {
    if (hosts.has(req.hostname.toLowerCase())) return next()
    if ((req.method === 'GET' || req.method === 'HEAD') && publicDownload.test(req.path)) return next()
    res.status(404).type('text/plain; charset=utf-8').send('页面不存在。')
  }
}
