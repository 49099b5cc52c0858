import { randomBytes } from 'node:crypto'
import { dropLeftoverTestDatabases } from './database'
import { removeTemplateFiles } from './templateDatabase'

/** A token for this run's database names, inherited by the test workers. */
export function setup(): void {
  process.env.ZHANQUN_TEST_RUN ??= `r${randomBytes(3).toString('hex')}`
}

/** Drops this run's databases, PostgreSQL template included, and removes its SQLite template. */
export async function teardown(): Promise<void> {
  removeTemplateFiles()
  if (process.env.TEST_DATABASE === 'postgres' && process.env.TEST_POSTGRES_URL) {
    await dropLeftoverTestDatabases(process.env.TEST_POSTGRES_URL)
  }
}
