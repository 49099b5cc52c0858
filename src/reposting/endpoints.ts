import { addDataAndFileToRequest, APIError, ValidationError, type Endpoint, type PayloadRequest } from 'payload'
import { readsWholeCluster } from '../access/roles'
import { errorMessageIn, speaker } from '../i18n/bilingual'
import { complianceCsv, complianceReport } from './compliance'
import { periodDay } from './lateness'
import { Repost } from '../states'

const json = (body: unknown, status = 200) => Response.json(body, { status })

const errorResponse = (error: unknown): Response => {
  if (error instanceof ValidationError) return json({ errors: [{ message: error.message, data: error.data }] }, 400)
  if (error instanceof APIError) return json({ errors: [{ message: error.message }] }, error.status)
  throw error
}

/** A reviewer's decision on one repost, through the same update (access, state machine, audit) as the admin form. */
const decide =
  (status: typeof Repost.reposted | typeof Repost.declined | typeof Repost.takenDown): Endpoint['handler'] =>
  async (req: PayloadRequest) => {
    const L = speaker(req)
    if (!req.user) return json({ errors: [{ message: L('请先登录。', 'Please sign in.') }] }, 401)
    await addDataAndFileToRequest(req)
    const id = String(req.routeParams?.id ?? '')
    const reason = typeof (req.data as { reason?: unknown } | undefined)?.reason === 'string' ? (req.data as { reason: string }).reason : undefined
    try {
      const doc = await req.payload.update({
        collection: 'reposts',
        id,
        data: { status, ...(reason !== undefined ? { reviewReason: reason } : {}) },
        overrideAccess: false,
        user: req.user,
        req,
        depth: 0,
      })
      const done = {
        [Repost.reposted]: L('已同意转载。', 'Repost accepted.'),
        [Repost.declined]: L('已不予转载。', 'Repost declined.'),
        [Repost.takenDown]: L('已撤下转载。', 'Repost taken down.'),
      }
      return json({ doc, message: done[status] })
    } catch (error) {
      if ((error as { status?: number }).status === 404 || (error as Error).name === 'NotFound') return json({ errors: [{ message: L('转载记录不存在或无权处理。', 'No such repost, or you may not handle it.') }] }, 404)
      if ((error as Error).name === 'Forbidden') return json({ errors: [{ message: L('无权处理该转载记录。', 'You may not handle this repost.') }] }, 403)
      return errorResponse(error)
    }
  }

/** 转载情况统计: JSON by default, CSV (UTF-8 with BOM) with ?format=csv. Supervisors and the platform admin only. */
const compliance: Endpoint['handler'] = async (req) => {
  const L = speaker(req)
  if (!req.user) return json({ errors: [{ message: L('请先登录。', 'Please sign in.') }] }, 401)
  if (!readsWholeCluster(req.user))
    return json({ errors: [{ message: L('只有监管人员和平台管理员可以查看转载情况统计。', 'Only supervisors and platform administrators may see the repost statistics.') }] }, 403)
  const query = req.query as Record<string, unknown>
  const text = (key: string) => (typeof query[key] === 'string' && query[key] ? (query[key] as string) : null)
  let report
  try {
    report = await complianceReport(req.payload, { site: text('site'), from: text('from'), to: text('to') })
  } catch (error) {
    return json({ errors: [{ message: errorMessageIn(req, error) }] }, 400)
  }
  if (text('format') === 'csv') {
    const name = `转载情况统计_${periodDay(report.period.from) || '不限'}_${periodDay(report.period.to, true) || '不限'}${report.site ? `_${report.site.name}` : ''}.csv`
    return new Response(complianceCsv(report), {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="repost-compliance.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
        'Cache-Control': 'no-store',
      },
    })
  }
  return json(report)
}

export const repostEndpoints: Endpoint[] = [
  { path: '/compliance', method: 'get', handler: compliance },
  { path: '/:id/accept', method: 'post', handler: decide(Repost.reposted) },
  { path: '/:id/reject', method: 'post', handler: decide(Repost.declined) },
  { path: '/:id/withdraw', method: 'post', handler: decide(Repost.takenDown) },
]
