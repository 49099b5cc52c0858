import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Site, User } from '../../payload-types'
import { ensureHolidayCalendar, getWorkingDayCalendar } from '../../src/calendar/holidayCalendar'
import { computeClocks } from '../../src/disclosure/clocks'
import { overdueApplications } from '../../src/disclosure/overdueApplications'
import { deskData } from '../../src/desk/deskData'
import { platformSettingDefaults } from '../../src/settings/defaults'
import { DisclosureApplication } from '../../src/states'
import { createSite, createUser } from '../support/fixtures'
import { refusal, registerApplication, updateApplication } from '../support/disclosure'
import { startTestPayload, type TestPlatform } from '../support/payload'

/**
 * 依申请公开 clocks (issue #14 §1) on the real 2026 holiday data (chinese-days): 2026-09-25 is a Friday and
 * the 中秋节 holiday, 10-01…10-07 are 国庆节 off, 09-20 and 10-10 are weekend workdays. Every date is pinned,
 * so the file passes under faketime at any instant; "today" only enters through computeClocks' argument.
 */

let t: TestPlatform
let site: Site
let officer: User

beforeAll(async () => {
  t = await startTestPayload()
  await ensureHolidayCalendar(t.payload)
  site = await createSite(t.payload, { name: '依申请公开时限测试网站' })
  officer = await createUser(t.payload, { memberships: [{ site, roles: ['openness-officer'] }] })
})
afterAll(async () => t?.close())

const friday = '2026-09-25'

describe('the reply clock', () => {
  it('received on the Friday before National Day 2026: 20 working days end on 10-29, a supplement may be asked until 10-12', async () => {
    const app = await registerApplication(t.payload, site, { handedInOn: friday }, officer)
    expect(app.receivedOn).toBe(friday)
    expect(app.dueOn).toBe('2026-10-29')
    expect(app.supplementRequestBy).toBe('2026-10-12')
    expect(app.status).toBe(DisclosureApplication.handling)
    expect(app.clockProblem ?? null).toBeNull()
  })

  it('the receipt day follows the channel: post counts from signing, online from the confirmation', async () => {
    const posted = await registerApplication(t.payload, site, { channel: 'post', signedForOn: '2026-09-28' }, officer)
    expect(posted.receivedOn).toBe('2026-09-28')
    expect(posted.dueOn).toBe('2026-10-30')
    const online = await registerApplication(t.payload, site, { channel: 'online' })
    expect(online.status).toBe(DisclosureApplication.awaitingConfirmation)
    expect(online.dueOn ?? null).toBeNull()
    const confirmed = await updateApplication(t.payload, online.id, { confirmedOn: friday }, officer)
    expect(confirmed.status).toBe(DisclosureApplication.handling)
    expect(confirmed.dueOn).toBe('2026-10-29')
    expect(await refusal(registerApplication(t.payload, site, { channel: 'in-person' }, officer))).toMatch(/提交日期/)
  })

  it('a supplement stops the clock and restarts the full 20 days from its arrival; asked once, within 7 working days', async () => {
    const app = await registerApplication(t.payload, site, { handedInOn: friday }, officer)
    expect(await refusal(updateApplication(t.payload, app.id, { supplement: { requestedOn: '2026-10-13' } }, officer))).toMatch(/2026-10-12/)
    const asked = await updateApplication(t.payload, app.id, { supplement: { requestedOn: '2026-10-09', request: '请写明项目所在街道' } }, officer)
    expect(asked.status).toBe(DisclosureApplication.awaitingSupplement)
    expect(asked.dueOn ?? null).toBeNull()
    expect(await refusal(updateApplication(t.payload, app.id, { supplement: { requestedOn: '2026-10-10' } }, officer))).toMatch(/只能进行一次/)
    const supplied = await updateApplication(t.payload, app.id, { supplement: { requestedOn: '2026-10-09', receivedOn: '2026-10-14' } }, officer)
    expect(supplied.status).toBe(DisclosureApplication.handling)
    expect(supplied.clockStart).toBe('2026-10-14')
    expect(supplied.dueOn).toBe('2026-11-11')
  })

  it('one extension of at most 20 working days, approved by the head of the office and notified, before the day runs out', async () => {
    const app = await registerApplication(t.payload, site, { handedInOn: friday }, officer)
    const ext = { workdays: 20, approver: '王主任', approvedOn: '2026-10-20', noticeOn: '2026-10-21' }
    expect(await refusal(updateApplication(t.payload, app.id, { extension: { ...ext, workdays: 21 } }, officer))).toMatch(/不超过 20/)
    expect(await refusal(updateApplication(t.payload, app.id, { extension: { ...ext, approver: '' } }, officer))).toMatch(/负责人同意/)
    expect(await refusal(updateApplication(t.payload, app.id, { extension: { ...ext, noticeOn: null } }, officer))).toMatch(/告知申请人/)
    expect(await refusal(updateApplication(t.payload, app.id, { extension: { ...ext, approvedOn: '2026-10-30' } }, officer))).toMatch(/2026-10-29/)
    const extended = await updateApplication(t.payload, app.id, { extension: ext }, officer)
    expect(extended.dueOn).toBe('2026-11-26')
    expect(await refusal(updateApplication(t.payload, app.id, { extension: { ...ext, workdays: 10 } }, officer))).toMatch(/只能进行一次/)
  })

  it('a third-party consultation is not counted: 4 working days of waiting move the day by 4; unanswered, by the full 15', async () => {
    const app = await registerApplication(t.payload, site, { handedInOn: friday }, officer)
    // The day after sending: the consultation is running (see the lapse below).
    const waiting = await updateApplication(t.payload, app.id, { thirdParty: { name: '某建设公司', sentOn: '2026-10-12' } }, officer, { now: new Date('2026-10-13T10:00:00+08:00') })
    expect(waiting.status).toBe(DisclosureApplication.thirdPartyConsultation)
    const calendar = await getWorkingDayCalendar(t.payload)
    expect(waiting.dueOn).toBe(calendar.addWorkdays('2026-10-29', 15))
    const answered = await updateApplication(t.payload, app.id, { thirdParty: { name: '某建设公司', sentOn: '2026-10-12', repliedOn: '2026-10-16' } }, officer)
    expect(answered.status).toBe(DisclosureApplication.handling)
    expect(answered.dueOn).toBe('2026-11-04')
  })

  it('days left and overdue, at a pinned today', async () => {
    const calendar = await getWorkingDayCalendar(t.payload)
    const clocks = (today: string) =>
      computeClocks({ channel: 'in-person', handedInOn: friday }, calendar, platformSettingDefaults, today)
    expect(clocks('2026-10-27')).toMatchObject({ dueOn: '2026-10-29', daysLeft: 2, overdue: false })
    expect(clocks('2026-10-29')).toMatchObject({ daysLeft: 0, overdue: false })
    expect(clocks('2026-11-02')).toMatchObject({ daysLeft: -2, overdue: true })
    const late = computeClocks({ channel: 'in-person', handedInOn: friday, concludedOn: '2026-11-02' }, calendar, platformSettingDefaults, '2026-11-30')
    expect(late).toMatchObject({ overdue: false, answeredLate: true, daysLeft: null })
  })

  it('a fee or a consultation waits only within its period: lapsed with nothing recorded, it reads as handling, and the daily job stores that', async () => {
    const at = (day: string) => ({ now: new Date(`${day}T10:00:00+08:00`) })
    const consulted = await registerApplication(t.payload, site, { handedInOn: friday, thirdParty: { name: '某物业公司', sentOn: '2026-10-12' } }, officer, at('2026-10-13'))
    const charged = await registerApplication(t.payload, site, { handedInOn: friday, fee: { amount: 80, noticeOn: '2026-10-12' } }, officer, at('2026-10-13'))
    expect([consulted.status, charged.status]).toEqual([DisclosureApplication.thirdPartyConsultation, DisclosureApplication.awaitingFee])
    const readOn = async (id: number, day: string) =>
      (await t.payload.findByID({ collection: 'disclosure-applications', id, overrideAccess: true, context: { disclosureNow: at(day).now } })).status
    // 15 working days after Monday 10-12 end on Monday 11-02; 20 end on Monday 11-09 (no holiday in between).
    expect(await readOn(consulted.id, '2026-11-02')).toBe(DisclosureApplication.thirdPartyConsultation)
    expect(await readOn(consulted.id, '2026-11-03')).toBe(DisclosureApplication.handling)
    expect(await readOn(charged.id, '2026-11-09')).toBe(DisclosureApplication.awaitingFee)
    expect(await readOn(charged.id, '2026-11-10')).toBe(DisclosureApplication.handling)

    // The stored column (what the list filters on) follows in the daily job, at its own day.
    const stored = async (status: string) =>
      (
        await t.payload.find({
          collection: 'disclosure-applications',
          where: { and: [{ site: { equals: site.id } }, { status: { equals: status } }] },
          overrideAccess: true,
          pagination: false,
          depth: 0,
        })
      ).docs.map((d) => d.id)
    await overdueApplications(t.payload, site.id, at('2026-11-03').now)
    expect(await stored(DisclosureApplication.thirdPartyConsultation)).not.toContain(consulted.id)
    expect(await stored(DisclosureApplication.handling)).toContain(consulted.id)
    expect(await stored(DisclosureApplication.awaitingFee)).toContain(charged.id)
    await overdueApplications(t.payload, site.id, at('2026-11-10').now)
    expect(await stored(DisclosureApplication.awaitingFee)).not.toContain(charged.id)
    expect(await stored(DisclosureApplication.handling)).toContain(charged.id)
    // A pause still counts at its full length: the lapse moves no due day.
    const settled = await t.payload.findByID({ collection: 'disclosure-applications', id: consulted.id, overrideAccess: true })
    expect(settled.dueOn).toBe(consulted.dueOn)
  })

  it('refuses to guess a day in a year without holiday data, and says so in Chinese', async () => {
    const app = await registerApplication(t.payload, site, { handedInOn: '2026-12-21' }, officer)
    expect(app.receivedOn).toBe('2026-12-21')
    expect(app.dueOn ?? null).toBeNull()
    expect(app.clockProblem).toContain('2027 年的法定节假日安排尚未录入')
  })
})

describe('who reads an application', () => {
  it('only the site’s openness officers: not its editors, not another site’s officer, never anonymous', async () => {
    const app = await registerApplication(t.payload, site, { handedInOn: friday }, officer)
    const editor = await createUser(t.payload, { memberships: [{ site, roles: ['editor', 'site-admin'] }] })
    const other = await createSite(t.payload)
    const stranger = await createUser(t.payload, { memberships: [{ site: other, roles: ['openness-officer'] }] })
    const read = (user?: User) =>
      t.payload.find({ collection: 'disclosure-applications', where: { id: { equals: app.id } }, user, overrideAccess: false })
    expect((await read(officer)).docs[0]?.applicant?.idNumber).toBe('110101199001011234')
    await expect(read(editor)).rejects.toThrow()
    expect((await read(stranger)).docs).toHaveLength(0)
    await expect(read(undefined)).rejects.toThrow()
  })
})

describe('the desk', () => {
  it('shows the openness officer the applications past or near their reply day, and nobody else', async () => {
    const due = await registerApplication(t.payload, site, { handedInOn: friday, requestedInformation: '桌面提醒测试信息' }, officer)
    expect(due.dueOn).toBe('2026-10-29')
    const titleOf = (d: Awaited<ReturnType<typeof deskData>>) => d.disclosureDeadlines.items.filter((i) => i.id === due.id)
    const near = await deskData(t.payload, officer, new Date('2026-10-27T02:00:00Z'))
    expect(titleOf(near).map((i) => [i.level, i.note])).toEqual([['near', { zh: '答复期限 2026-10-29', en: 'Reply due 2026-10-29' }]])
    const late = await deskData(t.payload, officer, new Date('2026-10-30T02:00:00Z'))
    expect(titleOf(late).map((i) => [i.level, i.note])).toEqual([['overdue', { zh: '已超过答复期限（2026-10-29）', en: 'Past the reply day (2026-10-29)' }]])
    expect((await deskData(t.payload, officer, new Date('2026-10-01T02:00:00Z'))).disclosureDeadlines.items.filter((i) => i.id === due.id)).toEqual([])
    const editor = await createUser(t.payload, { memberships: [{ site, roles: ['editor', 'site-admin'] }] })
    expect((await deskData(t.payload, editor, new Date('2026-10-30T02:00:00Z'))).disclosureDeadlines.total).toBe(0)
  })
})
