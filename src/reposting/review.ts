import { APIError, ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type FieldHook } from 'payload'
import { asAccessUser, isPlatformAdmin, rolesOnSite } from '../access/roles'
import { inLanguage } from '../i18n/bilingual'
import { idOf, relationId } from '../ids'
import { recordAudit } from '../audit/recordAudit'
import { invalidatePages, pageTags } from '../render/invalidation'
import type { RepostStatus } from './kinds'
import { Repost } from '../states'

/** Set by trusted server code (the fan-out, seeding) so that a change is not tied to a user's roles. */
export type RepostContext = { system?: boolean }

type Decision = 'accept' | 'reject' | 'withdraw'

/** The review state machine of a repost on its target site: every move is named. */
const decisions: { decision: Decision; from: RepostStatus[]; to: RepostStatus; needsReason: boolean; label: string; labelEn: string }[] = [
  { decision: 'accept', from: [Repost.submitted], to: Repost.reposted, needsReason: false, label: '同意转载', labelEn: 'Accepting' },
  { decision: 'reject', from: [Repost.submitted], to: Repost.declined, needsReason: true, label: '不予转载', labelEn: 'Declining' },
  { decision: 'withdraw', from: [Repost.reposted], to: Repost.takenDown, needsReason: true, label: '撤下转载', labelEn: 'Taking down' },
]

export const minutesLate = (publishedAt: Date, dueAt: string | Date | null | undefined): number => {
  if (!dueAt) return 0
  return Math.max(0, Math.ceil((publishedAt.getTime() - new Date(dueAt).getTime()) / 60_000))
}

/**
 * Every status change of a repost, from the REST endpoints, the admin form or the Local API, passes here:
 * the move must exist, the user must review on the target site, and rejecting or withdrawing needs a reason.
 */
export const enforceRepostReview: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation, context }) => {
  if (operation !== 'update' || !originalDoc) return data
  const trusted = (context as RepostContext).system === true || !req.user
  const from = originalDoc.status as RepostStatus
  const to = (data.status ?? from) as RepostStatus
  const targetSite = idOf(originalDoc.targetSite)
  if (data.targetColumn !== undefined && idOf(data.targetColumn) !== idOf(originalDoc.targetColumn)) {
    data.columnChoice = '由目标网站审核人指定'
  }
  if (from === to) return data
  if (trusted) return data
  const decision = decisions.find((d) => d.to === to && d.from.includes(from))
  if (!decision) {
    throw new ValidationError({ collection: 'reposts', errors: [{ path: 'status', message: inLanguage(req, { zh: `转载记录不能从“${from}”变为“${to}”。`, en: `A repost cannot go from “${from}” to “${to}”.` }) }] })
  }
  const mayReview = isPlatformAdmin(req.user) || rolesOnSite(req.user, targetSite).some((r) => r === 'reviewer' || r === 'site-admin')
  if (!mayReview) throw new APIError(
      inLanguage(req, { zh: '只有目标网站的审核人或网站管理员可以处理转载。', en: 'Only reviewers or site administrators of the target site handle reposts.' }),
      403,
      null,
      true,
    )
  const reason = typeof data.reviewReason === 'string' ? data.reviewReason.trim() : ''
  if (decision.needsReason && !reason) {
    throw new ValidationError({ collection: 'reposts', errors: [{ path: 'reviewReason', message: inLanguage(req, { zh: `${decision.label}时必须填写理由。`, en: `${decision.labelEn} a repost needs a reason.` }) }] })
  }
  const now = new Date()
  data.reviewedBy = asAccessUser(req.user)?.id
  data.reviewedAt = now.toISOString()
  if (decision.decision === 'accept') {
    data.publishedAt = now.toISOString()
    data.lateMinutes = minutesLate(now, originalDoc.dueAt)
    data.overdue = false
  }
  if (decision.decision === 'reject') data.overdue = false
  if (decision.decision === 'withdraw') data.withdrawnBy = 'target'
  return data
}

/** A decision changes the target site's pages and is written to the audit log. */
export const afterRepostChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  const targetSite = idOf(doc.targetSite)
  if (operation === 'update' && previousDoc?.status !== doc.status && req.user) {
    await recordAudit(req, {
      action: doc.status === Repost.reposted ? 'publish' : doc.status === Repost.declined ? 'reject' : doc.status === Repost.takenDown ? 'withdraw' : 'update',
      collection: 'reposts',
      documentId: doc.id,
      site: relationId(doc.targetSite),
      summary: `转载「${doc.title}」：${previousDoc?.status} → ${doc.status}${doc.reviewReason ? `（${doc.reviewReason}）` : ''}`,
    })
  }
  if (targetSite && (operation === 'create' || previousDoc?.status !== doc.status || idOf(previousDoc?.targetColumn) !== idOf(doc.targetColumn))) {
    invalidatePages([pageTags.listings(targetSite), pageTags.document('reposts', doc.id)], req)
  }
  return doc
}

/** Overdue is shown live: a pending repost past its deadline is overdue whether or not the flag job has run. */
export const overdueOnRead: FieldHook = ({ value, siblingData }) => {
  const data = siblingData as { status?: string; dueAt?: string | null }
  return Boolean(value) || (data.status === Repost.submitted && Boolean(data.dueAt) && Date.parse(data.dueAt!) < Date.now())
}
