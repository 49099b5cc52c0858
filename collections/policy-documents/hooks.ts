import {
  APIError,
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
  type Where,
} from 'payload'
import { asAccessUser, hasSiteRole, isPlatformAdmin, rolesOnSite, type SiteRole } from '../../src/access/roles'
import { idOf } from '../../src/ids'
import { policyPublishDeadline } from '../../src/calendar/deadlines'
import { getWorkingDayCalendar } from '../../src/calendar/holidayCalendar'
import { chinaDay, chinaYear, endOfChinaDay } from '../../src/calendar/chinaTime'
import { CalendarYearMissingError } from '../../src/calendar/workingDays'
import { requiresNonDisclosureReason } from '../../src/publishing/disclosure'
import { assignIndexNumber } from '../../src/publishing/indexNumbers'
import { attributeNote, isPublicAttribute, type ReviewResult } from '../../src/publishing/openness'
import { appendWorkflowLog, type WorkflowContext, type WorkflowGuard } from '../../src/publishing/workflowHooks'

// biome-ignore lint/suspicious/noExplicitAny: Payload hands hooks untyped document data whose shape differs by collection
type Doc = Record<string, any>

type Problem = { path: string; message: string }

const fail = (problems: Problem[]): never => {
  throw new ValidationError({ collection: 'policy-documents', errors: problems })
}

// biome-ignore lint/suspicious/noExplicitAny: a field of untyped document data
const merged = (data: Doc, originalDoc: Doc | undefined, key: string): any => (data[key] !== undefined ? data[key] : originalDoc?.[key])

/** The two review steps of 宁政办发〔2017〕74号 一(一) and one(四): who records them and what they are called. */
export const reviewSteps = {
  confidentialityReview: { label: '保密审查', roles: ['reviewer'] as SiteRole[], roleLabel: '审核人' },
  opennessReview: { label: '公开属性审查', roles: ['openness-officer'] as SiteRole[], roleLabel: '政务公开专员' },
} as const
type StepKey = keyof typeof reviewSteps

/** Openness review is needed whenever the attribute is anything but 此件公开发布. */
export const needsOpennessReview = (attribute: string | null | undefined): boolean => requiresNonDisclosureReason(attribute as never)

const writerOrPublisher: SiteRole[] = ['editor', 'reviewer', 'site-admin']

/* ------------------------------------------------------------------ save-time rules */

/** Column, catalogue item and attachments belong to the document's own site; non-public attributes carry a reason. */
export const validatePolicyDocument: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const siteId = idOf(merged(data, originalDoc, 'site'))
  const problems: Problem[] = []
  const sameSite = async (collection: 'columns' | 'disclosure-catalog' | 'files', ids: string[], path: string, message: string) => {
    if (!ids.length) return
    const found = await req.payload.find({ collection, where: { id: { in: ids } }, depth: 0, limit: 0, overrideAccess: true, req })
    if (found.docs.length !== ids.length || found.docs.some((d) => idOf((d as { site?: unknown }).site) !== siteId)) problems.push({ path, message })
  }
  const ids = (value: unknown): string[] => (Array.isArray(value) ? value : value ? [value] : []).map(idOf).filter((v): v is string => Boolean(v))
  await sameSite('columns', ids(merged(data, originalDoc, 'column')), 'column', '所选栏目不属于本网站。')
  await sameSite('disclosure-catalog', ids(merged(data, originalDoc, 'catalogItem')), 'catalogItem', '所选主动公开目录事项不属于本网站。')
  await sameSite('files', [...ids(merged(data, originalDoc, 'attachments')), ...ids(merged(data, originalDoc, 'declassifiedVersion'))], 'attachments', '附件必须属于本网站。')
  const attribute = merged(data, originalDoc, 'disclosureAttribute')
  if (requiresNonDisclosureReason(attribute) && !String(merged(data, originalDoc, 'nonDisclosureReason') ?? '').trim()) {
    problems.push({ path: 'nonDisclosureReason', message: '公开属性不是“此件公开发布”时，必须依法依规说明理由。' })
  }
  const agencies = (merged(data, originalDoc, 'issuingAgencies') ?? []) as { name?: string; lead?: boolean }[]
  if (agencies.filter((a) => a.lead).length > 1) problems.push({ path: 'issuingAgencies', message: '联合发文只能有一个牵头单位。' })
  if (problems.length) fail(problems)
  return data
}

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
  const status: string = operation === 'create' ? 'draft' : (originalDoc?.workflowStatus ?? 'draft')

  // An openness officer without a writer role: every field but the openness review keeps its stored value.
  if (!trusted && operation === 'update' && !roles.some((r) => writerOrPublisher.includes(r))) {
    for (const key of Object.keys(data)) if (!(key in reviewSteps)) data[key] = originalDoc?.[key]
  }

  const now = new Date().toISOString()
  const log: Doc[] = [...((originalDoc?.reviewLog as Doc[] | undefined) ?? []).map(({ id: _id, ...rest }) => rest)]
  let logChanged = false
  const attributeBefore = originalDoc?.disclosureAttribute
  const attributeAfter = merged(data, originalDoc, 'disclosureAttribute')
  const resubmitting = operation === 'update' && status === 'draft' && data.workflowStatus === 'submitted'

  for (const key of Object.keys(reviewSteps) as StepKey[]) {
    const step = reviewSteps[key]
    const before: Doc = originalDoc?.[key] ?? {}
    const incoming: Doc | undefined = data[key]
    const beforeResult: ReviewResult = before.result ?? 'pending'
    const changed = Boolean(incoming) && ((incoming!.result ?? beforeResult) !== beforeResult || (incoming!.comment ?? '') !== (before.comment ?? ''))

    if (!changed) {
      // Nobody writes who or when by hand.
      data[key] = { ...before, ...(incoming ?? {}), reviewedBy: before.reviewedBy ?? null, reviewedByLabel: before.reviewedByLabel ?? null, reviewedAt: before.reviewedAt ?? null }
      // A rejected step is opened again when the document is resubmitted; so is an openness review whose attribute changed.
      const attributeChanged = key === 'opennessReview' && operation === 'update' && attributeAfter !== attributeBefore && beforeResult === 'passed'
      if ((resubmitting && beforeResult === 'rejected') || attributeChanged) {
        data[key] = { result: 'pending', comment: null, reviewedBy: null, reviewedByLabel: null, reviewedAt: null }
      }
      continue
    }

    if (!trusted && !hasSiteRole(req.user, siteId, ...step.roles)) {
      throw new APIError(`只有本网站的${step.roleLabel}可以填写${step.label}。`, 403, null, true)
    }
    if (!trustedCode && status !== 'submitted') {
      fail([{ path: `${key}.result`, message: `${step.label}须在文件提交审核（报批）后、发布前进行。` }])
    }
    const result: ReviewResult = incoming!.result ?? beforeResult
    const comment = String(incoming!.comment ?? '').trim()
    if (result === 'rejected' && !comment) fail([{ path: `${key}.comment`, message: `${step.label}不通过时须填写审查意见。` }])
    const user = asAccessUser(req.user)
    // Trusted code without a user (seeding, imports) may name the reviewer of a review done outside the platform.
    const label = (req.user as { name?: string; email?: string } | null)?.name ?? (req.user as { email?: string } | null)?.email ?? (req.user ? null : incoming!.reviewedByLabel) ?? '系统'
    data[key] = { result, comment: comment || null, reviewedBy: user?.id ?? null, reviewedByLabel: label, reviewedAt: now }
    log.push({ step: key, result, comment: comment || null, by: user?.id ?? null, byLabel: label, at: now })
    logChanged = true

    if (result === 'rejected' && (status === 'submitted' || status === 'scheduled')) {
      data.workflowStatus = 'draft'
      data.reviewComment = `${step.label}不通过：${comment}`
      ;(context as WorkflowContext).workflowComment = data.reviewComment
    }
  }
  if (logChanged) data.reviewLog = log
  return data
}

/* ------------------------------------------------------------------ the 5-working-day rule */

/** The deadline instant: the end of its China calendar day. */

/** Whether the 5-working-day rule applies: documents affecting rights and duties that are published to society. */
export const deadlineApplies = (doc: Doc): boolean =>
  Boolean(doc.affectsPublicRights) && (doc.disclosureAttribute === 'public' || doc.disclosureAttribute === 'after-declassification')

/**
 * `publishDeadline` = 成文日期 + N working days (platform setting, default 5), counted in the holiday calendar.
 * When the period reaches a year whose State Council notice is not entered, the deadline stays empty and
 * `publishDeadlineNote` carries the calendar's own explanation instead of a guess.
 */
export async function deadlineFor(req: PayloadRequest, doc: Doc): Promise<{ publishDeadline: string | null; publishDeadlineNote: string | null }> {
  if (!doc.writtenAt) return { publishDeadline: null, publishDeadlineNote: null }
  if (!deadlineApplies(doc)) return { publishDeadline: null, publishDeadlineNote: '不适用：仅涉及公民、法人或其他组织权利义务且面向社会公开的文件适用此时限。' }
  try {
    const day = await policyPublishDeadline(req.payload, doc.writtenAt)
    return { publishDeadline: endOfChinaDay(day).toISOString(), publishDeadlineNote: null }
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return { publishDeadline: null, publishDeadlineNote: error.message }
    throw error
  }
}

export const computePublishDeadline: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const doc = { ...(originalDoc ?? {}), ...data }
  // Once released, the deadline and the lateness it produced are part of the record.
  if (originalDoc?.indexNumber && originalDoc?.publishDeadline) return data
  Object.assign(data, await deadlineFor(req, doc))
  return data
}

/** Working days between the deadline and the publication day: 0 when on time, null when not applicable or unknown. */
async function lateness(req: PayloadRequest, data: Doc): Promise<{ workdays: number | null; note?: string }> {
  if (!data.publishDeadline || !data.publishedAt) return { workdays: null }
  try {
    const calendar = await getWorkingDayCalendar(req.payload)
    return { workdays: Math.max(0, calendar.workdaysBetween(chinaDay(data.publishDeadline), chinaDay(data.publishedAt))) }
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return { workdays: null, note: error.message }
    throw error
  }
}

/* ------------------------------------------------------------------ the publication guard */

/** Everything that must hold before a document is released (published or scheduled), whoever releases it. */
export async function releaseProblems(req: PayloadRequest, doc: Doc): Promise<Problem[]> {
  const problems: Problem[] = []
  const attribute = doc.disclosureAttribute
  if (requiresNonDisclosureReason(attribute) && !String(doc.nonDisclosureReason ?? '').trim()) {
    problems.push({ path: 'nonDisclosureReason', message: '公开属性不是“此件公开发布”时，必须依法依规说明理由。' })
  }
  if (attribute === 'after-declassification' && !idOf(doc.declassifiedVersion)) {
    problems.push({ path: 'declassifiedVersion', message: '“此件脱密后公开”的文件须先上传脱密后的版本，才能发布。' })
  }
  if ((doc.confidentialityReview?.result ?? 'pending') !== 'passed') {
    problems.push({ path: 'confidentialityReview.result', message: '尚未通过保密审查（须由审核人填写），不能发布。' })
  }
  if (needsOpennessReview(attribute) && (doc.opennessReview?.result ?? 'pending') !== 'passed') {
    problems.push({ path: 'opennessReview.result', message: `公开属性为“${attributeNote[attribute as keyof typeof attributeNote]}”，须经政务公开专员审查通过后才能发布。` })
  }
  if (doc.interpretationRequired) {
    const approved = doc.id
      ? await req.payload.count({
          collection: 'interpretations',
          where: { and: [{ policyDocument: { equals: doc.id } }, { approvalStatus: { equals: 'approved' } }] },
          overrideAccess: true,
          req,
        })
      : { totalDocs: 0 }
    if (approved.totalDocs === 0) {
      problems.push({ path: 'interpretationRequired', message: '本文件须同步发布政策解读：请先起草解读材料并经审签（已审签）后，再发布文件。' })
    }
  }
  return problems
}

/** Runs on 发布 and 定时发布: the rules above; at the first publication also the 索引号 and the lateness figure. */
export const policyReleaseGuard: WorkflowGuard = async ({ action, data, originalDoc, req }) => {
  const doc = { ...(originalDoc ?? {}), ...data }
  const problems = await releaseProblems(req, doc)
  if (problems.length) fail(problems)
  if (action !== 'publish') return
  if (!originalDoc?.indexNumber) {
    const site = await req.payload.findByID({ collection: 'sites', id: idOf(doc.site)!, depth: 0, overrideAccess: true, req })
    const year = chinaYear(data.publishedAt ?? new Date())
    data.indexNumber = await assignIndexNumber(req, site.siteCode, year)
    const late = await lateness(req, doc)
    data.publishedLateWorkdays = late.workdays
    if (late.note) data.publishDeadlineNote = late.note
  } else {
    data.indexNumber = originalDoc.indexNumber
  }
}

/**
 * A released document whose attribute becomes public (the annual self-check's 转为主动公开, or a reviewer's
 * correction) goes through the same checks as a publication and is logged as one; its public date is today.
 * A released document can never be made less public: withdraw it first.
 */
export const releasedAttributeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation, context }) => {
  if (operation !== 'update' || originalDoc?.workflowStatus !== 'published' || merged(data, originalDoc, 'workflowStatus') !== 'published') return data
  const before = isPublicAttribute(originalDoc.disclosureAttribute, Boolean(idOf(originalDoc.declassifiedVersion)))
  const doc = { ...originalDoc, ...data }
  const after = isPublicAttribute(doc.disclosureAttribute, Boolean(idOf(doc.declassifiedVersion)))
  if (before && !after) {
    fail([{ path: 'disclosureAttribute', message: '已公开发布的文件不能改为不公开属性或移除脱密版本；如需停止公开，请先撤回。' }])
  }
  if (!before && after) {
    const problems = await releaseProblems(req, doc)
    if (problems.length) fail(problems)
    data.publishedAt = new Date().toISOString()
    appendWorkflowLog(data, originalDoc, req, {
      action: 'publish',
      fromStatus: 'published',
      toStatus: 'published',
      comment: (context as WorkflowContext).workflowComment ?? `公开属性由“${attributeNote[originalDoc.disclosureAttribute as keyof typeof attributeNote]}”变更为“${attributeNote[doc.disclosureAttribute as keyof typeof attributeNote]}”，转为主动公开。`,
    })
  }
  return data
}

/* ------------------------------------------------------------------ after the change */

/**
 * 同步审签、同步发布: publishing a document publishes its approved interpretations in the same request
 * (and, on PostgreSQL, the same transaction); withdrawing it withdraws them.
 */
export const cascadeToInterpretations: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  const before = operation === 'create' ? null : previousDoc?.workflowStatus
  if (before === doc.workflowStatus) return doc
  const targets: { where: Where; to: string; comment: string } | null =
    doc.workflowStatus === 'published'
      ? { where: { approvalStatus: { equals: 'approved' }, workflowStatus: { in: ['draft', 'submitted'] } }, to: 'published', comment: '随政策文件同步发布' }
      : doc.workflowStatus === 'withdrawn'
        ? { where: { workflowStatus: { equals: 'published' } }, to: 'withdrawn', comment: '政策文件已撤回，解读同步撤回' }
        : null
  if (!targets) return doc
  const { docs } = await req.payload.find({
    collection: 'interpretations',
    where: { and: [{ policyDocument: { equals: doc.id } }, targets.where] },
    depth: 0,
    limit: 0,
    overrideAccess: true,
    req,
  })
  for (const interpretation of docs) {
    await req.payload.update({
      collection: 'interpretations',
      id: interpretation.id,
      // Published together: the interpretation carries the document's own publication time.
      data: (targets.to === 'published' ? { workflowStatus: targets.to, publishedAt: doc.publishedAt } : { workflowStatus: targets.to }) as never,
      overrideAccess: true,
      context: { system: true, workflowComment: targets.comment },
      req,
    })
  }
  return doc
}

/** A document that carries an index number is part of the record: it is withdrawn or marked invalid, never deleted. */
export const keepIndexedDocuments: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'policy-documents', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (doc?.indexNumber) {
    throw new APIError(`文件已编索引号 ${doc.indexNumber}，不能删除；如需停止公开请撤回，或将有效性标注为废止、失效。`, 400, null, true)
  }
}
