import type { TaskConfig } from 'payload'

/** Closes every site whose closure notice has run its full period (关停公告期满). */
export const closeSitesPastNoticeTask: TaskConfig<'closeSitesPastNotice'> = {
  slug: 'closeSitesPastNotice',
  label: '关停公告期满的网站',
  retries: 2,
  handler: async ({ req }) => {
    const due = await req.payload.find({
      collection: 'sites',
      where: { and: [{ status: { equals: 'closing' } }, { 'closureNotice.closesAt': { less_than_equal: new Date().toISOString() } }] },
      depth: 0,
      limit: 0,
      overrideAccess: true,
      req,
    })
    for (const site of due.docs) {
      await req.payload.update({ collection: 'sites', id: site.id, data: { status: 'closed' }, overrideAccess: true, req })
    }
    return { output: { closed: due.docs.length } }
  },
}
