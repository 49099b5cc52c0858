import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OpenDayRegistration } from '../../src/states'
import { adminTimeout, signInToAdmin, startAdminServer } from '../support/admin'
import { launchChromium, pageProblems, screenshot, seriousAxeViolations, viewports } from '../support/browser'
import { createSiteWithStaff, password, sitePath, type SiteWithStaff } from '../support/fixtures'
import { storeOpenDay } from '../support/openDays'
import type { TestServer } from '../support/payload'

/**
 * 政府开放日 in a real Chromium (issue #13): a citizen finds the open day from the footer on a phone-size
 * screen, corrects a mistake without retyping, solves the proof-of-work and gets a confirmation code; the
 * site's staff type the code into 开放日签到 in the admin and see the counts change. Screenshots in tmp/screens.
 */

let server: TestServer
let browser: Browser
let a: SiteWithStaff

beforeAll(async () => {
  browser = await launchChromium()
  server = await startAdminServer()
  a = await createSiteWithStaff(server.payload, 'BO')
}, adminTimeout)

afterAll(async () => {
  await browser?.close()
  await server?.close()
}, 60_000)

describe('open days', () => {
  it(
    'a citizen registers on a phone and gets a code; staff check the code in',
    async () => {
      const day = await storeOpenDay(server.payload, a.site, {
        title: '走进政务服务中心开放日',
        capacity: 2,
        waitingListSize: 2,
      })
      const phone = await browser.newContext({ ...viewports.phone, locale: 'zh-CN' })
      const page = await phone.newPage()
      const problems = pageProblems(page)
      await page.goto(`${server.url}${sitePath(a.site, '/')}`)
      await page.click('[data-footer="open-days"]')
      await page.waitForSelector('[data-open-day]')
      await screenshot(page, 'open-days-phone-list')
      await page.click('[data-open-day] a')
      await page.waitForSelector('#od-name')
      expect(await page.textContent('[data-seats-left]')).toBe('2')
      await page.fill('#od-name', '刘市民')
      await page.fill('#od-phone', '139 1234 5678')
      await page.fill('#od-id', '12x')
      await page.check('input[name="privacyConsent"]')
      await page.waitForSelector('form[data-challenge-state="solved"]', { timeout: 60_000 })
      await page.click('button.mailbox-submit')
      await page.waitForSelector('#od-id-error')
      expect(await page.textContent('#od-id-error')).toContain('身份证号后 4 位须为 4 个字符')
      expect(await page.inputValue('#od-name')).toBe('刘市民')
      expect(await page.inputValue('#od-phone')).toBe('13912345678')
      expect(await page.isChecked('input[name="privacyConsent"]')).toBe(true)
      const fontSize = await page.$eval('#od-name', (el) => Number.parseFloat(getComputedStyle(el).fontSize))
      expect(fontSize).toBeGreaterThanOrEqual(16)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
      await screenshot(page, 'open-days-phone-error')

      await page.fill('#od-id', '123x')
      await page.waitForSelector('form[data-challenge-state="solved"]', { timeout: 60_000 })
      await page.click('button.mailbox-submit')
      await page.waitForSelector('[data-confirmation-code]')
      const code = (await page.textContent('[data-confirmation-code]'))!.trim()
      expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
      expect(await page.textContent('[data-registration-status]')).toContain('报名成功')
      expect(await page.textContent('[data-seats-left]')).toBe('1')
      await screenshot(page, 'open-days-phone-code')
      expect(await seriousAxeViolations(page)).toEqual([])
      expect(problems.join('\n')).toBe('')
      await phone.close()

      const desk = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
      await signInToAdmin(desk, server.url, a.editor.email, password)
      await desk.goto(`${server.url}/admin/open-day-check-in`, { waitUntil: 'domcontentloaded', timeout: adminTimeout })
      const row = desk.locator(`[data-open-day-row="${day.id}"]`)
      await row.waitFor({ timeout: adminTimeout })
      expect(await row.locator('[data-count="checked-in"]').textContent()).toBe('0')
      expect(await row.locator('[data-count="confirmed"]').textContent()).toBe('1')
      await desk.waitForSelector('form[data-ready="yes"]', { timeout: 120_000 })
      await desk.fill('input[name="code"]', code.toLowerCase())
      await desk.press('input[name="code"]', 'Enter')
      await desk.waitForSelector('[data-check-in-result]', { timeout: 120_000 })
      expect(await desk.textContent('[data-check-in-result]')).toContain('签到成功：刘市民（身份证号后 4 位 123X）')
      await desk.waitForFunction(
        (id) => document.querySelector(`[data-open-day-row="${id}"] [data-count="checked-in"]`)?.textContent === '1',
        day.id,
        { timeout: 60_000 },
      )
      await screenshot(desk, 'open-days-check-in')
      await desk.fill('input[name="code"]', code)
      await desk.press('input[name="code"]', 'Enter')
      await desk.waitForSelector('[data-check-in-result="refused"]', { timeout: 60_000 })
      expect(await desk.textContent('[data-check-in-result]')).toContain('请勿重复签到')
      const stored = (
        await server.payload.find({
          collection: 'open-day-registrations',
          where: { confirmationCode: { equals: code } },
          overrideAccess: true,
        })
      ).docs[0]!
      expect(stored.status).toBe(OpenDayRegistration.checkedIn)
    },
    adminTimeout,
  )
})
