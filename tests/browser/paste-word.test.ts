import { readFileSync } from 'node:fs'
import path from 'node:path'
import mammoth from 'mammoth'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, Column, Site, User } from '../../payload-types'
import { adminTimeout, signInToAdmin, startAdminServer } from '../support/admin'
import { launchChromium, screenshot, viewports } from '../support/browser'
import { articlePath, createColumn, createSite, createUser, password, pngImage } from '../support/fixtures'
import { type GovernmentDocx, governmentDocuments } from '../support/governmentDocx'
import { as } from '../support/openness'
import type { TestServer } from '../support/payload'

/**
 * Paste from Word: three government documents built with `docx`, converted to HTML by mammoth as a paste
 * would arrive, pasted (a real ClipboardEvent with text/html) into an article's 正文 in the real admin,
 * saved, published, and read on the public page.
 */

let server: TestServer
let browser: Browser
let site: Site
let column: Column
let editor: User
let reviewer: User
let page: Page
let documents: GovernmentDocx[]
const published = new Map<string, Article>()

type Node = { type: string; tag?: string; listType?: string; text?: string; value?: unknown; relationTo?: string; children?: Node[]; headerState?: number }
const walk = (node: Node): Node[] => [node, ...(node.children ?? []).flatMap(walk)]
const textOf = (node: Node): string => (node.text ?? '') + (node.children ?? []).map(textOf).join('')

beforeAll(async () => {
  browser = await launchChromium()
  server = await startAdminServer()
  const { payload } = server
  site = await createSite(payload, { name: '宁夏回族自治区人民政府', level: 'region' })
  column = await createColumn(payload, site, { title: '通知公告', slug: 'tzgg' })
  editor = await createUser(payload, { name: '门户编辑', email: 'paste-editor@zhanqun.test', memberships: [{ site, roles: ['editor'] }] })
  reviewer = await createUser(payload, { name: '门户审核人', email: 'paste-reviewer@zhanqun.test', memberships: [{ site, roles: ['reviewer'] }] })
  documents = await governmentDocuments()
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...viewports.desktop })
  page = await context.newPage()
  await signInToAdmin(page, server.url, editor.email, password)
}, adminTimeout)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function pasteInto(doc: GovernmentDocx): Promise<Article> {
  const { payload } = server
  const draft = await payload.create({
    collection: 'articles',
    data: { site: site.id, columns: [column.id], title: doc.title, disclosureAttribute: 'public' } as never,
    ...as(editor),
  })
  const { value: html } = await mammoth.convertToHtml({ buffer: doc.buffer })
  await page.goto(`${server.url}/admin/collections/articles/${draft.id}`, { waitUntil: 'domcontentloaded', timeout: adminTimeout })
  const body = page.locator('.rich-text-lexical [data-lexical-editor="true"]').first()
  await body.click({ timeout: adminTimeout })
  await body.evaluate((element, pasted) => {
    const data = new DataTransfer()
    data.setData('text/html', pasted)
    data.setData('text/plain', new DOMParser().parseFromString(pasted, 'text/html').body.textContent ?? '')
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, html)
  await expect.poll(() => body.locator('h1, h2').count(), { timeout: 30_000 }).toBeGreaterThan(0)
  return draft
}

async function save(id: number) {
  await page.locator('#action-save').click()
  await expect
    .poll(async () => ((await server.payload.findByID({ collection: 'articles', id, depth: 0, overrideAccess: true })).body as { root?: Node } | null)?.root?.children?.length ?? 0, {
      timeout: 30_000,
    })
    .toBeGreaterThan(1)
  return server.payload.findByID({ collection: 'articles', id, depth: 0, overrideAccess: true })
}

async function publish(id: number): Promise<Article> {
  await server.payload.update({ collection: 'articles', id, data: { workflowStatus: 'submitted' }, ...as(editor) })
  return server.payload.update({ collection: 'articles', id, data: { workflowStatus: 'published' }, ...as(reviewer) })
}

describe('pasting Word documents into the body editor', () => {
  it('keeps the 通知: headings, 一、（一） text numbering with bold lead sentences, and Word numbering as a list', async () => {
    const doc = documents.find((d) => d.name === 'notice')!
    const draft = await pasteInto(doc)
    await screenshot(page, 'paste-word-notice-editor')
    const saved = await save(draft.id)
    const nodes = walk((saved.body as { root: Node }).root)
    expect(nodes.filter((n) => n.type === 'heading').map((n) => `${n.tag}:${textOf(n)}`)).toEqual([
      'h1:关于做好政务公开重点工作的通知',
      'h2:一、总体要求',
      'h2:二、重点任务',
    ])
    expect(nodes.filter((n) => n.type === 'paragraph').map(textOf)).toContain('（一）加强组织领导。各地区各部门要把政务公开工作摆上重要位置，明确分管负责同志。')
    const bold = nodes.find((n) => n.type === 'text' && n.text === '（一）加强组织领导。') as Node & { format: number }
    expect(bold.format & 1).toBe(1)
    const list = nodes.find((n) => n.type === 'list')!
    expect(list.listType).toBe('number')
    expect(list.children!.map(textOf)).toEqual(['推进决策公开。', '深化政策解读。', '回应社会关切。'])

    const article = await publish(draft.id)
    published.set('notice', article)
    const view = await browser.newPage(viewports.desktop)
    expect((await view.goto(`${server.url}${articlePath(site, article)}`))?.status()).toBe(200)
    const content = view.locator('.article-body')
    expect(await content.locator('h2').allInnerTexts()).toEqual(['关于做好政务公开重点工作的通知', '一、总体要求', '二、重点任务'])
    expect(await content.locator('strong').first().innerText()).toBe('（一）加强组织领导。')
    expect(await content.locator('ol > li').allInnerTexts()).toEqual(['推进决策公开。', '深化政策解读。', '回应社会关切。'])
    expect(await content.innerHTML()).not.toMatch(/class="Mso|mso-|data-lexical/)
    await screenshot(view, 'paste-word-notice-public')
    await view.close()
  })

  it('keeps the 公告 table with its header row', async () => {
    const doc = documents.find((d) => d.name === 'announcement')!
    const draft = await pasteInto(doc)
    await expect.poll(() => page.locator('.rich-text-lexical table tr').count()).toBe(5)
    await screenshot(page, 'paste-word-announcement-editor')
    const saved = await save(draft.id)
    const table = walk((saved.body as { root: Node }).root).find((n) => n.type === 'table')!
    expect(table.children!.length).toBe(5)
    // Lexical marks a header row's cells ROW (1); the corner cell may also be COLUMN (2). Body cells stay plain.
    expect(table.children![0]!.children!.map((c) => [textOf(c), (c.headerState ?? 0) & 1])).toEqual([
      ['单位', 1],
      ['联系人', 1],
      ['联系电话', 1],
    ])
    expect(table.children!.slice(1).flatMap((row) => row.children!.map((c) => c.headerState ?? 0))).toEqual(Array(12).fill(0))
    expect(table.children![4]!.children!.map(textOf)).toEqual(['自治区人力资源社会保障厅', '马丽', '0951-5011004'])

    const article = await publish(draft.id)
    const view = await browser.newPage(viewports.phone)
    expect((await view.goto(`${server.url}${articlePath(site, article)}`))?.status()).toBe(200)
    const rows = view.locator('.article-body table tr')
    expect(await rows.count()).toBe(5)
    expect(await rows.first().locator('th').allInnerTexts()).toEqual(['单位', '联系人', '联系电话'])
    expect(await rows.nth(2).locator('td').allInnerTexts()).toEqual(['自治区教育厅', '李华', '0951-5011002'])
    await screenshot(view, 'paste-word-announcement-public-phone')
    await view.close()
  })

  it('uploads the 报告 image to the site, has its description confirmed, and references it from the body', async () => {
    const doc = documents.find((d) => d.name === 'report')!
    const before = (await server.payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    const draft = await pasteInto(doc)
    const dialog = page.getByRole('dialog', { name: '核对粘贴的图片' })
    await dialog.waitFor({ timeout: 30_000 })
    const alt = dialog.locator('input.zq-paste-alt')
    // The document's own description is offered; the editor has to confirm or correct it.
    expect(await alt.inputValue()).toBe('自治区政务服务大厅办事群众排队办理业务')
    await screenshot(page, 'paste-word-report-alt-review')
    await alt.fill('')
    expect(await dialog.getByRole('button', { name: '确认图片说明' }).isDisabled()).toBe(true)
    await alt.fill('自治区政务服务大厅')
    await dialog.getByRole('button', { name: '确认图片说明' }).click()
    await dialog.waitFor({ state: 'detached' })

    const { docs: media } = await server.payload.find({ collection: 'media', sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true })
    expect((await server.payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(before + 1)
    expect(media[0]!.alt).toBe('自治区政务服务大厅')
    expect(media[0]!.site).toBe(site.id)
    expect(media[0]!.mimeType).toBe('image/png')
    await expect.poll(() => page.locator('.rich-text-lexical img').count(), { timeout: 30_000 }).toBe(1)
    await screenshot(page, 'paste-word-report-editor')

    const saved = await save(draft.id)
    const nodes = walk((saved.body as { root: Node }).root)
    const uploads = nodes.filter((n) => n.type === 'upload')
    expect(uploads.map((n) => [n.relationTo, n.value])).toEqual([['media', media[0]!.id]])
    expect(nodes.filter((n) => n.type === 'heading').map(textOf)).toEqual(['2026年度政务公开工作情况报告', '一、总体情况', '二、存在的不足'])
    // The text around the image keeps its order.
    const top = (saved.body as { root: Node }).root.children!.map((n) => (n.type === 'upload' ? '[图]' : textOf(n)))
    expect(top.slice(top.indexOf('[图]') - 1, top.indexOf('[图]') + 2)).toEqual(['全年主动公开政府信息一万余条，办理依申请公开三百余件。', '[图]', '图为自治区政务服务大厅。'])

    const article = await publish(draft.id)
    published.set('report', article)
    const view = await browser.newPage(viewports.desktop)
    expect((await view.goto(`${server.url}${articlePath(site, article)}`))?.status()).toBe(200)
    expect(await view.locator('.article-body h2').allInnerTexts()).toContain('一、总体情况')
    await screenshot(view, 'paste-word-report-public')
    await view.close()
  })

  it('takes Word\'s own clipboard (mso junk, a local image path with the picture as a clipboard file) and drops remote images with a note', async () => {
    const { payload } = server
    const draft = await payload.create({
      collection: 'articles',
      data: { site: site.id, columns: [column.id], title: '剪贴板粘贴测试', disclosureAttribute: 'public' } as never,
      ...as(editor),
    })
    const word = readFileSync(path.join(import.meta.dirname, '../fixtures/paste/word-clipboard.html'), 'utf8').replace(
      '附图说明',
      '附图说明<img src="http://10.0.0.8/intranet.png" alt="内网图片">',
    )
    const png = (await pngImage(80, 60)).toString('base64')
    const outside: string[] = []
    page.on('request', (request) => {
      if (!/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(request.url())) outside.push(request.url())
    })
    await page.goto(`${server.url}/admin/collections/articles/${draft.id}`, { waitUntil: 'domcontentloaded', timeout: adminTimeout })
    const body = page.locator('.rich-text-lexical [data-lexical-editor="true"]').first()
    await body.click({ timeout: adminTimeout })
    await body.evaluate(
      (element, { html, image }) => {
        const data = new DataTransfer()
        data.setData('text/html', html)
        const bytes = Uint8Array.from(atob(image), (c) => c.charCodeAt(0))
        data.items.add(new File([bytes], 'image001.png', { type: 'image/png' }))
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
      },
      { html: word, image: png },
    )
    const dialog = page.getByRole('dialog', { name: '核对粘贴的图片' })
    await dialog.waitFor({ timeout: 30_000 })
    // Word's "图片 1" is no description: the default names the document, and must be confirmed.
    expect(await dialog.locator('input.zq-paste-alt').inputValue()).toBe('剪贴板粘贴测试 插图1')
    expect(await dialog.getByRole('alert').innerText()).toContain('第 2 张：外部网址的图片不会自动下载')
    await screenshot(page, 'paste-word-clipboard-review')
    await dialog.getByRole('button', { name: '确认图片说明' }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(outside).toEqual([])
    const saved = await save(draft.id)
    const nodes = walk((saved.body as { root: Node }).root)
    expect(nodes.filter((n) => n.type === 'upload').length).toBe(1)
    expect(nodes.filter((n) => n.type === 'paragraph').map(textOf)).toEqual(expect.arrayContaining(['一、总体要求', '•要点一', '附图说明']))
    expect(JSON.stringify(saved.body)).not.toMatch(/mso-|Mso|10\.0\.0\.8|font-family/)
    expect(nodes.find((n) => n.type === 'table')?.children?.length).toBe(2)
  })

  // The public renderer does not yet output images embedded in a body: that is the rich-body work of
  // issue 16 (branch richbody). When it lands this starts passing: make it a plain `it`.
  it('shows the pasted image on the public page', async () => {
    const article = published.get('report')!
    const view = await browser.newPage(viewports.desktop)
    await view.goto(`${server.url}${articlePath(site, article)}`)
    const img = view.locator('.article-body img')
    expect(await img.count()).toBe(1)
    expect(await img.getAttribute('alt')).toBe('自治区政务服务大厅')
    await view.close()
  })
})
