import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminTimeout, startAdminServer } from '../support/admin'
import { launchChromium, screenshot } from '../support/browser'
import type { TestServer } from '../support/payload'

/**
 * Editors in the region's offices work in Chinese, whatever language their browser asks for.
 * Runs the real admin (Next in dev mode unless NODE_ENV=production with a built .next):
 * the first compile of /admin takes tens of seconds, hence the long timeouts.
 */

let server: TestServer
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
  server = await startAdminServer()
  // With no users Payload sends /admin/login to /admin/create-first-user; an account makes it the login page.
  await server.payload.create({
    collection: 'users',
    data: {
      email: 'admin@zhanqun.test',
      password: 'Zhanqun#test-2026',
      name: '平台管理员',
      roles: ['platform-admin'],
    } as never,
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
      const response = await page.goto(`${server.url}/admin/login`, {
        waitUntil: 'domcontentloaded',
        timeout: adminTimeout,
      })
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

  it(
    'signs in and opens the dashboard under the admin CSP and the same-origin write check, with no CSP violation',
    async () => {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } })
      const page = await context.newPage()
      const violations: string[] = []
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
      })
      await page.goto(`${server.url}/admin/login`, { waitUntil: 'domcontentloaded', timeout: adminTimeout })
      await page.getByLabel(/电子邮件|邮箱/).fill('admin@zhanqun.test')
      await page.getByLabel('密码').fill('Zhanqun#test-2026')
      await page.getByRole('button', { name: '登录' }).click()
      await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: adminTimeout })
      await page.getByText('网站').first().waitFor({ state: 'visible', timeout: adminTimeout })
      const csp = (await page.request.get(`${server.url}/admin`)).headers()['content-security-policy']
      expect(csp).toContain("frame-ancestors 'self'")
      expect(violations).toEqual([])
      await context.close()
    },
    adminTimeout,
  )
})
