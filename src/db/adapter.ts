import path from 'node:path'
import { pathToFileURL } from 'node:url'
import fs from 'node:fs'
import type { DatabaseAdapterObj } from 'payload'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { migrations as sqliteMigrations } from '../../migrations/sqlite/index'
import { migrations as postgresMigrations } from '../../migrations/postgres/index'
import { projectRoot } from '../projectRoot'
import { sqliteConnectionPragmas, withPragmasOnEveryConnection } from './sqliteConnections'


export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export function databaseKind(url = process.env.DATABASE_URL): DatabaseKind {
  if (!url || url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(
    `DATABASE_URL 无法识别：“${url}”。请使用 file:（SQLite）、postgres://（PostgreSQL）或 mongodb://（MongoDB）开头的地址。`,
  )
}

/**
 * SQLite paths are resolved to absolute file URLs: a relative `file:` URL is resolved against
 * the process's working directory, which differs between the server, the CLI and the tests.
 */
function sqliteFileUrl(url = process.env.DATABASE_URL): string {
  const raw = url?.startsWith('file:') ? url.slice('file:'.length) : 'data/zhanqun.db'
  const absolute = path.isAbsolute(raw) ? raw : path.resolve(projectRoot, raw)
  fs.mkdirSync(path.dirname(absolute), { recursive: true })
  return pathToFileURL(absolute).href
}

/**
 * The schema is always created by the committed migrations, in every mode: a dev-mode schema
 * push followed by `payload migrate` stops at an interactive prompt, so push is never used.
 */
// Mongoose and the MongoDB driver cost about 0.7 s of CPU to load: only a MongoDB deployment pays for them.
const mongodb = databaseKind() === 'mongodb' ? await import('@payloadcms/db-mongodb') : undefined

export function databaseAdapter(url = process.env.DATABASE_URL): DatabaseAdapterObj {
  switch (databaseKind(url)) {
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: url, max: Number(process.env.DATABASE_POOL_MAX ?? 10) },
        push: false,
        migrationDir: path.resolve(projectRoot, 'migrations/postgres'),
        prodMigrations: postgresMigrations,
      })
    case 'mongodb':
      // Not exercised in CI: no MongoDB server can run on the build machines (see README).
      if (!mongodb) throw new Error('MongoDB 适配器未载入：请在启动前设置 DATABASE_URL=mongodb://…')
      return mongodb.mongooseAdapter({ url: url as string })
    default: {
      const adapter = sqliteAdapter({
        client: { url: sqliteFileUrl(url) },
        push: false,
        migrationDir: path.resolve(projectRoot, 'migrations/sqlite'),
        prodMigrations: sqliteMigrations,
      })
      // Several processes share the file (WEB_CONCURRENCY workers, a CLI beside the server, the monitor's workers
      // racing for a run lock): every connection waits its turn for a write lock.
      return withPragmasOnEveryConnection(adapter, sqliteConnectionPragmas(Number(process.env.SQLITE_BUSY_TIMEOUT_MS ?? 10_000)))
    }
  }
}
