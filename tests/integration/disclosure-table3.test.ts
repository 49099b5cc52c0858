import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Site, User } from '../../payload-types'
import { ensureHolidayCalendar } from '../../src/calendar/holidayCalendar'
import { checkTable3, computeTable3, table3Lines } from '../../src/disclosure/table3'
import type { ReplyType, ResultRow } from '../../src/disclosure/vocabulary'
import { DisclosureApplication } from '../../src/states'
import { createSite, createUser } from '../support/fixtures'
import { type ApplicationInput, refusal, registerApplication, updateApplication } from '../support/disclosure'
import { startTestPayload, type TestPlatform } from '../support/payload'

/**
 * Replies (条例第三十六条) and table 三 of the 2021 report format (issue #14 §1). All days are pinned in
 * 2024–2026 (years with holiday data), so the file passes under faketime at any instant.
 */

let t: TestPlatform
let officer: User
let sevenSite: Site
let fixtureSite: Site

beforeAll(async () => {
  t = await startTestPayload()
  await ensureHolidayCalendar(t.payload)
  sevenSite = await createSite(t.payload, { name: '答复类型测试网站' })
  fixtureSite = await createSite(t.payload, { name: '年报表三测试网站' })
  officer = await createUser(t.payload, {
    memberships: [
      { site: sevenSite, roles: ['openness-officer'] },
      { site: fixtureSite, roles: ['openness-officer'] },
    ],
  })
})
afterAll(async () => t?.close())

const reply = (replyType: ReplyType, resultRow: ResultRow, concludedOn: string, more: ApplicationInput = {}): ApplicationInput => ({
  replyType,
  resultRow,
  concludedOn,
  reasons: '依据条例相关规定说明的理由。',
  responsibleBody: '某区自然资源局',
  ...more,
})

describe('replies', () => {
  it('each of the seven art. 36 reply types lands in its table 三 row', async () => {
    const seven: [ReplyType, ResultRow][] = [
      ['already-public', 'disclosed'],
      ['provided', 'partly-disclosed'],
      ['refused', 'refused-state-secret'],
      ['not-exist', 'cannot-needs-creating'],
      ['not-this-body', 'cannot-not-held'],
      ['repeat-application', 'not-handled-repeat'],
      ['special-law', 'refused-administrative-query'],
    ]
    for (const [type, row] of seven) {
      const app = await registerApplication(t.payload, sevenSite, { handedInOn: '2025-03-03' }, officer)
      const done = await updateApplication(t.payload, app.id, reply(type, row, '2025-03-20'), officer)
      expect(done.status).toBe(DisclosureApplication.concluded)
      expect(done.legalBasis).toMatch(/第三十六条第（[一二三四五六七]）项/)
    }
    const table = await computeTable3({ payload: t.payload, site: sevenSite, year: 2025 })
    for (const [, row] of seven) expect([row, table.results[row].total]).toEqual([row, 1])
    expect(table.resultsTotal.total).toBe(7)
    expect(table.resultGroups.refused.total).toBe(2)
    expect(table.resultGroups['cannot-provide'].total).toBe(2)
    expect(checkTable3(table)).toEqual({ ok: true, problems: [] })
  })

  it('a reply names an allowed row, gives reasons for a refusal, names the responsible body', async () => {
    const app = await registerApplication(t.payload, sevenSite, { handedInOn: '2025-04-01' }, officer)
    expect(await refusal(updateApplication(t.payload, app.id, { replyType: 'refused', resultRow: 'disclosed' }, officer))).toMatch(/属于国家秘密/)
    expect(await refusal(updateApplication(t.payload, app.id, { replyType: 'refused', resultRow: 'refused-third-party-rights' }, officer))).toMatch(/说明理由/)
    expect(await refusal(updateApplication(t.payload, app.id, { replyType: 'not-this-body', resultRow: 'cannot-not-held', reasons: '不属于本机关职责' }, officer))).toMatch(/负责公开的机关/)
    expect(await refusal(updateApplication(t.payload, app.id, { resultRow: 'disclosed' }, officer))).toMatch(/答复类型/)
  })

  it('a fee not paid in time closes the application as 逾期未缴费, and only then', async () => {
    const noticeNextDay = { now: new Date('2025-06-11T10:00:00+08:00') }
    const app = await registerApplication(t.payload, sevenSite, { handedInOn: '2025-06-02', fee: { amount: 100, noticeOn: '2025-06-10' } }, officer, noticeNextDay)
    expect(app.status).toBe(DisclosureApplication.awaitingFee)
    const early = reply('other-handling', 'other-unpaid-fee', '2025-06-20')
    expect(await refusal(updateApplication(t.payload, app.id, early, officer))).toMatch(/缴费期限届满/)
    const closed = await updateApplication(t.payload, app.id, reply('other-handling', 'other-unpaid-fee', '2025-08-01'), officer)
    expect(closed.status).toBe(DisclosureApplication.concluded)
  })
})

describe('table 三 of a fixture year', () => {
  it('counts 2025 number by number, and the check rule refuses a table that does not add up', async () => {
    const s = fixtureSite
    const org = (organisationType: ApplicationInput['organisationType']): ApplicationInput => ({ applicantKind: 'organisation', organisationType, applicant: { name: '某单位' } })
    // Carried over from 2024.
    await registerApplication(t.payload, s, { handedInOn: '2024-12-20', ...reply('provided', 'disclosed', '2025-01-08') }, officer)
    await registerApplication(t.payload, s, { ...org('commercial-enterprise'), handedInOn: '2024-12-10', ...reply('provided', 'disclosed', '2024-12-25') }, officer)
    await registerApplication(t.payload, s, { ...org('research-institution'), handedInOn: '2024-12-27', ...reply('provided', 'partly-disclosed', '2025-01-20') }, officer)
    // New in 2025.
    await registerApplication(t.payload, s, { handedInOn: '2025-02-05', ...reply('refused', 'refused-process-information', '2025-02-20') }, officer)
    await registerApplication(t.payload, s, { channel: 'post', signedForOn: '2025-03-03', ...reply('not-this-body', 'cannot-not-held', '2025-03-10') }, officer)
    await registerApplication(t.payload, s, { ...org('legal-service-organisation'), handedInOn: '2025-05-06', ...reply('repeat-application', 'not-handled-repeat', '2025-05-08') }, officer)
    const fee = await registerApplication(t.payload, s, { ...org('public-interest-organisation'), handedInOn: '2025-06-03', fee: { amount: 50, noticeOn: '2025-06-10' } }, officer)
    await updateApplication(t.payload, fee.id, reply('other-handling', 'other-unpaid-fee', '2025-08-01'), officer)
    await registerApplication(t.payload, s, { ...org('other-organisation'), handedInOn: '2025-12-15' }, officer)
    await registerApplication(t.payload, s, { handedInOn: '2025-12-18', ...reply('already-public', 'disclosed', '2026-01-05') }, officer)
    await registerApplication(t.payload, s, { channel: 'online' }) // not confirmed: counts nowhere

    const table = await computeTable3({ payload: t.payload, site: s, year: 2025 })
    const row = (counts: Record<string, number>) => [
      counts['natural-person'],
      counts['commercial-enterprise'],
      counts['research-institution'],
      counts['public-interest-organisation'],
      counts['legal-service-organisation'],
      counts['other-organisation'],
      counts.total,
    ]
    expect(row(table.newApplications)).toEqual([3, 0, 0, 1, 1, 1, 6])
    expect(row(table.carriedOver)).toEqual([1, 0, 1, 0, 0, 0, 2])
    expect(row(table.results.disclosed)).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(row(table.results['partly-disclosed'])).toEqual([0, 0, 1, 0, 0, 0, 1])
    expect(row(table.results['refused-process-information'])).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(row(table.results['cannot-not-held'])).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(row(table.results['not-handled-repeat'])).toEqual([0, 0, 0, 0, 1, 0, 1])
    expect(row(table.results['other-unpaid-fee'])).toEqual([0, 0, 0, 1, 0, 0, 1])
    expect(row(table.resultsTotal)).toEqual([3, 0, 1, 1, 1, 0, 6])
    expect(row(table.carriedForward)).toEqual([1, 0, 0, 0, 0, 1, 2])
    const others = Object.entries(table.results).filter(([, c]) => c.total > 0).map(([k]) => k)
    expect(others.sort()).toEqual(['cannot-not-held', 'disclosed', 'not-handled-repeat', 'other-unpaid-fee', 'partly-disclosed', 'refused-process-information'])
    expect(checkTable3(table).ok).toBe(true)

    // 2026 starts from what 2025 carried forward.
    const next = await computeTable3({ payload: t.payload, site: s, year: 2026 })
    expect(row(next.carriedOver)).toEqual(row(table.carriedForward))

    const edited = structuredClone(table)
    edited.results.disclosed['natural-person'] += 1
    edited.results.disclosed.total += 1
    edited.resultsTotal['natural-person'] += 1
    edited.resultsTotal.total += 1
    const check = checkTable3(edited)
    expect(check.ok).toBe(false)
    expect(check.problems.join('\n')).toContain('“自然人”列：一（3）+ 二（1）= 4，不等于 三（4）+ 四（1）= 5')
    const lines = table3Lines(table)
    expect(lines.map((l) => l.label)).toContain('（七）总计')
    expect(lines.filter((l) => l.level === 2)).toHaveLength(19)
  })
})
