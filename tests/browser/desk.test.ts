import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Site, User } from '../../payload-types'
import { holidayYearDue } from '../../src/calendar/holidayCoverage'
import { ensureHolidayCalendar } from '../../src/calendar/holidayCalendar'
import { adminTimeout, openAdminPage, signedInAdminPage, startAdminServer } from '../support/admin'
import { launchChromium, screenshot } from '../support/browser'
import { createArticle, createColumn, createSite, createUser } from '../support/fixtures'
import { as } from '../support/openness'
import type { TestServer } from '../support/payload'
import { plainTextToLexical } from '../../src/render/richText'

/**
 * 我的工作台 in the real admin and a real Chromium: an editor's queue on the dashboard, their article list showing
 * only their site (with every row's site named), the site switcher, the overdue view, and the platform admin's
 * holiday-calendar reminder. No request leaves for Gravatar.
 */

let server: TestServer
let browser: Browser
let region: Site
let city: Site
let editor: User
const outsideRequests: string[] = []

const pageAs = (email: string): Promise<Page> =>
  signedInAdminPage(browser, server.url, email, (page) =>
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') outsideRequests.push(request.url())
    }),
  )

beforeAll(async () => {
  browser = await launchChromium()
  server = await startAdminServer()
  const { payload } = server
  await ensureHolidayCalendar(payload)
  region = await createSite(payload, { name: '宁夏回族自治区人民政府', level: 'region' })
  city = await createSite(payload, { name: '银川市人民政府', level: 'city' })
  const news = await createColumn(payload, region, { title: '要闻', slug: 'yw' })
  const policyColumn = await createColumn(payload, region, { title: '政策文件', slug: 'zcwj', kind: 'policy' })
  const cityNews = await createColumn(payload, city, { title: '银川要闻', slug: 'ycyw' })
  editor = await createUser(payload, {
    name: '门户编辑',
    email: 'editor@zhanqun.test',
    memberships: [{ site: region, roles: ['editor'] }],
  })
  const reviewer = await createUser(payload, {
    name: '门户审核人',
    email: 'reviewer@zhanqun.test',
    memberships: [{ site: region, roles: ['reviewer'] }],
  })
  await createUser(payload, {
    name: '两站编辑',
    email: 'both@zhanqun.test',
    memberships: [
      { site: region, roles: ['editor'] },
      { site: city, roles: ['editor'] },
    ],
  })
  await createUser(payload, { name: '平台管理员', email: 'admin@zhanqun.test', roles: ['platform-admin'] })

  // Enough of the region's articles that the list runs below the fold.
  for (let i = 1; i <= 24; i++)
    await createArticle(payload, { site: region, column: news, title: `自治区要闻第${i}条`, status: 'published' })
  await createArticle(payload, { site: city, column: cityNews, title: '银川市已发布要闻', status: 'published' })
  // The editor's own work: one sent back with a reason, one waiting, one scheduled.
  const draft = (title: string) =>
    payload.create({
      collection: 'articles',
      data: { site: region.id, columns: [news.id], title, disclosureAttribute: 'public' } as never,
      ...as(editor),
    })
  const submit = (id: number) =>
    payload.update({ collection: 'articles', id, data: { workflowStatus: 'submitted' }, ...as(editor) })
  const returned = await draft('关于秋季防火工作的通知')
  await submit(returned.id)
  await payload.update({
    collection: 'articles',
    id: returned.id,
    data: { workflowStatus: 'draft', reviewComment: '请补充发布单位和联系电话' },
    ...as(reviewer),
  })
  await submit((await draft('全区重点项目建设进展')).id)
  await createArticle(payload, { site: region, column: news, title: '自治区定时发布稿件', status: 'scheduled' })
  // A policy document long past its 5-working-day deadline (fixed dates: 2026 has holiday data).
  await payload.create({
    collection: 'policy-documents',
    overrideAccess: true,
    data: {
      site: region.id,
      column: policyColumn.id,
      title: '关于进一步优化营商环境的若干措施',
      docNumber: '宁政办发〔2026〕31号',
      issuingAgencies: [{ name: '自治区人民政府办公厅', lead: true }],
      writtenAt: '2026-06-01',
      affectsPublicRights: true,
      disclosureAttribute: 'public',
      body: plainTextToLexical('一、持续优化营商环境。'),
    } as never,
  })
  await payload.create({
    collection: 'health-warnings',
    overrideAccess: true,
    data: {
      site: region.id,
      code: 'stale-home',
      level: 'warning',
      message: '首页 12 天未更新',
      status: 'unresolved',
      lastSeenAt: new Date().toISOString(),
    } as never,
  })
  await payload.create({
    collection: 'health-warnings',
    overrideAccess: true,
    data: {
      site: city.id,
      code: 'stale-home',
      level: 'warning',
      message: '银川首页 15 天未更新',
      status: 'unresolved',
      lastSeenAt: new Date().toISOString(),
    } as never,
  })
}, adminTimeout)

afterAll(async () => {
  await browser?.close()
  await server?.close()
}, 60_000)

describe('我的工作台', () => {
  it(
    "shows an editor their queue on the dashboard, and their article list only their site's articles",
    async () => {
      const page = await pageAs('editor@zhanqun.test')
      await openAdminPage(page, server.url, '/admin')
      const desk = page.getByTestId('desk')
      await desk.waitFor({ timeout: adminTimeout })
      const sentBack = page.getByTestId('desk-sent-back')
      expect(await sentBack.innerText()).toContain('关于秋季防火工作的通知')
      expect(await sentBack.innerText()).toContain('请补充发布单位和联系电话')
      expect(await page.getByTestId('desk-scheduled').innerText()).toContain('自治区定时发布稿件')
      expect(await page.getByTestId('desk-deadlines').innerText()).toContain('已超过公开期限（2026-06-08）')
      expect(await page.getByTestId('desk-warnings').innerText()).toContain('首页 12 天未更新')
      expect(await desk.innerText()).not.toContain('银川')
      // Each item opens its edit view.
      const href = await sentBack.getByRole('link', { name: '关于秋季防火工作的通知' }).getAttribute('href')
      expect(href).toMatch(/^\/admin\/collections\/articles\/\d+$/)
      // The account picture is the user's initials, drawn locally.
      expect(await page.locator('.zq-avatar').first().innerText()).toBe('门户')
      await screenshot(page, 'desk-editor')

      await openAdminPage(page, server.url, '/admin/collections/articles?limit=50')
      const rows = page.locator('.collection-list__tables tbody tr')
      await rows.first().waitFor({ timeout: adminTimeout })
      expect(await page.getByTestId('site-scope').innerText()).toContain('宁夏回族自治区人民政府')
      const text = await page.locator('.collection-list__tables').innerText()
      expect(text).toContain('自治区要闻第1条')
      expect(text).not.toContain('银川市已发布要闻')
      // Every row names its site, those below the fold too.
      const siteCells = await page.locator('.collection-list__tables .zq-site-cell').allInnerTexts()
      expect(siteCells.length).toBe(await rows.count())
      expect(new Set(siteCells)).toEqual(new Set(['宁夏回族自治区人民政府']))
      expect(text).not.toContain('没有')
      // The date cells are drawn in the browser: let them finish before the screenshot.
      await page
        .waitForFunction(
          () => !document.querySelector('.collection-list__tables')?.textContent?.includes('加载中'),
          null,
          { timeout: 30_000 },
        )
        .catch(() => undefined)
      await screenshot(page, 'desk-editor-articles')
      expect(outsideRequests).toEqual([])
      await page.context().close()
    },
    adminTimeout,
  )

  it(
    'lets a member of two sites switch the lists between them',
    async () => {
      const page = await pageAs('both@zhanqun.test')
      await openAdminPage(page, server.url, '/admin/collections/articles?limit=50')
      const table = page.locator('.collection-list__tables')
      await table.locator('tbody tr').first().waitFor({ timeout: adminTimeout })
      expect(await table.innerText()).toContain('银川市已发布要闻')
      expect(await table.innerText()).toContain('自治区要闻第1条')
      await page.getByTestId('site-scope').locator('select').selectOption({ label: '银川市人民政府' })
      // The list is rendered again on the server; a dev server on a busy machine may take minutes.
      await expect
        .poll(async () => table.innerText(), { timeout: 240_000, interval: 2_000 })
        .not.toContain('自治区要闻第1条')
      expect(await table.innerText()).toContain('银川市已发布要闻')
      // The choice is kept: the health-warnings list shows the same site.
      await openAdminPage(page, server.url, '/admin/collections/health-warnings')
      await page.locator('.collection-list__tables tbody tr').first().waitFor({ timeout: adminTimeout })
      const warnings = await page.locator('.collection-list__tables').innerText()
      expect(warnings).toContain('银川首页 15 天未更新')
      expect(warnings).not.toContain('首页 12 天未更新')
      await page.context().close()
    },
    adminTimeout,
  )

  it(
    'shows the overdue list as an admin view',
    async () => {
      const page = await pageAs('reviewer@zhanqun.test')
      await openAdminPage(page, server.url, '/admin/overdue')
      const table = page.getByTestId('overdue-policy')
      await table.waitFor({ timeout: adminTimeout })
      expect(await table.innerText()).toContain('关于进一步优化营商环境的若干措施')
      expect(await table.innerText()).toContain('2026-06-08')
      await screenshot(page, 'desk-overdue')
      await page.context().close()
    },
    adminTimeout,
  )

  it(
    "warns the platform admin from 1 November that next year's holidays are not entered",
    async () => {
      const page = await pageAs('admin@zhanqun.test')
      await openAdminPage(page, server.url, '/admin')
      await page.getByTestId('desk').waitFor({ timeout: adminTimeout })
      // The server reads its own clock: in November and December the next year (not in the holiday data) is due.
      const due = holidayYearDue(new Date())
      const warning = page.getByTestId('holiday-warning')
      if (due) {
        expect(await warning.innerText()).toContain(`${due} 年节假日安排尚未录入`)
      } else {
        expect(await warning.count()).toBe(0)
      }
      await screenshot(page, 'desk-admin-holiday-warning')
      expect(outsideRequests).toEqual([])
      await page.context().close()
    },
    adminTimeout,
  )
})
