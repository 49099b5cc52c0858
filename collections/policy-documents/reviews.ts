import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { asAccessUser, hasSiteRole, isPlatformAdmin, rolesOnSite, type SiteRole } from '../../src/access/roles'
import { inLanguage } from '../../src/i18n/bilingual'
import { idOf } from '../../src/ids'
import { requiresNonDisclosureReason } from '../../src/publishing/disclosure'
import type { ReviewResult } from '../../src/publishing/openness'
import type { WorkflowContext } from '../../src/publishing/workflowHooks'
import { fail, merged, type Doc } from './hookData'
import { Review, Workflow } from '../../src/states'

/** The two review steps of 宁政办发〔2017〕74号 一(一) and one(四): who records them and what they are called. */
export const reviewSteps = {
  confidentialityReview: { label: '保密审查', labelEn: 'confidentiality review', roles: ['reviewer'] as SiteRole[], roleLabel: '审核人', roleLabelEn: 'reviewers' },
  opennessReview: { label: '公开属性审查', labelEn: 'openness review', roles: ['openness-officer'] as SiteRole[], roleLabel: '政务公开专员', roleLabelEn: 'openness officers' },
} as const
type StepKey = keyof typeof reviewSteps

/** Openness review is needed whenever the attribute is anything but 此件公开发布. */
export const needsOpennessReview = (attribute: string | null | undefined): boolean => requiresNonDisclosureReason(attribute as never)

const writerOrPublisher: SiteRole[] = ['editor', 'reviewer', 'site-admin']

/**
 * The two reviews. Each step is recorded by its own role, only while the document is submitted (报批):
 * who, when, result and comment are stamped here and appended to `reviewLog`; a rejection sends the document
 * back to draft with the reviewer's comment. Openness officers, who are not writers, may save nothing else.
 */
export const recordReviews: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation, context }) => {
  const trustedCode = (context as WorkflowContext).system === true || !req.user
  const trusted = trustedCode || isPlatformAdmin(req.user)
  const siteId = idOf(merged(data, originalDoc, 'site'))
  const roles = rolesOnSite(req.user, siteId)
  const status: string = operation === 'create' ? Workflow.draft : (originalDoc?.workflowStatus ?? Workflow.draft)

  // An openness officer without a writer role: every field but the openness review keeps its stored value.
  if (!trusted && operation === 'update' && !roles.some((r) => writerOrPublisher.includes(r))) {
    for (const key of Object.keys(data)) if (!(key in reviewSteps)) data[key] = originalDoc?.[key]
  }

  const now = new Date().toISOString()
  const log: Doc[] = [...((originalDoc?.reviewLog as Doc[] | undefined) ?? []).map(({ id: _id, ...rest }) => rest)]
  let logChanged = false
  const attributeBefore = originalDoc?.disclosureAttribute
  const attributeAfter = merged(data, originalDoc, 'disclosureAttribute')
  const resubmitting = operation === 'update' && status === Workflow.draft && data.workflowStatus === Workflow.submitted

  for (const key of Object.keys(reviewSteps) as StepKey[]) {
    const step = reviewSteps[key]
    const before: Doc = originalDoc?.[key] ?? {}
    const incoming: Doc | undefined = data[key]
    const beforeResult: ReviewResult = before.result ?? Review.awaitingReview
    const changed = Boolean(incoming) && ((incoming!.result ?? beforeResult) !== beforeResult || (incoming!.comment ?? '') !== (before.comment ?? ''))

    if (!changed) {
      // Nobody writes who or when by hand.
      data[key] = { ...before, ...(incoming ?? {}), reviewedBy: before.reviewedBy ?? null, reviewedByLabel: before.reviewedByLabel ?? null, reviewedAt: before.reviewedAt ?? null }
      // A rejected step is opened again when the document is resubmitted; so is an openness review whose attribute changed.
      const attributeChanged = key === 'opennessReview' && operation === 'update' && attributeAfter !== attributeBefore && beforeResult === Review.passed
      if ((resubmitting && beforeResult === Review.failed) || attributeChanged) {
        data[key] = { result: Review.awaitingReview, comment: null, reviewedBy: null, reviewedByLabel: null, reviewedAt: null }
      }
      continue
    }

    if (!trusted && !hasSiteRole(req.user, siteId, ...step.roles)) {
      throw new APIError(
        inLanguage(req, { zh: `只有本网站的${step.roleLabel}可以填写${step.label}。`, en: `Only this site’s ${step.roleLabelEn} may enter the ${step.labelEn}.` }),
        403,
        null,
        true,
      )
    }
    if (!trustedCode && status !== Workflow.submitted) {
      fail([
        {
          path: `${key}.result`,
          message: inLanguage(req, { zh: `${step.label}须在文件提交审核（报批）后、发布前进行。`, en: `The ${step.labelEn} is done after the document is submitted for review and before it is published.` }),
        },
      ])
    }
    const result: ReviewResult = incoming!.result ?? beforeResult
    const comment = String(incoming!.comment ?? '').trim()
    if (result === Review.failed && !comment) fail([{ path: `${key}.comment`, message: inLanguage(req, { zh: `${step.label}不通过时须填写审查意见。`, en: `A failed ${step.labelEn} needs a comment.` }) }])
    const user = asAccessUser(req.user)
    // Trusted code without a user (seeding, imports) may name the reviewer of a review done outside the platform.
    const label = (req.user as { name?: string; email?: string } | null)?.name ?? (req.user as { email?: string } | null)?.email ?? (req.user ? null : incoming!.reviewedByLabel) ?? '系统'
    data[key] = { result, comment: comment || null, reviewedBy: user?.id ?? null, reviewedByLabel: label, reviewedAt: now }
    log.push({ step: key, result, comment: comment || null, by: user?.id ?? null, byLabel: label, at: now })
    logChanged = true

    if (result === Review.failed && (status === Workflow.submitted || status === Workflow.scheduled)) {
      data.workflowStatus = Workflow.draft
      data.reviewComment = `${step.label}不通过：${comment}`
      ;(context as WorkflowContext).workflowComment = data.reviewComment
    }
  }
  if (logChanged) data.reviewLog = log
  return data
}
