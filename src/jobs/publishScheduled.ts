import type { TaskConfig } from 'payload'

/** Publishes a scheduled document once its time has come; a no-op if it was rescheduled or rejected since. */
export const publishScheduledTask: TaskConfig<'publishScheduled'> = {
  slug: 'publishScheduled',
  label: '定时发布',
  retries: 3,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'publishAt', type: 'text', required: true },
  ],
  handler: async ({ input, req }) => {
    const collection = input.collection as 'articles'
    const doc = await req.payload.findByID({ collection, id: input.id, depth: 0, overrideAccess: true, req, disableErrors: true })
    const due = doc && doc.workflowStatus === 'scheduled' && doc.publishAt === input.publishAt && Date.parse(doc.publishAt) <= Date.now()
    if (due) {
      await req.payload.update({
        collection,
        id: input.id,
        data: { workflowStatus: 'published' },
        overrideAccess: true,
        context: { system: true },
        req,
      })
    }
    return { output: { published: Boolean(due) } }
  },
}
