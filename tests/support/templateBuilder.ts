/**
 * Run as a child process by tests/support/templateDatabase.ts: migrates DATABASE_URL (a test run's PostgreSQL
 * template) with the same migrateDatabase every test file calls, then disconnects, so the database can be copied.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-template-builder-'))
process.env.UPLOAD_DIR = path.join(scratch, 'uploads')
process.env.SEARCH_DB_PATH = path.join(scratch, 'search.db')
process.env.PAYLOAD_SECRET ??= 'test-secret-test-secret-test-secret'
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
const { migrateDatabase } = await import('../../src/db/migrate')
await migrateDatabase(payload)
await payload.destroy()
fs.rmSync(scratch, { recursive: true, force: true })
process.exit(0)
