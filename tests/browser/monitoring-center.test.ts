import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminTimeout, signInToAdmin, startAdminServer } from '../support/admin'
import { launchChromium, screenshot } from '../support/browser'
import { createColumn, createSite, createUser, password } from '../support/fixtures'
import type { TestServer } from '../support/payload'
import { runDailyProbe } from '../../src/monitoring/dailyRun'

/** 监测中心 in the real admin and a real Chromium: the cluster table, its veto predictions, and the ECharts trend chart. */
let server: TestServer
let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchChromium()
  server = await startAdminServer()
  const { payload } = server
  const good = await createSite(payload, { name: '银川市人民政府', level: 'city' })
  const bad = await createSite(payload, { name: '吴忠市人民政府', level: 'city' })
  const news = await createColumn(payload, good, { title: '要闻', slug: 'yw' })
  const ask = await createColumn(payload, good, { title: '咨询建议', slug: 'zxjy', kind: 'interaction' })
  const publish = (columnId: number, title: string) =>
    payload.create({
      collection: 'articles',
      overrideAccess: true,
      data: {
        site: good.id,
        columns: [columnId],
        title,
        workflowStatus: 'published',
        publishedAt: new Date().toISOString(),
        disclosureAttribute: 'public',
      },
    })
  await publish(news.id, '今日要闻')
  await publish(ask.id, '在线咨询入口')
  for (let i = 0; i < 5; i++)
    await createColumn(payload, bad, { title: `空白栏目${i + 1}`, slug: `kb${i}`, kind: 'other' })
  // Three daily runs make a trend.
  for (const daysBack of [2, 1, 0])
    await runDailyProbe(payload, { now: new Date(Date.now() - daysBack * 86_400_000), externalBudgetMs: 1000 })
  await createUser(payload, { name: '办公厅监管员', email: 'supervisor@zhanqun.test', roles: ['supervisor'] })
  await createUser(payload, {
    name: '吴忠管理员',
    email: 'siteadmin@zhanqun.test',
    memberships: [{ site: bad, roles: ['site-admin'] }],
  })
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 900 },
  })
  page = await context.newPage()
}, adminTimeout)

afterAll(async () => {
  await browser?.close()
  await server?.close()
}, 60_000)

describe('监测中心', () => {
  it(
    'shows every site with its predicted vetoes, score and trend, and the trend chart',
    async () => {
      await signInToAdmin(page, server.url, 'supervisor@zhanqun.test', password)
      await page.goto(`${server.url}/admin/monitoring`, { waitUntil: 'domcontentloaded', timeout: adminTimeout })
      const table = page.getByTestId('monitoring-cluster-table')
      await table.waitFor({ timeout: adminTimeout })
      const badRow = table.locator('tbody tr', { hasText: '吴忠市人民政府' })
      expect(await badRow.innerText()).toContain('栏目不更新')
      const goodRow = table.locator('tbody tr', { hasText: '银川市人民政府' })
      expect(await goodRow.locator('td').nth(1).innerText()).toBe('无')
      // The bad site comes first: sites with predicted vetoes lead the table.
      expect(await table.locator('tbody tr').first().innerText()).toContain('吴忠市人民政府')
      await page.getByTestId('monitoring-trend-chart').locator('svg').first().waitFor({ timeout: 60_000 })
      expect(await page.getByTestId('monitoring-trend-chart').innerText()).toContain('预计否决网站数')
      await screenshot(page, 'monitoring-center')
    },
    adminTimeout,
  )

  it(
    'is the general office’s: a site admin is told where to find their own warnings',
    async () => {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } })
      const other = await context.newPage()
      await signInToAdmin(other, server.url, 'siteadmin@zhanqun.test', password)
      await other.goto(`${server.url}/admin/monitoring`, { waitUntil: 'domcontentloaded', timeout: adminTimeout })
      await other.getByText('仅平台管理员和监管人员可以查看监测中心').waitFor({ timeout: adminTimeout })
      expect(await other.getByTestId('monitoring-cluster-table').count()).toBe(0)
      await context.close()
    },
    adminTimeout,
  )
})
