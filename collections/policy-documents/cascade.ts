import type { CollectionAfterChangeHook, Where } from 'payload'
import { Approval, Workflow } from '../../src/states'

/**
 * 同步审签、同步发布: publishing a document publishes its approved interpretations in the same request
 * (and, on PostgreSQL, the same transaction); withdrawing it withdraws them.
 */
export const cascadeToInterpretations: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  const before = operation === 'create' ? null : previousDoc?.workflowStatus
  if (before === doc.workflowStatus) return doc
  const targets: { where: Where; to: string; comment: string } | null =
    doc.workflowStatus === Workflow.published
      ? { where: { approvalStatus: { equals: Approval.approved }, workflowStatus: { in: [Workflow.draft, Workflow.submitted] } }, to: Workflow.published, comment: '随政策文件同步发布' }
      : doc.workflowStatus === Workflow.withdrawn
        ? { where: { workflowStatus: { equals: Workflow.published } }, to: Workflow.withdrawn, comment: '政策文件已撤回，解读同步撤回' }
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
      data: (targets.to === Workflow.published ? { workflowStatus: targets.to, publishedAt: doc.publishedAt } : { workflowStatus: targets.to }) as never,
      overrideAccess: true,
      context: { system: true, workflowComment: targets.comment },
      req,
    })
  }
  return doc
}
