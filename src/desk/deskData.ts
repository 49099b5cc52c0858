import { disclosureDeadlines } from './disclosureDeadlines'
import { HealthWarning } from '../states'
import type { Payload, Where } from 'payload'
import { asAccessUser, isPlatformAdmin, siteIdsWithRole } from '../access/roles'
import { addCalendarDays, chinaDay, chinaDayTime, startOfChinaDay } from '../calendar/chinaTime'
import { missingHolidayYear } from '../calendar/holidayCoverage'
import { idOf } from '../ids'
import { annualReportReminders } from '../reports/reminders'
import { deskStatus, repostAwaitingAcceptance, sendBackAction } from './statuses'
import type { Bilingual } from '../i18n/bilingual'

/**
 * 工作台 (the editor's desk): the signed-in user's own work, read through the Local API with the user's own
 * access (overrideAccess false), so the desk never shows what the user could not open.
 */

/** Policy documents whose deadline falls within this many calendar days count as near (近期到期). */
export const policyNearDays = 2
/** Pending reposts due within this many hours count as near. */
export const repostNearHours = 24
/** At most this many items per section are listed; the total is always given. */
export const sectionLimit = 20

const workflowCollections = ['articles', 'policy-documents', 'interpretations'] as const
type WorkflowCollection = (typeof workflowCollections)[number]

export type DeskItem = {
  collection: string
  id: number | string
  title: string
  site: string | null
  /** Why it is on the desk: the reviewer's reason, the deadline, the warning. */
  /** A reviewer's reason (data) or a deadline note in both admin languages. */
  note?: string | Bilingual
  /** A China-time day or day-and-time the item is due or happened. */
  when?: string
  level?: 'overdue' | 'near' | 'veto' | 'warning'
}

export type DeskSection = { items: DeskItem[]; total: number }

export type Desk = {
  today: string
  /** The user works on at least one site (editors, reviewers, site admins, openness officers). */
  hasSites: boolean
  toReview: DeskSection
  sentBack: DeskSection
  scheduled: DeskSection
  policyDeadlines: DeskSection
  reposts: DeskSection
  healthWarnings: DeskSection
  /** 依申请公开: the openness officer's applications past or near their reply day. */
  disclosureDeadlines: DeskSection
  /** 年度报告: last year's reports not yet published (src/reports/reminders.ts). */
  annualReports: DeskSection
  /** Platform admins only: next year's holiday calendar is due and missing. */
  missingHolidayYear: number | null
}

type Doc = Record<string, unknown> & { id: number | string }
type LogEntry = { action?: string | null; by?: unknown; comment?: string | null; at?: string | null }

const siteIn = (ids: (number | string)[], field = 'site'): Where => ({ [field]: { in: ids } })
const section = (items: DeskItem[], total = items.length): DeskSection => ({
  items: items.slice(0, sectionLimit),
  total,
})

export async function deskData(payload: Payload, rawUser: unknown, now: Date = new Date()): Promise<Desk> {
  const user = asAccessUser(rawUser)
  const today = chinaDay(now)
  const empty = section([])
  const holidayYear = user && isPlatformAdmin(user) ? await missingHolidayYear(payload, now) : null
  const memberSites = siteIdsWithRole(user)
  if (!user || !memberSites.length) {
    return {
      today,
      hasSites: false,
      toReview: empty,
      sentBack: empty,
      scheduled: empty,
      policyDeadlines: empty,
      reposts: empty,
      healthWarnings: empty,
      disclosureDeadlines: empty,
      annualReports: empty,
      missingHolidayYear: holidayYear,
    }
  }
  const writerSites = siteIdsWithRole(user, 'editor', 'reviewer', 'site-admin')
  const publisherSites = siteIdsWithRole(user, 'reviewer', 'site-admin')
  const officerSites = siteIdsWithRole(user, 'openness-officer')

  const find = (
    collection: string,
    where: Where,
    options: { sort?: string; limit?: number; select?: Record<string, true> } = {},
  ) =>
    payload.find({
      collection: collection as 'articles',
      where,
      sort: options.sort,
      limit: options.limit ?? sectionLimit,
      depth: 0,
      select: options.select as never,
      overrideAccess: false,
      user: rawUser as never,
    }) as unknown as Promise<{ docs: Doc[]; totalDocs: number }>

  const siteNames = new Map<string, string>()
  const sites = await payload.find({
    collection: 'sites',
    where: { id: { in: memberSites } },
    limit: 0,
    depth: 0,
    select: { name: true },
    overrideAccess: false,
    user: rawUser as never,
  })
  for (const s of sites.docs) siteNames.set(String(s.id), s.name)
  const item = (collection: string, doc: Doc, extra: Partial<DeskItem> = {}, siteField = 'site'): DeskItem => ({
    collection,
    id: doc.id,
    title: String(doc.title ?? doc.message ?? doc.id),
    site: siteNames.get(idOf(doc[siteField]) ?? '') ?? null,
    ...extra,
  })

  // 待我审核: submitted documents on the sites where the user publishes; openness officers review the
  // disclosure attribute of policy documents that are not simply public.
  const reviewWhere = (collection: WorkflowCollection): Where | null => {
    const scopes: Where[] = []
    if (publisherSites.length) scopes.push(siteIn(publisherSites))
    if (collection === 'policy-documents' && officerSites.length)
      scopes.push({ and: [siteIn(officerSites), { disclosureAttribute: { not_equals: 'public' } }] })
    if (!scopes.length) return null
    return {
      and: [{ workflowStatus: { equals: deskStatus.submitted } }, scopes.length === 1 ? scopes[0]! : { or: scopes }],
    }
  }
  const perCollection = async (
    build: (collection: WorkflowCollection) => Promise<{ items: DeskItem[]; total: number }>,
  ) => {
    const parts = await Promise.all(workflowCollections.map(build))
    return { items: parts.flatMap((p) => p.items), total: parts.reduce((sum, p) => sum + p.total, 0) }
  }

  const toReview = await perCollection(async (collection) => {
    const where = reviewWhere(collection)
    if (!where) return { items: [], total: 0 }
    const found = await find(collection, where, {
      sort: 'updatedAt',
      select: { title: true, site: true, updatedAt: true },
    })
    return {
      items: found.docs.map((d) =>
        item(collection, d, { when: d.updatedAt ? chinaDayTime(String(d.updatedAt)) : undefined }),
      ),
      total: found.totalDocs,
    }
  })

  // 退回给我: drafts whose last step was a send-back of the user's own submission. The log cannot be queried
  // (its read access depends on the document), so the recent drafts are read and their logs checked here.
  const sentBack = writerSites.length
    ? await perCollection(async (collection) => {
        const found = await find(
          collection,
          { and: [siteIn(writerSites), { workflowStatus: { equals: deskStatus.draft } }] },
          {
            sort: '-updatedAt',
            limit: 200,
            select: { title: true, site: true, workflowLog: true, reviewComment: true },
          },
        )
        const items: DeskItem[] = []
        for (const doc of found.docs) {
          const log = (doc.workflowLog as LogEntry[] | undefined) ?? []
          const last = log.at(-1)
          if (last?.action !== sendBackAction) continue
          const submission = log.findLast((e) => e.action === 'submit')
          if (idOf(submission?.by) !== String(user.id)) continue
          items.push(
            item(collection, doc, {
              note: last.comment ?? (doc.reviewComment as string | undefined) ?? '',
              when: last.at ? chinaDayTime(last.at) : undefined,
            }),
          )
        }
        return { items, total: items.length }
      })
    : section([])

  // 定时发布: scheduled on the user's sites, soonest first.
  const scheduled = await perCollection(async (collection) => {
    const found = await find(
      collection,
      { and: [siteIn(memberSites), { workflowStatus: { equals: deskStatus.scheduled } }] },
      { limit: 100, select: { title: true, site: true, publishAt: true } },
    )
    const items = found.docs
      .sort((a, b) => Date.parse(String(a.publishAt ?? '')) - Date.parse(String(b.publishAt ?? '')))
      .map((d) => item(collection, d, { when: d.publishAt ? chinaDayTime(String(d.publishAt)) : undefined }))
    return { items, total: found.totalDocs }
  })
  scheduled.items.sort((a, b) => String(a.when ?? '').localeCompare(String(b.when ?? '')))

  // 公开期限: unpublished policy documents past or within `policyNearDays` of their 5-working-day deadline.
  const nearBefore = startOfChinaDay(addCalendarDays(today, policyNearDays + 1))
  const deadlines = await find(
    'policy-documents',
    {
      and: [
        siteIn(memberSites),
        { workflowStatus: { in: [...deskStatus.unpublished] } },
        { publishDeadline: { less_than: nearBefore.toISOString() } },
      ],
    },
    { sort: 'publishDeadline', select: { title: true, site: true, publishDeadline: true } },
  )
  const policyDeadlines = section(
    deadlines.docs.map((d) => {
      const day = chinaDay(String(d.publishDeadline))
      return item('policy-documents', d, {
        when: day,
        level: day < today ? 'overdue' : 'near',
        note: day < today ? { zh: `已超过公开期限（${day}）`, en: `Past its deadline (${day})` } : { zh: `公开期限 ${day}`, en: `Deadline ${day}` },
      })
    }),
    deadlines.totalDocs,
  )

  // 待接收的转载: reposts waiting for the user's site to accept, overdue or due within `repostNearHours`.
  const repostSites = publisherSites
  const pendingReposts = repostSites.length
    ? await find(
        'reposts',
        {
          and: [
            siteIn(repostSites, 'targetSite'),
            { status: { equals: repostAwaitingAcceptance } },
            { dueAt: { less_than: new Date(now.getTime() + repostNearHours * 3600_000).toISOString() } },
          ],
        },
        { sort: 'dueAt', select: { title: true, targetSite: true, dueAt: true } },
      )
    : { docs: [], totalDocs: 0 }
  const reposts = section(
    pendingReposts.docs.map((d) => {
      const overdue = Date.parse(String(d.dueAt)) < now.getTime()
      const when = chinaDayTime(String(d.dueAt))
      return item(
        'reposts',
        d,
        { when, level: overdue ? 'overdue' : 'near', note: overdue ? { zh: `已超过转载时限（${when}）`, en: `Past the repost deadline (${when})` } : { zh: `转载时限 ${when}`, en: `Repost deadline ${when}` } },
        'targetSite',
      )
    }),
    pendingReposts.totalDocs,
  )

  // 监测预警: the open warnings of the user's sites, newest first.
  const warnings = await find(
    'health-warnings',
    { and: [siteIn(memberSites), { status: { equals: HealthWarning.unresolved } }] },
    { sort: '-lastSeenAt', select: { message: true, site: true, level: true, lastSeenAt: true } },
  )
  const healthWarnings = section(
    warnings.docs.map((d) =>
      item('health-warnings', d, {
        level: d.level === 'veto' ? 'veto' : 'warning',
        when: d.lastSeenAt ? chinaDay(String(d.lastSeenAt)) : undefined,
      }),
    ),
    warnings.totalDocs,
  )

  const applications = await disclosureDeadlines(payload, rawUser, officerSites, today, sectionLimit)
  const disclosureSection = section(
    applications.items.map((d) => ({
      collection: 'disclosure-applications',
      id: d.id,
      title: d.title,
      site: siteNames.get(d.siteId) ?? null,
      when: d.dueOn,
      level: d.overdue ? ('overdue' as const) : ('near' as const),
      note: d.overdue ? { zh: `已超过答复期限（${d.dueOn}）`, en: `Past the reply day (${d.dueOn})` } : { zh: `答复期限 ${d.dueOn}`, en: `Reply due ${d.dueOn}` },
    })),
    applications.total,
  )

  return {
    today,
    hasSites: true,
    toReview: section(toReview.items, toReview.total),
    sentBack: section(sentBack.items, sentBack.total),
    scheduled: section(scheduled.items, scheduled.total),
    policyDeadlines,
    reposts,
    healthWarnings,
    disclosureDeadlines: disclosureSection,
    annualReports: section(await annualReportReminders(payload, rawUser, now)),
    missingHolidayYear: holidayYear,
  }
}
