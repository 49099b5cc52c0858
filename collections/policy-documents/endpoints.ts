import type { Endpoint, PayloadRequest, Where } from 'payload'
import { readsWholeCluster, siteIdsWithRole } from '../../src/access/roles'
import { speaker } from '../../src/i18n/bilingual'
import { idOf } from '../../src/ids'
import { getWorkingDayCalendar } from '../../src/calendar/holidayCalendar'
import { chinaDay } from '../../src/calendar/chinaTime'
import { CalendarYearMissingError } from '../../src/calendar/workingDays'
import { deadlineFor } from './deadline'
import { Workflow } from '../../src/states'

/** The sites whose openness reports a user may read; null means every site. */
export function reportSites(req: PayloadRequest): (number | string)[] | null {
  if (readsWholeCluster(req.user)) return null
  return siteIdsWithRole(req.user, 'openness-officer', 'site-admin', 'reviewer')
}

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

export type OverdueRow = {
  id: number
  title: string
  docNumber: string | null
  site: string | null
  siteName: string
  workflowStatus: string
  writtenAt: string | null
  deadline: string | null
}

export type OverdueReport = {
  today: string
  overdue: (OverdueRow & { workdaysOverdue: number | null })[]
  deadlineUnknown: (OverdueRow & { note: string | null })[]
  publishedLate: (OverdueRow & {
    indexNumber?: string | null
    publishedAt: string | null
    workdaysLate: number | null
  })[]
}

/** The overdue report (逾期清单), or why the user may not have it. Shared by the JSON endpoint and the admin view. */
export type OverdueResult = { ok: true; report: OverdueReport } | { ok: false; status: number; message: string }

export async function overdueReport(
  req: PayloadRequest,
  site: string | null,
  now: Date = new Date(),
): Promise<OverdueResult> {
  const L = speaker(req)
  if (!req.user) return { ok: false, status: 401, message: L('请先登录。', 'Please sign in.') }
  const allowed = reportSites(req)
  if (allowed && !allowed.length)
    return {
      ok: false,
      status: 403,
      message: L(
        '只有政务公开专员、审核人、网站管理员、平台管理员和监管人员可以查看逾期清单。',
        'Only openness officers, reviewers, site administrators, platform administrators and supervisors may see the overdue list.',
      ),
    }
  const requested = site
  if (requested && allowed && !allowed.map(String).includes(requested))
    return { ok: false, status: 403, message: L('您无权查看该网站的逾期清单。', 'You may not see this site’s overdue list.') }
  const siteFilter: Where[] = requested ? [{ site: { equals: requested } }] : allowed ? [{ site: { in: allowed } }] : []
  const today = chinaDay(now)
  const calendar = await getWorkingDayCalendar(req.payload)
  const workdaysSince = (deadline: string): number | null => {
    try {
      return calendar.workdaysBetween(chinaDay(deadline), today)
    } catch (error) {
      if (error instanceof CalendarYearMissingError) return null
      throw error
    }
  }
  const select = {
    title: true,
    site: true,
    docNumber: true,
    writtenAt: true,
    issuedAt: true,
    catalogItem: true,
    publishDeadline: true,
    publishDeadlineNote: true,
    workflowStatus: true,
    disclosureAttribute: true,
    affectsPublicRights: true,
    indexNumber: true,
    publishedAt: true,
    publishedLateWorkdays: true,
  } as const
  const unpublished = { workflowStatus: { in: [Workflow.draft, Workflow.submitted, Workflow.scheduled] } }
  // The three lists read the same fields the same way; only the condition and the order differ.
  const documents = (conditions: Where[], sort?: string) =>
    req.payload.find({
      collection: 'policy-documents',
      where: { and: [...siteFilter, ...conditions] },
      sort,
      limit: 0,
      depth: 0,
      select,
      overrideAccess: true,
      req,
    })
  const [pastDeadline, unknown, late, sites] = await Promise.all([
    documents([unpublished, { publishDeadline: { less_than: now.toISOString() } }], 'publishDeadline'),
    documents([
      unpublished,
      { or: [{ affectsPublicRights: { equals: true } }, { catalogItem: { exists: true } }] },
      { publishDeadline: { exists: false } },
      { writtenAt: { exists: true } },
    ]),
    documents([{ publishedLateWorkdays: { greater_than: 0 } }], '-publishedAt'),
    req.payload.find({
      collection: 'sites',
      limit: 0,
      depth: 0,
      select: { name: true, siteCode: true },
      overrideAccess: true,
      req,
    }),
  ])
  const siteName = new Map(sites.docs.map((s) => [String(s.id), s.name]))
  const row = (d: (typeof pastDeadline.docs)[number]): OverdueRow => ({
    id: d.id,
    title: d.title,
    docNumber: d.docNumber ?? null,
    site: idOf(d.site),
    siteName: siteName.get(idOf(d.site) ?? '') ?? '',
    workflowStatus: d.workflowStatus,
    writtenAt: d.writtenAt ? chinaDay(d.writtenAt) : null,
    deadline: d.publishDeadline ? chinaDay(d.publishDeadline) : null,
  })
  const overdue = pastDeadline.docs.map((d) => ({ ...row(d), workdaysOverdue: workdaysSince(d.publishDeadline!) }))
  const deadlineUnknown: OverdueReport['deadlineUnknown'] = []
  for (const d of unknown.docs) {
    if (!(d.disclosureAttribute === 'public' || d.disclosureAttribute === 'after-declassification')) continue
    // The calendar may have been completed since the document was saved: try again before reporting.
    const fresh = await deadlineFor(req, d as never)
    if (fresh.publishDeadline) {
      if (fresh.publishDeadline < now.toISOString())
        overdue.push({
          ...row({ ...d, publishDeadline: fresh.publishDeadline }),
          workdaysOverdue: workdaysSince(fresh.publishDeadline),
        })
    } else deadlineUnknown.push({ ...row(d), note: fresh.publishDeadlineNote })
  }
  return {
    ok: true as const,
    report: {
      today,
      overdue,
      deadlineUnknown,
      publishedLate: late.docs.map((d) => ({
        ...row(d),
        indexNumber: d.indexNumber,
        publishedAt: d.publishedAt ? chinaDay(d.publishedAt) : null,
        workdaysLate: d.publishedLateWorkdays ?? null,
      })),
    },
  }
}

/**
 * GET /api/policy-documents/overdue[?site=<id>]
 * The 5-working-day rule (宁政办发〔2017〕74号 一(一)) as a work list: documents past their deadline and still
 * unpublished, documents whose deadline cannot be computed (a holiday year missing), and documents that were
 * published late, with the number of working days. Openness officers, reviewers and site admins see their
 * sites; platform administrators and supervisors the whole cluster.
 */
export const overdueEndpoint: Endpoint = {
  path: '/overdue',
  method: 'get',
  handler: async (req) => {
    const requested = typeof req.query?.site === 'string' && req.query.site ? String(req.query.site) : null
    const result = await overdueReport(req, requested)
    return result.ok ? json(result.report) : json({ message: result.message }, result.status)
  },
}
