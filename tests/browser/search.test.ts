import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, screenshot, seriousAxeViolations, viewports } from '../support/browser'
import { startTestServer, type TestServer } from '../support/payload'
import { createSiteWithStaff, sitePath, type SiteWithStaff } from '../support/fixtures'

let server: TestServer
let browser: Browser
let portal: SiteWithStaff

const publish = (title: string, publishedAt: string, column: number = portal.column.id) =>
  server.payload.create({
    collection: 'articles',
    overrideAccess: true,
    data: {
      site: portal.site.id,
      columns: [column],
      title,
      summary: `${title}的有关情况。`,
      workflowStatus: 'published',
      publishedAt,
      disclosureAttribute: 'public',
    },
  })

beforeAll(async () => {
  browser = await launchChromium()
  server = await startTestServer()
  portal = await createSiteWithStaff(server.payload, 'Find')
  await publish('2025年全区政务公开工作要点', '2025-03-10T02:00:00.000Z')
  await publish('2026年全区政务公开工作要点', '2026-03-12T02:00:00.000Z')
  await publish('冬季供暖服务指南', '2026-11-01T02:00:00.000Z')
  const column = (slug: string, title: string, parent?: number) =>
    server.payload.create({ collection: 'columns', overrideAccess: true, data: { site: portal.site.id, slug, title, kind: 'news', order: 20, ...(parent ? { parent } : {}) } })
  const utilities = await column('gysy', '公用事业')
  const water = await column('gs', '城市供水', utilities.id)
  await publish('供水价格听证会公告', '2026-06-01T02:00:00.000Z', utilities.id)
  await publish('城区供水管网改造计划', '2026-07-01T02:00:00.000Z', water.id)
  await publish('供水抢修队伍连夜作业', '2026-08-01T02:00:00.000Z')
  await server.payload.jobs.run({ limit: 100 })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('site search in a real browser', () => {
  it('searches from the site header, filters by year, then opens a result', async () => {
    const context = await browser.newContext({ ...viewports.desktop, locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(`${server.url}${sitePath(portal.site, '/')}`)
    await page.fill('#header-q', '政务公开')
    await page.press('#header-q', 'Enter')
    await page.waitForURL(/\/search\?/)
    await expect.poll(() => page.locator('.search-hit').count()).toBe(2)
    await screenshot(page, 'search-results-desktop')

    await page.locator('a[data-facet="year"]', { hasText: '2025' }).click()
    await page.waitForURL(/yearFrom=2025/)
    const titles = await page.locator('.search-hit h2').allTextContents()
    expect(titles).toEqual(['2025年全区政务公开工作要点'])

    await page.locator('.search-hit h2 a').first().click()
    await page.waitForURL(/\/articles\/\d+\.html$/)
    await expect.poll(() => page.locator('h1').textContent()).toContain('2025年全区政务公开工作要点')
    await context.close()
  })

  it('explains an empty result and offers a way out', async () => {
    const context = await browser.newContext({ ...viewports.phone, locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(
      `${server.url}${sitePath(portal.site, '/search?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E8%AF%8D%E8%AF%AD')}`,
    )
    await expect.poll(() => page.locator('.no-results').textContent()).toContain('没有找到')
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await screenshot(page, 'search-empty-phone')
    await context.close()
  })

  it('searches within a column from its page on a phone, shows the column on the results, and drops it', async () => {
    const context = await browser.newContext({ ...viewports.phone, locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(`${server.url}${sitePath(portal.site, '/columns/gysy/')}`)
    const box = page.getByRole('searchbox', { name: '在本栏目中搜索' })
    await expect.poll(() => box.isVisible()).toBe(true)
    // Large enough for a finger, and the page does not scroll sideways.
    const sizes = await page.locator('.column-search input[name="q"], .column-search button').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44)
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])
    await box.tap()
    await box.fill('供水')
    await screenshot(page, 'column-search-box-phone')
    await page.locator('.column-search button[type="submit"]').tap()
    await page.waitForURL(/\/search\?.*column=gysy/)
    await expect.poll(() => page.locator('.search-hit').count()).toBe(2)
    // The sub-column's article is found, the other column's is not.
    expect((await page.locator('.search-hit h2').allTextContents()).map((t) => t.trim()).sort()).toEqual(['供水价格听证会公告', '城区供水管网改造计划'])
    await expect.poll(() => page.locator('[data-search-column]').textContent()).toContain('公用事业')
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'column-search-results-phone')

    await page.locator('.search-scope-remove').tap()
    await page.waitForURL((url) => url.pathname.endsWith('/search') && !url.searchParams.has('column'))
    await expect.poll(() => page.locator('.search-hit').count()).toBe(3)
    expect(await page.locator('[data-search-column]').count()).toBe(0)
    await context.close()
  })
})
