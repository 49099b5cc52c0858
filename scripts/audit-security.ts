/**
 * `npm run audit:security -- <base-url> [options]`: probes a running zhanqun server from outside, as an
 * attacker without an account would, and prints PASS or FAIL per check; exits 1 on any FAIL.
 *
 *   --page=<path>          a public page to inspect (default: /, the cluster index)
 *   --column=<path>        a public column list, for the page-number check (e.g. /sites/6400000001/columns/zwdt/)
 *   --agency-host=<host>   an agency domain served by this deployment (e.g. www.yinchuan.gov.cn): /admin and /api must be 404 there
 *   --skip-rate-limits     do not try 40 failed logins (they block logins from this address for the window)
 *
 * Against staging: run it from a machine outside the server, with the public URL of the admin host.
 */
import http from 'node:http'
import https from 'node:https'
import { randomBytes } from 'node:crypto'

type Response = { status: number; headers: http.IncomingHttpHeaders; text: string; bytesSent: number }
type Probe = { method?: string; path: string; headers?: Record<string, string>; body?: string; declaredBytes?: number }

const args = process.argv.slice(2)
const base = args.find((a) => !a.startsWith('--'))
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const flag = (name: string) => args.includes(`--${name}`)
if (!base) {
  console.error('用法：npm run audit:security -- <base-url> [--page=/path] [--column=/path] [--agency-host=host] [--skip-rate-limits]')
  process.exit(2)
}
const baseUrl = new URL(base)

function request(probe: Probe): Promise<Response> {
  const url = new URL(probe.path, baseUrl)
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    let bytesSent = 0
    let answered = false
    const req = client.request(url, { method: probe.method ?? 'GET', headers: probe.headers, agent: false, timeout: 30_000 }, (res) => {
      answered = true
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8'), bytesSent }))
    })
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', (error) => (answered ? undefined : reject(error)))
    if (probe.declaredBytes) {
      // Declares a large body and sends it slowly in pieces, stopping as soon as the server answers.
      const piece = Buffer.alloc(64 * 1024, 0x20)
      const pump = () => {
        while (!answered && !req.destroyed && bytesSent < probe.declaredBytes!) {
          bytesSent += piece.length
          if (!req.write(piece)) return void req.once('drain', pump)
        }
      }
      pump()
    } else {
      req.end(probe.body)
    }
  })
}

let failures = 0
async function check(name: string, run: () => Promise<string | null>): Promise<void> {
  try {
    const problem = await run()
    if (problem) failures += 1
    console.log(`${problem ? 'FAIL' : 'PASS'}  ${name}${problem ? `: ${problem}` : ''}`)
  } catch (error) {
    failures += 1
    console.log(`FAIL  ${name}: ${(error as Error).message}`)
  }
}

const cspOf = (headers: http.IncomingHttpHeaders) => {
  const map = new Map<string, string[]>()
  for (const d of String(headers['content-security-policy'] ?? '').split(';')) {
    const [name, ...values] = d.trim().split(/\s+/)
    if (name) map.set(name, values)
  }
  return map
}

function headerProblems(res: Response, page: boolean): string | null {
  const problems: string[] = []
  const csp = cspOf(res.headers)
  if (!res.headers['content-security-policy']) problems.push('no Content-Security-Policy')
  if (!(csp.get('frame-ancestors') ?? []).every((v) => v === "'self'" || v === "'none'") || !csp.has('frame-ancestors')) problems.push("frame-ancestors is not 'self'")
  if (page && (csp.get('script-src') ?? csp.get('default-src') ?? []).some((v) => v.includes('unsafe'))) problems.push('script-src allows unsafe-inline/eval')
  if (!/^(sameorigin|deny)$/i.test(String(res.headers['x-frame-options'] ?? ''))) problems.push('no X-Frame-Options')
  if (res.headers['x-content-type-options'] !== 'nosniff') problems.push('no X-Content-Type-Options: nosniff')
  if (!res.headers['referrer-policy']) problems.push('no Referrer-Policy')
  if (baseUrl.protocol === 'https:' && !/max-age=\d{7,}/.test(String(res.headers['strict-transport-security'] ?? ''))) problems.push('no HSTS (max-age ≥ 10^6 s) over https')
  if (res.headers['x-powered-by']) problems.push(`X-Powered-By: ${res.headers['x-powered-by']}`)
  return problems.length ? problems.join('; ') : null
}

const leaks = /(stack|at \S+\.(js|ts):\d+|select .* from|sqlite|postgres|ECONNREFUSED|SQLITE_)/i
const json = (text: string): any => {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

console.log(`站群安全探测：${baseUrl.origin}\n`)

await check('headers on a public page', async () => {
  const res = await request({ path: option('page') ?? '/' })
  if (res.status >= 400) return `status ${res.status}`
  if (/<script(?![^>]*\bsrc=)[^>]*>|\son(click|load|error)\s*=/i.test(res.text)) return 'inline script or event handler in the HTML'
  return headerProblems(res, true)
})

await check('headers on the API', async () => headerProblems(await request({ path: '/api/users/me' }), false))

await check('CSRF: a cookie-carrying write from a foreign origin is refused by the origin check (403)', async () => {
  // Without an account the probe's cookie is no session: only the origin check's own 403 (not an access 403) counts.
  const res = await request({ method: 'POST', path: '/api/articles', headers: { 'Content-Type': 'application/json', Cookie: 'payload-token=probe', Origin: 'https://evil.example' }, body: '{}' })
  if (res.status !== 403) return `status ${res.status}`
  return res.text.includes('跨站请求') ? null : '403 from access control, not from an origin check'
})

await check('body limit: a declared 30 MB login body gets 413 before it is sent', async () => {
  const res = await request({ method: 'POST', path: '/api/users/login', headers: { 'Content-Type': 'application/json', 'Content-Length': String(30 * 1024 * 1024) }, declaredBytes: 30 * 1024 * 1024 })
  if (res.status !== 413) return `status ${res.status}`
  if (!/[\u4e00-\u9fff]/.test(res.text)) return '413 without a Chinese message'
  return res.bytesSent >= 30 * 1024 * 1024 ? 'the whole body was read first' : null
})

await check('bounded page parameter: a 21-digit page is no 5xx', async () => {
  const paths = ['/api/articles?page=100000000000000000000', ...(option('column') ? [`${option('column')}?page=100000000000000000000`] : [])]
  for (const path of paths) {
    const res = await request({ path })
    if (res.status >= 500) return `${path}: status ${res.status}`
  }
  return null
})

await check('anonymous lists are capped (limit=0, pagination=false)', async () => {
  const res = await request({ path: '/api/articles?limit=0&pagination=false&depth=0' })
  const body = json(res.text)
  if (res.status !== 200 || !body) return `status ${res.status}`
  return body.docs.length <= 100 ? null : `${body.docs.length} rows in one response`
})

await check('error bodies: a malformed query is a 4xx without internals', async () => {
  for (const path of ['/api/articles?where[publishedAt][greater_than]=not-a-date', '/api/articles?where[id][in]=x', '/api/articles?depth=1000', '/api/nope']) {
    const res = await request({ path })
    if (res.status >= 500) return `${path}: status ${res.status}`
    if (leaks.test(res.text)) return `${path}: body shows internals`
  }
  return null
})

await check('/healthz says only ok or degraded', async () => {
  const res = await request({ path: '/healthz' })
  const body = json(res.text)
  return body && Object.keys(body).join() === 'status' && ['ok', 'degraded'].includes(body.status) ? null : `body ${res.text.slice(0, 200)}`
})

const agencyHost = option('agency-host')
await check('admin host: /admin and /api are 404 on an agency domain', async () => {
  if (!agencyHost) return 'give --agency-host=<an agency domain of this deployment>'
  for (const path of ['/admin', '/admin/login', '/api/users/me', '/api/articles']) {
    const res = await request({ path, headers: { Host: agencyHost } })
    if (res.status !== 404) return `${path} on ${agencyHost}: status ${res.status}`
  }
  const login = await request({ method: 'POST', path: '/api/users/login', headers: { Host: agencyHost, 'Content-Type': 'application/json' }, body: '{}' })
  return login.status === 404 ? null : `POST /api/users/login on ${agencyHost}: status ${login.status}`
})

// Off in every mode, the demo's development mode included (GRAPHQL_INTROSPECTION=on is a developer's switch).
await check('GraphQL introspection is off', async () => {
  const res = await request({ method: 'POST', path: '/api/graphql', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }) })
  return json(res.text)?.data?.__schema ? 'the schema was returned' : null
})

await check('GraphQL playground is not served', async () => {
  const res = await request({ path: '/api/graphql-playground' })
  return res.status === 404 ? null : `status ${res.status}`
})

if (!flag('skip-rate-limits')) {
  await check('rate limit: repeated failed logins get 429 with Retry-After', async () => {
    const email = `probe-${randomBytes(4).toString('hex')}@audit.invalid`
    for (let i = 0; i < 40; i++) {
      const res = await request({ method: 'POST', path: '/api/users/login', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: 'wrong' }) })
      if (res.status === 429) return Number(res.headers['retry-after']) > 0 ? null : '429 without Retry-After'
    }
    return 'no 429 after 40 failed logins'
  })
}

console.log(failures ? `\n${failures} 项未通过。` : '\n全部通过。')
process.exit(failures ? 1 : 0)
