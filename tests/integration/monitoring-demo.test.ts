import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPlatform } from '../support/payload'
import { seedDemo } from '../../src/demo/seed'
import { runDailyProbe } from '../../src/monitoring/dailyRun'
import type { VetoPrediction } from '../../src/monitoring/scoring'

/** The monitor over the demo cluster: the problems seeded in src/demo/monitoring.ts are found, the clean site is clean. */
let platform: TestPlatform
const reports = new Map<string, Record<string, any>>()
beforeAll(async () => {
  platform = await startTestPayload()
  await seedDemo(platform.payload)
  const result = await runDailyProbe(platform.payload, { externalBudgetMs: 5_000 })
  expect(result.skipped).toBe(false)
  const sites = (
    await platform.payload.find({ collection: 'sites', pagination: false, depth: 0, overrideAccess: true })
  ).docs
  const code = new Map(sites.map((s) => [String(s.id), s.siteCode]))
  for (const r of (
    await platform.payload.find({
      collection: 'site-health-reports',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs) {
    reports.set(code.get(String(r.site))!, r as Record<string, any>)
  }
}, 900_000)
afterAll(async () => platform?.close())

const vetoed = (code: string) =>
  (reports.get(code)!.vetoes as VetoPrediction[]).filter((v) => v.vetoed).map((v) => v.item)

describe('site health over the demo data', () => {
  it('银川 is clean: no veto, no broken link, no 错敏词', () => {
    const report = reports.get('6401000001')!
    expect(vetoed('6401000001')).toEqual([])
    expect(report.problems.brokenLinks).toEqual([])
    expect(report.problems.contentSafety).toEqual([])
    expect(report.problems.columns.empty).toEqual([])
    expect(report.problems.columns.staleNewsNotice).toEqual([])
  })
  it('石嘴山: a stale news column', () => {
    const stale = reports.get('6402000001')!.problems.columns.staleNewsNotice.map((f: any) => f.column.title)
    expect(stale).toContain('部门动态')
  })
  it('吴忠: five empty columns, a predicted veto', () => {
    expect(reports.get('6403000001')!.problems.columns.empty.map((f: any) => f.column.title)).toEqual(
      expect.arrayContaining(['领导之窗', '统计数据', '财政预决算', '应急管理', '建议提案办理']),
    )
    expect(vetoed('6403000001')).toContain('columnsStale')
  })
  it('固原: a broken attachment link and a wrongly titled leader (veto ①)', () => {
    const report = reports.get('6404000001')!
    expect(report.problems.brokenLinks).toEqual([
      expect.objectContaining({ kind: 'attachment', href: '/api/files/file/gongnuan-2026.pdf' }),
    ])
    expect(report.problems.contentSafety.map((f: any) => f.term)).toContain('市长刘海燕')
    expect(vetoed('6404000001')).toContain('security')
  })

  it('the region portal has a consultation open with displayed comments and one closed with its feedback, counted as a channel', async () => {
    const { payload } = platform
    const portal = (
      await payload.find({
        collection: 'sites',
        where: { siteCode: { equals: '6400000001' } },
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]!
    const consultations = (
      await payload.find({
        collection: 'consultations',
        where: { site: { equals: portal.id } },
        depth: 0,
        overrideAccess: true,
        sort: '-startsOn',
      })
    ).docs
    expect(consultations.map((c) => c.phase)).toEqual(['正在征集', '征集已结束'])
    expect(consultations[1]!.feedback?.published).toBe(true)
    expect(consultations[1]!.decisionDocument).toBeTruthy()
    const shown = await payload.count({
      collection: 'consultation-comments',
      where: { and: [{ consultation: { equals: consultations[0]!.id } }, { status: { equals: 'displayed' } }] },
      overrideAccess: true,
    })
    expect(shown.totalDocs).toBe(3)
    expect(reports.get('6400000001')!.problems.interaction.workingColumns.join()).toContain('意见征集')
  })
})
