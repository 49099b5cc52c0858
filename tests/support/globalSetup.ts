import { dropLeftoverTestDatabases } from './database'

export async function teardown(): Promise<void> {
  if (process.env.TEST_DATABASE === 'postgres' && process.env.TEST_POSTGRES_URL) {
    await dropLeftoverTestDatabases(process.env.TEST_POSTGRES_URL)
  }
}
