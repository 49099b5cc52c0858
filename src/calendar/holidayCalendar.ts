import type { Payload } from 'payload'
import { chineseDaysRows } from './chineseDaysSeed'
import { WorkingDayCalendar, yearOf, type HolidayRow } from './workingDays'

let cached: Promise<WorkingDayCalendar> | null = null

/** The calendar from every `holidays` row, kept in memory until a row changes. */
export function getWorkingDayCalendar(payload: Payload): Promise<WorkingDayCalendar> {
  if (cached) return cached
  const loading = payload
    .find({ collection: 'holidays', pagination: false, overrideAccess: true, depth: 0, select: { date: true, type: true } })
    .then(({ docs }) => new WorkingDayCalendar(docs))
  // A failed load must not stay cached; a newer load started after a forget must not be cleared.
  loading.catch(() => {
    if (cached === loading) cached = null
  })
  cached = loading
  return loading
}

export function forgetWorkingDayCalendar(): void {
  cached = null
}

/** The slice of the SQL adapters (SQLite, PostgreSQL) that a bulk insert needs. */
type SqlAdapter = {
  drizzle: { insert(table: unknown): { values(rows: object[]): { onConflictDoNothing(): { returning(): Promise<unknown[]> } } } }
  tables: Record<string, unknown>
  tableNameMap: Map<string, string>
}

function sqlAdapter(payload: Payload): SqlAdapter | null {
  const db = payload.db as unknown as Partial<SqlAdapter>
  return db.drizzle && db.tables && db.tableNameMap ? (db as SqlAdapter) : null
}

async function insertRows(payload: Payload, rows: HolidayRow[]): Promise<number> {
  const sql = sqlAdapter(payload)
  const table = sql?.tables[sql.tableNameMap.get('holidays') ?? 'holidays']
  if (sql && table) {
    const now = new Date().toISOString()
    // One statement, so an interrupted start leaves the calendar empty and the next start seeds it again.
    const inserted = await sql.drizzle
      .insert(table)
      .values(rows.map((row) => ({ date: row.date, type: row.type, name: row.name, year: yearOf(row.date), createdAt: now, updatedAt: now })))
      .onConflictDoNothing()
      .returning()
    return inserted.length
  }
  for (const row of rows) {
    await payload.create({ collection: 'holidays', data: { date: row.date, type: row.type, name: row.name ?? '' }, overrideAccess: true, context: { skipAudit: true } })
  }
  return rows.length
}

/**
 * Seeds an empty `holidays` collection with the published years from chinese-days (2004–2026).
 * Runs at every server start: once data exists it costs one count query. Later years are entered
 * by the platform administrators from each year's State Council notice.
 */
export async function ensureHolidayCalendar(payload: Payload): Promise<{ inserted: number }> {
  const { totalDocs } = await payload.count({ collection: 'holidays', overrideAccess: true })
  if (totalDocs > 0) return { inserted: 0 }
  const rows = await chineseDaysRows()
  const inserted = await insertRows(payload, rows)
  forgetWorkingDayCalendar()
  payload.logger.info({
    msg: `holiday calendar seeded from chinese-days: ${inserted} rows, ${rows[0]?.date.slice(0, 4)}–${rows.at(-1)?.date.slice(0, 4)}`,
  })
  return { inserted }
}
