import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chinaDay } from '../../src/calendar/chinaTime'
import { forgetHotQueries } from '../../src/hotQueries/read'
import { launchChromium, screenshot, seriousAxeViolations, viewports } from '../support/browser'
import { startTestServer, type TestServer } from '../support/payload'
import { createOpennessFixture, publish, reviewed, submitted, type OpennessFixture } from '../support/openness'
import { sitePath } from '../support/fixtures'

let server: TestServer
let browser: Browser
let f: OpennessFixture

async function policy(title: string, validity?: 'repealed') {
  const doc = await reviewed(server.payload, f, await submitted(server.payload, f, { title }))
  await publish(server.payload, f, doc.id)
  // Suggestions order titles by the second they were published; the next one goes out in a later second.
  await new Promise((resolve) => setTimeout(resolve, 1001 - (Date.now() % 1000)))
  if (validity) await server.payload.update({ collection: 'policy-documents', id: doc.id, data: { validity, validityChangedAt: chinaDay() }, overrideAccess: true })
}

beforeAll(async () => {
  browser = await launchChromium()
  server = await startTestServer()
  f = await createOpennessFixture(server.payload, '6400000451')
  await policy('关于住房公积金缴存的通知')
  await policy('关于住房公积金提取的办法', 'repealed')
  await policy('关于住房保障的意见')
  await server.payload.jobs.run({ limit: 100 })
  await server.payload.create({ collection: 'search-queries', overrideAccess: true, data: { site: f.site.id, day: chinaDay(), query: '住房公积金', count: 9 } })
  forgetHotQueries()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const resultTitles = async (page: import('playwright-core').Page) => (await page.locator('.search-hit h2').allTextContents()).map((t) => t.trim()).sort()

describe('search suggestions and the policy-library filters in a real browser', () => {
  it('types, picks a suggestion with the keyboard, filters by validity, and the shared URL shows the same results', async () => {
    const context = await browser.newContext({ ...viewports.phone, locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(`${server.url}${sitePath(f.site, '/search')}`)
    const box = page.locator('#search-q')
    await expect.poll(() => box.getAttribute('role')).toBe('combobox')
    expect(await box.getAttribute('aria-expanded')).toBe('false')
    await box.pressSequentially('住房')
    const list = page.locator(`#${await box.getAttribute('aria-controls')}`)
    await expect.poll(() => list.isVisible()).toBe(true)
    expect(await box.getAttribute('aria-expanded')).toBe('true')
    expect(await list.getAttribute('role')).toBe('listbox')
    const options = list.locator('[role="option"]')
    // Titles newest first (none starts with the text), then the hot query.
    await expect.poll(() => options.allTextContents()).toEqual(['关于住房保障的意见政策文件', '关于住房公积金提取的办法政策文件', '关于住房公积金缴存的通知政策文件', '住房公积金热门搜索'])
    // Large touch targets for older readers on phones.
    expect((await options.first().boundingBox())!.height).toBeGreaterThanOrEqual(44)
    await screenshot(page, 'search-suggestions-phone')
    expect(await seriousAxeViolations(page)).toEqual([])

    // Down moves into the list, Up from the first option wraps to the last: the hot query.
    await box.press('ArrowDown')
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'))
    expect(await options.first().getAttribute('aria-selected')).toBe('true')
    await box.press('ArrowUp')
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.last().getAttribute('id'))
    // Escape closes the list and keeps the text; typing opens it again.
    await box.press('Escape')
    expect(await box.getAttribute('aria-expanded')).toBe('false')
    expect(await box.inputValue()).toBe('住房')
    await box.press('End')
    await box.pressSequentially('公')
    await expect.poll(() => options.allTextContents()).toEqual(['关于住房公积金提取的办法政策文件', '关于住房公积金缴存的通知政策文件', '住房公积金热门搜索'])
    await box.press('ArrowUp')
    await box.press('Enter')
    await page.waitForURL(/\/search\?q=/)
    expect(await page.locator('#search-q').inputValue()).toBe('住房公积金')
    expect(await resultTitles(page)).toEqual(['关于住房公积金提取的办法', '关于住房公积金缴存的通知'])

    await page.selectOption('#search-validity', 'repealed')
    await page.locator('.search-apply').click()
    await page.waitForURL(/validity=repealed/)
    expect(await resultTitles(page)).toEqual(['关于住房公积金提取的办法'])
    await screenshot(page, 'search-validity-filter-phone')
    const shared = page.url()
    await context.close()

    // Someone opening the shared link, with scripts off, sees the same results and the same filter.
    const other = await browser.newContext({ ...viewports.desktop, locale: 'zh-CN', javaScriptEnabled: false })
    const reader = await other.newPage()
    await reader.goto(shared)
    expect(await resultTitles(reader)).toEqual(['关于住房公积金提取的办法'])
    expect(await reader.locator('#search-validity').inputValue()).toBe('repealed')
    // Without scripts the box is a plain search form.
    expect(await reader.locator('#search-q').getAttribute('role')).toBeNull()
    await reader.fill('#search-q', '住房保障')
    await reader.selectOption('#search-validity', '')
    await reader.press('#search-q', 'Enter')
    await reader.waitForURL(/q=%E4%BD%8F%E6%88%BF%E4%BF%9D%E9%9A%9C/)
    expect(await resultTitles(reader)).toEqual(['关于住房保障的意见'])
    await other.close()
  })

  it('picks a title with the keyboard from the header box on any page and opens the document', async () => {
    const context = await browser.newContext({ ...viewports.desktop, locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(`${server.url}${sitePath(f.site, '/')}`)
    await page.locator('#header-q').pressSequentially('保障')
    await expect.poll(() => page.locator('#header-q').getAttribute('aria-expanded')).toBe('true')
    await page.press('#header-q', 'ArrowDown')
    await page.press('#header-q', 'Enter')
    await page.waitForURL(/\/documents\/\d+\.html$/)
    await expect.poll(() => page.locator('h1').textContent()).toContain('关于住房保障的意见')
    await context.close()
  })
})
