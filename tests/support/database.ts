import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { copySqliteTemplate, postgresTemplate } from './templateDatabase'

/**
 * Every test file gets its own fresh database: a new SQLite file, or a new PostgreSQL database
 * when TEST_DATABASE=postgres (TEST_POSTGRES_URL names the server). Nothing is shared between files.
 */
export type TestDatabase = {
  url: string
  kind: 'sqlite' | 'postgres'
  /** Copied from the run's migrated template (tests/support/templateDatabase.ts) rather than created empty. */
  fromTemplate: boolean
  drop(): Promise<void>
}

export async function createTestDatabase(): Promise<TestDatabase> {
  // The run token (set by the global setup) keeps one run's teardown from dropping another, concurrent run's databases.
  const run = process.env.ZHANQUN_TEST_RUN ? `${process.env.ZHANQUN_TEST_RUN}_` : ''
  const name = `zhanqun_test_${run}${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  if (process.env.TEST_DATABASE === 'postgres') {
    const serverUrl = process.env.TEST_POSTGRES_URL
    if (!serverUrl)
      throw new Error(
        'TEST_DATABASE=postgres needs TEST_POSTGRES_URL, e.g. postgres://zhanqun:zhanqun@127.0.0.1:5432/postgres',
      )
    const template = postgresTemplate()
    const admin = new pg.Client({ connectionString: serverUrl })
    await admin.connect()
    await admin.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`)
    await admin.end()
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      kind: 'postgres',
      fromTemplate: template !== null,
      // The pool stays open until the test process exits; the global teardown drops these databases.
      async drop() {},
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-test-'))
  const file = path.join(dir, `${name}.db`)
  return {
    url: `file:${file}`,
    kind: 'sqlite',
    fromTemplate: copySqliteTemplate(file),
    async drop() {
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Drops the test databases this run left on the PostgreSQL server (run once, after all test files); every one without a run token. */
export async function dropLeftoverTestDatabases(
  serverUrl: string,
  run = process.env.ZHANQUN_TEST_RUN ?? '',
): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  const pattern = run ? `zhanqun\\_test\\_${run}\\_%` : 'zhanqun\\_test\\_%'
  const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
    pattern,
  ])
  for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`)
  await client.end()
}
