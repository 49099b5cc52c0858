import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureHolidayCalendar } from '../../src/calendar/holidayCalendar'
import { resultRowLabel, rowsForReplyType } from '../../src/disclosure/vocabulary'
import { createSiteWithStaff, sitePath, type SiteWithStaff } from '../support/fixtures'
import { launchChromium, pageProblems, screenshot, viewports } from '../support/browser'
import { adminTimeout, openDocument, quietForm, revealField, signedInAdminPage, startAdminServer, watchFormState } from '../support/admin'
import type { TestServer } from '../support/payload'
import { DisclosureApplication } from '../../src/states'

/**
 * 依申请公开 in a real Chromium (issue #14 §1): a citizen files an application on a phone-size screen, corrects a
 * mistake without retyping, solves the challenge under the public CSP, and queries it; the site's openness officer
 * confirms receipt and replies in the real admin edit view (the result row offers only what the reply type
 * allows; a refusal without reasons is refused in words), then prints the letter and downloads the DOCX.
 * Screenshots land in /tmp/zhanqun-screens.
 */

let server: TestServer
let browser: Browser
let phone: BrowserContext
let a: SiteWithStaff

beforeAll(async () => {
  browser = await launchChromium()
  server = await startAdminServer()
  await ensureHolidayCalendar(server.payload)
  a = await createSiteWithStaff(server.payload, 'BD')
  phone = await browser.newContext({ ...viewports.phone, locale: 'zh-CN' })
}, adminTimeout)

afterAll(async () => {
  await browser?.close()
  await server?.close()
}, 60_000)

const field = (page: Page, path: string) => page.locator('.field-type', { has: page.locator(`#field-${path}`) })

/** Picks an option of a select field (react-select) by its label. */
async function choose(page: Page, path: string, label: string): Promise<void> {
  await quietForm(page)
  await revealField(page, `#field-${path}`)
  await page.locator(`#field-${path} .rs__control`).click()
  await page.locator('.rs__option', { hasText: label }).first().click()
}

/** The option labels a select field offers now (opened, read, closed again). */
async function offered(page: Page, path: string): Promise<string[]> {
  await page.locator(`#field-${path} .rs__control`).click()
  await page.locator('.rs__menu').waitFor()
  const labels = await page.locator('.rs__option').allInnerTexts()
  await page.keyboard.press('Escape')
  return labels
}

const shown = (page: Page, path: string) => page.locator(`#field-${path} .rs__single-value`).innerText()

async function save(page: Page): Promise<void> {
  await quietForm(page)
  await page.locator('#action-save').click()
}

describe('applications for disclosure in a browser', () => {
  it('a citizen files on a phone and queries it; the openness officer replies in the admin and prints the letter', async () => {
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
    const statusOf = async () => (await server.payload.findByID({ collection: 'disclosure-applications', id: stored.id, overrideAccess: true })).status

    // The openness officer confirms receipt with the applicant in the edit view: the online channel shows only its
    // own receipt day (双方确认日期), and the reply's fields wait for a reply type.
    const desk = await signedInAdminPage(browser, server.url, a.opennessOfficer.email, watchFormState)
    // Script errors in the admin. Its console also logs the refused save's 400 (intended), Payload's 404 for
    // preferences not yet saved and the dev server's font 404: not failures.
    const deskErrors: string[] = []
    desk.on('pageerror', (e) => deskErrors.push(e.message))
    await openDocument(desk, server.url, 'disclosure-applications', stored.id)
    await desk.locator('#field-confirmedOn').waitFor({ timeout: adminTimeout })
    expect(await desk.locator('#field-handedInOn').count()).toBe(0)
    expect(await desk.locator('#field-signedForOn').count()).toBe(0)
    expect(await desk.locator('#field-resultRow').count()).toBe(0)
    expect(await shown(desk, 'status')).toBe('待确认收到')
    await desk.fill('#field-confirmedOn', '2026-09-25')
    await save(desk)
    await expect.poll(statusOf, { timeout: 60_000 }).toBe(DisclosureApplication.handling)
    await expect.poll(() => shown(desk, 'status'), { timeout: 60_000 }).toBe('办理中')
    await expect.poll(() => desk.inputValue('#field-dueOn'), { timeout: 60_000 }).toBe('2026-10-29')
    await screenshot(desk, 'applications-admin-confirmed')

    await page.fill('#da-code', code)
    await page.fill('#da-password', password)
    await page.click('.mailbox-query button[type="submit"]')
    await page.waitForSelector('[data-query-result]')
    expect(await page.textContent('[data-query-status]')).toBe('正在办理')
    expect(await page.textContent('[data-query-due]')).toBe('2026-10-29')
    await screenshot(page, 'applications-phone-query')
    expect(problems).toEqual([])

    // 不予公开 offers exactly its seven reason rows; without reasons the save is refused, in words, on 理由.
    await choose(desk, 'replyType', '不予公开')
    const refusalRows = rowsForReplyType.refused.map((r) => resultRowLabel(r).zh)
    await expect.poll(() => offered(desk, 'resultRow'), { timeout: 60_000 }).toEqual(refusalRows)
    await choose(desk, 'resultRow', '（三）不予公开：1.属于国家秘密')
    await save(desk)
    // The toast names the field by its Chinese label (Payload's own words around it), the field says what to do.
    await desk.getByText(/字段是无效的：\s*理由$/).waitFor({ timeout: 60_000 })
    const reasonsError = field(desk, 'reasons').locator('.tooltip-content')
    await expect.poll(() => reasonsError.first().textContent(), { timeout: 60_000 }).toBe('答复类型为“不予公开”的，须在答复书中说明理由，请填写“理由”。')
    await desk.locator('#field-reasons').focus()
    await screenshot(desk, 'applications-admin-refusal-without-reasons')
    expect(await statusOf()).toBe(DisclosureApplication.handling)

    // The information is already public: the row select now offers 予以公开 only.
    await choose(desk, 'replyType', '已主动公开')
    await expect.poll(() => offered(desk, 'resultRow'), { timeout: 60_000 }).toEqual(['（一）予以公开'])
    await choose(desk, 'resultRow', '（一）予以公开')
    await desk.fill('#field-replyText', '您申请的信息已在本区政府门户网站“重点领域信息公开—老旧小区改造”栏目主动公开，可自行查阅。')
    await desk.fill('#field-concludedOn', '2026-10-20')
    // The row was marked invalid while it still said 属于国家秘密; the state for 予以公开 clears that.
    await quietForm(desk)
    expect(await field(desk, 'resultRow').locator('.tooltip-content').count()).toBe(0)
    await screenshot(desk, 'applications-admin-reply-filled')
    await save(desk)
    await expect.poll(statusOf, { timeout: 60_000 }).toBe(DisclosureApplication.concluded)
    await expect.poll(() => shown(desk, 'status'), { timeout: 60_000 }).toBe('已办结')
    // The legal basis left empty is the article of the reply type, filled in on saving.
    await expect.poll(() => desk.inputValue('#field-legalBasis'), { timeout: 60_000 }).toBe('《中华人民共和国政府信息公开条例》第三十六条第（一）项')
    const print = desk.getByRole('link', { name: '打印答复书' })
    await print.waitFor({ timeout: 60_000 })
    await screenshot(desk, 'applications-admin-reply-saved')

    const [letter] = await Promise.all([desk.context().waitForEvent('page'), print.click()])
    await letter.waitForLoadState()
    expect(await letter.title()).toBe('政府信息公开申请答复书（已主动公开）')
    expect(await letter.textContent('h1')).toBe('政府信息公开申请答复书（已主动公开）')
    const body = (await letter.textContent('body'))!
    for (const text of ['王小明：', '于2026年9月25日收到', '栏目主动公开，可自行查阅。\n', '第三十六条第（一）项', `${a.site.sponsor}2026年10月20日`]) expect(body).toContain(text)
    expect(body).not.toContain('。。')
    await screenshot(letter, 'applications-letter')
    // Styled under the API's strict CSP (no inline <style>): the body is in 仿宋 at 16pt, not the browser default.
    expect(await letter.$eval('body', (el) => getComputedStyle(el).fontSize)).toBe('21.3333px')
    expect(await letter.$eval('h1', (el) => getComputedStyle(el).textAlign)).toBe('center')

    const docxHref = await desk.getByRole('link', { name: '下载 Word（DOCX）' }).getAttribute('href')
    const docx = await desk.request.get(new URL(docxHref!, server.url).href)
    expect(docx.status()).toBe(200)
    expect(docx.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect((await docx.body()).subarray(0, 2).toString()).toBe('PK')
    expect(deskErrors).toEqual([])
    await desk.context().close()
  }, adminTimeout)
})
