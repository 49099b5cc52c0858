import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Site } from '../../payload-types'
import { ensureHolidayCalendar } from '../../src/calendar/holidayCalendar'
import { plainTextToLexical } from '../../src/render/richText'
import { adminTimeout, signInToAdmin, startAdminServer } from '../support/admin'
import { launchChromium, screenshot, viewports } from '../support/browser'
import { chineseInChrome } from '../support/adminChrome'
import { englishWords } from '../support/englishWords'
import { createArticle, createColumn, createSite, createUser, password } from '../support/fixtures'
import type { TestServer } from '../support/payload'

/**
 * 后台全中文: a platform admin and a site editor walk the admin in Chinese (the default) in a browser whose own
 * language is English, as many office PCs are: the dashboard, every collection list in the navigation, an edit
 * view of each (the first document, else the create view), the globals, the custom views and the account page.
 * Any Latin-script word in the visible text outside the allow-list (tests/support/englishWords.ts) fails the test
 * with the page and the words; so does a native date or month input (the browser would show mm/dd/yyyy), or a date
 * field showing anything but yyyy-MM-dd.
 *
 * The second language: the same walk with the admin language set to English (the `payload-lng` cookie, which is
 * what the language selector on the account page sets) fails on any Chinese character in the UI chrome
 * (tests/support/adminChrome.ts) outside the data the test itself created, and on dates not in yyyy-MM-dd.
 *
 * The body editor's table controls (src/editor/table), which Payload writes in English only and which no walk
 * opens: the slash-menu entry, the insert drawer and the cell menu, in both languages, and that they still work.
 */

let server: TestServer
let browser: Browser
let region: Site

type Finding = { page: string; words: string[] }

/** A walk opens some sixty admin pages, each several seconds on a busy machine with the dev server. */
const walkTimeout = adminTimeout * 3

async function signedIn(email: string, language: 'zh' | 'en' = 'zh'): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Shanghai', ...viewports.desktop })
  const page = await context.newPage()
  await signInToAdmin(page, server.url, email, password)
  if (language === 'en') await context.addCookies([{ name: 'payload-lng', value: 'en', url: server.url }])
  return page
}

/** Chinese data the English walk may show inside chrome: what this file created, and format examples. */
const chineseData = ['宁夏回族自治区人民政府', '要闻', '政策文件', '平台管理员', '门户编辑', '宁ICP备05001320号', '宁公网安备 64010402000123号', '宁政办发〔2026〕12号', '发改委 = 发展改革委 = 发展和改革委员会']

/** Opens an admin page and waits until Payload has drawn it (lists load their rows after the first paint). */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}${path}`, { waitUntil: 'load', timeout: adminTimeout })
  await page.locator('.template-default, .template-minimal').first().waitFor({ timeout: adminTimeout })
  // Not networkidle: the dev server's hot-reload socket keeps the network busy. Lists and forms show shimmers
  // and loading overlays until their data is in.
  await page
    .waitForFunction(() => !document.querySelector('.shimmer-effect, .loading-overlay--is-loading, .table-loading'), undefined, { timeout: 15_000 })
    .catch(() => {})
  await page.waitForTimeout(300)
}

/** The custom views beside the navigation's collections (the collections themselves come from the navigation). */
const adminViews = ['/admin/monitoring', '/admin/monitoring/bulletin', '/admin/overdue', '/admin/message-statistics', '/admin/open-day-check-in', '/admin/collections/reposts', '/admin/account']
const editorViews = ['/admin/overdue', '/admin/message-statistics', '/admin/open-day-check-in', '/admin/account']

/** What a person sees on the page that is not Chinese, and the date inputs that are not yyyy-MM-dd. */
async function problemsOn(page: Page, label: string, language: 'zh' | 'en'): Promise<Finding[]> {
  const { text, placeholders, nativeDates, pickerValues } = await page.evaluate(() => ({
    text: document.body.innerText,
    placeholders: [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[placeholder], textarea[placeholder]')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => el.placeholder),
    nativeDates: [...document.querySelectorAll('input[type="date"], input[type="month"], input[type="datetime-local"], input[type="week"]')].map((el) => (el as HTMLInputElement).name || el.id),
    pickerValues: [...document.querySelectorAll<HTMLInputElement>('.react-datepicker__input-container input')].map((el) => el.value).filter(Boolean),
  }))
  const findings: Finding[] = []
  const words = language === 'zh' ? englishWords(`${text}\n${placeholders.join('\n')}`) : await chineseInChrome(page, chineseData)
  if (words.length) findings.push({ page: label, words })
  if (nativeDates.length) findings.push({ page: label, words: nativeDates.map((n) => `<native date input ${n}>`) })
  const badDates = pickerValues.filter((v) => !/^\d{4}-\d{2}(-\d{2})?( \d{2}:\d{2})?$|^\d{2}:\d{2}$/.test(v))
  if (badDates.length) findings.push({ page: label, words: badDates.map((v) => `<date ${v}>`) })
  return findings
}

/** Every collection and global the navigation offers the user. */
async function navTargets(page: Page): Promise<string[]> {
  await visit(page, '/admin')
  const hrefs = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('nav a[href^="/admin/collections/"], nav a[href^="/admin/globals/"]')].map((a) => a.getAttribute('href')!))
  return [...new Set(hrefs)]
}

async function walk(page: Page, who: string, extraPaths: string[], language: 'zh' | 'en' = 'zh'): Promise<Finding[]> {
  const findings: Finding[] = []
  const check = async (path: string) => {
    await visit(page, path)
    const found = await problemsOn(page, `${who} ${path}`, language)
    // Printed as found, so a long walk shows its leftovers before it ends.
    for (const finding of found) console.log(`${language === 'zh' ? '英文残留' : 'Chinese left'} ${finding.page}: ${finding.words.join(', ')}`)
    findings.push(...found)
  }
  await check('/admin')
  for (const target of await navTargets(page)) {
    await check(target)
    if (!target.startsWith('/admin/collections/')) continue
    // An edit view: the list's first document, else the create view when the list offers one.
    const first = await page.evaluate((base) => {
      const link = [...document.querySelectorAll<HTMLAnchorElement>(`.table a[href^="${base}/"]`)].find((a) => !a.href.endsWith('/create'))
      return link?.getAttribute('href') ?? null
    }, target)
    const create = await page.locator(`a[href="${target}/create"]`).count()
    const edit = first ?? (create ? `${target}/create` : null)
    if (edit) await check(edit)
  }
  for (const path of extraPaths) await check(path)
  await screenshot(page, language === 'zh' ? `admin-chinese-${who}` : `admin-english-${who}`)
  return findings
}

/** The words of the body editor's table controls in one language, as the editor sees them. */
const tableWords = {
  zh: {
    entry: '表格',
    drawer: '插入表格',
    fields: ['行数', '列数'],
    cellMenu: '单元格操作',
    menu: ['在上方插入行', '在下方插入行', '在左侧插入列', '在右侧插入列', '删除行', '删除列', '删除表格', '设为标题行', '设为标题列'],
    addRow: '添加一行',
    addColumn: '添加一列',
  },
  en: {
    entry: 'Table',
    drawer: 'Insert table',
    fields: ['Rows', 'Columns'],
    cellMenu: 'Cell actions',
    menu: ['Insert row above', 'Insert row below', 'Insert column left', 'Insert column right', 'Delete row', 'Delete column', 'Delete table', 'Make header row', 'Make header column'],
    addRow: 'Add row',
    addColumn: 'Add column',
  },
}

/**
 * Opens the table controls of a new article's body: the slash menu's entry, the insert drawer (a 3 × 2 table),
 * the cell menu of a body cell and one of its entries, and the bars that add a row and a column. What is not in `language` is returned as findings; the
 * texts themselves are compared with `tableWords`.
 */
async function tableControls(page: Page, who: string, language: 'zh' | 'en'): Promise<Finding[]> {
  const words = tableWords[language]
  const findings: Finding[] = []
  const look = async (what: string) => findings.push(...(await problemsOn(page, `${who} table ${what}`, language)))
  await visit(page, '/admin/collections/articles/create')
  const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await editor.click()
  await page.keyboard.type('/table', { delay: 30 })
  const entry = page.locator('.slash-menu-popup__item').first()
  await entry.waitFor({ timeout: 60_000 })
  expect((await entry.innerText()).trim()).toBe(words.entry)
  await look('slash menu')
  await page.keyboard.press('Enter')

  const drawer = page.locator('.drawer--is-open').last()
  await drawer.locator('input[name="rows"]').waitFor({ timeout: 60_000 })
  await drawer.getByText(words.drawer, { exact: true }).first().waitFor()
  for (const label of words.fields) await drawer.locator('label', { hasText: label }).first().waitFor()
  await look('insert drawer')
  await screenshot(page, `admin-${language === 'zh' ? 'chinese' : 'english'}-table-drawer`)
  await drawer.locator('input[name="rows"]').fill('3')
  await drawer.locator('input[name="columns"]').fill('2')
  await drawer.getByRole('button', { name: /保存|Save/ }).first().click()
  const cells = editor.locator('table td, table th')
  await expect.poll(() => cells.count(), { timeout: 60_000 }).toBe(6)

  // The second row's second cell: neither in the header row nor in the header column.
  await cells.nth(3).click()
  const button = page.locator('.zq-table-cell-menu-button')
  await button.waitFor({ timeout: 30_000 })
  expect(await button.getAttribute('aria-label')).toBe(words.cellMenu)
  await button.click()
  const menu = page.locator('.zq-table-cell-menu')
  await menu.waitFor({ timeout: 30_000 })
  expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual(words.menu)
  await look('cell menu')
  await screenshot(page, `admin-${language === 'zh' ? 'chinese' : 'english'}-table-cell-menu`)
  // The entries do what they say: a row below the caret's adds two cells to the two-column table.
  await menu.getByRole('menuitem', { name: words.menu[1] }).click()
  await expect.poll(() => cells.count(), { timeout: 30_000 }).toBe(8)
  await expect.poll(() => menu.count()).toBe(0)

  // Over the last row and column, the bars that add one more of each (their names are for screen readers).
  const addRow = page.getByRole('button', { name: words.addRow, exact: true })
  const addColumn = page.getByRole('button', { name: words.addColumn, exact: true })
  await cells.last().hover()
  await addRow.waitFor({ timeout: 30_000 })
  await addColumn.waitFor({ timeout: 30_000 })
  await screenshot(page, `admin-${language === 'zh' ? 'chinese' : 'english'}-table-add-bars`)
  await addRow.click()
  await expect.poll(() => cells.count(), { timeout: 30_000 }).toBe(10)
  await cells.last().hover()
  await addColumn.click({ timeout: 30_000 })
  await expect.poll(() => cells.count(), { timeout: 30_000 }).toBe(15)
  return findings
}

beforeAll(async () => {
  browser = await launchChromium()
  server = await startAdminServer()
  const { payload } = server
  await ensureHolidayCalendar(payload)
  region = await createSite(payload, { name: '宁夏回族自治区人民政府', level: 'region' })
  const news = await createColumn(payload, region, { title: '要闻', slug: 'yw' })
  const policy = await createColumn(payload, region, { title: '政策文件', slug: 'zcwj', kind: 'policy' })
  await createUser(payload, { name: '平台管理员', email: 'admin@zhanqun.test', roles: ['platform-admin'] })
  await createUser(payload, { name: '门户编辑', email: 'editor@zhanqun.test', memberships: [{ site: region, roles: ['editor'] }] })
  await createArticle(payload, { site: region, column: news, title: '自治区要闻', status: 'published' })
  await createArticle(payload, { site: region, column: news, title: '待审核稿件', status: 'submitted' })
  await payload.create({
    collection: 'policy-documents',
    overrideAccess: true,
    data: {
      site: region.id,
      column: policy.id,
      title: '关于进一步优化营商环境的若干措施',
      docNumber: '宁政办发〔2026〕31号',
      issuingAgencies: [{ name: '自治区人民政府办公厅', lead: true }],
      writtenAt: '2026-06-01',
      affectsPublicRights: true,
      disclosureAttribute: 'public',
      body: plainTextToLexical('一、持续优化营商环境。'),
    } as never,
  })
}, adminTimeout)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the admin in Chinese', () => {
  it(
    'shows a platform admin no English word outside the allow-list, and dates as yyyy-MM-dd',
    async () => {
      const page = await signedIn('admin@zhanqun.test')
      const findings = await walk(page, 'platform-admin', adminViews)
      await page.context().close()
      expect(findings).toEqual([])
    },
    walkTimeout,
  )

  it(
    'shows a site editor no English word outside the allow-list',
    async () => {
      const page = await signedIn('editor@zhanqun.test')
      const findings = await walk(page, 'editor', editorViews)
      await page.context().close()
      expect(findings).toEqual([])
    },
    walkTimeout,
  )

  it(
    'shows the body editor’s table controls (insert drawer, cell menu) in Chinese',
    async () => {
      const page = await signedIn('editor@zhanqun.test')
      const findings = await tableControls(page, 'editor', 'zh')
      await page.context().close()
      expect(findings).toEqual([])
    },
    adminTimeout,
  )
})

describe('the admin in English', () => {
  it(
    'shows a platform admin no Chinese in the UI chrome, and dates as yyyy-MM-dd',
    async () => {
      const page = await signedIn('admin@zhanqun.test', 'en')
      const findings = await walk(page, 'platform-admin', adminViews, 'en')
      await page.context().close()
      expect(findings).toEqual([])
    },
    walkTimeout,
  )

  it(
    'shows a site editor no Chinese in the UI chrome',
    async () => {
      const page = await signedIn('editor@zhanqun.test', 'en')
      const findings = await walk(page, 'editor', editorViews, 'en')
      await page.context().close()
      expect(findings).toEqual([])
    },
    walkTimeout,
  )

  it(
    'shows the body editor’s table controls (insert drawer, cell menu) in English',
    async () => {
      const page = await signedIn('editor@zhanqun.test', 'en')
      const findings = await tableControls(page, 'editor', 'en')
      await page.context().close()
      expect(findings).toEqual([])
    },
    adminTimeout,
  )
})
