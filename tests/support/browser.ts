import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'

/** Where Chromium lives: CHROMIUM_PATH, else Debian's package. */
const chromiumPath = (): string => process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Flags for running as root (no sandbox) on a closed network (no background calls home, no updates, no sync). */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * Launches headless Chromium. A missing browser is an error, never a silent skip: the browser
 * tests are how we know citizens can actually read the pages.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath()
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install Debian's \`chromium\` package (apt-get install -y chromium fonts-noto-cjk) ` +
        'or point CHROMIUM_PATH at a Chromium binary. The browser tests do not skip without it.',
    )
  }
  if (!underFaketime()) return chromium.launch({ executablePath, args: chromiumArgs })
  // Under `npm run test:dates` the test process runs with libfaketime preloaded, and Chromium hangs with it. So
  // Chromium starts without it, and each of its pages is given the test's (moved) clock through Playwright's clock
  // emulation instead, so that the page and the server agree on what day it is.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'LD_PRELOAD' && !key.startsWith('FAKETIME')),
  ) as Record<string, string>
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, env })
  const newContext = browser.newContext.bind(browser)
  browser.newContext = async (options) => {
    const context = await newContext(options)
    await context.clock.setSystemTime(new Date())
    return context
  }
  browser.newPage = async (options) => {
    const context = await browser.newContext(options)
    const page = await context.newPage()
    // Closing the page closes its context, as Browser.newPage's own pages do.
    page.on('close', () => void context.close())
    return page
  }
  return browser
}

const underFaketime = (): boolean => (process.env.LD_PRELOAD ?? '').includes('faketime')

/** The two widths every public page is checked at. */
export const viewports = {
  desktop: { viewport: { width: 1366, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
} satisfies Record<string, BrowserContextOptions>

/** Screenshots go to a git-ignored folder (tmp/ in the repository, or SCREENSHOT_DIR), never into the commit. */
function screenshotDirectory(): string {
  const repoTmp = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tmp/screens')
  const dir =
    process.env.SCREENSHOT_DIR ||
    (fs.existsSync(path.dirname(repoTmp)) ? repoTmp : path.join(os.tmpdir(), 'zhanqun-screens'))
  fs.mkdirSync(dir, { recursive: true })
  return dir
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(screenshotDirectory(), `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }

/** Runs axe-core in the page and returns its serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const { default: axe } = await import('axe-core')
  // Through the DevTools protocol, not a <script> tag: the public pages' CSP forbids inline scripts, and stays on.
  await page.evaluate(axe.source)
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }
    ).axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }))
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

/**
 * What went wrong in a public form page: script errors and console errors (a CSP refusal, a failed script). The
 * 422 of a deliberately incomplete form is expected and left out. Assert the list is empty at the end.
 */
export function pageProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('status of 422')) problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(e.message))
  return problems
}
