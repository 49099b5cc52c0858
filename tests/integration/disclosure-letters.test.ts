import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Site, User } from '../../payload-types'
import { ensureHolidayCalendar } from '../../src/calendar/holidayCalendar'
import { createSite, createUser, login } from '../support/fixtures'
import { registerApplication } from '../support/disclosure'
import { startTestServer, type TestServer } from '../support/payload'

/** 答复书 (issue #14 §1): each reply type has its own letter, printable and as DOCX, for the site's openness staff only. */

let t: TestServer
let site: Site
let officer: User
let editor: User

beforeAll(async () => {
  t = await startTestServer()
  await ensureHolidayCalendar(t.payload)
  site = await createSite(t.payload, { name: '答复书测试网站', sponsor: '某区人民政府办公室' })
  officer = await createUser(t.payload, { memberships: [{ site, roles: ['openness-officer'] }] })
  editor = await createUser(t.payload, { memberships: [{ site, roles: ['editor', 'site-admin'] }] })
})
afterAll(async () => t?.close())

const get = async (path: string, user?: User) => {
  const token = user ? await login(t.url, user) : undefined
  return fetch(`${t.url}${path}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })
}

describe('reply letters', () => {
  it('a refusal letter names the reason row, the reasons, the legal basis and the remedies; the DOCX is a Word file', async () => {
    const app = await registerApplication(
      t.payload,
      site,
      {
        handedInOn: '2025-03-03',
        requestedInformation: '某会议纪要<script>alert(1)</script>',
        replyType: 'refused',
        resultRow: 'refused-process-information',
        reasons: '该纪要属于讨论记录，为过程性信息。',
        concludedOn: '2025-03-20',
      },
      officer,
    )
    const page = await get(`/api/disclosure-applications/${app.id}/letter`, officer)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('政府信息公开申请答复书（不予公开）')
    expect(html).toContain('属于四类过程性信息')
    expect(html).toContain('该纪要属于讨论记录，为过程性信息。')
    expect(html).toContain('第三十六条第（三）项')
    expect(html).toContain('六十日内依法申请行政复议')
    expect(html).toContain('某区人民政府办公室')
    // Dates in full, as official documents write them: received 2025-03-03, signed 2025-03-20.
    expect(html).toContain('本机关于2025年3月3日收到您提出的政府信息公开申请')
    expect(html).toMatch(/>2025年3月20日<\/p><\/body>/)
    expect(html).not.toMatch(/2025-03-(03|20)/)
    expect(html).not.toContain('<script>alert(1)')
    const docx = await get(`/api/disclosure-applications/${app.id}/letter?format=docx`, officer)
    expect(docx.headers.get('content-type')).toContain('wordprocessingml')
    const bytes = Buffer.from(await docx.arrayBuffer())
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true)
  })

  it('every reply type has its own title', async () => {
    const cases = [
      ['already-public', 'disclosed', '已主动公开'],
      ['provided', 'disclosed', '予以提供'],
      ['not-exist', 'cannot-not-held', '信息不存在'],
      ['not-this-body', 'cannot-not-held', '非本机关负责公开'],
      ['repeat-application', 'not-handled-repeat', '重复申请'],
      ['special-law', 'refused-administrative-query', '按专门规定办理'],
    ] as const
    for (const [replyType, resultRow, title] of cases) {
      const app = await registerApplication(
        t.payload,
        site,
        { handedInOn: '2025-03-03', replyType, resultRow, reasons: '理由', responsibleBody: '某区市场监管局', concludedOn: '2025-03-20' },
        officer,
      )
      expect(await (await get(`/api/disclosure-applications/${app.id}/letter`, officer)).text()).toContain(title)
    }
  })

  it('no letter for other staff, anonymous visitors, or an application not yet answered', async () => {
    const app = await registerApplication(t.payload, site, { handedInOn: '2025-03-03' }, officer)
    expect((await get(`/api/disclosure-applications/${app.id}/letter`, officer)).status).toBe(409)
    expect((await get(`/api/disclosure-applications/${app.id}/letter`, editor)).status).toBe(404)
    expect((await get(`/api/disclosure-applications/${app.id}/letter`)).status).toBe(401)
  })
})
