import express, { type Request, type Response } from 'express'
import type { Payload } from 'payload'
import type { User } from '../../payload-types'
import { adminHostOnly } from '../security/adminHosts'
import { publicPageHeaders } from '../security/headers'
import type { SiteDirectory } from '../render/siteDirectory'
import { statusLabel } from '../publishing/workflow'
import { cookieLanguage, speaker } from '../i18n/bilingual'
import { idOf } from '../ids'
import { toFetchRequest } from '../server/payloadHttp'
import { withPreviewBanner } from './banner'
import { previewRenderers } from './renderers'
import { checkPreviewSignature, isPreviewCollection } from './signing'

const idPattern = /^\d{1,18}$|^[a-f0-9]{24}$/

/**
 * GET /preview/:collection/:id?exp=&sig= on the admin host (beside /admin and /api, whose session cookie it
 * needs; an agency domain never answers it). A preview is shown only when all of these hold: the signature is
 * ours, the link has not expired, the visitor is signed in, and their own access reads the document (an editor
 * of another site gets the same "not found" as for a document that does not exist). Every answer, refusals
 * included, is no-store and noindex, and nothing here touches the page cache, search, sitemap or feeds.
 */
export function previewRoutes(payload: Payload, directory: SiteDirectory): express.Router {
  const router = express.Router()
  const refuse = (res: Response, status: number, message: string) => void res.status(status).type('text/plain; charset=utf-8').end(message)

  router.get('/preview/:collection/:id', adminHostOnly(), publicPageHeaders(), async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store')
    res.setHeader('X-Robots-Tag', 'noindex, nofollow')
    // The signed URL must not travel on to another page the preview links to.
    res.setHeader('Referrer-Policy', 'no-referrer')
    const collection = String(req.params.collection)
    const id = String(req.params.id)
    // Whoever opens a preview came from the admin, so the refusals speak its language.
    const { language } = cookieLanguage(req.headers.cookie)
    const L = speaker({ language })
    if (!isPreviewCollection(collection) || !idPattern.test(id)) return refuse(res, 404, L('页面不存在。', 'Page not found.'))
    const check = checkPreviewSignature(payload.secret, collection, id, req.query.exp, req.query.sig)
    if (check === 'invalid') return refuse(res, 403, L('预览链接无效：请回到管理后台的编辑页面，重新点击“预览”。', 'The preview link is not valid: go back to the edit view in the admin and click “Preview” again.'))
    if (check === 'expired') return refuse(res, 403, L('预览链接已过期：请回到管理后台的编辑页面，重新点击“预览”。', 'The preview link has expired: go back to the edit view in the admin and click “Preview” again.'))
    const { user } = await payload.auth({ headers: toFetchRequest(req).headers })
    if (!user) return refuse(res, 401, L('请先登录管理后台，再打开预览链接。', 'Sign in to the admin first, then open the preview link.'))
    const previewUser = user as unknown as User
    // The user's own read rule decides, as for the admin's edit view.
    const { docs } = await payload.find({ collection, where: { id: { equals: id } }, limit: 1, depth: 0, pagination: false, overrideAccess: false, user: previewUser })
    const doc = docs[0] as { site?: unknown; workflowStatus?: Parameters<typeof statusLabel>[0] | null } | undefined
    const site = doc ? await directory.bySiteId(idOf(doc.site)) : undefined
    if (!doc || !site) return refuse(res, 404, L('没有找到这篇内容，或您无权查看它。', 'The content was not found, or you may not see it.'))
    const successor = await directory.bySiteId(idOf(site.closureNotice?.successorSite))
    const renderer = previewRenderers[collection]
    const page = await renderer.render(
      { payload, site, successor, viaPrefix: true, path: renderer.path(id), query: {}, origin: `${req.protocol}://${req.get('host') ?? 'localhost'}`, previewUser },
      id,
    )
    if (!page) return refuse(res, 404, L('这篇内容目前无法预览：请检查所属栏目或所属期刊是否仍然存在。', 'This content cannot be previewed now: check that its column or gazette issue still exists.'))
    const expiresAt = new Date(Number(req.query.exp) * 1000)
    // Written with end(), not send(): no ETag, so nothing invites a browser or proxy to keep and revalidate it.
    res.status(200).setHeader('Content-Type', page.contentType)
    res.end(withPreviewBanner(page.html, expiresAt, doc.workflowStatus ? statusLabel(doc.workflowStatus, language) : undefined, language))
  })
  return router
}
