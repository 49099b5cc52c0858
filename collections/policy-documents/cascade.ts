import type { CollectionAfterChangeHook, Where } from 'payload'

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
