import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import pg from 'pg'

/**
 * A test run migrates one database and copies it for every test file, instead of running the migrations ~100
 * times (CI runs the whole suite on both engines, then the date-sensitive files three more times). Each file
 * still gets its own fresh copy, and startTestPayload still calls migrateDatabase, which finds the migrations
 * recorded and does nothing. Without a run token (set by tests/support/globalSetup.ts) there is no template,
 * and every file migrates its database from scratch, as `.ci/run`'s `payload migrate` step does.
 */

const run = (): string | undefined => process.env.ZHANQUN_TEST_RUN || undefined

/** SQLite: the first file to finish migrating leaves a copy here (in os.tmpdir, removed by the global teardown). */
export function sqliteTemplateFile(): string | null {
  const token = run()
  return token ? path.join(os.tmpdir(), `zhanqun-template-${token}.db`) : null
}

/** Copies the run's template into `file` when there is one yet; says whether it did. */
export function copySqliteTemplate(file: string): boolean {
  const template = sqliteTemplateFile()
  if (!template || !fs.existsSync(template)) return false
  fs.copyFileSync(template, file)
  return true
}

/**
 * Called right after migrating a database that was not copied from a template (before any test data, before the
 * server seeds holidays): VACUUM INTO writes a consistent copy even in WAL mode, and the rename makes it appear whole.
 */
export async function publishSqliteTemplate(payload: Payload): Promise<void> {
  const template = sqliteTemplateFile()
  const client = (payload.db as unknown as { client?: { execute(sql: string): Promise<unknown> } }).client
  if (!template || !client || fs.existsSync(template)) return
  const partial = `${template}.${process.pid}.partial`
  fs.rmSync(partial, { force: true })
  await client.execute(`VACUUM INTO '${partial.replaceAll("'", "''")}'`)
  fs.renameSync(partial, template)
}

/**
 * PostgreSQL copies a database only when nobody is connected to it, so a test file cannot offer its own. The global
 * setup builds the run's template in a child process (tests/support/templateBuilder.ts, the same migrateDatabase)
 * while the first files start; it is used once built. Nobody waits for it: until then, or if the build fails,
 * files create an empty database and migrate it themselves.
 */
const postgresTemplateName = (token: string): string => `zhanqun_test_${token}_template`
const postgresReadyFile = (token: string): string => path.join(os.tmpdir(), `zhanqun-template-${token}-postgres-ready`)

export function postgresTemplate(): string | null {
  const token = run()
  return token && fs.existsSync(postgresReadyFile(token)) ? postgresTemplateName(token) : null
}

/** Starts building the template (global setup); the returned function stops a build still running (teardown). */
export async function buildPostgresTemplate(serverUrl: string): Promise<() => Promise<void>> {
  const token = run()
  if (!token) return async () => {}
  const name = postgresTemplateName(token)
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['tests/support/templateBuilder.ts'], {
    env: { ...process.env, DATABASE_URL: url.toString() },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let errors = ''
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString()
  })
  const exited = new Promise<void>((resolve) => {
    child.once('error', (error) => {
      console.error('PostgreSQL template database not built; every file migrates its own database:', error)
      resolve()
    })
    child.once('exit', (code, signal) => {
      if (code === 0) fs.writeFileSync(postgresReadyFile(token), name)
      else if (!signal) console.error(`PostgreSQL template database not built (exit ${code}); every file migrates its own:\n${errors}`)
      resolve()
    })
  })
  return async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill()
    await exited
  }
}

/** For the global teardown: the run's SQLite template and lock directories (its PostgreSQL template is dropped with the run's databases). */
export function removeTemplateFiles(token = run()): void {
  if (!token) return
  for (const entry of fs.readdirSync(os.tmpdir())) {
    if (entry.startsWith(`zhanqun-template-${token}`))
      fs.rmSync(path.join(os.tmpdir(), entry), { recursive: true, force: true })
  }
}
