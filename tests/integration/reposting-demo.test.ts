import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPlatform } from '../support/payload'
import { seedDemo } from '../../src/demo/seed'
import { complianceReport } from '../../src/reposting/compliance'

let platform: TestPlatform
beforeAll(async () => {
  platform = await startTestPayload()
  await seedDemo(platform.payload)
}, 600_000)
afterAll(async () => platform?.close())

describe('reposting demo data', () => {
  it('has both rules and reposts of every outcome, so the compliance report is not empty', async () => {
    const { payload } = platform
    expect((await payload.count({ collection: 'repost-rules', overrideAccess: true })).totalDocs).toBe(2)
    const report = await complianceReport(payload)
    expect(report.totals.publishedOnTime).toBeGreaterThan(5)
    expect(report.totals.publishedLate).toBe(2)
    expect(report.totals.rejected).toBe(1)
    expect(report.totals.overduePending).toBe(2)
    expect(report.totals.pending).toBe(7)
    expect(report.missedSites.map((s) => s.name).sort()).toEqual(
      ['固原市人民政府', '中卫市人民政府', '石嘴山市人民政府', '宁夏回族自治区卫生健康委员会'].sort(),
    )
  })
})
