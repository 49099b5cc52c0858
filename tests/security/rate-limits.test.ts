import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSiteWithStaff, password, sitePath, type SiteWithStaff } from '../support/fixtures'
import { startClusterServer, type ClusterServer } from '../support/clusterServer'
import { startTestPayload, startTestServer, type TestPlatform, type TestServer } from '../support/payload'
import { rawRequest, type RawResponse } from '../support/rawHttp'

/**
 * 访问频率限制（issue #10 第 9 行）：登录按来源地址和按账号计失败次数，搜索按地址计次；超限 429，带 Retry-After 和中文说明。
 * 多进程部署（WEB_CONCURRENCY）下限额对整台主机有效，而不是每个工作进程各算各的。
 * Test addresses come in X-Forwarded-For, which the server trusts from loopback only (TRUST_PROXY=loopback, as
 * behind a local proxy in production; outside production nothing is trusted by default).
 */

let server: TestServer
let s: SiteWithStaff

beforeAll(async () => {
  process.env.TRUST_PROXY = 'loopback'
  process.env.LOGIN_LIMIT_PER_ADDRESS = '10'
  process.env.LOGIN_LIMIT_PER_ACCOUNT = '6'
  process.env.SEARCH_LIMIT_PER_MINUTE = '8'
  process.env.ACCOUNT_RECOVERY_LIMIT_PER_HOUR = '3'
  server = await startTestServer()
  s = await createSiteWithStaff(server.payload, 'R', { siteCode: '6400000088' })
})
afterAll(async () => server?.close())

const attempt = (baseUrl: string, email: string, pw: string, address: string) =>
  rawRequest(baseUrl, {
    method: 'POST',
    path: '/api/users/login',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
    body: JSON.stringify({ email, password: pw }),
  })

function expect429(res: RawResponse, message: string) {
  expect(res.status).toBe(429)
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
  expect(res.text).toContain(message)
}

describe('login', () => {
  it('answers 429 with Retry-After once an address has failed too often (was 40 × 401)', async () => {
    const statuses: number[] = []
    let last: RawResponse | undefined
    for (let i = 0; i < 40; i++) {
      // Different accounts, so that only the per-address limit can stop this.
      last = await attempt(server.url, `nobody${i}@test.gov.cn`, 'wrong-password', '203.0.113.10')
      statuses.push(last.status)
    }
    expect(statuses.slice(0, 10).every((st) => st === 401)).toBe(true)
    expect(statuses.slice(10).every((st) => st === 429)).toBe(true)
    expect429(last!, '登录失败次数过多')
    // Even the right password waits now, from that address; another address is unaffected.
    expect((await attempt(server.url, s.reviewer.email, password, '203.0.113.10')).status).toBe(429)
    expect((await attempt(server.url, s.reviewer.email, password, '203.0.113.11')).status).toBe(200)
  })

  it('limits failures per account from any number of addresses', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 9; i++)
      statuses.push((await attempt(server.url, s.siteAdmin.email, 'wrong-password', `198.51.100.${i + 1}`)).status)
    expect(statuses.slice(0, 6).every((st) => st === 401)).toBe(true)
    expect(statuses.slice(6).every((st) => st === 429)).toBe(true)
    expect429(
      await attempt(server.url, s.siteAdmin.email.toUpperCase(), password, '198.51.100.99'),
      '该账号登录失败次数过多',
    )
  })

  it('does not count successful logins: an office behind one address signs in freely', async () => {
    for (let i = 0; i < 25; i++)
      expect((await attempt(server.url, s.editor.email, password, '192.0.2.50')).status).toBe(200)
  })

  it('counts GraphQL loginUser attempts against the same limits', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) {
      const res = await rawRequest(server.url, {
        method: 'POST',
        path: '/api/graphql',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.77' },
        body: JSON.stringify({
          query:
            'mutation($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }',
          variables: { email: `g${i}@test.gov.cn`, password: 'x' },
        }),
      })
      statuses.push(res.status)
    }
    expect(statuses.slice(10).every((st) => st === 429)).toBe(true)
  })
})

describe('account recovery', () => {
  it('limits forgot-password requests per address, REST and GraphQL together', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 3; i++) {
      const res = await rawRequest(server.url, {
        method: 'POST',
        path: '/api/users/forgot-password',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.40' },
        body: JSON.stringify({ email: s.editor.email }),
      })
      statuses.push(res.status)
    }
    expect(statuses.every((st) => st < 400)).toBe(true)
    const graphql = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/graphql',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.40' },
      body: JSON.stringify({ query: `mutation { forgotPasswordUser(email: "${s.editor.email}") }` }),
    })
    expect429(graphql, '找回密码或验证请求过于频繁')
    const rest = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/users/forgot-password',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.40' },
      body: JSON.stringify({ email: s.editor.email }),
    })
    expect429(rest, '找回密码或验证请求过于频繁')
  })
})

describe('search', () => {
  it('answers 429 with Retry-After past the per-minute limit, on /search and /search.json alike', async () => {
    const statuses: number[] = []
    let last: RawResponse | undefined
    for (let i = 0; i < 10; i++) {
      last = await rawRequest(server.url, {
        path: sitePath(s.site, `/search${i % 2 ? '.json' : ''}?q=${encodeURIComponent(`政务${i}`)}`),
        headers: { 'X-Forwarded-For': '203.0.113.20' },
      })
      statuses.push(last.status)
    }
    expect(statuses.slice(0, 8).every((st) => st === 200)).toBe(true)
    expect(statuses.slice(8)).toEqual([429, 429])
    expect429(last!, '搜索过于频繁')
    expect(last!.json().errors[0].message).toContain('搜索过于频繁')
    const other = await rawRequest(server.url, {
      path: sitePath(s.site, '/search?q=政务'),
      headers: { 'X-Forwarded-For': '203.0.113.21' },
    })
    expect(other.status).toBe(200)
  })
})

describe('across the worker processes of one host', () => {
  let platform: TestPlatform
  let cluster: ClusterServer | undefined
  let baseUrl: string

  beforeAll(async () => {
    platform = await startTestPayload()
    await createSiteWithStaff(platform.payload, 'W')
    cluster = await startClusterServer({ JOBS_WORKER: 'off', LOGIN_LIMIT_PER_ADDRESS: '6' })
    baseUrl = cluster.url
  }, 420_000)

  afterAll(async () => {
    await cluster?.stop()
    await platform?.close()
  }, 60_000)

  it('allows only the host-wide number of failures, though two workers answer in turn', async () => {
    const statuses: number[] = []
    // New connections each time (agent: false), so the primary's round-robin spreads them over both workers.
    for (let i = 0; i < 14; i++)
      statuses.push((await attempt(baseUrl, `nobody${i}@test.gov.cn`, 'wrong', '203.0.113.30')).status)
    expect(statuses.filter((st) => st === 401)).toHaveLength(6)
    expect(statuses.slice(6).every((st) => st === 429)).toBe(true)
  })
})
