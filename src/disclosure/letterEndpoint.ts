import type { Endpoint } from 'payload'
import { recordAudit } from '../audit/recordAudit'
import { speaker } from '../i18n/bilingual'
import type { ApplicationData } from './applicationState'
import { letterDocx } from './letterDocx'
import { letterHtml, letterOf } from './letters'

const problem = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * GET /api/disclosure-applications/:id/letter[?format=docx]: the reply letter of a concluded application, as a
 * printable page or a DOCX. Read with the user's own access, so only the site's openness staff get it.
 */
export const letterEndpoint: Endpoint = {
  path: '/:id/letter',
  method: 'get',
  handler: async (req) => {
    const L = speaker(req)
    if (!req.user) return problem(401, L('请先登录。', 'Please sign in.'))
    const id = String(req.routeParams?.id ?? '')
    let app: ApplicationData & { site?: unknown }
    try {
      app = (await req.payload.findByID({ collection: 'disclosure-applications', id, depth: 1, user: req.user, overrideAccess: false, req })) as never
    } catch {
      return problem(404, L('没有找到这件申请，或您无权查看。', 'No such application, or you may not see it.'))
    }
    if (!app.replyType || !app.resultRow) return problem(409, L('这件申请尚未作出答复，请先选择答复类型和办理结果。', 'The application has no reply yet: choose the reply type and the result first.'))
    const site = app.site as { name?: string; sponsor?: string } | null
    const letter = letterOf(app, site?.sponsor || site?.name || '')
    const headers = { 'Cache-Control': 'no-store' }
    await recordAudit(req, { collection: 'disclosure-applications', documentId: id, action: 'export', summary: `打印答复书「${app.trackingCode ?? id}」` }).catch(() => undefined)
    if (req.searchParams.get('format') === 'docx') {
      const buffer = await letterDocx(letter)
      return new Response(new Uint8Array(buffer), {
        headers: {
          ...headers,
          'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'Content-Disposition': `attachment; filename="reply-${encodeURIComponent(String(app.trackingCode ?? id))}.docx"`,
        },
      })
    }
    // The API's CSP (default-src 'none') would leave the letter unstyled; this page may style, and still not script.
    const csp = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'"
    return new Response(letterHtml(letter), { headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp } })
  },
}
