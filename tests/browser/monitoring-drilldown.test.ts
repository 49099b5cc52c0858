import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chinaDay } from '../../src/calendar/chinaTime'
import type { Site } from '../../payload-types'
import { adminTimeout, signInToAdmin, startAdminServer } from '../support/admin'
import { launchChromium, screenshot, viewports } from '../support/browser'
import { createSite, createUser, password } from '../support/fixtures'
import type { TestServer } from '../support/payload'
import { runDailyProbes, seedTroubledSite } from '../support/siteHealth'

/** 监测中心 → 网站详情 and 月度通报 in the real admin and Chromium, over a demo-like troubled site. */
let server: TestServer
let browser: Browser
let troubled: Awaited<ReturnType<typeof seedTroubledSite>>
let other: Site
const now = new Date()

beforeAll(async () => {
  browser = await launchChromium()
  server = await startAdminServer()
  const { payload } = server
  troubled = await seedTroubledSite(payload, { now })
  other = await createSite(payload, { name: '固原市人民政府', level: 'city' })
  // Without a mailbox channel the site has no way for citizens to write in (互动回应差).
  await payload.update({ collection: 'sites', id: other.id, overrideAccess: true, data: { mailboxChannels: [] } })
  await runDailyProbes(payload, 3, now)
  await createUser(payload, { name: '办公厅监管员', email: 'office@zhanqun.test', roles: ['supervisor'] })
  await createUser(payload, {
    name: '吴忠管理员',
    email: 'wuzhong-admin@zhanqun.test',
    memberships: [{ site: troubled.site, roles: ['site-admin'] }],
  })
  await createUser(payload, {
    name: '固原管理员',
    email: 'guyuan-admin@zhanqun.test',
    memberships: [{ site: other, roles: ['site-admin'] }],
  })
}, adminTimeout)

afterAll(async () => {
  await browser?.close()
  await server?.close()
}, 60_000)

async function signedIn(email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...viewports.desktop })
  const page = await context.newPage()
  await signInToAdmin(page, server.url, email, password)
  return page
}

describe('网站详情 (drill-down)', () => {
  it(
    'from the cluster table: vetoes with reasons, failing columns and broken links with fix links, the availability chart',
    async () => {
      const page = await signedIn('office@zhanqun.test')
      await page.goto(`${server.url}/admin/monitoring`, { waitUntil: 'domcontentloaded', timeout: adminTimeout })
      await page
        .getByTestId('monitoring-cluster-table')
        .getByRole('link', { name: '吴忠市人民政府' })
        .click({ timeout: adminTimeout })
      await page.waitForURL(`**/admin/monitoring/site/${troubled.site.id}`, { timeout: adminTimeout })
      const detail = page.getByTestId('site-health-detail')
      await detail.waitFor({ timeout: adminTimeout })
      const vetoRow = page.getByTestId('site-health-vetoes').locator('tr', { hasText: '栏目不更新' })
      expect(await vetoRow.innerText()).toContain('预计否决')
      expect(await vetoRow.innerText()).toContain('空白栏目 5 个')

      const columns = page.getByTestId('site-health-columns')
      const staleRow = columns.locator('tr', { hasText: '部门动态' })
      expect(await staleRow.innerText()).toContain('20 天')
      expect(await staleRow.getByRole('link').getAttribute('href')).toBe(
        `/admin/collections/columns/${troubled.columns.部门动态}`,
      )
      expect(await columns.locator('tbody tr', { hasText: '空白栏目' }).count()).toBe(5)

      const links = page.getByTestId('site-health-links')
      const attachment = links.locator('tr', { hasText: 'gongnuan-2026.pdf' })
      expect(await attachment.getByRole('link', { name: '全市安全生产工作会议召开' }).getAttribute('href')).toBe(
        `/admin/collections/articles/${troubled.articleId}`,
      )
      expect(await page.getByTestId('site-health-warnings').innerText()).toContain('预计单项否决「栏目不更新」')

      const chart = page.getByTestId('site-availability-chart')
      await chart.locator('svg').first().waitFor({ timeout: 60_000 })
      expect(await chart.innerText()).toContain('无法访问次数')
      await screenshot(page, 'monitoring-drilldown')
      await page.context().close()
    },
    adminTimeout,
  )

  it(
    'a site admin sees their own site, and not another site even by its address',
    async () => {
      const own = await signedIn('wuzhong-admin@zhanqun.test')
      await own.goto(`${server.url}/admin/monitoring/site/${troubled.site.id}`, {
        waitUntil: 'domcontentloaded',
        timeout: adminTimeout,
      })
      await own.getByTestId('site-health-detail').waitFor({ timeout: adminTimeout })
      await own.context().close()

      const stranger = await signedIn('guyuan-admin@zhanqun.test')
      await stranger.goto(`${server.url}/admin/monitoring/site/${troubled.site.id}`, {
        waitUntil: 'domcontentloaded',
        timeout: adminTimeout,
      })
      await stranger.getByTestId('site-health-denied').waitFor({ timeout: adminTimeout })
      const html = await stranger.content()
      expect(html).not.toContain('部门动态')
      expect(html).not.toContain('全市安全生产工作会议召开')
      await stranger.context().close()
    },
    adminTimeout,
  )
})

describe('月度通报 (printable)', () => {
  it(
    'shows the month’s verdicts, offers the XLSX, and prints without the admin’s navigation',
    async () => {
      const page = await signedIn('office@zhanqun.test')
      const month = chinaDay(now).slice(0, 7)
      await page.goto(`${server.url}/admin/monitoring/bulletin?month=${month}`, {
        waitUntil: 'domcontentloaded',
        timeout: adminTimeout,
      })
      const table = page.getByTestId('bulletin-table')
      await table.waitFor({ timeout: adminTimeout })
      const first = await table.locator('tbody tr').first().innerText()
      expect(first).toContain('吴忠市人民政府')
      expect(first).toContain('不合格（单项否决）')
      expect(first).toContain('空白栏目 5 个')
      // 固原 has no columns at all: no interaction channel, nothing ever published on its home page.
      const guyuan = await table.locator('tr', { hasText: '固原市人民政府' }).innerText()
      expect(guyuan).toContain('互动回应差')
      expect(guyuan).toContain('首页不更新')
      expect(await page.getByRole('link', { name: '下载 Excel' }).getAttribute('href')).toBe(
        `/api/site-health-reports/bulletin?format=xlsx&month=${month}`,
      )
      await screenshot(page, 'monitoring-bulletin')
      await page.emulateMedia({ media: 'print' })
      expect(await page.locator('.zq-no-print').first().isVisible()).toBe(false)
      expect(await page.locator('nav.nav, .nav').first().isVisible()).toBe(false)
      expect(await table.isVisible()).toBe(true)
      await page.context().close()
    },
    adminTimeout,
  )
})
