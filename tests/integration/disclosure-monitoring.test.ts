import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Site } from '../../payload-types'
import { ensureHolidayCalendar } from '../../src/calendar/holidayCalendar'
import { overdueApplications } from '../../src/disclosure/overdueApplications'
import { buildPlatformIndex } from '../../src/monitoring/platformIndex'
import { earlyWarnings, type SiteFigures } from '../../src/monitoring/scoring'
import { getMonitoringSettings } from '../../src/monitoring/settings'
import { probeSiteContent } from '../../src/monitoring/siteProbe'
import { syncSiteWarnings } from '../../src/monitoring/warnings'
import { HealthWarning } from '../../src/states'
import { registerApplication } from '../support/disclosure'
import { createSite } from '../support/fixtures'
import { startTestPayload, type TestPlatform } from '../support/payload'

/**
 * Issue #14 §1: an overdue 依申请公开 application feeds the site-health monitor (预警 warn:disclosureOverdue).
 * Every day is pinned in 2026 (holiday data): handed in on Friday 2026-09-25, due 2026-10-29 (disclosure-clocks).
 */

let t: TestPlatform
let site: Site
let other: Site
const beforeDue = new Date('2026-10-29T15:00:00Z') // 2026-10-29 23:00 in China: the last day, not yet late
const afterDue = new Date('2026-10-29T16:30:00Z') // 2026-10-30 00:30 in China: late

beforeAll(async () => {
  t = await startTestPayload()
  await ensureHolidayCalendar(t.payload)
  site = await createSite(t.payload, { name: '超期申请网站' })
  other = await createSite(t.payload, { name: '其他网站' })
  const late = await registerApplication(t.payload, site, { handedInOn: '2026-09-25' })
  expect(late.dueOn).toBe('2026-10-29')
  // Answered in time, awaiting a supplement (no due day), received later, and another site's: none is late.
  await registerApplication(t.payload, site, { handedInOn: '2026-09-25', replyType: 'provided', resultRow: 'disclosed', concludedOn: '2026-10-20' })
  await registerApplication(t.payload, site, { handedInOn: '2026-09-25', supplement: { requestedOn: '2026-09-28', request: '请写明项目名称' } })
  await registerApplication(t.payload, site, { handedInOn: '2026-10-09' })
  await registerApplication(t.payload, other, { handedInOn: '2026-09-25' })
})
afterAll(async () => t?.close())

describe('overdue applications in the site-health monitor', () => {
  it('counts only the site’s unanswered applications past their due day, by China day', async () => {
    expect(await overdueApplications(t.payload, site.id, beforeDue)).toEqual([])
    const overdue = await overdueApplications(t.payload, site.id, afterDue)
    expect(overdue.map((a) => a.dueOn)).toEqual(['2026-10-29'])
    expect(overdue[0].trackingCode).toMatch(/\S/)
  })

  it('the daily probe carries them and opens a warning, resolved once the application is answered', async () => {
    const settings = await getMonitoringSettings(t.payload, true)
    const index = await buildPlatformIndex(t.payload)
    const content = await probeSiteContent(t.payload, index, site, afterDue, settings)
    expect(content.disclosureOverdue).toHaveLength(1)
    const figures: SiteFigures = {
      availability: { total: 1, failed: 0, failedPercent: 0 },
      home: { lastPublishedAt: afterDue.toISOString(), daysSince: 0 },
      columns: { staleNewsNotice: [], longStale: [], empty: [], excusedEmpty: [] },
      links: { brokenHome: 0, brokenInner: 0, brokenAttachments: 0, brokenExternal: 0, unknownExternal: 0, uncheckedExternal: 0 },
      footer: [],
      reposting: { late: 0, overduePending: 0 },
      interaction: content.interaction,
      contentSafety: [],
      disclosureOverdue: content.disclosureOverdue,
    }
    const warning = earlyWarnings(figures, [], settings).find((w) => w.code === 'warn:disclosureOverdue')
    expect(warning?.message).toContain('依申请公开超期未答复 1 件')
    expect(warning?.message).toContain(`${content.disclosureOverdue[0].trackingCode}（2026-10-29 到期）`)
    const { opened } = await syncSiteWarnings(t.payload, site, [warning!], afterDue)
    expect(opened).toHaveLength(1)
    const stored = await t.payload.find({ collection: 'health-warnings', where: { and: [{ site: { equals: site.id } }, { code: { equals: 'warn:disclosureOverdue' } }] }, overrideAccess: true })
    expect(stored.docs[0]?.status).toBe(HealthWarning.unresolved)

    const before = await probeSiteContent(t.payload, index, site, beforeDue, settings)
    expect(earlyWarnings({ ...figures, disclosureOverdue: before.disclosureOverdue }, [], settings).some((w) => w.code === 'warn:disclosureOverdue')).toBe(false)
    expect((await probeSiteContent(t.payload, index, other, afterDue, settings)).disclosureOverdue).toHaveLength(1)
  })
})
