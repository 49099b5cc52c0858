import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureHolidayCalendar } from '../../src/calendar/holidayCalendar'
import { frequentRequestsOf } from '../../src/disclosure/frequentRequests'
import { createSiteWithStaff, type SiteWithStaff } from '../support/fixtures'
import { registerApplication } from '../support/disclosure'
import { startTestPayload, type TestPlatform } from '../support/payload'

/**
 * 多人申请 (issue #14 §1, seed 一(四)): information asked for by several applicants in a year is listed in that
 * year's self-check, to be considered for active disclosure. One applicant asking again counts once. Pinned to 2025.
 */

let t: TestPlatform
let a: SiteWithStaff

beforeAll(async () => {
  t = await startTestPayload()
  await ensureHolidayCalendar(t.payload)
  a = await createSiteWithStaff(t.payload, 'FQ')
})
afterAll(async () => t?.close())

const asker = (name: string, idNumber: string) => ({ applicant: { name, idNumber } })

describe('frequently requested information', () => {
  it('groups by what was asked (spaces and punctuation aside) and counts applicants, not applications', () => {
    const list = frequentRequestsOf(
      [
        { requestedInformation: '2025年 城市更新 项目清单', ...asker('甲', '1') },
        { requestedInformation: '2025年城市更新项目清单。', ...asker('乙', '2') },
        { requestedInformation: '2025年城市更新项目清单', ...asker('乙', '2') },
        { requestedInformation: '某批复', ...asker('丙', '3') },
      ],
      2,
    )
    expect(list).toEqual([{ subject: '2025年 城市更新 项目清单', applicants: 2, applications: 3 }])
  })

  it('lists them in the year’s self-check, which the openness officer opens', async () => {
    const info = '2025年本区老旧小区改造项目清单'
    for (const [i, name] of ['甲', '乙', '丙'].entries())
      await registerApplication(t.payload, a.site, { handedInOn: `2025-0${i + 3}-03`, requestedInformation: info, ...asker(name, `11010119900101${1000 + i}`) }, a.opennessOfficer)
    // The same person three times is one applicant; and a differently worded request grouped by staff joins its group.
    for (const month of ['04', '05', '06'])
      await registerApplication(t.payload, a.site, { handedInOn: `2025-${month}-02`, requestedInformation: '某区规划批复', ...asker('丁', '110101199001019999') }, a.opennessOfficer)
    await registerApplication(t.payload, a.site, { handedInOn: '2025-07-01', requestedInformation: '老旧小区改造的那个清单', subjectKey: info, ...asker('戊', '110101199001018888') }, a.opennessOfficer)
    // Another year does not count.
    await registerApplication(t.payload, a.site, { handedInOn: '2024-06-03', requestedInformation: '某区规划批复', ...asker('己', '110101199001017777') }, a.opennessOfficer)

    const check = await t.payload.create({ collection: 'self-checks', data: { site: a.site.id, year: 2025 }, user: a.opennessOfficer, overrideAccess: false })
    expect(check.frequentRequests?.map((f) => [f.subject, f.applicants, f.applications])).toEqual([[info, 4, 4]])
  })
})
