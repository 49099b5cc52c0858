import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPlatform } from '../support/payload'
import { client, clientAs, createSiteWithStaff, fetchPage, sitePath, type SiteWithStaff } from '../support/fixtures'
import { lexicalWithLinks } from '../support/monitoring'
import { freePort } from '../support/clusterServer'

/**
 * The production server as `npm start` runs it: scripts/build-server.mjs bundles Payload, Lexical, the database
 * adapters and the renderers into one file, so a package that misbehaves when bundled (a file read beside its
 * own module, a second copy of a class) only shows here. Two clustered workers, NODE_ENV=production, on the
 * database of this run; the admin (Next's own build) is left out.
 */
const outdir = `dist-test-${process.pid}`
let platform: TestPlatform
let s: SiteWithStaff
let server: ChildProcess
let url = ''
let output = ''

beforeAll(async () => {
  const built = spawnSync(process.execPath, ['scripts/build-server.mjs', '--outdir', outdir], { encoding: 'utf8' })
  expect(built.status, built.stderr).toBe(0)
  platform = await startTestPayload()
  s = await createSiteWithStaff(platform.payload, 'Bundle')
  const port = await freePort()
  url = `http://127.0.0.1:${port}`
  server = spawn(process.execPath, [path.join(outdir, 'server.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      WEB_CONCURRENCY: '2',
      ADMIN: 'off',
      JOBS_WORKER: 'off',
      PAYLOAD_SECRET: 'production-bundle-test-secret-of-48-bytes-000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('全部 2 个工作进程已就绪')) resolve()
    }
    server.stdout?.on('data', read)
    server.stderr?.on('data', read)
    server.on('exit', (code) => reject(new Error(`the bundled server exited with ${code}:\n${output}`)))
  })
}, 300_000)

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
  }
  await platform?.close()
  fs.rmSync(outdir, { recursive: true, force: true })
}, 60_000)

describe('the bundled production server', () => {
  it('is one bundle that loads MongoDB’s adapter only when asked', () => {
    const bundle = fs.readFileSync(path.join(outdir, 'zhanqun.js'), 'utf8')
    expect(bundle.length).toBeGreaterThan(1_000_000)
    // Payload itself is inside, not resolved from node_modules at start.
    expect(bundle).not.toMatch(/from ["']payload["']/)
    expect(bundle).toMatch(/import\(["']@payloadcms\/db-mongodb["']\)/)
  })

  it('answers health, REST, GraphQL, the workflow with its stored body, a public page and search', async () => {
    expect((await fetch(`${url}/healthz`).then((r) => r.json())).status).toBe('ok')

    const editor = await clientAs(url, s.editor)
    const created = await editor.post('/api/articles', {
      site: s.site.id,
      columns: [s.column.id],
      title: '打包服务器发布测试',
      disclosureAttribute: 'public',
      body: lexicalWithLinks('正文由打包后的服务器渲染。'),
    })
    expect(created.status, created.text).toBe(201)
    const reviewer = await clientAs(url, s.reviewer)
    const published = await reviewer.patch(`/api/articles/${created.body.doc.id}`, { workflowStatus: 'published' })
    expect(published.status, published.text).toBe(200)

    const page = await fetchPage(url, sitePath(s.site, `/articles/${created.body.doc.id}.html`))
    expect(page.status).toBe(200)
    expect(page.html).toContain('打包服务器发布测试')
    expect(page.html).toContain('正文由打包后的服务器渲染。')

    const gql = await client(url).graphql(
      '{ Articles(where: { title: { equals: "打包服务器发布测试" } }) { docs { title } } }',
    )
    expect(gql.errors ?? []).toEqual([])
    expect(gql.data.Articles.docs).toEqual([{ title: '打包服务器发布测试' }])

    const search = await fetch(`${url}${sitePath(s.site, '/search.json')}?q=${encodeURIComponent('打包服务器')}`)
    expect(search.status).toBe(200)
    expect(output).not.toMatch(/Error|错误/)
  })
})
