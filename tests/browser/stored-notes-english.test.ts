import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureHolidayCalendar } from '../../src/calendar/holidayCalendar'
import { publishDeadlineNotApplicable } from '../../src/i18n/storedNotes'
import { adminTimeout, openDocument, openAdminPage, signInToAdmin, startAdminServer } from '../support/admin'
import { launchChromium, screenshot, viewports } from '../support/browser'
import { as, createOpennessFixture, draftData, type OpennessFixture } from '../support/openness'
import type { TestServer } from '../support/payload'

/**
 * Notes the server stores in Chinese, read in the real admin: a policy document's 期限说明 and a health warning,
 * Chinese for the default admin and English for an English one, while the stored text stays Chinese.
 */

let server: TestServer
let browser: Browser
let f: OpennessFixture
let documentId: number | string
let warningId: number | string

const warningZh = '首页已 12 天未更新（预警线 10 天，否决线 14 天）'
const warningEn = 'Home page not updated for 12 days (warning line 10 days, veto line 14 days)'

async function signedIn(language: 'zh' | 'en'): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...viewports.desktop })
  const page = await context.newPage()
  await signInToAdmin(page, server.url, f.platformAdmin.email, 'correct-horse-battery')
  if (language === 'en') await context.addCookies([{ name: 'payload-lng', value: 'en', url: server.url }])
  return page
}

const fieldValue = async (page: Page, id: string): Promise<string> => {
  const field = page.locator(`#${id}`)
  await field.waitFor({ timeout: adminTimeout })
  return field.inputValue()
}

beforeAll(async () => {
  browser = await launchChromium()
  server = await startAdminServer()
  const { payload } = server
  await ensureHolidayCalendar(payload)
  f = await createOpennessFixture(payload)
  const doc = await payload.create({ collection: 'policy-documents', data: draftData(f, { affectsPublicRights: false }) as never, ...as(f.editor) })
  expect(doc.publishDeadlineNote).toBe(publishDeadlineNotApplicable.zh)
  documentId = doc.id
  const warning = await payload.create({
    collection: 'health-warnings',
    data: { site: f.site.id, code: 'warn:homeStale', level: 'warning', message: warningZh, status: 'unresolved', source: 'daily' } as never,
    overrideAccess: true,
  })
  warningId = warning.id
}, adminTimeout)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('stored Chinese notes in the admin language', () => {
  it('shows the Chinese admin the stored notes', async () => {
    const page = await signedIn('zh')
    await openDocument(page, server.url, 'policy-documents', documentId)
    expect(await fieldValue(page, 'field-publishDeadlineNote')).toBe(publishDeadlineNotApplicable.zh)
    await openDocument(page, server.url, 'health-warnings', warningId)
    expect(await fieldValue(page, 'field-message')).toBe(warningZh)
    await page.locator('h1', { hasText: warningZh }).waitFor({ timeout: 30_000 })
    await page.context().close()
  }, adminTimeout)

  it('shows the English admin the same notes in English and leaves the stored Chinese alone', async () => {
    const page = await signedIn('en')
    await openDocument(page, server.url, 'policy-documents', documentId)
    expect(await fieldValue(page, 'field-publishDeadlineNote')).toBe(publishDeadlineNotApplicable.en)
    await screenshot(page, 'stored-notes-policy-en')
    await openDocument(page, server.url, 'health-warnings', warningId)
    expect(await fieldValue(page, 'field-message')).toBe(warningEn)
    // The message is the document's title: the header shows it in English too.
    await page.locator('h1', { hasText: warningEn }).waitFor({ timeout: 30_000 })
    // The tab's title names the collection, not the message; the breadcrumb shows the English message.
    expect(await page.title()).toMatch(/^Editing - Health warning/)
    expect(await page.locator('.step-nav').innerText()).toContain(warningEn)
    expect(await page.locator('body').innerText()).not.toContain(warningZh)
    await screenshot(page, 'stored-notes-warning-en')
    await openAdminPage(page, server.url, '/admin/collections/health-warnings')
    await page.getByText(warningEn).first().waitFor({ timeout: adminTimeout })
    expect(await page.locator('body').innerText()).not.toContain(warningZh)
    await screenshot(page, 'stored-notes-warnings-en')
    await page.context().close()
    const stored = await server.payload.findByID({ collection: 'policy-documents', id: documentId, depth: 0, overrideAccess: true })
    expect(stored.publishDeadlineNote).toBe(publishDeadlineNotApplicable.zh)
  }, adminTimeout)
})
