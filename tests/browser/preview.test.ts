import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, Site } from '../../payload-types'
import { plainTextToLexical } from '../../src/render/richText'
import { adminTimeout, signInToAdmin, startAdminServer } from '../support/admin'
import { launchChromium, screenshot, viewports } from '../support/browser'
import { createColumn, createSite, createUser, password } from '../support/fixtures'
import { as } from '../support/openness'
import type { TestServer } from '../support/payload'

/**
 * 预览 in the real admin: an editor opens the edit view of a draft article, presses 预览, and a new tab shows the
 * site's theme rendering the saved draft under the 预览，未发布 banner; the reviewer gets the same button on the
 * submitted article. The public address of the draft stays 404.
 */

let server: TestServer
let browser: Browser
let site: Site
let draft: Article

beforeAll(async () => {
  browser = await launchChromium()
  server = await startAdminServer()
  const { payload } = server
  site = await createSite(payload, { name: '宁夏回族自治区人民政府', level: 'region' })
  const news = await createColumn(payload, site, { title: '要闻动态', slug: 'ywdt' })
  const editor = await createUser(payload, { name: '门户编辑', email: 'editor@zhanqun.test', memberships: [{ site, roles: ['editor'] }] })
  await createUser(payload, { name: '门户审核人', email: 'reviewer@zhanqun.test', memberships: [{ site, roles: ['reviewer'] }] })
  draft = await payload.create({
    collection: 'articles',
    data: {
      site: site.id,
      columns: [news.id],
      title: '全区秋冬季森林防火工作部署会召开',
      summary: '会议部署今冬明春森林草原防灭火工作。',
      source: '自治区应急管理厅',
      body: plainTextToLexical('会议要求，各地各部门要压实责任，加强巡查，确保不发生重大森林草原火灾。'),
      disclosureAttribute: 'public',
    } as never,
    ...as(editor),
  })
}, adminTimeout)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('preview from the edit view', () => {
  it(
    'opens the saved draft as the site’s theme renders it, under the banner',
    async () => {
      const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...viewports.desktop })
      const page = await context.newPage()
      await signInToAdmin(page, server.url, 'editor@zhanqun.test', password)
      await page.goto(`${server.url}/admin/collections/articles/${draft.id}`, { waitUntil: 'load', timeout: adminTimeout })
      const button = page.locator('[data-preview-link]')
      await expect.poll(() => button.getAttribute('href'), { timeout: adminTimeout }).toMatch(/^\/preview\/articles\/\d+\?exp=\d+&sig=/)
      expect((await button.innerText()).trim()).toBe('预览')
      await screenshot(page, 'preview-edit-view')

      const [preview] = await Promise.all([context.waitForEvent('page'), button.click()])
      await preview.waitForLoadState('load')
      const banner = preview.locator('[data-preview-banner]')
      await expect.poll(() => banner.isVisible()).toBe(true)
      expect(await banner.innerText()).toContain('预览，未发布')
      expect(await banner.innerText()).toContain('草稿')
      expect(await preview.locator('h1').first().innerText()).toContain('全区秋冬季森林防火工作部署会召开')
      expect(await preview.locator('body').innerText()).toContain('确保不发生重大森林草原火灾')
      // The theme: its stylesheet applied and the site's own navigation.
      expect(await preview.locator('link[rel="stylesheet"][href*="/_themes/default/"]').count()).toBeGreaterThan(0)
      expect(await preview.locator('body').innerText()).toContain('要闻动态')
      expect(await preview.locator('body').innerText()).toContain('宁夏回族自治区人民政府')
      await screenshot(preview, 'preview-draft-article')

      // Citizens: nothing at the public address.
      const publicPage = await fetch(`${server.url}/sites/${site.siteCode}/articles/${draft.id}.html`)
      expect(publicPage.status).toBe(404)
      await context.close()
    },
    adminTimeout,
  )

  it(
    'offers the reviewer the same preview on the submitted article',
    async () => {
      await server.payload.update({ collection: 'articles', id: draft.id, overrideAccess: true, data: { workflowStatus: 'submitted' } })
      const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...viewports.desktop })
      const page = await context.newPage()
      await signInToAdmin(page, server.url, 'reviewer@zhanqun.test', password)
      await page.goto(`${server.url}/admin/collections/articles/${draft.id}`, { waitUntil: 'load', timeout: adminTimeout })
      const button = page.locator('[data-preview-link]')
      await expect.poll(() => button.getAttribute('href'), { timeout: adminTimeout }).toMatch(/^\/preview\/articles\//)
      const [preview] = await Promise.all([context.waitForEvent('page'), button.click()])
      await preview.waitForLoadState('load')
      expect(await preview.locator('[data-preview-banner]').innerText()).toContain('待审核')
      await context.close()
    },
    adminTimeout,
  )
})
