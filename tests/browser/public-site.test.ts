import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '../../src/demo/seed'
import { demoSites } from '../../src/demo/sites'
import { launchChromium, screenshot, seriousAxeViolations, viewports } from '../support/browser'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * The public site as a citizen meets it: in a real Chromium, at desktop and phone widths, on the
 * demo cluster. Screenshots land in tmp/screens (git-ignored) for a person to look at.
 */

const portal = demoSites.find((s) => s.level === 'region')!
const digits = (value: string) => value.replace(/\D/g, '')

let server: TestServer
let browser: Browser
let desktop: BrowserContext
let phone: BrowserContext
let urls: { home: string; column: string; article: string }
let notice: { id: number | string; title: string; attachmentTitle: string }

beforeAll(async () => {
  browser = await launchChromium()
  server = await startTestServer()
  await seedDemo(server.payload)
  const { docs } = await server.payload.find({
    collection: 'articles',
    where: { title: { contains: '全面推进政务公开若干重点工作实施方案的通知' } },
    depth: 1,
    limit: 1,
    overrideAccess: true,
  })
  const article = docs[0]!
  const attachment = (article.attachments ?? [])[0]
  notice = {
    id: article.id,
    title: article.title,
    attachmentTitle: typeof attachment === 'object' && attachment ? attachment.title : '',
  }
  const base = `${server.url}/sites/${portal.siteCode}`
  urls = { home: `${base}/`, column: `${base}/columns/zwdt/`, article: `${base}/articles/${notice.id}.html` }
  desktop = await browser.newContext({ ...viewports.desktop, locale: 'zh-CN' })
  phone = await browser.newContext({ ...viewports.phone, locale: 'zh-CN' })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage()
  const response = await page.goto(url)
  expect(response?.status(), url).toBe(200)
  return page
}

describe('public site in a real browser', { timeout: 120_000 }, () => {
  it.each(['home', 'article'] as const)(
    'lists every footer element of docs/rules.md (sites) on the %s page',
    async (which) => {
      const page = await open(desktop, urls[which])
      const footer = page.locator('footer.site-footer')
      const item = (name: string) => footer.locator(`[data-footer="${name}"]`)

      for (const name of [
        'sponsor',
        'contact',
        'site-code',
        'icp',
        'public-security',
        'party-gov-label',
        'error-report',
      ]) {
        expect.soft(await item(name).count(), `data-footer="${name}"`).toBe(1)
        expect.soft(await item(name).isVisible(), `data-footer="${name}" visible`).toBe(true)
      }
      expect(await item('sponsor').textContent()).toContain(`主办单位：${portal.sponsor}`)
      expect(await item('contact').textContent()).toContain(portal.phone)
      expect(await item('site-code').textContent()).toContain(`网站标识码：${portal.siteCode}`)

      expect(await item('icp').getAttribute('href')).toBe('https://beian.miit.gov.cn/')
      expect((await item('icp').textContent())?.trim()).toBe(portal.icpNumber)

      const publicSecurityHref = (await item('public-security').getAttribute('href')) ?? ''
      expect(publicSecurityHref).toContain('beian.mps.gov.cn')
      expect(publicSecurityHref).toContain(digits(portal.publicSecurityNumber))
      expect(await item('public-security').textContent()).toContain(portal.publicSecurityNumber)

      expect(await item('party-gov-label').getAttribute('href')).toMatch(/^https:\/\//)
      expect(await item('party-gov-label').textContent()).toContain('党政机关网站标识')
      expect(await item('error-report').textContent()).toContain('我为政府网站找错')
      expect(await item('error-report').getAttribute('href')).toMatch(/^https:\/\/.+/)

      const siteMap = footer.getByRole('link', { name: '网站地图' })
      expect(await siteMap.count()).toBe(1)
      expect(await siteMap.getAttribute('href')).toBe(`/sites/${portal.siteCode}/sitemap`)
      await page.close()
    },
  )

  it('offers a skip link, first in tab order, that moves focus to #main', async () => {
    const page = await open(desktop, urls.article)
    await page.keyboard.press('Tab')
    const first = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim(),
      href: document.activeElement?.getAttribute('href'),
    }))
    expect(first).toEqual({ text: '跳到主要内容', href: '#main' })
    expect(await page.locator('main#main').count()).toBe(1)
    const skip = await page.locator('.skip-link').boundingBox()
    expect(skip && skip.y >= 0 && skip.height >= 24, 'the focused skip link is on screen').toBe(true)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    await page.close()
  })

  it('shows the source notice with its title, date, body and attachment', async () => {
    const page = await open(desktop, urls.article)
    const article = page.locator('main article')
    expect((await article.locator('h1').textContent())?.trim()).toBe(notice.title)
    expect(await page.locator('h1').count()).toBe(1)

    const time = article.locator('.article-meta time')
    expect(await time.textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(await time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/)

    const body = (await article.locator('.article-body').textContent()) ?? ''
    expect(body).toContain('宁政办发〔2017〕74号')
    expect(body).toContain('各市、县（区）人民政府')
    expect(body.length).toBeGreaterThan(3000)
    expect(
      await article.locator('.article-body h2').count(),
      'section headings 一、二、… are headings',
    ).toBeGreaterThan(1)

    // Set like a printed 公文: number centred, addressee flush left, body paragraphs indented two characters.
    const layout = await article.locator('.article-body').evaluate((body) => {
      const style = (element: Element | null) => (element ? getComputedStyle(element) : null)
      const paragraph = [...body.querySelectorAll('p')].find((p) => !p.className && (p.textContent ?? '').length > 60)
      const paragraphStyle = style(paragraph ?? null)
      return {
        number: [style(body.querySelector('.doc-number'))?.textAlign, body.querySelector('.doc-number')?.textContent],
        addresseeIndent: style(body.querySelector('.doc-addressee'))?.textIndent,
        paragraphIndentInCharacters: paragraphStyle
          ? parseFloat(paragraphStyle.textIndent) / parseFloat(paragraphStyle.fontSize)
          : 0,
        bodyFontSize: parseFloat(getComputedStyle(body).fontSize),
      }
    })
    expect(layout.number).toEqual(['center', '宁政办发〔2017〕74号'])
    expect(layout.addresseeIndent).toBe('0px')
    expect(layout.paragraphIndentInCharacters).toBe(2)
    expect(layout.bodyFontSize).toBeGreaterThanOrEqual(18)

    const link = article.locator('.attachments a').first()
    expect(await link.textContent()).toContain(notice.attachmentTitle)
    const href = (await link.getAttribute('href')) ?? ''
    const download = await page.request.get(new URL(href, page.url()).toString())
    expect(download.status()).toBe(200)
    expect(download.headers()['content-type']).toContain('application/pdf')
    await screenshot(page, 'test-desktop-article')
    await page.close()
  })

  it.each(['home', 'column', 'article'] as const)(
    'fits a phone screen without sideways scrolling: %s',
    async (which) => {
      const page = await open(phone, urls[which])
      const size = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }))
      expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth)

      // Every main column is reachable on the phone: each nav link is on screen and large enough to tap.
      const nav = await page.locator('.site-nav a').evaluateAll((links) =>
        links.map((a) => {
          const r = a.getBoundingClientRect()
          return { text: a.textContent?.trim(), left: r.left, right: r.right, height: r.height, width: r.width }
        }),
      )
      expect(nav.length).toBeGreaterThan(5)
      for (const link of nav) {
        expect.soft(link.left >= 0 && link.right <= size.innerWidth, `${link.text} is on screen`).toBe(true)
        expect.soft(link.height, `${link.text} tap height`).toBeGreaterThanOrEqual(44)
        expect.soft(link.width, `${link.text} tap width`).toBeGreaterThanOrEqual(44)
      }

      const smallText = await page.evaluate(() => {
        const found = new Set<string>()
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement
          if (!node.textContent?.trim() || !element || element.closest('.visually-hidden, [aria-hidden="true"]'))
            continue
          if (parseFloat(getComputedStyle(element).fontSize) < 16)
            found.add(`${element.tagName.toLowerCase()}.${element.className}: ${node.textContent.trim().slice(0, 20)}`)
        }
        return [...found]
      })
      expect(smallText, 'text below 16px').toEqual([])
      await screenshot(page, `test-phone-${which}`)
      await page.close()
    },
  )

  it.each([
    ['desktop', 'home'],
    ['desktop', 'column'],
    ['desktop', 'article'],
    ['phone', 'home'],
    ['phone', 'column'],
    ['phone', 'article'],
  ] as const)('has no serious or critical axe-core violations (%s, %s)', async (width, which) => {
    const page = await open(width === 'phone' ? phone : desktop, urls[which])
    const violations = await seriousAxeViolations(page)
    expect(
      violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])

    // Valid structure axe does not fully cover: unique ids, one <main>, a lang on <html>.
    const structure = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id)
      return {
        duplicateIds: ids.filter((id, i) => ids.indexOf(id) !== i),
        mains: document.querySelectorAll('main').length,
        lang: document.documentElement.lang,
        nestedInteractive: document.querySelectorAll('a a, a button, button a, button button, a input, button input')
          .length,
      }
    })
    expect(structure).toEqual({ duplicateIds: [], mains: 1, lang: 'zh-CN', nestedInteractive: 0 })
    if (width === 'desktop') await screenshot(page, `test-desktop-${which}`)
    await page.close()
  })

  it('prints from the article page through the theme script, with no Content-Security-Policy violation', async () => {
    const page = await desktop.newPage()
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
    })
    expect((await page.goto(urls.article))?.headers()['content-security-policy']).toContain("script-src 'self'")
    await page.evaluate(() => {
      window.print = () => void document.body.setAttribute('data-printed', 'yes')
    })
    await page.getByRole('button', { name: '打印本页' }).click()
    expect(await page.locator('body').getAttribute('data-printed')).toBe('yes')
    expect(violations).toEqual([])
    await page.close()
  })
})
