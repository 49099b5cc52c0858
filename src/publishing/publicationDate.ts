import { APIError, ValidationError, type Field, type FieldAccess, type PayloadRequest, type RequestContext } from 'payload'
import { hasSiteRole, isPlatformAdmin, readsWholeCluster } from '../access/roles'
import { inLanguage } from '../i18n/bilingual'
import { idOf, relationId } from '../ids'
import { recordAudit } from '../audit/recordAudit'
import { chinaDay } from '../calendar/chinaTime'

/**
 * 发布时间 belongs to the server. Backdating a document (伪造发稿日期) is a veto item of 国办秘函〔2019〕19号:
 * the first publication records the current time whatever the request says, scheduling sets only
 * `publishAt`, and a later correction is a reviewer's, with a reason, recorded in the audit log with the
 * old and new values. Trusted server code (jobs, seeding, imports) keeps setting it directly.
 */

/** Members of the document's site and the cluster roles; anonymous visitors never. */
export const siteInsider: FieldAccess = ({ req, doc }) =>
  readsWholeCluster(req.user) || (Boolean(req.user) && hasSiteRole(req.user, idOf((doc as { site?: unknown } | undefined)?.site)))

export const publishedAtReasonField: Field = {
  name: 'publishedAtReason',
  type: 'textarea',
  label: { zh: '发布时间更正理由', en: 'Reason for correcting the publication time' },
  access: { read: siteInsider },
  admin: {
    position: 'sidebar',
    description: { zh: '发布时间由系统在首次发布时记录。审核人更正发布时间时须填写理由，操作日志保留更正前后的时间。', en: 'The system records the publication time on first publication. A reviewer correcting it must give a reason; the audit log keeps both times.' },
    condition: (data) => Boolean(data?.publishedAt),
  },
}

type Correction = { from: string | null; to: string | null; reason: string }
const contextKey = 'publishedAtCorrection'

const sameInstant = (a: unknown, b: unknown): boolean => {
  if (!a && !b) return true
  if (!a || !b) return false
  return Date.parse(String(a)) === Date.parse(String(b))
}

type Args = {
  // biome-ignore lint/suspicious/noExplicitAny: Payload hands hooks untyped document data whose shape differs by collection
  data: Record<string, any>
  // biome-ignore lint/suspicious/noExplicitAny: as above
  originalDoc?: Record<string, any>
  req: PayloadRequest
  context: RequestContext
  collection: string
  /** The transition this save makes, if any. */
  action: string | null
  /** From the scheduled state. */
  fromScheduled: boolean
  now: Date
}

/** Sets or guards `publishedAt` for a save by a signed-in user. */
export function applyServerPublicationDate({ data, originalDoc, req, context, collection, action, fromScheduled, now }: Args): void {
  const stored = (originalDoc?.publishedAt as string | null | undefined) ?? null
  if (action === 'publish' && (!stored || fromScheduled)) {
    // First publication (or publishing a scheduled document early): now, whatever was sent.
    data.publishedAt = now.toISOString()
    return
  }
  if (!('publishedAt' in data) || sameInstant(data.publishedAt, stored)) {
    if ('publishedAt' in data) data.publishedAt = stored
    return
  }
  if (!stored) {
    // Never published: there is no publication time to set yet; the first publication will record it.
    data.publishedAt = null
    return
  }
  const siteId = idOf(data.site ?? originalDoc?.site)
  if (!isPlatformAdmin(req.user) && !hasSiteRole(req.user, siteId, 'reviewer', 'site-admin')) {
    throw new APIError(inLanguage(req, { zh: '只有审核人或网站管理员可以更正发布时间。', en: 'Only reviewers or site administrators correct the publication time.' }), 403, null, true)
  }
  const reason = typeof data.publishedAtReason === 'string' ? data.publishedAtReason.trim() : ''
  if (!reason || reason === (originalDoc?.publishedAtReason ?? '').trim()) {
    throw new ValidationError({ collection, errors: [{ path: 'publishedAtReason', message: inLanguage(req, { zh: '更正发布时间须填写本次更正的理由。', en: 'Correcting the publication time needs the reason for it.' }) }] })
  }
  if (!data.publishedAt || Number.isNaN(Date.parse(String(data.publishedAt)))) {
    throw new ValidationError({ collection, errors: [{ path: 'publishedAt', message: inLanguage(req, { zh: '请填写有效的发布时间。', en: 'Enter a valid publication time.' }) }] })
  }
  if (Date.parse(String(data.publishedAt)) > now.getTime()) {
    throw new ValidationError({ collection, errors: [{ path: 'publishedAt', message: inLanguage(req, { zh: '发布时间不能晚于当前时间；定时发布请使用“定时发布”。', en: 'The publication time cannot be in the future; use “Schedule” for that.' }) }] })
  }
  ;(context as Record<string, unknown>)[contextKey] = { from: stored, to: new Date(String(data.publishedAt)).toISOString(), reason } satisfies Correction
}

const shown = (iso: string | null): string => (iso ? chinaDay(iso) : '无')

/** After the save: the correction goes to the audit log with both values and the reason. */
export async function auditPublicationDateCorrection(
  req: PayloadRequest,
  context: RequestContext,
  collection: string,
  doc: { id: number | string; title?: string; site?: unknown },
): Promise<void> {
  const correction = (context as Record<string, unknown>)[contextKey] as Correction | undefined
  if (!correction) return
  delete (context as Record<string, unknown>)[contextKey]
  await recordAudit(req, {
    action: 'update',
    collection,
    documentId: doc.id,
    site: relationId(doc.site),
    summary: `更正发布时间「${doc.title ?? doc.id}」：由 ${shown(correction.from)}（${correction.from}）改为 ${shown(correction.to)}（${correction.to}）；理由：${correction.reason}`,
  })
}
