import fs from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Site } from '../../payload-types'
import { adminTimeout, signInToAdmin, startAdminServer } from '../support/admin'
import { launchChromium, screenshot } from '../support/browser'
import { createSite, createUser, password } from '../support/fixtures'
import type { TestServer } from '../support/payload'

/**
 * 转载情况专项检查 as the general office's supervisor does it, in the real admin and a real Chromium:
 * open the reposts list, choose a period and a site, read the figures and the sites that missed the
 * deadline, and download the spreadsheet.
 */

let server: TestServer
let browser: Browser
let context: BrowserContext
let page: Page
let late: Site

const hour = 3600_000
const at = (base: number, hours: number) => new Date(base + hours * hour).toISOString()

beforeAll(async () => {
  browser = await launchChromium()
  server = await startAdminServer()
  const { payload } = server
  const source = await createSite(payload, { name: '宁夏回族自治区人民政府', level: 'region' })
  const onTime = await createSite(payload, { name: '银川市人民政府', level: 'city' })
  late = await createSite(payload, { name: '石嘴山市人民政府', level: 'city' })
  const rejecting = await createSite(payload, { name: '吴忠市人民政府', level: 'city' })
  const slow = await createSite(payload, { name: '自治区教育厅', level: 'department' })
  let serial = 0
  const repost = (target: Site, fields: Record<string, unknown>) =>
    payload.create({
      collection: 'reposts',
      overrideAccess: true,
      data: {
        title: `关于做好重点工作的通知（${++serial}）`,
        originalCollection: 'articles',
        originalId: String(serial),
        originalPublishedAt: fields.dueAt,
        sourceSite: source.id,
        targetSite: target.id,
        mode: 'review',
        // As the fan-out and the reviewer's acceptance record it.
        ...(fields.publishedAt
          ? {
              lateMinutes: Math.max(
                0,
                Math.ceil((Date.parse(String(fields.publishedAt)) - Date.parse(String(fields.dueAt))) / 60_000),
              ),
            }
          : {}),
        ...fields,
      } as never,
    })
  // Due in October 2026 (China time), the period the supervisor checks.
  const base = Date.parse('2026-10-12T02:00:00.000Z')
  await repost(onTime, { dueAt: at(base, 0), status: 'reposted', publishedAt: at(base, -20), mode: 'automatic' })
  await repost(onTime, { dueAt: at(base, 24), status: 'reposted', publishedAt: at(base, 23) })
  await repost(late, { dueAt: at(base, 0), status: 'reposted', publishedAt: at(base, 1.5) })
  await repost(late, { dueAt: at(base, 24), status: 'reposted', publishedAt: at(base, 24 + 30) })
  await repost(late, { dueAt: at(base, 48), status: 'reposted', publishedAt: at(base, 40) })
  await repost(rejecting, { dueAt: at(base, 0), status: 'declined', reviewReason: '与本市无关' })
  await repost(slow, { dueAt: at(base, 0), status: 'submitted' })
  // Outside the period: due in September.
  await repost(late, { dueAt: '2026-09-15T02:00:00.000Z', status: 'reposted', publishedAt: '2026-09-20T02:00:00.000Z' })
  await createUser(payload, { name: '办公厅监管员', email: 'supervisor@zhanqun.test', roles: ['supervisor'] })
  await createUser(payload, { name: '平台管理员', email: 'admin@zhanqun.test', roles: ['platform-admin'] })
  await createUser(payload, {
    name: '石嘴山审核人',
    email: 'reviewer@zhanqun.test',
    memberships: [{ site: late, roles: ['reviewer'] }],
  })

  context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
  })
  page = await context.newPage()
}, adminTimeout)

afterAll(async () => {
  await browser?.close()
  await server?.close()
}, 60_000)

// The report's own state: wait until React has taken over the form before typing into it.
const section = () => page.locator('section.zq-compliance[data-interactive]')
const siteRows = () => section().locator('table.zq-sites tbody tr')
const row = (name: string) => siteRows().filter({ has: page.locator('th', { hasText: name }) })
const cells = async (name: string) => (await row(name).locator('td').allInnerTexts()).map((t) => t.trim())

describe('the repost compliance report in the admin', () => {
  it(
    'lets a supervisor filter by period and site, read the figures and the late sites, and download the table',
    async () => {
      await signInToAdmin(page, server.url, 'supervisor@zhanqun.test', password)
      await page.goto(`${server.url}/admin/collections/reposts`, {
        waitUntil: 'domcontentloaded',
        timeout: adminTimeout,
      })
      await section().getByRole('heading', { name: '转载情况统计（专项检查）' }).waitFor({ timeout: adminTimeout })
      await screenshot(page, 'repost-compliance-form')

      // The whole of October, every site.
      await section().getByLabel('起始日期').fill('2026-10-01')
      await section().getByLabel('截止日期').fill('2026-10-31')
      await section().getByRole('button', { name: '统计', exact: true }).click()
      await siteRows().first().waitFor({ timeout: 60_000 })
      expect(await section().locator('.zq-summary').innerText()).toContain('统计期间：2026-10-01 至 2026-10-31')
      expect(await siteRows().count()).toBe(4)
      // 应转载, 按时, 超时, 最长超时, 不予转载, 待审核, 其中已逾期, 原文撤回（不计入）, 是否逾期
      expect(await cells('石嘴山市人民政府')).toEqual(['3', '1', '2', '1 天 6 小时', '0', '0', '0', '0', '逾期'])
      expect(await cells('银川市人民政府')).toEqual(['2', '2', '0', '—', '0', '0', '0', '0', '未逾期'])
      expect(await cells('吴忠市人民政府')).toEqual(['1', '0', '0', '—', '1', '0', '0', '0', '未逾期'])
      expect(await cells('自治区教育厅')).toEqual(['1', '0', '0', '—', '0', '1', '1', '0', '逾期'])
      // The report's stylesheet (complianceReport.css) is loaded: the caption is hidden visually, late rows are marked.
      expect(
        await section()
          .locator('caption.zq-visually-hidden')
          .evaluate((e) => getComputedStyle(e).position),
      ).toBe('absolute')
      expect(
        await section()
          .locator('form')
          .evaluate((e) => getComputedStyle(e).display),
      ).toBe('flex')
      const missed = section().locator('.zq-missed')
      expect(await missed.innerText()).toContain('未在转载时限内完成转载的网站（2 个）')
      expect(await missed.locator('li').allInnerTexts()).toEqual([
        '石嘴山市人民政府：超时转载 2 条，最长超时 1 天 6 小时',
        '自治区教育厅：超过时限仍未处理 1 条',
      ])
      await section().locator('details summary').click()
      expect(await section().locator('table.zq-late tbody tr').count()).toBe(2)
      expect(await section().locator('details').innerText()).toContain('1 小时 30 分钟')
      await screenshot(page, 'repost-compliance-all-sites')

      // The list below reads the same way: deadlines in China time, lateness in words.
      const listRow = page.locator('.collection-list__tables tbody tr', { hasText: '关于做好重点工作的通知（4）' })
      await expect.poll(() => listRow.innerText(), { timeout: 60_000 }).toContain('1 天 6 小时')
      expect(await listRow.innerText()).toContain('2026-10-13 10:00')

      // One site.
      await section().getByLabel('目标网站').selectOption({ label: '石嘴山市人民政府' })
      await section().getByRole('button', { name: '统计', exact: true }).click()
      await expect.poll(() => siteRows().count(), { timeout: 60_000 }).toBe(1)
      expect(await cells('石嘴山市人民政府')).toEqual(['3', '1', '2', '1 天 6 小时', '0', '0', '0', '0', '逾期'])
      expect(await section().locator('.zq-summary').innerText()).toContain('统计范围：石嘴山市人民政府')
      await screenshot(page, 'repost-compliance-one-site')

      // The spreadsheet of what is on screen.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        section()
          .getByRole('link', { name: /下载统计表/ })
          .click(),
      ])
      expect(download.suggestedFilename()).toBe('转载情况统计_2026-10-01_2026-10-31_石嘴山市人民政府.csv')
      const bytes = fs.readFileSync((await download.path())!)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const lines = new TextDecoder().decode(bytes.subarray(3)).trim().split('\r\n')
      expect(lines[0]).toContain('统计期间（按转载时限）：2026-10-01 至 2026-10-31')
      expect(lines[0]).toContain('统计范围：石嘴山市人民政府')
      expect(lines[1]).toBe(
        '网站名称,网站标识码,应转载,按时转载,超时转载,最长超时（小时）,累计超时（小时）,不予转载,待审核,其中已逾期,原文撤回（不计入）,是否逾期',
      )
      expect(lines[2]).toBe(`石嘴山市人民政府,${late.siteCode},3,1,2,30.0,31.5,0,0,0,0,是`)
      expect(lines).toHaveLength(4)
      expect(lines[3]).toMatch(/^合计,,3,1,2,/)
    },
    adminTimeout,
  )

  it(
    'tells the supervisor plainly when the period is the wrong way round',
    async () => {
      await section().getByLabel('起始日期').fill('2026-10-31')
      await section().getByLabel('截止日期').fill('2026-10-01')
      await section().getByRole('button', { name: '统计', exact: true }).click()
      expect(await section().getByRole('alert').innerText()).toBe('起始日期不能晚于截止日期。')
    },
    adminTimeout,
  )

  it(
    'is offered to the platform admin too, and not to a target site’s reviewer',
    async () => {
      const reportFor = async (email: string) => {
        const other = await browser.newContext({
          locale: 'zh-CN',
          timezoneId: 'Asia/Shanghai',
          viewport: { width: 1366, height: 900 },
        })
        const tab = await other.newPage()
        await signInToAdmin(tab, server.url, email, password)
        await tab.goto(`${server.url}/admin/collections/reposts`, {
          waitUntil: 'domcontentloaded',
          timeout: adminTimeout,
        })
        await tab.getByRole('heading', { name: '转载记录', exact: true }).waitFor({ timeout: adminTimeout })
        const offered = await tab.locator('section.zq-compliance').count()
        await other.close()
        return offered
      }
      expect(await reportFor('admin@zhanqun.test')).toBe(1)
      expect(await reportFor('reviewer@zhanqun.test')).toBe(0)
    },
    adminTimeout,
  )
})
