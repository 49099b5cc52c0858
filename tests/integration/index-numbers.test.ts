import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureHolidayCalendar } from '../../src/calendar/holidayCalendar'
import { chinaDay } from '../../src/calendar/chinaTime'
import { formatIndexNumber } from '../../src/publishing/indexNumbers'
import { startTestPayload, type TestPlatform } from '../support/payload'
import {
  as,
  createOpennessFixture,
  draftData,
  publish,
  reviewed,
  submitted,
  type OpennessFixture,
} from '../support/openness'

let platform: TestPlatform
let f: OpennessFixture

beforeAll(async () => {
  platform = await startTestPayload()
  await ensureHolidayCalendar(platform.payload)
  f = await createOpennessFixture(platform.payload, '6400000081')
})
afterAll(async () => platform?.close())

describe('index numbers (索引号)', () => {
  it('formats <网站标识码>/<year>-<5-digit sequence>', () => {
    expect(formatIndexNumber('6400000001', 2026, 12)).toBe('6400000001/2026-00012')
  })

  it('gives every document published at the same moment its own number, with no gaps', {
    timeout: 300_000,
  }, async () => {
    const { payload } = platform
    const count = 12
    // Submitted and reviewed documents, prepared by trusted code to keep the test short.
    const ready = []
    for (let i = 0; i < count; i++) {
      ready.push(
        await payload.create({
          collection: 'policy-documents',
          data: draftData(f, { workflowStatus: 'submitted', confidentialityReview: { result: 'passed' } }) as never,
        }),
      )
    }
    // All publications start together: on PostgreSQL each runs in its own transaction on its own connection.
    const published = await Promise.all(ready.map((doc) => publish(payload, f, doc.id)))
    const year = chinaDay(new Date()).slice(0, 4)
    const numbers = published.map((doc) => doc.indexNumber!).sort()
    expect(new Set(numbers).size).toBe(count)
    expect(numbers).toEqual(
      Array.from({ length: count }, (_, i) => `${f.site.siteCode}/${year}-${String(i + 1).padStart(5, '0')}`),
    )
    // Stored as returned.
    const stored = await payload.find({
      collection: 'policy-documents',
      where: { indexNumber: { exists: true } },
      limit: 0,
      depth: 0,
    })
    expect(stored.docs.map((d) => d.indexNumber).sort()).toEqual(numbers)
  })

  it('keeps counting per site, never reusing a number after a withdrawal', { timeout: 300_000 }, async () => {
    const { payload } = platform
    const year = chinaDay(new Date()).slice(0, 4)
    const next = await publish(payload, f, (await reviewed(payload, f, await submitted(payload, f))).id)
    expect(next.indexNumber).toBe(`${f.site.siteCode}/${year}-00013`)
    // Another site starts its own sequence.
    const otherColumn = f.otherColumn
    const other = await payload.create({
      collection: 'policy-documents',
      data: {
        site: f.otherSite.id,
        column: otherColumn,
        title: '另一网站的文件',
        issuingAgencies: [{ name: '另一厅' }],
        writtenAt: chinaDay(new Date()),
        disclosureAttribute: 'public',
        workflowStatus: 'published',
        confidentialityReview: { result: 'passed' },
      } as never,
    })
    expect(other.indexNumber).toBe(`${f.otherSite.siteCode}/${year}-00001`)
    // A withdrawn document keeps its number; the next publication takes a new one.
    await payload.update({
      collection: 'policy-documents',
      id: next.id,
      data: { workflowStatus: 'withdrawn', reviewComment: '撤回' },
      ...as(f.reviewer),
    })
    const after = await publish(payload, f, (await reviewed(payload, f, await submitted(payload, f))).id)
    expect(after.indexNumber).toBe(`${f.site.siteCode}/${year}-00014`)
  })

  it('refuses a duplicate index number at the database level', async () => {
    const { payload } = platform
    const [first] = (
      await payload.find({
        collection: 'policy-documents',
        where: { indexNumber: { exists: true } },
        limit: 1,
        depth: 0,
      })
    ).docs
    const draft = await payload.create({
      collection: 'policy-documents',
      data: {
        site: f.site.id,
        column: f.policyColumn,
        title: '重复',
        issuingAgencies: [{ name: 'x' }],
        writtenAt: '2026-11-02',
        disclosureAttribute: 'public',
      } as never,
    })
    await expect(
      payload.update({
        collection: 'policy-documents',
        id: draft.id,
        data: { indexNumber: first!.indexNumber } as never,
      }),
    ).rejects.toThrow()
  })
})
