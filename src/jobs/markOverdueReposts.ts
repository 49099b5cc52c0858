import type { TaskConfig } from 'payload'

/** Flags pending reposts past their deadline (逾期), so the admin list can filter on them. */
export const markOverdueRepostsTask: TaskConfig<'markOverdueReposts'> = {
  slug: 'markOverdueReposts',
  label: '标记逾期未转载',
  retries: 2,
  handler: async ({ req }) => {
    const result = await req.payload.update({
      collection: 'reposts',
      where: { and: [{ status: { equals: 'pending' } }, { overdue: { equals: false } }, { dueAt: { less_than: new Date().toISOString() } }] },
      data: { overdue: true },
      overrideAccess: true,
      context: { system: true },
      req,
    })
    return { output: { marked: result.docs.length } }
  },
}
