import fs from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, screenshot } from '../support/browser'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * Editors in the region's offices work in Chinese, whatever language their browser asks for.
 * Runs the real admin (Next in dev mode unless NODE_ENV=production with a built .next):
 * the first compile of /admin takes tens of seconds, hence the long timeouts.
 */

/** Generous: a cold Turbopack compile of /admin takes 10–40 s on an idle machine and minutes on a busy one. */
const adminTimeout = Number(process.env.ADMIN_TEST_TIMEOUT_MS ?? 480_000)

let server: TestServer
let browser: Browser

/**
 * Next allows one `next dev` per project directory (it locks .next/dev); a second one exits the whole
 * test process. Say so plainly instead: a developer's `npm run dev` must be stopped for this test.
 */
function assertNoOtherNextDevServer(): void {
  if (process.env.NODE_ENV === 'production') return
  const lockFile = path.join(process.cwd(), '.next', 'dev', 'lock')
  let holder: { pid?: number; appUrl?: string } = {}
  try {
    holder = JSON.parse(fs.readFileSync(lockFile, 'utf8'))
  } catch {
    return
  }
  if (!holder.pid || holder.pid === process.pid) return
  try {
    process.kill(holder.pid, 0)
  } catch {
    return
  }
  throw new Error(
    `Another "next dev" (pid ${holder.pid}, ${holder.appUrl ?? 'unknown url'}) is running in ${process.cwd()}; ` +
      'Next allows one dev server per directory, so the admin test cannot start its own. Stop that server and run the test again.',
  )
}

beforeAll(async () => {
  assertNoOtherNextDevServer()
  // Vitest sets NODE_ENV=test; Next dev then adds a bogus '.next/dev/dev/types' entry to tsconfig.json.
  if (process.env.NODE_ENV !== 'production') (process.env as Record<string, string>).NODE_ENV = 'development'
  browser = await launchChromium()
  server = await startTestServer({ admin: true })
  // With no users Payload sends /admin/login to /admin/create-first-user; an account makes it the login page.
  await server.payload.create({
    collection: 'users',
    data: { email: 'admin@zhanqun.test', password: 'Zhanqun#test-2026', name: '平台管理员', roles: ['platform-admin'] } as never,
    overrideAccess: true,
  })
}, adminTimeout)

afterAll(async () => {
  await browser?.close()
  await server?.close()
}, 60_000)

describe('admin login page', () => {
  it(
    'is in Simplified Chinese for a browser that asks for English',
    async () => {
      const context = await browser.newContext({
        locale: 'en-US',
        extraHTTPHeaders: { 'Accept-Language': 'en-US,en;q=0.9' },
        viewport: { width: 1366, height: 900 },
      })
      const page = await context.newPage()
      const response = await page.goto(`${server.url}/admin/login`, { waitUntil: 'domcontentloaded', timeout: adminTimeout })
      expect(response?.status()).toBe(200)
      expect(new URL(page.url()).pathname).toBe('/admin/login')

      const submit = page.getByRole('button', { name: '登录' })
      await submit.waitFor({ state: 'visible', timeout: adminTimeout })

      expect(await page.evaluate(() => navigator.language)).toBe('en-US')
      expect(await page.locator('html').getAttribute('lang')).toBe('zh')
      const text = await page.locator('body').innerText()
      expect(text).toContain('登录')
      expect(text).toMatch(/电子邮件|邮箱/)
      expect(text).toContain('密码')
      expect(text).not.toMatch(/\bLog ?in\b|\bPassword\b/)

      await screenshot(page, 'test-admin-login')
      await context.close()
    },
    adminTimeout,
  )
})
