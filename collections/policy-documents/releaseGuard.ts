import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type PayloadRequest } from 'payload'
import { chinaYear } from '../../src/calendar/chinaTime'
import { idOf } from '../../src/ids'
import { disclosureAttributes, requiresNonDisclosureReason } from '../../src/publishing/disclosure'
import { assignIndexNumber } from '../../src/publishing/indexNumbers'
import { inLanguage, speaker } from '../../src/i18n/bilingual'
import { attributeNote, isPublicAttribute } from '../../src/publishing/openness'
import { appendWorkflowLog, type WorkflowContext, type WorkflowGuard } from '../../src/publishing/workflowHooks'
import { lateness } from './deadline'
import { fail, merged, type Doc, type Problem } from './hookData'
import { needsOpennessReview } from './reviews'
import { Approval, Review, Workflow } from '../../src/states'

const attributeLabelEn = (attribute: unknown): string => disclosureAttributes.find((a) => a.value === attribute)?.label.en ?? String(attribute)

/** Everything that must hold before a document is released (published or scheduled), whoever releases it. */
export async function releaseProblems(req: PayloadRequest, doc: Doc): Promise<Problem[]> {
  const problems: Problem[] = []
  const attribute = doc.disclosureAttribute
  const L = speaker(req)
  if (requiresNonDisclosureReason(attribute) && !String(doc.nonDisclosureReason ?? '').trim()) {
    problems.push({ path: 'nonDisclosureReason', message: L('公开属性不是“此件公开发布”时，必须依法依规说明理由。', 'A document not “published openly” needs the legal reason for it.') })
  }
  if (attribute === 'after-declassification' && !idOf(doc.declassifiedVersion)) {
    problems.push({ path: 'declassifiedVersion', message: L('“此件脱密后公开”的文件须先上传脱密后的版本，才能发布。', 'A document “public after declassification” needs its declassified version uploaded before it is published.') })
  }
  if ((doc.confidentialityReview?.result ?? Review.awaitingReview) !== Review.passed) {
    problems.push({ path: 'confidentialityReview.result', message: L('尚未通过保密审查（须由审核人填写），不能发布。', 'The confidentiality review (entered by a reviewer) has not passed: the document cannot be published.') })
  }
  if (needsOpennessReview(attribute) && (doc.opennessReview?.result ?? Review.awaitingReview) !== Review.passed) {
    const note = L(attributeNote[attribute as keyof typeof attributeNote], attributeLabelEn(attribute))
    problems.push({
      path: 'opennessReview.result',
      message: L(`公开属性为“${note}”，须经政务公开专员审查通过后才能发布。`, `The disclosure attribute is “${note}”: the openness officer must pass it before it is published.`),
    })
  }
  if (doc.interpretationRequired) {
    const approved = doc.id
      ? await req.payload.count({
          collection: 'interpretations',
          where: { and: [{ policyDocument: { equals: doc.id } }, { approvalStatus: { equals: Approval.approved } }] },
          overrideAccess: true,
          req,
        })
      : { totalDocs: 0 }
    if (approved.totalDocs === 0) {
      problems.push({ path: 'interpretationRequired', message: L('本文件须同步发布政策解读：请先起草解读材料并经审签（已审签）后，再发布文件。', 'This document is published with its interpretation: draft the interpretation and have it approved first, then publish the document.') })
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
  if (operation !== 'update' || originalDoc?.workflowStatus !== Workflow.published || merged(data, originalDoc, 'workflowStatus') !== Workflow.published) return data
  const before = isPublicAttribute(originalDoc.disclosureAttribute, Boolean(idOf(originalDoc.declassifiedVersion)))
  const doc = { ...originalDoc, ...data }
  const after = isPublicAttribute(doc.disclosureAttribute, Boolean(idOf(doc.declassifiedVersion)))
  if (before && !after) {
    fail([
      {
        path: 'disclosureAttribute',
        message: inLanguage(req, {
          zh: '已公开发布的文件不能改为不公开属性或移除脱密版本；如需停止公开，请先撤回。',
          en: 'A published document cannot become non-public or lose its declassified version: withdraw it first to stop publishing it.',
        }),
      },
    ])
  }
  if (!before && after) {
    const problems = await releaseProblems(req, doc)
    if (problems.length) fail(problems)
    data.publishedAt = new Date().toISOString()
    appendWorkflowLog(data, originalDoc, req, {
      action: 'publish',
      fromStatus: Workflow.published,
      toStatus: Workflow.published,
      comment: (context as WorkflowContext).workflowComment ?? `公开属性由“${attributeNote[originalDoc.disclosureAttribute as keyof typeof attributeNote]}”变更为“${attributeNote[doc.disclosureAttribute as keyof typeof attributeNote]}”，转为主动公开。`,
    })
  }
  return data
}

/** A document that carries an index number is part of the record: it is withdrawn or marked invalid, never deleted. */
export const keepIndexedDocuments: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'policy-documents', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (doc?.indexNumber) {
    throw new APIError(
      inLanguage(req, {
        zh: `文件已编索引号 ${doc.indexNumber}，不能删除；如需停止公开请撤回，或将有效性标注为废止、失效。`,
        en: `The document has index number ${doc.indexNumber} and cannot be deleted: withdraw it, or mark it repealed or expired.`,
      }),
      400,
      null,
      true,
    )
  }
}
