import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { createTestDatabase, type TestDatabase } from './database'
import { publishSqliteTemplate } from './templateDatabase'

export type TestPlatform = { payload: Payload; database: TestDatabase; close(): Promise<void> }

/**
 * A Payload instance on a fresh database, migrated from the committed migrations (a copy of the run's migrated
 * template when there is one; migrateDatabase then has nothing left to do).
 * The config reads DATABASE_URL when it is imported, so the import happens here, after it is set.
 */
export async function startTestPayload(): Promise<TestPlatform> {
  const database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
  process.env.UPLOAD_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-uploads-'))
  process.env.SEARCH_DB_PATH ??= path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-search-')), 'search.db')
  process.env.PAYLOAD_SECRET ??= 'test-secret-test-secret-test-secret'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  const { migrateDatabase } = await import('../../src/db/migrate')
  await migrateDatabase(payload)
  if (database.kind === 'sqlite' && !database.fromTemplate) await publishSqliteTemplate(payload)
  return {
    payload,
    database,
    async close() {
      await payload.destroy()
      await database.drop()
    },
  }
}

export type TestServer = TestPlatform & { url: string; server: import('../../src/server/app').RunningServer }

/** The Express server (REST, GraphQL, public sites) on a random port; Next's admin only when asked. */
export async function startTestServer(options: { admin?: boolean } = {}): Promise<TestServer> {
  const database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
  process.env.UPLOAD_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-uploads-'))
  process.env.SEARCH_DB_PATH ??= path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-search-')), 'search.db')
  process.env.PAYLOAD_SECRET ??= 'test-secret-test-secret-test-secret'
  const { startServer } = await import('../../src/server/app')
  const server = await startServer({ port: 0, host: '127.0.0.1', admin: options.admin ?? false })
  return {
    payload: server.payload,
    database,
    server,
    url: server.url,
    async close() {
      await server.close()
      await server.payload.destroy()
      await database.drop()
    },
  }
}
