import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, Site, User } from '../../payload-types'
import { chinaYear } from '../../src/calendar/chinaTime'
import { ensureHolidayCalendar, getWorkingDayCalendar } from '../../src/calendar/holidayCalendar'
import { adminTimeout, openAdminPage, openDocument, signedInAdminPage, startAdminServer } from '../support/admin'
import { launchChromium, screenshot } from '../support/browser'
import { createColumn, createSite, createUser } from '../support/fixtures'
import type { TestServer } from '../support/payload'

/**
 * The workflow buttons in the real admin and a real Chromium: an editor 送审; a reviewer reads what 通过并发布 will do
 * (the site and how many sites the repost rules send it to) and publishes; 退回 is blocked until a reason is given and
 * the reason shows in the history; a policy document past its deadline says so in words, in the list and the edit view.
 */

let server: TestServer
let browser: Browser
let region: Site
let editor: User
let reviewer: User
let news: number
let lateDocumentId: number

beforeAll(async () => {
  browser = await launchChromium()
  server = await startAdminServer()
  const { payload } = server
  await ensureHolidayCalendar(payload)
  region = await createSite(payload, { name: '宁夏回族自治区人民政府', level: 'region' })
  const yinchuan = await createSite(payload, { name: '银川市人民政府', level: 'city' })
  const shizuishan = await createSite(payload, { name: '石嘴山市人民政府', level: 'city' })
  await createSite(payload, { name: '固原市人民政府', level: 'city' })
  news = (await createColumn(payload, region, { title: '要闻', slug: 'yw' })).id as number
  const policyColumn = await createColumn(payload, region, { title: '政策文件', slug: 'zcwj', kind: 'policy' })
  editor = await createUser(payload, { name: '门户编辑', email: 'wf-editor@zhanqun.test', memberships: [{ site: region, roles: ['editor'] }] })
  reviewer = await createUser(payload, { name: '门户审核人', email: 'wf-reviewer@zhanqun.test', memberships: [{ site: region, roles: ['reviewer'] }] })
  // Important news of the portal goes to two of the three cities.
  await payload.create({
    collection: 'repost-rules',
    overrideAccess: true,
    data: { name: '自治区重要信息转载', contentKinds: ['important-articles'], sourceType: 'sites', sourceSites: [region.id], targetType: 'list', targetSites: [yinchuan.id, shizuishan.id], mode: 'review', deadlineHours: 24 } as never,
  })
  // A policy document long past its 5-working-day deadline (a fixed 2026 date: 2026 has holiday data).
  lateDocumentId = (
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
      } as never,
    })
  ).id as number
}, adminTimeout)

afterAll(async () => {
  await browser?.close()
  await server?.close()
}, 60_000)

const pageAs = (user: User): Promise<Page> => signedInAdminPage(browser, server.url, user.email)

const article = (title: string, status: 'draft' | 'submitted'): Promise<Article> =>
  server.payload.create({
    collection: 'articles',
    overrideAccess: true,
    data: { site: region.id, columns: [news], title, summary: `${title}的摘要。`, disclosureAttribute: 'public', important: true, workflowStatus: status } as never,
  })

const statusOf = async (id: number) => (await server.payload.findByID({ collection: 'articles', id, overrideAccess: true, depth: 0 })).workflowStatus

async function openArticle(page: Page, id: number): Promise<void> {
  await openDocument(page, server.url, 'articles', id)
  await page.getByTestId('workflow-actions').waitFor({ timeout: adminTimeout })
}

describe('workflow buttons', () => {
  it(
    'an editor 送审 with a confirmation, and has no publish button',
    async () => {
      const a = await article('全区秋粮收购工作进展', 'draft')
      const page = await pageAs(editor)
      await openArticle(page, a.id)
      // No status select in the form (the state travels in a hidden input); the editor is offered 送审 only.
      expect(await page.locator('#field-workflowStatus').getAttribute('type')).toBe('hidden')
      expect(await page.locator('.field-type.select', { has: page.locator('#field-workflowStatus') }).count()).toBe(0)
      expect(await page.getByRole('button', { name: '通过并发布' }).count()).toBe(0)
      await page.getByRole('button', { name: '送审', exact: true }).click()
      const dialog = page.getByTestId('workflow-dialog')
      expect(await dialog.getByTestId('workflow-confirm-text').innerText()).toContain('将提交 宁夏回族自治区人民政府 网站 的审核人审核')
      await screenshot(page, 'workflow-editor-submit-confirm')
      await dialog.getByRole('button', { name: '确认送审' }).click()
      await expect.poll(() => statusOf(a.id), { timeout: 60_000 }).toBe('submitted')
      await page.getByRole('button', { name: '送审', exact: true }).waitFor({ state: 'detached', timeout: 60_000 })
      await screenshot(page, 'workflow-editor-submitted')
    },
    adminTimeout,
  )

  it(
    'a reviewer reads the site and the repost count, and 通过并发布',
    async () => {
      const a = await article('自治区政府常务会议召开', 'submitted')
      const page = await pageAs(reviewer)
      await openArticle(page, a.id)
      for (const name of ['通过并发布', '定时发布', '退回']) expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(1)
      await page.getByRole('button', { name: '通过并发布', exact: true }).click()
      const dialog = page.getByTestId('workflow-dialog')
      expect(await dialog.getByTestId('workflow-confirm-text').innerText()).toBe('将发布到 宁夏回族自治区人民政府 网站，并按规则转载到 2 个网站。')
      await screenshot(page, 'workflow-reviewer-publish-confirm')
      await dialog.getByRole('button', { name: '确认通过并发布' }).click()
      await expect.poll(() => statusOf(a.id), { timeout: 60_000 }).toBe('published')
      // Published: the next action is 撤回.
      await page.getByRole('button', { name: '撤回', exact: true }).waitFor({ timeout: 60_000 })
      await screenshot(page, 'workflow-reviewer-published')
    },
    adminTimeout,
  )

  it(
    'a reviewer cannot 退回 without a reason; with one it goes back to draft and the reason shows in the history',
    async () => {
      const a = await article('关于开展安全生产检查的通知', 'submitted')
      const page = await pageAs(reviewer)
      await openArticle(page, a.id)
      await page.getByRole('button', { name: '退回', exact: true }).click()
      const dialog = page.getByTestId('workflow-dialog')
      expect(await dialog.getByTestId('workflow-confirm-text').innerText()).toContain('请填写退回理由')
      await dialog.getByRole('button', { name: '确认退回' }).click()
      expect(await dialog.getByRole('alert').innerText()).toBe('请填写退回理由，否则不能退回。')
      await screenshot(page, 'workflow-reject-without-reason')
      expect(await statusOf(a.id)).toBe('submitted')

      await dialog.getByLabel('退回理由（必填）').fill('请补充检查时间和联系人')
      await dialog.getByRole('button', { name: '确认退回' }).click()
      await expect.poll(() => statusOf(a.id), { timeout: 60_000 }).toBe('draft')
      const stored = await server.payload.findByID({ collection: 'articles', id: a.id, overrideAccess: true, depth: 0 })
      expect(stored.workflowLog?.at(-1)).toMatchObject({ action: 'reject', comment: '请补充检查时间和联系人', byLabel: '门户审核人' })

      const history = page.getByTestId('workflow-history')
      await history.waitFor({ timeout: 60_000 })
      await history.locator('summary').click()
      await expect.poll(() => history.innerText(), { timeout: 60_000 }).toContain('理由：请补充检查时间和联系人')
      await screenshot(page, 'workflow-reject-history')
    },
    adminTimeout,
  )
})

describe('deadlines in sight', () => {
  it(
    'the list and the edit view label a late policy document in words',
    async () => {
      const covered = (await getWorkingDayCalendar(server.payload)).covers(chinaYear())
      // Late in words; in a year without holiday data the working days cannot be counted, and the label gives the date.
      const expected = covered ? /^已逾期 \d+ 个工作日$/ : /^公开期限 2026-06-08$/
      const tone = covered ? 'late' : 'unknown'
      const page = await pageAs(reviewer)
      await openAdminPage(page, server.url, '/admin/collections/policy-documents')
      const row = page.locator('tr', { hasText: '关于进一步优化营商环境的若干措施' })
      const inList = row.getByTestId('deadline-standing')
      await inList.waitFor({ timeout: adminTimeout })
      expect((await inList.innerText()).replace(/^\S+\s/, '')).toMatch(expected)
      expect(await inList.getAttribute('data-tone')).toBe(tone)
      await screenshot(page, 'workflow-deadline-list')

      await openDocument(page, server.url, 'policy-documents', lateDocumentId)
      const inEdit = page.getByTestId('workflow-actions').getByTestId('deadline-standing')
      await inEdit.waitFor({ timeout: adminTimeout })
      expect((await inEdit.innerText()).replace(/^\S+\s/, '')).toMatch(expected)
      expect(await inEdit.getAttribute('data-tone')).toBe(tone)
      await screenshot(page, 'workflow-deadline-edit')
    },
    adminTimeout,
  )
})
