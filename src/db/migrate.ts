import type { Payload } from 'payload'
import { databaseKind } from './adapter'
import { migrations as sqliteMigrations } from '../../migrations/sqlite/index'
import { migrations as postgresMigrations } from '../../migrations/postgres/index'

/**
 * Brings the schema up to date from the committed migrations. Production does this through the
 * adapter's prodMigrations; development and tests call it here, so every mode runs the same SQL.
 */
export async function migrateDatabase(payload: Payload): Promise<void> {
  const kind = databaseKind()
  if (kind === 'sqlite') await tuneSqlite(payload)
  if (process.env.NODE_ENV === 'production') return
  if (kind === 'mongodb') return
  const migrate = (payload.db as unknown as { migrate?: (args: { migrations: unknown[] }) => Promise<void> }).migrate
  await migrate?.call(payload.db, { migrations: kind === 'postgres' ? postgresMigrations : sqliteMigrations })
}

/**
 * WAL lets the public pages read while an editor writes. It is kept in the file; the per-connection settings that
 * go with it (NORMAL sync, the busy timeout) are set on every connection by src/db/sqliteConnections.ts.
 */
async function tuneSqlite(payload: Payload): Promise<void> {
  const client = (payload.db as unknown as { client?: { execute(sql: string): Promise<unknown> } }).client
  if (!client) return
  await client.execute('PRAGMA journal_mode = WAL')
}
