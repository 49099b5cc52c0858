import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createReviewCases, createTable2Fixture } from '../support/annualReports'
import { launchChromium, screenshot, seriousAxeViolations, viewports } from '../support/browser'
import { sitePath } from '../support/fixtures'
import { as, createOpennessFixture, type OpennessFixture } from '../support/openness'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * The published openness annual report in a real Chromium, desktop and phone: found from the home page, every
 * table readable (the wide tables scroll inside their box on a phone), the Excel link there, no serious axe
 * violation. Screenshots land in tmp/screens.
 */

let server: TestServer
let browser: Browser
let f: OpennessFixture

beforeAll(async () => {
  browser = await launchChromium()
  server = await startTestServer()
  f = await createOpennessFixture(server.payload, '6400000091')
  await createTable2Fixture(server.payload, f)
  await createReviewCases(server.payload, f)
  const report = await server.payload.create({
    collection: 'annual-reports',
    data: { site: f.site.id, year: 2025, kind: 'openness', openness: { table2Entered: { licensing: 120, penalties: 7, enforcement: 1, fees: 3.5 }, sections: { overview: '2025年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外。', problems: '公开内容还不够全面，解读形式较为单一。下一步将丰富解读形式。', otherMatters: '本年度未收取信息处理费。' } } } as never,
    ...as(f.officer),
  })
  await server.payload.update({ collection: 'annual-reports', id: report.id, data: { status: 'finalised' }, ...as(f.reviewer) })
  await server.payload.update({ collection: 'annual-reports', id: report.id, data: { status: 'published' }, ...as(f.reviewer) })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the published annual report page', () => {
  for (const [name, viewport] of Object.entries(viewports)) {
    it(`reads on a ${name}, from the home page's 年度报告 link`, async () => {
      const context = await browser.newContext({ ...viewport, locale: 'zh-CN' })
      const page = await context.newPage()
      await page.goto(`${server.url}${sitePath(f.site, '/')}`)
      await page.click('.annual-report-links a')
      await page.waitForSelector('article.annual-report')
      expect(await page.textContent('h1')).toBe('测试厅2025年政府信息公开工作年度报告')
      const table2 = await page.$$eval('table.report-table', (tables) => (tables[0] as HTMLElement).innerText)
      expect(table2).toMatch(/规章\s+2\s+1\s+3/)
      expect(table2).toMatch(/行政规范性文件\s+3\s+1\s+3/)
      expect(await page.getAttribute('a[download]', 'href')).toContain('/reports/2025/openness.xlsx')
      // The page itself never scrolls sideways; only the wide tables do, inside their box.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      expect(await seriousAxeViolations(page)).toEqual([])
      await screenshot(page, `annual-report-${name}`)
      await context.close()
    })
  }
})
