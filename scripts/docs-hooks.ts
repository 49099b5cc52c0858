/**
 * Writes docs/hooks.md from the running config (see scripts/hookMap.ts). Payload starts on a throwaway SQLite file,
 * because some hooks are installed only when it initialises.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-hooks-'))
process.env.DATABASE_URL = `file:${path.join(scratch, 'hooks.db')}`
process.env.SEARCH_DB_PATH = path.join(scratch, 'search.db')
process.env.UPLOAD_DIR = path.join(scratch, 'uploads')
process.env.PAYLOAD_SECRET ??= 'hook-map-only-not-a-secret'
process.env.JOBS_WORKER = 'off'

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { migrateDatabase } = await import('../src/db/migrate')
const { hookMapPath, renderHookMap } = await import('./hookMap')
const payload = await getPayload({ config })
try {
  await migrateDatabase(payload)
  fs.writeFileSync(hookMapPath, await renderHookMap(payload))
  console.log(`wrote ${path.relative(process.cwd(), hookMapPath)}`)
} finally {
  await payload.destroy()
  fs.rmSync(scratch, { recursive: true, force: true })
}
