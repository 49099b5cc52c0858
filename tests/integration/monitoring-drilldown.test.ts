import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addCalendarDays, chinaDay } from '../../src/calendar/chinaTime'
import { canViewSiteHealth, siteDetailData } from '../../src/monitoring/admin/siteDetailData'
import { monthlyBulletin } from '../../src/monitoring/bulletin'
import { bulletinXlsx } from '../../src/monitoring/bulletinExport'
import type { Site } from '../../payload-types'
import { createColumn, createSite, createUser } from '../support/fixtures'
import { startTestPayload, type TestPlatform } from '../support/payload'
import { runDailyProbes, seedTroubledSite } from '../support/siteHealth'

/** The 监测中心's drill-down per site and the monthly bulletin's figures, from real daily runs over seeded sites. */
let t: TestPlatform
let troubled: Awaited<ReturnType<typeof seedTroubledSite>>
let clean: Site
let late: Site
const now = new Date()
const runDays = [2, 1, 0].map((d) => chinaDay(now.getTime() - d * 86_400_000))

beforeAll(async () => {
  t = await startTestPayload()
  troubled = await seedTroubledSite(t.payload, { now })
  clean = await createSite(t.payload, { name: '银川市人民政府', level: 'city' })
  const news = await createColumn(t.payload, clean, { title: '要闻', slug: 'yw', kind: 'news' })
  const ask = await createColumn(t.payload, clean, { title: '咨询建议', slug: 'zxjy', kind: 'interaction' })
  for (const column of [news, ask]) {
    await t.payload.create({
      collection: 'articles',
      overrideAccess: true,
      data: {
        site: clean.id,
        columns: [column.id],
        title: `${column.title}信息`,
        workflowStatus: 'published',
        publishedAt: now.toISOString(),
        disclosureAttribute: 'public',
      },
    })
  }
  await runDailyProbes(t.payload, 3, now)
  late = await createSite(t.payload, { name: '新建网站' })
}, 300_000)
afterAll(async () => t?.close())

describe('网站详情 (drill-down)', () => {
  it('lists the failing columns with their problem and the days since the last item', async () => {
    const d = (await siteDetailData(t.payload, String(troubled.site.id), { now }))!
    const byTitle = new Map(d.columns.map((c) => [c.title, c]))
    expect(byTitle.get('部门动态')).toMatchObject({
      problem: '未按时更新',
      daysSince: 20,
      id: troubled.columns.部门动态,
    })
    for (const title of ['领导之窗', '统计数据', '财政预决算', '应急管理', '建议提案办理'])
      expect(byTitle.get(title)).toMatchObject({ problem: '空白栏目', daysSince: null, id: troubled.columns[title] })
    expect(byTitle.has('要闻动态')).toBe(false)
    expect(d.columns.filter((c) => !c.excused)).toHaveLength(6)
  })

  it('lists broken links with the page they are on', async () => {
    const d = (await siteDetailData(t.payload, String(troubled.site.id), { now }))!
    const page = { collection: 'articles', id: troubled.articleId, title: '全市安全生产工作会议召开' }
    expect(d.brokenLinks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ href: '/articles/99999999.html', kind: 'internal', page }),
        expect.objectContaining({ href: '/api/files/file/gongnuan-2026.pdf', kind: 'attachment', page }),
      ]),
    )
  })

  it('gives the veto predictions with their reasons, the score with its deductions, and the open warnings', async () => {
    const d = (await siteDetailData(t.payload, String(troubled.site.id), { now }))!
    expect(d.vetoes.map((v) => v.item)).toEqual(['security', 'unreachable', 'homeStale', 'columnsStale', 'interaction'])
    const columnsVeto = d.vetoes.find((v) => v.item === 'columnsStale')!
    expect(columnsVeto.vetoed).toBe(true)
    expect(columnsVeto.figure).toContain('空白栏目 5 个')
    expect(d.vetoes.filter((v) => v.vetoed).map((v) => v.item)).toEqual(['columnsStale'])
    expect(d.report).toMatchObject({ day: runDays[2] })
    expect(d.report!.score).toBe(Math.round((100 - d.deductions.reduce((s, x) => s + x.points, 0)) * 100) / 100)
    expect(d.deductions.map((x) => x.reason)).toEqual(
      expect.arrayContaining(['空白栏目 5 个', '内页错链 1 个、附件错链 1 个']),
    )
    expect(d.warnings.map((w) => w.message).join('\n')).toContain('预计单项否决「栏目不更新」')
    expect(d.warnings.some((w) => w.message.includes('空白栏目 5 个'))).toBe(true)
    expect(d.warnings.some((w) => w.message.includes('无法访问比例 3.57%'))).toBe(true)
  })

  it('gives availability per China day over 30 days: probes, failures, the 7-day share and the score', async () => {
    const d = (await siteDetailData(t.payload, String(troubled.site.id), { now }))!
    expect(d.availability).toHaveLength(30)
    expect(d.availability[29]!.day).toBe(chinaDay(now))
    const probes = new Map<string, { probes: number; failed: number }>()
    for (let back = 6; back >= 0; back--) {
      for (let i = 0; i < 20; i++) {
        const day = chinaDay(now.getTime() - back * 86_400_000 - (i + 1) * 60_000)
        const p = probes.get(day) ?? { probes: 0, failed: 0 }
        p.probes++
        if (back === 3 && i < 5) p.failed++
        probes.set(day, p)
      }
    }
    for (const row of d.availability) {
      expect({ day: row.day, probes: row.probes, failed: row.failed }).toEqual({
        day: row.day,
        probes: probes.get(row.day)?.probes ?? null,
        failed: probes.get(row.day)?.failed ?? null,
      })
      expect(row.score === null).toBe(!runDays.includes(row.day))
    }
    // The latest report's 7-day figure: 140 probes, 5 failed.
    expect(d.availability[29]!.failedPercent7d).toBe(3.57)
    expect(d.availability[0]!.day).toBe(addCalendarDays(chinaDay(now), -29))
  })

  it('is checked on the server: the general office sees all, a site admin only their own site', async () => {
    const supervisor = await createUser(t.payload, { roles: ['supervisor'] })
    const own = await createUser(t.payload, { memberships: [{ site: troubled.site, roles: ['site-admin'] }] })
    const editor = await createUser(t.payload, { memberships: [{ site: troubled.site, roles: ['editor'] }] })
    expect(canViewSiteHealth(supervisor, String(troubled.site.id))).toBe(true)
    expect(canViewSiteHealth(supervisor, String(clean.id))).toBe(true)
    expect(canViewSiteHealth(own, String(troubled.site.id))).toBe(true)
    expect(canViewSiteHealth(own, String(clean.id))).toBe(false)
    expect(canViewSiteHealth(editor, String(troubled.site.id))).toBe(false)
    expect(canViewSiteHealth(null, String(troubled.site.id))).toBe(false)
  })
})

describe('月度通报 (monthly bulletin)', () => {
  const month = chinaDay(now).slice(0, 7)
  const inMonth = runDays.filter((d) => d.startsWith(month))

  it('judges each site on its last report of the China month and counts the month’s runs', async () => {
    const b = await monthlyBulletin(t.payload, month)
    const row = (id: number | string) => b.sites.find((s) => s.siteId === String(id))!
    const scores = async (site: number | string) =>
      (
        await t.payload.find({
          collection: 'site-health-reports',
          where: { site: { equals: site } },
          sort: 'day',
          pagination: false,
          overrideAccess: true,
          depth: 0,
        })
      ).docs
        .filter((r) => r.day.startsWith(month))
        .map((r) => r.score)
    const bad = row(troubled.site.id)
    expect(bad).toMatchObject({
      verdict: 'veto',
      reportDays: inMonth.length,
      vetoDays: inMonth.length,
      lastDay: inMonth[inMonth.length - 1],
    })
    expect(bad.vetoes.map((v) => v.label)).toEqual(['栏目不更新'])
    expect(bad.columns).toHaveLength(6)
    expect(bad.brokenLinks).toBe(2)
    const badScores = await scores(troubled.site.id)
    expect(bad.lastScore).toBe(badScores[badScores.length - 1])
    expect(bad.averageScore).toBe(Math.round((badScores.reduce((a, s) => a + s, 0) / badScores.length) * 10) / 10)
    expect(bad.lowestScore).toBe(Math.min(...badScores))
    expect(row(clean.id)).toMatchObject({ verdict: 'pass', reportDays: inMonth.length, vetoDays: 0, vetoes: [] })
    expect(row(late.id)).toMatchObject({ verdict: 'unmonitored', reportDays: 0, lastScore: null })
    expect(b.summary).toMatchObject({ sites: 3, monitored: 2, vetoed: 1, passed: 1, failed: 0 })
    expect(b.period.firstDay).toBe(`${month}-01`)
    // Vetoed sites lead, unmonitored ones close the list.
    expect(b.sites.map((s) => s.verdict)).toEqual(['veto', 'pass', 'unmonitored'])
    expect(b.title).toBe(`${Number(month.slice(0, 4))}年${Number(month.slice(5))}月政府网站监测情况通报`)
  })

  it('a month before the runs has nothing monitored; the XLSX carries the same figures', async () => {
    const [y, m] = runDays[0]!.split('-').map(Number) as [number, number]
    const before = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
    const empty = await monthlyBulletin(t.payload, before)
    expect(empty.summary.monitored).toBe(0)

    const b = await monthlyBulletin(t.payload, month)
    const { default: ExcelJS } = await import('exceljs')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await bulletinXlsx(b)) as never)
    const sheet = workbook.getWorksheet('汇总')!
    const row = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(3).value === troubled.site.siteCode)!
    const bad = b.sites.find((s) => s.siteId === String(troubled.site.id))!
    expect([
      row.getCell(2).value,
      row.getCell(4).value,
      row.getCell(5).value,
      row.getCell(8).value,
      row.getCell(10).value,
      row.getCell(12).value,
    ]).toEqual([bad.name, '不合格（单项否决）', bad.lastScore, inMonth.length, '栏目不更新', 2])
    const problems = workbook.getWorksheet('问题清单')!
    expect(problems.rowCount).toBe(2 + 1 + 6)
  })
})
