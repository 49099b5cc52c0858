import type { Payload } from 'payload'
import { siteIdsWithRole } from '../access/roles'
import { chinaDay, chinaYear } from '../calendar/chinaTime'
import type { Bilingual } from '../i18n/bilingual'
import { idOf } from '../ids'
import { AnnualReport } from '../states'

/** A desk item (src/desk/deskData.ts), without importing the desk. */
/** `note` is in both admin languages; `title` is the report's own (Chinese) name. */
export type ReportReminder = { collection: string; id: number | string; title: string; site: string | null; note: Bilingual; when: string; level?: 'overdue' | 'near' }

/** Levels whose government publishes the openness report by 31 March (条例第四十九条); departments by 31 January. */
const governmentLevels = ['region', 'city', 'county']

/**
 * 年度报告提醒: from 1 January (China time), for the user's sites where they draft reports, every report of the
 * previous year that is not yet published, with its statutory date: the website report and a department's
 * openness report by 31 January, a local government's openness report by 31 March. Overdue after that day.
 */
export async function annualReportReminders(payload: Payload, rawUser: unknown, now: Date = new Date()): Promise<ReportReminder[]> {
  const sites = siteIdsWithRole(rawUser, 'editor', 'openness-officer', 'site-admin')
  if (!sites.length) return []
  const year = chinaYear(now) - 1
  const today = chinaDay(now)
  const [siteDocs, reports] = await Promise.all([
    payload.find({ collection: 'sites', where: { id: { in: sites } }, pagination: false, depth: 0, overrideAccess: false, user: rawUser as never, select: { name: true, level: true } }),
    payload.find({ collection: 'annual-reports', where: { and: [{ site: { in: sites } }, { year: { equals: year } }] }, pagination: false, depth: 0, overrideAccess: false, user: rawUser as never, select: { site: true, kind: true, status: true } }),
  ])
  const reminders: ReportReminder[] = []
  for (const site of siteDocs.docs) {
    for (const kind of ['website', 'openness'] as const) {
      const report = reports.docs.find((r) => idOf(r.site) === String(site.id) && r.kind === kind)
      if (report?.status === AnnualReport.published) continue
      const due = `${year + 1}-${kind === 'openness' && governmentLevels.includes(site.level) ? '03-31' : '01-31'}`
      const name = kind === 'website' ? '政府网站工作年度报表' : '政府信息公开工作年度报告'
      reminders.push({
        collection: 'annual-reports',
        id: report?.id ?? 'create',
        title: `${year}年${name}`,
        site: site.name,
        note: report
          ? report.status === AnnualReport.finalised
            ? { zh: '已审定，待发布', en: 'Finalised, to be published' }
            : { zh: '草稿，待审定', en: 'Draft, to be finalised' }
          : { zh: '尚未编制', en: 'Not drafted yet' },
        when: due,
        level: today > due ? 'overdue' : 'near',
      })
    }
  }
  return reminders
}
