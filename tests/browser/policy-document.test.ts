import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '../../src/demo/seed'
import { demoSites } from '../../src/demo/sites'
import { launchChromium, screenshot, seriousAxeViolations, viewports } from '../support/browser'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * A policy document (政策文件) and its interpretation (政策解读) as a citizen meets them, in a real Chromium,
 * on the demo cluster: the metadata table, the 附注 line, the link to the interpretation and back, and
 * no serious or critical accessibility violations.
 */
const portal = demoSites.find((s) => s.key === 'nx')!

let server: TestServer
let browser: Browser
let desktop: BrowserContext
let base: string
let documentId: number | string

beforeAll(async () => {
  browser = await launchChromium()
  server = await startTestServer()
  await seedDemo(server.payload)
  const { docs } = await server.payload.find({
    collection: 'policy-documents',
    where: { title: { contains: '进一步做好政策解读工作的通知' } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  documentId = docs[0]!.id
  base = `${server.url}/sites/${portal.siteCode}`
  desktop = await browser.newContext({ ...viewports.desktop, locale: 'zh-CN' })
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function open(url: string): Promise<Page> {
  const page = await desktop.newPage()
  const response = await page.goto(url)
  expect(response?.status(), url).toBe(200)
  return page
}

describe('policy document page in a real browser', () => {
  it('shows the metadata table, the 附注 and the link to its interpretation', async () => {
    const page = await open(`${base}/documents/${documentId}.html`)
    const table = page.locator('table.document-meta')
    await expect.poll(() => table.isVisible()).toBe(true)
    const cell = (label: string) => table.locator(`th:text-is("${label}") + td`)
    expect(await cell('索引号').innerText()).toMatch(new RegExp(`^${portal.siteCode}/\\d{4}-\\d{5}$`))
    expect(await cell('发布机构').innerText()).toBe('宁夏回族自治区人民政府办公厅')
    expect(await cell('文号').innerText()).toBe('宁政办发〔2026〕21号')
    expect(await cell('成文日期').innerText()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(await cell('发布日期').innerText()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(await cell('主题分类').innerText()).toBe('综合政务')
    expect(await cell('有效性').innerText()).toBe('现行有效')
    expect(await page.locator('h1').innerText()).toContain('关于进一步做好政策解读工作的通知')
    expect(await page.locator('.document-note').innerText()).toBe('（此件公开发布）')
    const links = page.locator('section.related-interpretations a')
    expect(await links.count()).toBeGreaterThanOrEqual(3)
    await screenshot(page, 'policy-document-desktop')
    expect(await seriousAxeViolations(page)).toEqual([])

    // Follow the first interpretation, and come back.
    const first = links.first()
    const title = await first.innerText()
    await Promise.all([page.waitForURL(/\/interpretations\/\d+\.html$/), first.click()])
    expect(await page.locator('h1').innerText()).toBe(title)
    const back = page.locator('p.interpreted-document a')
    expect(await back.getAttribute('href')).toBe(`/sites/${portal.siteCode}/documents/${documentId}.html`)
    await screenshot(page, 'interpretation-desktop')
    expect(await seriousAxeViolations(page)).toEqual([])
    await Promise.all([page.waitForURL(/\/documents\/\d+\.html$/), back.click()])
    expect(await page.locator('.document-note').innerText()).toBe('（此件公开发布）')
  })

  it('serves an accessible disclosure catalogue that lists the document', async () => {
    const page = await open(`${base}/catalog`)
    expect(await page.locator('h1').innerText()).toBe('主动公开目录')
    expect(await page.locator(`a[href$="/documents/${documentId}.html"]`).count()).toBe(1)
    await screenshot(page, 'catalog-desktop')
    expect(await seriousAxeViolations(page)).toEqual([])
  })
})
