import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnnualReport } from '../../payload-types'
import { chinaInstant } from '../../src/calendar/chinaTime'
import { deskData } from '../../src/desk/deskData'
import type { WebsiteFigures } from '../../src/reports/websiteFigures'
import { createArticle, createColumn, createSiteWithStaff, fetchPage, sitePath, type SiteWithStaff } from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * 政府网站工作年度报表（国办函〔2018〕12号）：平台掌握的数据（访问量、信息发布、专栏、解读、留言、安全检测）自动计算，
 * 其余人工填报；发布后在 /reports/<年>/ 公开并可下载 Excel；1月1日起工作台提醒尚未发布的上一年度报告。
 * 报告年度固定为 2025，提醒的时刻也固定，与运行测试的日期无关。
 */

let server: TestServer
let s: SiteWithStaff
let report: AnnualReport
const as = (user: { id: number | string }) => ({ overrideAccess: false, user: { ...user, collection: 'users' as const } as never })

beforeAll(async () => {
  server = await startTestServer()
  s = await createSiteWithStaff(server.payload, 'WR')
  const { payload } = server
  const notices = await createColumn(payload, s.site, { title: '通知公告', slug: 'tzgg', kind: 'notice' })
  await createColumn(payload, s.site, { title: '专题专栏', slug: 'ztzl', kind: 'topic' })
  const publishedOn = async (column: typeof notices, day: string) => {
    const article = await createArticle(payload, { site: s.site, column, title: `信息 ${day}`, status: 'published' })
    await payload.db.updateOne({ collection: 'articles', id: article.id, data: { publishedAt: `${day}T02:00:00.000Z` } })
  }
  await publishedOn(s.column, '2025-01-01')
  await publishedOn(s.column, '2025-06-30')
  await publishedOn(notices, '2025-12-31')
  await publishedOn(s.column, '2024-12-31')
  await publishedOn(s.column, '2026-01-01')
  for (const [day, views, visitors] of [['2025-03-01', 10, 4], ['2025-12-31', 5, 2], ['2026-01-01', 100, 50]] as const)
    await payload.create({ collection: 'page-visits', overrideAccess: true, data: { site: s.site.id, day, views, visitors } as never })
  for (const day of ['2025-05-01', '2025-05-02', '2026-01-02'])
    await payload.create({ collection: 'site-health-reports', overrideAccess: true, data: { site: s.site.id, title: day, day, runAt: `${day}T01:00:00.000Z`, vetoCount: 0, score: 100 } as never })
  await payload.create({ collection: 'health-warnings', overrideAccess: true, data: { site: s.site.id, code: 'dead-link', level: 'warning', message: '死链', status: 'resolved', firstSeenAt: '2025-05-01T01:00:00.000Z', resolvedAt: '2025-05-03T01:00:00.000Z' } as never })
  await payload.create({ collection: 'health-warnings', overrideAccess: true, data: { site: s.site.id, code: 'stale', level: 'warning', message: '栏目不更新', status: 'unresolved', firstSeenAt: '2025-09-01T01:00:00.000Z' } as never })
})
afterAll(async () => server?.close())

describe('the annual website work report', () => {
  it('computes the figures the platform knows for the year, China time', async () => {
    report = await server.payload.create({
      collection: 'annual-reports',
      data: { site: s.site.id, year: 2025, kind: 'website', website: { header: { overviewUpdates: 12 }, newMedia: [{ platform: 'wechat', name: 'WR发布', posts: 300, followers: 12000 }], signOff: { filledBy: '张三' } } } as never,
      ...as(s.opennessOfficer),
    })
    const figures = report.figures as WebsiteFigures
    expect(figures.visits).toEqual({ views: 15, visitors: 6 })
    expect(figures.release).toEqual({ total: 3, news: 3, disclosure: 0 })
    expect(figures.topics.maintained).toBe(1)
    expect(figures.security).toEqual({ checks: 2, problemsFound: 2, problemsFixed: 1 })
    expect(figures.interaction.messagesReceived).toBe(0)
  })

  it('reminds the desk from 1 January until both of last year\'s reports are published, with their dates', async () => {
    const user = { ...s.opennessOfficer, collection: 'users' }
    const early = await deskData(server.payload, user, chinaInstant('2026-01-05', 9))
    expect(early.annualReports.items.map((i) => [i.title, i.when, i.level, i.note])).toEqual([
      ['2025年政府网站工作年度报表', '2026-01-31', 'near', { zh: '草稿，待审定', en: 'Draft, to be finalised' }],
      ['2025年政府信息公开工作年度报告', '2026-03-31', 'near', { zh: '尚未编制', en: 'Not drafted yet' }],
    ])
    const late = await deskData(server.payload, user, chinaInstant('2026-02-01', 9))
    expect(late.annualReports.items.find((i) => i.title.includes('网站'))?.level).toBe('overdue')
  })

  it('is published at /reports/<year>/ and as XLSX with the same figures, and leaves the desk', async () => {
    const browser = { 'user-agent': 'Mozilla/5.0 Chrome/130.0' }
    // The home page, read into the page cache before publication, shows the report right after it.
    expect((await fetchPage(server.url, sitePath(s.site), browser)).html).not.toContain('年度报告</h2>')
    await server.payload.update({ collection: 'annual-reports', id: report.id, data: { status: 'finalised' }, ...as(s.reviewer) })
    report = await server.payload.update({ collection: 'annual-reports', id: report.id, data: { status: 'published' }, ...as(s.reviewer) })
    const home = await fetchPage(server.url, sitePath(s.site), browser)
    expect(home.html).toContain(`href="${sitePath(s.site, '/reports/2025/#website')}"`)
    expect(home.html).toContain('2025年政府网站工作年度报表')
    const page = await fetchPage(server.url, sitePath(s.site, '/reports/2025/'), browser)
    expect(page.status).toBe(200)
    expect(page.html).toContain('WR网站2025年政府网站工作年度报表')
    expect(page.html).toMatch(/网站总访问量（单位：次）<\/th><td>15<\/td>/)
    expect(page.html).toContain('WR发布')

    const response = await fetch(`${server.url}${sitePath(s.site, '/reports/2025/website.xlsx')}`)
    expect(response.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await response.arrayBuffer()) as never)
    const cells = workbook.worksheets.flatMap((sheet) => {
      const rows: unknown[][] = []
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
      return rows
    })
    expect(cells).toContainEqual(['网站总访问量（单位：次）', 15])
    expect(cells).toContainEqual(['独立用户访问总量（单位：个）', 6])
    expect(cells).toContainEqual(['信息发布总数（单位：条）', 3])
    expect(cells).toContainEqual(['安全检测评估次数（单位：次）', 2])
    expect(cells).toContainEqual(['微信', 'WR发布', 300, 12000])

    const desk = await deskData(server.payload, { ...s.opennessOfficer, collection: 'users' }, chinaInstant('2026-01-05', 9))
    expect(desk.annualReports.items.map((i) => i.title)).toEqual(['2025年政府信息公开工作年度报告'])
  })
})
