import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnnualReport } from '../../payload-types'
import type { OpennessFigures } from '../../src/reports/opennessFigures'
import { computeTable2, computeTable4 } from '../../src/reports/opennessFigures'
import { ensureHolidayCalendar } from '../../src/calendar/holidayCalendar'
import { buildPlatformIndex } from '../../src/monitoring/platformIndex'
import { getMonitoringSettings } from '../../src/monitoring/settings'
import { probeSiteContent } from '../../src/monitoring/siteProbe'
import { createReviewCases, createTable2Fixture, table2Expected } from '../support/annualReports'
import { registerApplication, updateApplication } from '../support/disclosure'
import { createColumn, createSite, fetchPage, sitePath } from '../support/fixtures'
import { as, createOpennessFixture, errorMessages, type OpennessFixture } from '../support/openness'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * 政府信息公开工作年度报告（国办公开办函〔2021〕30号）：表二由政策文件按类别和有效性统计，表四由复议诉讼案件统计；
 * 草稿随数据变化，审定后冻结；审核人审定和发布；发布后在 /reports/<年>/ 公开并可下载 Excel。
 */

let server: TestServer
let f: OpennessFixture
let report: AnnualReport
const browser = { 'user-agent': 'Mozilla/5.0 Chrome/130.0' }

beforeAll(async () => {
  server = await startTestServer()
  f = await createOpennessFixture(server.payload, '6400000081')
  await createTable2Fixture(server.payload, f)
  await createReviewCases(server.payload, f)
  await ensureHolidayCalendar(server.payload)
  await createColumn(server.payload, f.site, { title: '政府信息公开年报', slug: 'xxgknb', kind: 'annual-report' })
  // Table 三: one carried in from 2024 and concluded, two new (one concluded, one carried out), one organisation's refusal.
  const concluded = { reasons: '依据条例相关规定说明的理由。', responsibleBody: '某区自然资源局' }
  const fromLastYear = await registerApplication(server.payload, f.site, { handedInOn: '2024-12-20' }, f.officer)
  await updateApplication(server.payload, fromLastYear.id, { ...concluded, replyType: 'already-public', resultRow: 'disclosed', concludedOn: '2025-01-10' }, f.officer)
  const answered = await registerApplication(server.payload, f.site, { handedInOn: '2025-03-03' }, f.officer)
  await updateApplication(server.payload, answered.id, { ...concluded, replyType: 'provided', resultRow: 'partly-disclosed', concludedOn: '2025-03-20' }, f.officer)
  await registerApplication(server.payload, f.site, { handedInOn: '2025-12-29' }, f.officer)
  const company = await registerApplication(server.payload, f.site, { handedInOn: '2025-05-06', applicantKind: 'organisation', organisationType: 'commercial-enterprise' }, f.officer)
  await updateApplication(server.payload, company.id, { ...concluded, replyType: 'refused', resultRow: 'refused-state-secret', concludedOn: '2025-05-20' }, f.officer)
})
afterAll(async () => server?.close())

const emptyColumns = async () => {
  const settings = await getMonitoringSettings(server.payload, true)
  const content = await probeSiteContent(server.payload, await buildPlatformIndex(server.payload), f.site, new Date(), settings)
  return content.columns.empty.map((c) => c.column.slug)
}

describe('the openness annual report', () => {
  it('counts table 二 from the policy documents by kind and validity, number by number', async () => {
    const table2 = await computeTable2({ payload: server.payload, site: f.site.id, year: 2025 })
    expect(table2).toEqual(table2Expected)
  })

  it('counts table 四 from the review cases of the year, 15 columns', async () => {
    const table4 = await computeTable4({ payload: server.payload, site: f.site.id, year: 2025 })
    expect(table4).toEqual({
      reconsideration: { upheld: 2, corrected: 1, 'other-result': 0, pending: 0, total: 3 },
      'litigation-direct': { upheld: 0, corrected: 0, 'other-result': 0, pending: 1, total: 1 },
      'litigation-after-reconsideration': { upheld: 0, corrected: 0, 'other-result': 1, pending: 0, total: 1 },
    })
  })

  it('is drafted with live figures, refuses a second report of the same year and kind', async () => {
    report = await server.payload.create({
      collection: 'annual-reports',
      data: { site: f.site.id, year: 2025, kind: 'openness', openness: { table2Entered: { licensing: 120, penalties: 7, enforcement: 1, fees: 3.5 }, sections: { overview: '2025年，本机关认真贯彻落实《政府信息公开条例》。', problems: '公开内容还不够全面。', otherMatters: '' } } } as never,
      ...as(f.officer),
    })
    expect(report.status).toBe('draft')
    expect((report.figures as OpennessFigures).table2).toEqual(table2Expected)
    expect(report.title).toBe('2025年政府信息公开工作年度报告')
    const table3 = (report.figures as OpennessFigures).table3
    const natural = 'natural-person'
    const company = 'commercial-enterprise'
    expect(table3.newApplications).toMatchObject({ [natural]: 2, [company]: 1, total: 3 })
    expect(table3.carriedOver).toMatchObject({ [natural]: 1, total: 1 })
    expect(table3.results.disclosed).toMatchObject({ [natural]: 1, total: 1 })
    expect(table3.results['partly-disclosed']).toMatchObject({ [natural]: 1, total: 1 })
    expect(table3.results['refused-state-secret']).toMatchObject({ [natural]: 0, [company]: 1, total: 1 })
    expect(table3.resultsTotal).toMatchObject({ [natural]: 2, [company]: 1, total: 3 })
    expect(table3.carriedForward).toMatchObject({ [natural]: 1, [company]: 0, total: 1 })
    const again = errorMessages(server.payload.create({ collection: 'annual-reports', data: { site: f.site.id, year: 2025, kind: 'openness' } as never, ...as(f.officer) }))
    expect((await again).join()).toContain('已存在')
  })

  it('lets only reviewers, openness officers and site admins finalise; an editor may not', async () => {
    const refused = await errorMessages(server.payload.update({ collection: 'annual-reports', id: report.id, data: { status: 'finalised' }, ...as(f.editor) }))
    expect(refused.join()).toMatch(/权限|not allowed|无权/)
    report = await server.payload.update({ collection: 'annual-reports', id: report.id, data: { status: 'finalised' }, ...as(f.reviewer) })
    expect(report.status).toBe('finalised')
    expect(report.finalisedAt).toBeTruthy()
  })

  it('freezes the figures at finalisation and refuses edits until sent back to draft', async () => {
    // A rule issued in 2025 arrives after finalisation: the finalised report does not change.
    const late = await server.payload.create({ collection: 'policy-documents', overrideAccess: true, data: { ...(await import('../support/openness')).draftData(f, { documentKind: 'rules', writtenAt: '2025-10-10', affectsPublicRights: false }) } as never })
    await server.payload.db.updateOne({ collection: 'policy-documents', id: late.id, data: { workflowStatus: 'published', publishedAt: '2025-10-10T02:00:00.000Z' } })
    const edit = await errorMessages(server.payload.update({ collection: 'annual-reports', id: report.id, data: { openness: { table2Entered: { licensing: 1 } } }, ...as(f.officer) }))
    expect(edit.join()).toContain('退回草稿')
    const read = await server.payload.findByID({ collection: 'annual-reports', id: report.id, overrideAccess: true })
    expect((read.figures as OpennessFigures).table2.rules.issued).toBe(2)
    // Sent back to draft, the live figures return (3 rules now), and finalising again freezes them.
    const draft = await server.payload.update({ collection: 'annual-reports', id: report.id, data: { status: 'draft' }, ...as(f.officer) })
    expect((draft.figures as OpennessFigures).table2.rules.issued).toBe(3)
    await server.payload.db.updateOne({ collection: 'policy-documents', id: late.id, data: { workflowStatus: 'draft' } })
    report = await server.payload.update({ collection: 'annual-reports', id: report.id, data: { status: 'finalised' }, ...as(f.officer) })
    expect((report.figures as OpennessFigures).table2).toEqual(table2Expected)
  })

  it('is not public before publication', async () => {
    expect((await fetchPage(server.url, sitePath(f.site, '/reports/2025/'), browser)).status).toBe(404)
    const column = await fetchPage(server.url, sitePath(f.site, '/columns/xxgknb/'), browser)
    expect(column.status).toBe(200)
    expect(column.html).not.toContain('/reports/2025/')
    expect((await emptyColumns()).includes('xxgknb')).toBe(true)
    const list = (await (await fetch(`${server.url}/api/annual-reports`)).json()) as { docs: unknown[] }
    expect(list.docs).toHaveLength(0)
  })

  it('is published at /reports/<year>/ with every table, and the XLSX holds the same figures', async () => {
    report = await server.payload.update({ collection: 'annual-reports', id: report.id, data: { status: 'published' }, ...as(f.reviewer) })
    expect(report.publishedAt).toBeTruthy()
    const page = await fetchPage(server.url, sitePath(f.site, '/reports/2025/'), browser)
    expect(page.status).toBe(200)
    for (const text of ['测试厅2025年政府信息公开工作年度报告', '一、总体情况', '认真贯彻落实', '本年制发件数', '行政规范性文件', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'])
      expect(page.html).toContain(text)
    expect(page.html).toMatch(/<th scope="row">规章<\/th><td>2<\/td><td>1<\/td><td>3<\/td>/)
    expect(page.html).toMatch(/<th scope="row">行政规范性文件<\/th><td>3<\/td><td>1<\/td><td>3<\/td>/)
    // The site's 政府信息公开年报 column lists it (its cached page was dropped on publication) and links to it.
    const column = await fetchPage(server.url, sitePath(f.site, '/columns/xxgknb/'), browser)
    expect(column.html).toContain(`href="${sitePath(f.site, '/reports/2025/#openness')}"`)
    expect(column.html).toContain('2025年政府信息公开工作年度报告')
    // Nor is the column an empty column (空白栏目) for the monitor any more.
    expect((await emptyColumns()).includes('xxgknb')).toBe(false)

    const response = await fetch(`${server.url}${sitePath(f.site, '/reports/2025/openness.xlsx')}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('spreadsheetml')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await response.arrayBuffer()) as never)
    const rowsOf = (name: string) => {
      const sheet = workbook.worksheets.find((w) => w.name.includes(name))
      expect(sheet, name).toBeTruthy()
      const rows: unknown[][] = []
      sheet!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
      return rows
    }
    expect(rowsOf('第二十条第（一）项')).toContainEqual(['规章', 2, 1, 3])
    expect(rowsOf('第二十条第（一）项')).toContainEqual(['行政规范性文件', 3, 1, 3])
    expect(rowsOf('第二十条第（五）项')).toContainEqual(['行政许可', 120])
    expect(rowsOf('第二十条第（八）项')).toContainEqual(['行政事业性收费', 3.5])
    expect(rowsOf('收到和处理')).toContainEqual(['（七）总计', 2, 1, 0, 0, 0, 0, 3].map((v, i) => (i === 0 ? expect.stringContaining(v as string) : v)))
    expect(rowsOf('行政复议')).toContainEqual(['案件数', 2, 1, 0, 0, 3, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1])
    expect(rowsOf('文字部分').flat()).toContain('公开内容还不够全面。')
  })

  it('is gathered, with every agency, in the region portal summary', async () => {
    const region = await createSite(server.payload, { name: '自治区人民政府', level: 'region' })
    const page = await fetchPage(server.url, sitePath(region, '/reports/2025/summary/'), browser)
    expect(page.status).toBe(200)
    expect(page.html).toContain('2025年度政府信息公开工作年度报告汇总')
    expect(page.html).toMatch(/测试厅<\/a><\/th><td>2<\/td><td>1<\/td><td>3<\/td><td>3<\/td><td>1<\/td><td>3<\/td>/)
    // A department site has no summary page.
    expect((await fetchPage(server.url, sitePath(f.site, '/reports/2025/summary/'), browser)).status).toBe(404)
  })
})
