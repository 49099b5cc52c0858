import { spawn } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSiteWithStaff, login, password, sitePath, type SiteWithStaff } from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'
import { rawRequest } from '../support/rawHttp'

/**
 * Controls that were production-only while the demo runs in development mode (issue #10, admin hosts and
 * accounts): GraphQL introspection is off in every mode (GRAPHQL_INTROSPECTION=on turns it on outside
 * production only), and HSTS and `Secure` cookies follow whether the platform is served over https — an
 * https PUBLIC_URL, or production — so the demo over http://localhost still signs in.
 */

let server: TestServer
let s: SiteWithStaff

beforeAll(async () => {
  delete process.env.PUBLIC_URL
  delete process.env.GRAPHQL_INTROSPECTION
  server = await startTestServer()
  s = await createSiteWithStaff(server.payload, 'D', { siteCode: '6400000077' })
}, 120_000)
afterAll(async () => server?.close())

const gql = (baseUrl: string, query: string, token?: string) =>
  rawRequest(baseUrl, {
    method: 'POST',
    path: '/api/graphql',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify({ query }),
  })

const introspection = [
  '{ __schema { types { name } } }',
  '{ __type(name: "Article") { fields { name } } }',
  'query { a: __schema { queryType { name } } }',
]

describe('GraphQL introspection outside production', () => {
  it('is refused for anonymous visitors and signed-in editors alike', async () => {
    const token = await login(server.url, s.editor)
    for (const query of introspection) {
      for (const res of [await gql(server.url, query), await gql(server.url, query, token)]) {
        expect(res.text, query).not.toMatch(/"(types|fields|queryType)"/)
        expect(res.text, query).toMatch(/introspection is not allowed/i)
      }
    }
    // Ordinary queries, `__typename` included, still work.
    const ordinary = await gql(server.url, '{ Articles(limit: 1) { __typename totalDocs } }')
    expect(ordinary.json().data.Articles.__typename).toBeTruthy()
  })

  it('the playground is not served', async () => {
    expect((await rawRequest(server.url, { path: '/api/graphql-playground' })).status).toBe(404)
  })

  it('GRAPHQL_INTROSPECTION=on turns it on for development', async () => {
    process.env.GRAPHQL_INTROSPECTION = 'on'
    try {
      const res = await gql(server.url, introspection[0]!)
      expect(res.json().data.__schema.types.length).toBeGreaterThan(10)
    } finally {
      delete process.env.GRAPHQL_INTROSPECTION
    }
    expect((await gql(server.url, introspection[0]!)).json().data?.__schema).toBeFalsy()
  })
})

describe('served over plain http (the demo)', () => {
  it('sends no HSTS and a session cookie without Secure that signs in', async () => {
    const page = await rawRequest(server.url, { path: sitePath(s.site, '/') })
    expect(page.status).toBe(200)
    expect(page.headers['strict-transport-security']).toBeUndefined()
    expect(String(page.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests')
    const res = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/users/login',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: s.editor.email, password }),
    })
    expect(res.status).toBe(200)
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('payload-token='))!
    expect(cookie).not.toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    const me = await rawRequest(server.url, { path: '/api/users/me', headers: { Cookie: cookie.split(';')[0]! } })
    expect(me.json().user?.email).toBe(s.editor.email)
  })
})

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = http.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

describe('a development server whose PUBLIC_URL is https', () => {
  let url: string
  let stop: () => Promise<void>
  beforeAll(async () => {
    const port = await freePort()
    url = `http://127.0.0.1:${port}`
    // TLS ends in a proxy in front; the server itself listens on plain http, on this file's database.
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('src/server.ts')], {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        PUBLIC_URL: 'https://zhanqun.example.gov.cn',
        PORT: String(port),
        HOST: '127.0.0.1',
        ADMIN: 'off',
        JOBS_WORKER: 'off',
        WEB_CONCURRENCY: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    await new Promise<void>((resolve, reject) => {
      const read = (chunk: Buffer) => {
        output += chunk.toString()
        if (output.includes('站群已启动')) resolve()
      }
      child.stdout!.on('data', read)
      child.stderr!.on('data', read)
      child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)))
    })
    stop = async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
  }, 180_000)
  afterAll(async () => stop?.())

  it('sends HSTS on pages and the API, and marks the session cookie Secure', async () => {
    for (const p of [sitePath(s.site, '/'), '/api/articles']) {
      const res = await rawRequest(url, { path: p })
      expect(res.headers['strict-transport-security'], p).toMatch(/max-age=\d{8}/)
    }
    const res = await rawRequest(url, {
      method: 'POST',
      path: '/api/users/login',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: s.reviewer.email, password }),
    })
    expect(res.status, res.text).toBe(200)
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('payload-token='))!
    expect(cookie).toMatch(/;\s*Secure/i)
  })

  // In its own process, as the demo runs: in-process, client and server share one event loop and the race
  // never shows. Node closed the connection as soon as a response ended on an unread body, so the client
  // got EPIPE instead of the 413 (src/security/bodyLimits.ts now ends the response after the discard).
  it('answers an oversize body with a 413 the client reads, every time', async () => {
    for (let i = 0; i < 8; i++) {
      const res = await rawRequest(url, {
        method: 'POST',
        path: '/api/users/login',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(30 * 1024 * 1024) },
        stream: { chunkBytes: 64 * 1024, chunks: 480 },
      })
      expect(res.status).toBe(413)
      expect(res.text).toContain('请求内容过大')
    }
  })

  it('still refuses introspection', async () => {
    const res = await gql(url, introspection[0]!)
    expect(res.status).toBeLessThan(500)
    expect(res.json().data?.__schema).toBeFalsy()
    expect(res.json().errors?.[0]?.message).toMatch(/introspection/i)
  })
})

describe('X-Forwarded-For outside production', () => {
  // Last in this file: it spends this address's failed-login allowance.
  it('is not believed without TRUST_PROXY: a new made-up address per attempt does not step around the per-address limit', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 24; i++) {
      const res = await rawRequest(server.url, {
        method: 'POST',
        path: '/api/users/login',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `198.51.100.${i + 1}` },
        body: JSON.stringify({ email: `sprayed-${i}@test.gov.cn`, password: 'wrong-password-1' }),
      })
      statuses.push(res.status)
    }
    // LOGIN_LIMIT_PER_ADDRESS defaults to 20 failures.
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429])
  })
})
