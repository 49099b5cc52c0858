import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clientAs, createSiteWithStaff, sitePath, type SiteWithStaff } from '../support/fixtures'
import { launchChromium, pageProblems, screenshot, seriousAxeViolations, viewports } from '../support/browser'
import { startTestServer, type TestServer } from '../support/payload'
import { Message } from '../../src/states'

/**
 * 我要留言 in a real Chromium on a phone-size screen (issue #13): a citizen writes, corrects a mistake
 * without retyping, solves the proof-of-work under the public CSP (no inline script), gets a code; staff
 * sign for, transfer to another site, reply, review and publish (through REST); the citizen queries and
 * reads the reply. Screenshots land in tmp/screens.
 */

let server: TestServer
let browser: Browser
let phone: BrowserContext
let a: SiteWithStaff
let b: SiteWithStaff

beforeAll(async () => {
  browser = await launchChromium()
  server = await startTestServer()
  a = await createSiteWithStaff(server.payload, 'BM')
  b = await createSiteWithStaff(server.payload, 'BN')
  phone = await browser.newContext({ ...viewports.phone, locale: 'zh-CN' })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the mailbox on a phone', () => {
  it('write, correct, get a code; staff handle it across two sites; the citizen reads the reply', async () => {
    const page = await phone.newPage()
    const problems = pageProblems(page)
    const url = `${server.url}${sitePath(a.site, '/mailbox')}`
    expect((await page.goto(url))!.status()).toBe(200)
    await page.selectOption('#mb-channel', 'leader-mailbox')
    await page.fill('#mb-subject', '建议延长图书馆开放时间')
    await page.fill('#mb-content', '市图书馆周末晚上 6 点就闭馆了，上班族很难去借书，建议周末延长到晚上 9 点。')
    await page.fill('#mb-name', '张小明')
    await page.fill('#mb-phone', '13912340000')
    await page.check('input[name="publishConsent"]')
    // The privacy consent is forgotten: the page comes back with the error beside it and everything kept.
    await page.waitForSelector('form[data-challenge-state="solved"]', { timeout: 60_000 })
    await page.click('button.mailbox-submit')
    await page.waitForSelector('#mb-privacy-error')
    expect(await page.textContent('#mb-privacy-error')).toContain('请阅读并勾选同意隐私声明')
    expect(await page.inputValue('#mb-subject')).toBe('建议延长图书馆开放时间')
    expect(await page.inputValue('#mb-content')).toContain('延长到晚上 9 点')
    expect(await page.inputValue('#mb-phone')).toBe('13912340000')
    expect(await page.isChecked('input[name="publishConsent"]')).toBe(true)
    // Phone-friendly: large text in the fields (no zoom-on-focus below 16px), nothing wider than the screen.
    const fontSize = await page.$eval('#mb-content', (el) => Number.parseFloat(getComputedStyle(el).fontSize))
    expect(fontSize).toBeGreaterThanOrEqual(16)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await screenshot(page, 'mailbox-phone-error')

    await page.check('input[name="privacyConsent"]')
    await page.waitForSelector('form[data-challenge-state="solved"]', { timeout: 60_000 })
    await page.click('button.mailbox-submit')
    await page.waitForSelector('[data-tracking-code]')
    const code = (await page.textContent('[data-tracking-code]'))!.trim()
    const password = (await page.textContent('[data-query-password]'))!.trim()
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    await screenshot(page, 'mailbox-phone-receipt')

    const stored = (
      await server.payload.find({
        collection: 'messages',
        where: { trackingCode: { equals: code } },
        overrideAccess: true,
      })
    ).docs[0]!
    expect(stored.channel).toBe('leader-mailbox')
    const staffA = await clientAs(server.url, a.editor)
    const staffB = await clientAs(server.url, b.editor)
    expect((await staffA.patch(`/api/messages/${stored.id}`, { status: Message.signed })).status).toBe(200)
    expect(
      (await staffA.patch(`/api/messages/${stored.id}`, { transferredTo: b.site.id, assignee: '市文化旅游局' })).status,
    ).toBe(200)
    expect(
      (
        await staffB.patch(`/api/messages/${stored.id}`, {
          status: Message.replied,
          reply: '自下月起，市图书馆周末开放至晚上 9 点。',
          replyingUnit: '市文化旅游局',
        })
      ).status,
    ).toBe(200)
    const reviewerA = await clientAs(server.url, a.reviewer)
    expect((await reviewerA.patch(`/api/messages/${stored.id}`, { status: Message.reviewed })).status).toBe(200)
    expect((await reviewerA.patch(`/api/messages/${stored.id}`, { status: Message.concluded })).status).toBe(200)

    await page.goto(url)
    await page.fill('#mb-code', code.toLowerCase())
    await page.fill('#mb-password', password)
    await page.click('.mailbox-query button[type="submit"]')
    await page.waitForSelector('[data-query-result]')
    expect(await page.textContent('[data-query-status]')).toBe('已答复')
    expect(await page.textContent('[data-query-reply]')).toContain('周末开放至晚上 9 点')
    const list = await page.textContent('.mailbox-replies')
    expect(list).toContain('留言人：张**')
    expect(list).not.toContain('张小明')
    expect(list).not.toContain('13912340000')
    await screenshot(page, 'mailbox-phone-reply')
    expect(await seriousAxeViolations(page)).toEqual([])
    // The challenge ran under the public pages' CSP: no violation, no script error.
    expect(problems.join('\n')).toBe('')
  }, 180_000)
})
