import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Adoption, Comment } from '../../src/states'
import { chinaToday, storeConsultation } from '../support/consultations'
import { clientAs, createSiteWithStaff, sitePath, type SiteWithStaff } from '../support/fixtures'
import { launchChromium, pageProblems, screenshot, seriousAxeViolations, viewports } from '../support/browser'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * 意见征集 in a real Chromium on a phone-size screen (issue #13): a citizen finds the consultation from the
 * footer, forgets the privacy consent and corrects it without retyping, solves the proof-of-work under the
 * public CSP and sends the comment; staff display it; once the period is over and the feedback is
 * published, the page shows the feedback and no form. Screenshots land in tmp/screens.
 */

let server: TestServer
let browser: Browser
let phone: BrowserContext
let a: SiteWithStaff

beforeAll(async () => {
  browser = await launchChromium()
  server = await startTestServer()
  a = await createSiteWithStaff(server.payload, 'BC')
  phone = await browser.newContext({ ...viewports.phone, locale: 'zh-CN' })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('a consultation on a phone', () => {
  it('comment, correct, send; staff display it; after closing the feedback page shows the result', async () => {
    const c = await storeConsultation(server.payload, a.site, {
      title: '关于《城市公园管理办法（征求意见稿）》公开征求意见的公告',
      background: '为规范城市公园管理，起草了本办法。',
      draftText: '第一条　为加强城市公园管理，制定本办法。\n第二条　公园应当全年开放。',
      startsOn: chinaToday(-2),
      endsOn: chinaToday(10),
    })
    const page = await phone.newPage()
    const problems = pageProblems(page)
    expect((await page.goto(`${server.url}${sitePath(a.site, '/')}`))!.status()).toBe(200)
    await page.click('a[data-footer="consultations"]')
    await page.waitForSelector('[data-list="open"] a')
    await page.click('[data-list="open"] a')
    await page.waitForSelector('[data-draft]')
    expect(await page.textContent('[data-phase]')).toBe('正在征集')

    await page.fill('#cm-content', '建议第二条写明夏季开放到晚上 11 点，方便市民晚上锻炼。')
    await page.fill('#cm-name', '周小红')
    await page.waitForSelector('form[data-challenge-state="solved"]', { timeout: 60_000 })
    await page.click('button.mailbox-submit')
    await page.waitForSelector('#cm-privacy-error')
    expect(await page.textContent('#cm-privacy-error')).toContain('请阅读并勾选同意隐私声明')
    expect(await page.inputValue('#cm-content')).toContain('夏季开放到晚上 11 点')
    expect(await page.inputValue('#cm-name')).toBe('周小红')
    const fontSize = await page.$eval('#cm-content', (el) => Number.parseFloat(getComputedStyle(el).fontSize))
    expect(fontSize).toBeGreaterThanOrEqual(16)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await screenshot(page, 'consultation-phone-error')

    // The name makes it a comment with personal data: kept for staff, never shown. Clear it to be shown.
    await page.fill('#cm-name', '')
    await page.check('input[name="privacyConsent"]')
    await page.waitForSelector('form[data-challenge-state="solved"]', { timeout: 60_000 })
    await page.click('button.mailbox-submit')
    await page.waitForSelector('[data-comment-received]')
    await screenshot(page, 'consultation-phone-sent')

    const stored = (
      await server.payload.find({
        collection: 'consultation-comments',
        where: { consultation: { equals: c.id } },
        overrideAccess: true,
      })
    ).docs
    expect(stored).toHaveLength(1)
    expect(stored[0]!.status).toBe(Comment.submitted)
    const staff = await clientAs(server.url, a.editor)
    expect(
      (
        await staff.patch(`/api/consultation-comments/${stored[0]!.id}`, {
          status: Comment.displayed,
          adoption: Adoption.partlyAdopted,
        })
      ).status,
    ).toBe(200)

    // The period ends (moved into the past, as the calendar would), and the feedback is published.
    await server.payload.update({
      collection: 'consultations',
      id: c.id,
      overrideAccess: true,
      data: { startsOn: chinaToday(-30), endsOn: chinaToday(-1) },
    })
    const feedback = await staff.patch(`/api/consultations/${c.id}`, {
      feedback: {
        published: true,
        report: '征集期间共收到意见 1 条，经研究，部分采纳。',
        groups: [
          {
            summary: '建议夏季延长开放时间',
            commentCount: 1,
            concentrated: false,
            adoption: Adoption.partlyAdopted,
            reason: '夏季开放至晚上 10 点。',
          },
        ],
      },
    })
    expect(feedback.status).toBe(200)
    await page.goto(`${server.url}${sitePath(a.site, `/consultations/${c.id}`)}`)
    await page.waitForSelector('[data-feedback]')
    expect(await page.textContent('[data-phase]')).toBe('征集已结束')
    expect(await page.textContent('[data-feedback]')).toContain('夏季开放至晚上 10 点')
    expect(await page.textContent('[data-adoption]')).toBe('部分采纳')
    expect(await page.isVisible('[data-comments-closed]')).toBe(true)
    expect(await page.$('#cm-content')).toBeNull()
    expect(await page.textContent('[data-public-comment]')).toContain('夏季开放到晚上 11 点')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await screenshot(page, 'consultation-phone-feedback')
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.goto(`${server.url}${sitePath(a.site, '/consultations')}`)
    expect(await page.textContent('[data-list="feedback"]')).toContain('城市公园管理办法')
    expect(await seriousAxeViolations(page)).toEqual([])
    expect(problems.join('\n')).toBe('')
  }, 180_000)
})
