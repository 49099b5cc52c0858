import { randomBytes } from 'node:crypto'
import { dropLeftoverTestDatabases } from './database'
import { buildPostgresTemplate, removeTemplateFiles } from './templateDatabase'

let stopTemplateBuild: () => Promise<void> = async () => {}

/**
 * A token for this run's database names, inherited by the test workers; on PostgreSQL the run's template starts
 * building (tests/support/templateDatabase.ts). Not for a single-worker run (TEST_WORKERS=1, as when checking a
 * file or two), where building it would cost more than the few files gain.
 */
export async function setup(): Promise<void> {
  process.env.ZHANQUN_TEST_RUN ??= `r${randomBytes(3).toString('hex')}`
  if (process.env.TEST_DATABASE === 'postgres' && process.env.TEST_POSTGRES_URL && process.env.TEST_WORKERS !== '1')
    stopTemplateBuild = await buildPostgresTemplate(process.env.TEST_POSTGRES_URL)
}

/** Drops this run's databases, PostgreSQL template included, and removes its SQLite template. */
export async function teardown(): Promise<void> {
  await stopTemplateBuild()
  removeTemplateFiles()
  if (process.env.TEST_DATABASE === 'postgres' && process.env.TEST_POSTGRES_URL) {
    await dropLeftoverTestDatabases(process.env.TEST_POSTGRES_URL)
  }
}
