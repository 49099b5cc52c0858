import type { Payload } from 'payload'
import { databaseKind } from './adapter.js'
import { migrations as sqliteMigrations } from '../../migrations/sqlite/index.js'
import { migrations as postgresMigrations } from '../../migrations/postgres/index.js'

/**
 * Brings the schema up to date from the committed migrations. Production does this through the
 * adapter's prodMigrations; development and tests call it here, so every mode runs the same SQL.
 */
export async function migrateDatabase(payload: Payload): Promise<void> {
  if (process.env.NODE_ENV === 'production') return
  const kind = databaseKind()
  if (kind === 'mongodb') return
  const migrate = (payload.db as unknown as { migrate?: (args: { migrations: unknown[] }) => Promise<void> }).migrate
  await migrate?.call(payload.db, { migrations: kind === 'postgres' ? postgresMigrations : sqliteMigrations })
}
