import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureHolidayCalendar } from '../../src/calendar/holidayCalendar'
import { createSiteWithStaff, login, sitePath, type SiteWithStaff } from '../support/fixtures'
import { launchChromium, pageProblems, screenshot, viewports } from '../support/browser'
import { updateApplication } from '../support/disclosure'
import { startTestServer, type TestServer } from '../support/payload'
import { DisclosureApplication } from '../../src/states'

/**
 * 依申请公开 in a real Chromium (issue #14 §1): a citizen files an application on a phone-size screen, corrects a
 * mistake without retyping, solves the challenge under the public CSP, and queries it; staff confirm and reply,
 * and open the printable letter. Screenshots land in tmp/screens.
 */

let server: TestServer
let browser: Browser
let phone: BrowserContext
let a: SiteWithStaff

beforeAll(async () => {
  browser = await launchChromium()
  server = await startTestServer()
  await ensureHolidayCalendar(server.payload)
  a = await createSiteWithStaff(server.payload, 'BD')
  phone = await browser.newContext({ ...viewports.phone, locale: 'zh-CN' })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('applications for disclosure in a browser', () => {
  it('a citizen files on a phone and queries it; staff reply with a printable letter', async () => {
    const page = await phone.newPage()
    const problems = pageProblems(page)
    expect((await page.goto(`${server.url}${sitePath(a.site, '/applications')}`))!.status()).toBe(200)
    await page.fill('#da-name', '王小明')
    await page.fill('#da-id', '11010119900101123')
    await page.fill('#da-phone', '13912340000')
    await page.fill('#da-info', '2025年本区老旧小区改造项目清单及资金安排')
    await page.check('input[name="privacyConsent"]')
    await page.waitForSelector('form[data-challenge-state="solved"]', { timeout: 60_000 })
    await page.click('button.mailbox-submit')
    await page.waitForSelector('#da-id-error')
    expect(await page.textContent('#da-id-error')).toContain('身份证号码应为 18 位')
    expect(await page.inputValue('#da-info')).toContain('老旧小区改造')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await screenshot(page, 'applications-phone-error')

    await page.fill('#da-id', '11010119900101123X')
    await page.check('input[name="privacyConsent"]')
    await page.waitForSelector('form[data-challenge-state="solved"]', { timeout: 60_000 })
    await page.click('button.mailbox-submit')
    await page.waitForSelector('[data-tracking-code]')
    const code = (await page.textContent('[data-tracking-code]'))!.trim()
    const password = (await page.textContent('[data-query-password]'))!.trim()
    await screenshot(page, 'applications-phone-receipt')

    const { docs } = await server.payload.find({ collection: 'disclosure-applications', where: { trackingCode: { equals: code } }, overrideAccess: true })
    const stored = docs[0]!
    expect(stored.status).toBe(DisclosureApplication.awaitingConfirmation)
    await updateApplication(server.payload, stored.id, { confirmedOn: '2026-09-25' }, a.opennessOfficer)

    await page.fill('#da-code', code)
    await page.fill('#da-password', password)
    await page.click('.mailbox-query button[type="submit"]')
    await page.waitForSelector('[data-query-result]')
    expect(await page.textContent('[data-query-status]')).toBe('正在办理')
    expect(await page.textContent('[data-query-due]')).toBe('2026-10-29')
    await screenshot(page, 'applications-phone-query')
    expect(problems).toEqual([])

    // Staff reply; the printable letter opens for the openness officer (signed in by cookie, as the admin is).
    await updateApplication(
      server.payload,
      stored.id,
      { replyType: 'already-public', resultRow: 'disclosed', replyText: '本区政府门户网站“重点领域信息公开—老旧小区改造”栏目', concludedOn: '2026-10-20' },
      a.opennessOfficer,
    )
    const token = await login(server.url, a.opennessOfficer)
    const desk = await browser.newContext({ ...viewports.desktop, locale: 'zh-CN' })
    await desk.addCookies([{ name: 'payload-token', value: token, url: server.url }])
    const letter = await desk.newPage()
    expect((await letter.goto(`${server.url}/api/disclosure-applications/${stored.id}/letter`))!.status()).toBe(200)
    expect(await letter.textContent('h1')).toBe('政府信息公开申请答复书（已主动公开）')
    expect(await letter.textContent('body')).toContain('老旧小区改造')
    await screenshot(letter, 'applications-letter')
    // Styled under the API's strict CSP (no inline <style>): the body is in 仿宋 at 16pt, not the browser default.
    expect(await letter.$eval('body', (el) => getComputedStyle(el).fontSize)).toBe('21.3333px')
    expect(await letter.$eval('h1', (el) => getComputedStyle(el).textAlign)).toBe('center')
    expect(problems).toEqual([])
    await desk.close()
  }, 240_000)
})
