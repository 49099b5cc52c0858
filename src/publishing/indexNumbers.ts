import type { PayloadRequest } from 'payload'
import { sql } from '@payloadcms/db-postgres'

/**
 * 索引号 (index number): `<网站标识码>/<年份>-<5 位顺序号>`, e.g. 6400000001/2026-00012.
 *
 * Assigned once, at a document's first publication, and never changed or reused afterwards:
 * - the sequence comes from one counter row per site and year (`index-counters`), advanced by a single
 *   `INSERT … ON CONFLICT DO UPDATE … RETURNING` statement, which both SQLite and PostgreSQL run atomically.
 *   On PostgreSQL it runs inside the publishing request's transaction, so two publications at the same moment
 *   queue on the counter row's lock, and a publication that fails rolls its number back;
 * - the counter only ever goes up, so a deleted or withdrawn document's number is never handed out again;
 * - `indexNumber` is also a unique column, a second line of defence.
 */
export function formatIndexNumber(siteCode: string, year: number, sequence: number): string {
  return `${siteCode}/${year}-${String(sequence).padStart(5, '0')}`
}

type Row = { last_value?: number | string; lastValue?: number | string }
type RawDb = { execute?: (query: unknown) => Promise<{ rows: Row[] }>; all?: (query: unknown) => Promise<Row[]> }
type SqlAdapterShape = {
  name?: string
  drizzle: RawDb
  sessions?: Record<string, { db: RawDb } | undefined>
  tableNameMap: Map<string, string>
  schemaName?: string
}

async function sessionDb(req: PayloadRequest, adapter: SqlAdapterShape): Promise<RawDb> {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  return (id !== undefined && id !== null && adapter.sessions?.[String(id)]?.db) || adapter.drizzle
}

/** The next sequence number for a site and year, advanced atomically. */
export async function nextIndexSequence(req: PayloadRequest, siteCode: string, year: number): Promise<number> {
  const adapter = req.payload.db as unknown as SqlAdapterShape
  const key = `${siteCode}/${year}`
  if (!adapter.drizzle || !adapter.tableNameMap) {
    // Document databases (MongoDB): an atomic $inc upsert on the counter document.
    const model = (req.payload.db as unknown as { collections: Record<string, { findOneAndUpdate: (...args: unknown[]) => Promise<unknown> }> }).collections['index-counters']!
    const doc = await model.findOneAndUpdate(
      { key },
      { $inc: { lastValue: 1 }, $setOnInsert: { siteCode, year, createdAt: new Date() }, $set: { updatedAt: new Date() } },
      { upsert: true, new: true, lean: true },
    )
    return Number((doc as { lastValue: number }).lastValue)
  }
  const table = adapter.tableNameMap.get('index_counters') ?? 'index_counters'
  const qualified = adapter.schemaName ? `"${adapter.schemaName}"."${table}"` : `"${table}"`
  const now = new Date().toISOString()
  const statement = sql`INSERT INTO ${sql.raw(qualified)} ("key", "site_code", "year", "last_value", "updated_at", "created_at")
    VALUES (${key}, ${siteCode}, ${year}, 1, ${now}, ${now})
    ON CONFLICT ("key") DO UPDATE SET "last_value" = ${sql.raw(qualified)}."last_value" + 1, "updated_at" = ${now}
    RETURNING "last_value"`
  const db = await sessionDb(req, adapter)
  const rows = db.execute ? (await db.execute(statement)).rows : await db.all!(statement)
  const value = Number(rows[0]?.last_value ?? rows[0]?.lastValue)
  if (!Number.isInteger(value) || value < 1) throw new Error(`索引号计数器返回了无效的值：${String(value)}`)
  return value
}

export async function assignIndexNumber(req: PayloadRequest, siteCode: string, year: number): Promise<string> {
  return formatIndexNumber(siteCode, year, await nextIndexSequence(req, siteCode, year))
}
