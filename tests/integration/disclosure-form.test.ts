import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureHolidayCalendar } from '../../src/calendar/holidayCalendar'
import { DisclosureApplication } from '../../src/states'
import { createSiteWithStaff, sitePath, type SiteWithStaff } from '../support/fixtures'
import { postForm, solvedChallenge } from '../support/mailbox'
import { updateApplication } from '../support/disclosure'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * The citizen's side of 依申请公开 (issue #14 §1): the form at /applications with Chinese errors that say what to
 * fix, the challenge, the receipt (code + password), and the status query; the applicant's identity never
 * appears on a public page. Dates are pinned in 2026 (holiday data exists).
 */

let server: TestServer
let a: SiteWithStaff

const application = (overrides: Record<string, string> = {}): Record<string, string> => ({
  applicantKind: 'natural-person',
  name: '王小明',
  idNumber: '11010119900101123X',
  phone: '13912345678',
  email: '',
  address: '北京市东城区某街道1号',
  requestedInformation: '2025年本区老旧小区改造项目清单及资金安排',
  purpose: '了解本小区是否列入改造计划',
  deliveryForm: 'electronic',
  privacyConsent: 'yes',
  website: '',
  ...overrides,
})

beforeAll(async () => {
  server = await startTestServer()
  await ensureHolidayCalendar(server.payload)
  a = await createSiteWithStaff(server.payload, 'DA')
})
afterAll(async () => server?.close())

const path = () => sitePath(a.site, '/applications')

describe('the application form', () => {
  it('is served per site, never cached', async () => {
    const page = await fetch(`${server.url}${path()}`)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toContain('no-store')
    const html = await page.text()
    expect(html).toContain('政府信息公开申请')
    expect(html).toContain('商业企业')
  })

  it('says in Chinese what to fix, beside each field, keeping what was typed', async () => {
    const altcha = await solvedChallenge(server.url, a.site)
    const page = await postForm(server.url, path(), application({ altcha, applicantKind: 'organisation', organisationType: '', idNumber: '123', phone: '', requestedInformation: '清单' }))
    expect(page.status).toBe(422)
    expect(page.html).toContain('请选择组织类型')
    expect(page.html).toContain('统一社会信用代码应为 18 位')
    expect(page.html).toContain('请填写联系人姓名')
    expect(page.html).toContain('请填写联系电话或电子邮箱')
    expect(page.html).toContain('至少 5 个字')
    expect(page.html).toContain('北京市东城区某街道1号')
  })

  it('refuses a post without the challenge, from another origin, or too large', async () => {
    const noChallenge = await postForm(server.url, path(), application({ altcha: '' }))
    expect(noChallenge.status).toBe(422)
    const foreign = await postForm(server.url, path(), application(), { Origin: 'https://evil.example' })
    expect(foreign.status).toBe(403)
    const huge = await postForm(server.url, path(), application({ requestedInformation: '信'.repeat(20_000) }))
    expect(huge.status).toBe(413)
  })

  it('files an application, gives a receipt, and the code + password query follows it to the reply', async () => {
    const altcha = await solvedChallenge(server.url, a.site)
    const filed = await postForm(server.url, path(), application({ altcha }))
    expect(filed.status).toBe(201)
    const code = /data-tracking-code>([^<]+)</.exec(filed.html)?.[1] ?? ''
    const password = /data-query-password>([^<]+)</.exec(filed.html)?.[1] ?? ''
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    const { docs } = await server.payload.find({ collection: 'disclosure-applications', where: { trackingCode: { equals: code } }, overrideAccess: true })
    const stored = docs[0]!
    expect(stored.channel).toBe('online')
    expect(stored.status).toBe(DisclosureApplication.awaitingConfirmation)
    expect(stored.applicant?.idNumber).toBe('11010119900101123X')

    const query = () => postForm(server.url, sitePath(a.site, '/applications/query'), { code: code.toLowerCase(), password })
    const waiting = await query()
    expect(waiting.status).toBe(200)
    expect(waiting.html).toContain('等待工作人员确认收到')
    for (const personal of ['王小明', '11010119900101123X', '13912345678']) expect(waiting.html).not.toContain(personal)

    await updateApplication(server.payload, stored.id, { confirmedOn: '2026-09-25' }, a.opennessOfficer)
    const handling = await query()
    expect(handling.html).toContain('正在办理')
    expect(handling.html).toContain('2026-10-29')

    await updateApplication(server.payload, stored.id, { replyType: 'provided', resultRow: 'disclosed', replyText: '所需清单见附件，已发送至您的邮箱。', concludedOn: '2026-10-20' }, a.opennessOfficer)
    const answered = await query()
    expect(answered.html).toContain('已答复')
    expect(answered.html).toContain('所需清单见附件')

    const wrong = await postForm(server.url, sitePath(a.site, '/applications/query'), { code, password: '00000000' })
    expect(wrong.status).toBe(404)
    expect(wrong.html).toContain('查询码或查询密码不正确')
  })
})
