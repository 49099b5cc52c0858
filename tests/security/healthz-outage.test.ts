import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { columnPath, createArticle, createSiteWithStaff, sitePath, type SiteWithStaff } from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'
import { rawRequest } from '../support/rawHttp'

/**
 * /healthz 只公开 "ok" 或 "degraded"，不带数据库的原始报错；数据库故障时页面和接口答 503 并带 Retry-After，而不是裸 500。
 * The outage is real on PostgreSQL (the database stops accepting connections and its sessions are
 * ended); on SQLite the server's database connection is closed under it.
 */

let server: TestServer
let s: SiteWithStaff

beforeAll(async () => {
  server = await startTestServer()
  s = await createSiteWithStaff(server.payload, 'O', { siteCode: '6400000066' })
  await createArticle(server.payload, { site: s.site, column: s.column, title: '故障前的信息', status: 'published' })
})

const databaseName = () => new URL(server.database.url).pathname.slice(1)
const postgresAdmin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

afterAll(async () => {
  if (server?.database.kind === 'postgres')
    await postgresAdmin((c) => c.query(`ALTER DATABASE ${databaseName()} WITH ALLOW_CONNECTIONS true`))
  await server?.server.close().catch(() => {})
})

async function takeDatabaseDown(): Promise<void> {
  if (server.database.kind === 'postgres') {
    await postgresAdmin(async (c) => {
      await c.query(`ALTER DATABASE ${databaseName()} WITH ALLOW_CONNECTIONS false`)
      await c.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [databaseName()],
      )
    })
  } else {
    ;(server.payload.db as unknown as { client: { close(): void } }).client.close()
  }
  // The health probe is cached for two seconds.
  await new Promise((resolve) => setTimeout(resolve, 2200))
}

describe('healthy', () => {
  it('/healthz says only "ok"', async () => {
    const res = await rawRequest(server.url, { path: '/healthz' })
    expect(res.status).toBe(200)
    expect(res.json()).toEqual({ status: 'ok' })
  })
})

describe('database outage', () => {
  beforeAll(takeDatabaseDown, 30_000)

  it('/healthz says "degraded" with 503 and Retry-After, and nothing about the database', async () => {
    const res = await rawRequest(server.url, { path: '/healthz' })
    expect(res.status).toBe(503)
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
    expect(res.json()).toEqual({ status: 'degraded' })
  })

  it('an uncached public page answers 503 with Retry-After and a Chinese explanation, not a bare 500', async () => {
    for (const path of [columnPath(s.site, s.column), sitePath(s.site, '/sitemap/'), sitePath(s.site, '/feed.xml')]) {
      const res = await rawRequest(server.url, { path })
      expect(res.status, path).toBe(503)
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
      expect(res.text).toContain('服务暂时不可用')
      expect(res.text).not.toMatch(/select|sqlite|postgres|ECONN|client is closed|stack/i)
    }
  })

  it('the API answers 503 with Retry-After, REST and GraphQL', async () => {
    const rest = await rawRequest(server.url, { path: '/api/articles' })
    expect(rest.status).toBe(503)
    expect(Number(rest.headers['retry-after'])).toBeGreaterThan(0)
    expect(rest.json().errors[0].message).toContain('服务暂时不可用')
    expect(rest.text).not.toMatch(/select|sqlite|postgres|ECONN|client is closed/i)
  })
})
