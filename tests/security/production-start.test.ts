import { spawn } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSiteWithStaff, createUser, password, sitePath, type SiteWithStaff } from '../support/fixtures'
import { startTestPayload, type TestPlatform } from '../support/payload'
import { rawRequest } from '../support/rawHttp'

/**
 * 生产环境启动（issue #10 账号与演示默认值）：PAYLOAD_SECRET 不足 32 字节或库中仍有演示账号时拒绝启动，给出中文说明并以非零码退出；
 * 正常启动后 Cookie 带 Secure 与 SameSite，页面带 HSTS，GraphQL 不接受内省查询。
 * src/server.ts runs as production runs it, in its own process, on this file's database.
 */

const strongSecret = 'k3J9x2PqL8vN4mZ7tR1wY6uE5oI0aS2dF8gH3jK7lQ9='
let platform: TestPlatform
let s: SiteWithStaff

beforeAll(async () => {
  platform = await startTestPayload()
  s = await createSiteWithStaff(platform.payload, 'P', { siteCode: '6400000055' })
})
afterAll(async () => platform?.close())

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = http.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

type Started = { url: string; stop(): Promise<void> }

/** Starts the production server; resolves when it listens, or rejects with its exit code and output. */
async function startProduction(env: Record<string, string>): Promise<Started> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('src/server.ts')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      ADMIN: 'off',
      JOBS_WORKER: 'off',
      PUBLIC_URL: url,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const ready = Number(env.WEB_CONCURRENCY ?? 1) > 1 ? '全部 2 个工作进程已就绪' : '站群已启动'
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes(ready)) resolve()
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.on('exit', (code) => reject(Object.assign(new Error(`exited with ${code}`), { code, output })))
  })
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}

const refusal = async (env: Record<string, string>) => {
  const error = await startProduction(env).then(
    async (started) => {
      await started.stop()
      throw new Error('the production server started')
    },
    (e: { code: number; output: string }) => e,
  )
  return error
}

describe('a production start refuses', () => {
  it.each([
    ['a short PAYLOAD_SECRET', 'only-20-bytes-secret'],
    ['31 bytes', 'x'.repeat(31)],
  ])(
    '%s, with a clear Chinese message and a non-zero exit',
    async (_, secret) => {
      const { code, output } = await refusal({ PAYLOAD_SECRET: secret })
      expect(code).toBe(78)
      expect(output).toContain('PAYLOAD_SECRET')
      expect(output).toContain('至少需要 32 字节')
    },
    120_000,
  )

  it('the demo accounts, naming them, and does not restart workers in a loop', async () => {
    const demo = await createUser(platform.payload, { email: 'editor@yinchuan.zhanqun.demo', name: '演示编辑' })
    try {
      for (const env of [{}, { WEB_CONCURRENCY: '2' }] as Record<string, string>[]) {
        const { code, output } = await refusal({ PAYLOAD_SECRET: strongSecret, ...env })
        expect(code).toBe(78)
        expect(output).toContain('演示账号')
        expect(output).toContain('editor@yinchuan.zhanqun.demo')
      }
    } finally {
      await platform.payload.delete({ collection: 'users', id: demo.id, overrideAccess: true })
    }
  }, 300_000)
})

describe('a production server that starts', () => {
  let server: Started
  beforeAll(async () => {
    // GRAPHQL_INTROSPECTION=on is a development switch: production ignores it.
    server = await startProduction({ PAYLOAD_SECRET: strongSecret, GRAPHQL_INTROSPECTION: 'on' })
  }, 180_000)
  afterAll(async () => server?.stop())

  it('sets Secure and SameSite on the session cookie', async () => {
    const res = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/users/login',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: s.editor.email, password }),
    })
    expect(res.status, res.text).toBe(200)
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('payload-token='))!
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*SameSite=(Lax|Strict)/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
  })

  it('sends HSTS on pages and the API', async () => {
    for (const path of [sitePath(s.site, '/'), '/api/articles']) {
      const res = await rawRequest(server.url, { path })
      expect(res.headers['strict-transport-security'], path).toMatch(/max-age=\d{8}/)
    }
  })

  it('refuses GraphQL introspection', async () => {
    const res = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/graphql',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    })
    expect(res.text).not.toContain('"types"')
    expect(res.json().errors?.length).toBeGreaterThan(0)
  })

  it('gives no internals in error bodies', async () => {
    for (const query of ['where[publishedAt][greater_than]=not-a-date', 'where[id][in]=1,x', 'where[title][nope]=1']) {
      const res = await rawRequest(server.url, { path: `/api/articles?${query}` })
      expect(res.status, query).toBeLessThan(500)
      expect(res.text).not.toMatch(/stack|select |at .*\.js|sqlite|postgres/i)
    }
  })
})
