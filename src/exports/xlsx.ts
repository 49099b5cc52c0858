import { neutraliseFormula } from './csv'

/**
 * XLSX exports (exceljs). Every string cell goes through the same formula neutralisation as the CSV exports:
 * a cell is written as a plain string value (never a formula object), and text starting with = + - @ tab or CR
 * gets the apostrophe, so that a site or column titled `=HYPERLINK(...)` stays text even when someone
 * copies it back into a cell. Numbers, booleans and dates are written as they are.
 */
export type XlsxCell = string | number | boolean | Date | null | undefined

export type XlsxSheet = {
  name: string
  /** Title rows above the table (merged across its width). */
  title?: string[]
  header: string[]
  rows: XlsxCell[][]
  /** Column widths in characters; defaults to 16. */
  widths?: number[]
}

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export function xlsxValue(value: XlsxCell): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'boolean' || value instanceof Date) return value
  return neutraliseFormula(String(value))
}

/** Sheet names: ≤ 31 characters, none of : \ / ? * [ ]. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet'

export async function xlsxWorkbook(sheets: XlsxSheet[], meta: { creator?: string } = {}): Promise<Buffer> {
  // Loaded on demand: the exports are rare, and exceljs is large.
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = meta.creator ?? '站群'
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheetName(sheet.name))
    const width = Math.max(1, sheet.header.length)
    for (const line of sheet.title ?? []) {
      const row = ws.addRow([xlsxValue(line)])
      ws.mergeCells(row.number, 1, row.number, width)
      row.font = { bold: true, size: row.number === 1 ? 14 : 11 }
    }
    const header = ws.addRow(sheet.header.map(xlsxValue))
    header.font = { bold: true }
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } }
      cell.border = { bottom: { style: 'thin' } }
    })
    for (const values of sheet.rows) ws.addRow(values.map(xlsxValue))
    sheet.header.forEach((_h, i) => {
      ws.getColumn(i + 1).width = sheet.widths?.[i] ?? 16
    })
    ws.views = [{ state: 'frozen', ySplit: header.number }]
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** Content-Disposition for a Chinese file name (ASCII fallback first, RFC 5987 second). */
export const attachmentHeader = (asciiName: string, name: string): string => `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`
