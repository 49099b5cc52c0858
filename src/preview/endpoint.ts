import type { Endpoint } from 'payload'
import { speaker } from '../i18n/bilingual'
import { isPreviewCollection, signPreviewLink } from './signing'

const noStore = { 'Cache-Control': 'no-store' }

/**
 * GET /api/preview-link/:collection/:id: a fresh signed preview link for a document the signed-in user may read.
 * The preview button asks for one when it is shown and again before the link runs out, so a link is never older
 * than the edit view that offers it.
 */
export const previewLinkEndpoint: Endpoint = {
  path: '/preview-link/:collection/:id',
  method: 'get',
  handler: async (req) => {
    const collection = String(req.routeParams?.collection ?? '')
    const id = String(req.routeParams?.id ?? '')
    const L = speaker(req)
    if (!req.user) return Response.json({ errors: [{ message: L('请先登录。', 'Please sign in.') }] }, { status: 401, headers: noStore })
    if (!isPreviewCollection(collection) || !/^\d{1,18}$|^[a-f0-9]{24}$/.test(id)) {
      return Response.json({ errors: [{ message: L('这类内容没有预览。', 'This kind of content has no preview.') }] }, { status: 404, headers: noStore })
    }
    const { docs } = await req.payload.find({ collection, where: { id: { equals: id } }, limit: 1, depth: 0, pagination: false, overrideAccess: false, user: req.user, req })
    if (!docs.length) return Response.json({ errors: [{ message: L('没有找到这篇内容，或您无权查看它。', 'The content was not found, or you may not see it.') }] }, { status: 404, headers: noStore })
    const link = signPreviewLink(req.payload.secret, collection, id)
    return Response.json({ url: link.path, expiresAt: link.expiresAt.toISOString() }, { headers: noStore })
  },
}
