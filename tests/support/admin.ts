import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { viewports } from './browser'
import { password } from './fixtures'
import { startTestServer, type TestServer } from './payload'

/**
 * The real admin (Next in dev mode unless NODE_ENV=production with a built .next) for browser tests.
 * Generous: a cold Turbopack compile of /admin takes 10–40 s on an idle machine and minutes on a busy one, and an
 * admin test may first wait for another file's admin test to finish (see takeAdminTurn).
 */
export const adminTimeout = Number(process.env.ADMIN_TEST_TIMEOUT_MS ?? 900_000)

/**
 * Next allows one `next dev` per project directory (it locks .next/dev); a second one exits the whole
 * test process. Say so plainly instead: a developer's `npm run dev` must be stopped for this test.
 */
function assertNoOtherNextDevServer(): void {
  if (process.env.NODE_ENV === 'production') return
  const lockFile = path.join(process.cwd(), '.next', 'dev', 'lock')
  let holder: { pid?: number; appUrl?: string } = {}
  try {
    holder = JSON.parse(fs.readFileSync(lockFile, 'utf8'))
  } catch {
    return
  }
  if (!holder.pid || holder.pid === process.pid) return
  try {
    process.kill(holder.pid, 0)
  } catch {
    return
  }
  throw new Error(
    `Another "next dev" (pid ${holder.pid}, ${holder.appUrl ?? 'unknown url'}) is running in ${process.cwd()}; ` +
      'Next allows one dev server per directory, so the admin test cannot start its own. Stop that server and run the test again.',
  )
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Admin test files run in parallel workers, but Next allows one `next dev` per directory (a second one exits its
 * process). So they take turns: an exclusive lock file, created atomically, held until the server closes. A lock
 * left by a process that died is taken over. tests/support/sequencer.ts orders the files so that one worker runs
 * the admin files back to back while the other runs the rest, instead of both waiting here.
 */
async function takeAdminTurn(): Promise<() => void> {
  const lockFile = path.join(process.cwd(), '.next', 'zhanqun-admin-test.lock')
  fs.mkdirSync(path.dirname(lockFile), { recursive: true })
  const deadline = Date.now() + adminTimeout
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' })
      const release = () => fs.rmSync(lockFile, { force: true })
      process.once('exit', release)
      return release
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = Number(fs.readFileSync(lockFile, 'utf8') || 0)
    if (!holder || !alive(holder)) fs.rmSync(lockFile, { force: true })
    else if (Date.now() > deadline)
      throw new Error(`Waited ${adminTimeout / 1000} s for the admin test in process ${holder} to finish.`)
    else await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/** The Express server with Next's admin. */
export async function startAdminServer(): Promise<TestServer> {
  const release = await takeAdminTurn()
  try {
    assertNoOtherNextDevServer()
    // Vitest sets NODE_ENV=test; Next dev then adds a bogus '.next/dev/dev/types' entry to tsconfig.json.
    if (process.env.NODE_ENV !== 'production') (process.env as Record<string, string>).NODE_ENV = 'development'
    const server = await startTestServer({ admin: true })
    return {
      ...server,
      async close() {
        try {
          await server.close()
        } finally {
          release()
        }
      },
    }
  } catch (error) {
    release()
    throw error
  }
}

/** Signs in through the admin's own login form and waits for the dashboard. */
export async function signInToAdmin(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/login`, { waitUntil: 'domcontentloaded', timeout: adminTimeout })
  await page.locator('#field-email').fill(email, { timeout: adminTimeout })
  await page.locator('#field-password').fill(password)
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith('/admin/login'), { timeout: adminTimeout }),
    page.getByRole('button', { name: '登录' }).click(),
  ])
}

/**
 * A new desktop page in Chinese and China time, signed in as `email` (the fixtures' password). `watch` sees the page
 * before the sign-in, e.g. to record every request it makes.
 */
export async function signedInAdminPage(
  browser: Browser,
  baseUrl: string,
  email: string,
  watch?: (page: Page) => void,
): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...viewports.desktop })
  const page = await context.newPage()
  watch?.(page)
  await signInToAdmin(page, baseUrl, email, password)
  return page
}

/** Opens an admin path (e.g. `/admin/overdue`, a list with its query) once its HTML is in; callers wait for what they read. */
export async function openAdminPage(page: Page, baseUrl: string, pathname: string): Promise<void> {
  await page.goto(`${baseUrl}${pathname}`, { waitUntil: 'domcontentloaded', timeout: adminTimeout })
}

/** Opens a document's edit view. */
export async function openDocument(page: Page, baseUrl: string, collection: string, id: number | string): Promise<void> {
  await openAdminPage(page, baseUrl, `/admin/collections/${collection}/${id}`)
}

/**
 * Every change in an admin form posts its state to the server (debounced). A save clicked while one is in flight can
 * be lost: a refused save's field errors are cleared when it lands, and a drawer's 保存更改 may leave the drawer open.
 * Watch a page from its creation; `quietForm(page)` then waits until no admin POST has been pending for a second.
 */
const adminPostsInFlight = new WeakMap<Page, Set<unknown>>()
export function watchFormState(page: Page): void {
  const pending = new Set<unknown>()
  adminPostsInFlight.set(page, pending)
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/admin/')) pending.add(r)
  })
  page.on('requestfinished', (r) => pending.delete(r))
  page.on('requestfailed', (r) => pending.delete(r))
}
export async function quietForm(page: Page): Promise<void> {
  const pending = adminPostsInFlight.get(page)
  if (!pending) throw new Error('quietForm: call watchFormState(page) when the page is created')
  for (let calm = 0; calm < 4; ) {
    await page.waitForTimeout(250)
    calm = pending.size ? 0 : calm + 1
  }
}

/**
 * Payload draws a group of fields only once it comes within 1000 px of the viewport (RenderIfInViewport), and draws
 * it afresh after a save: a section far down the form is an empty box until the reader scrolls to it. Scrolls the
 * empty boxes into view, as a reader would, until `selector` is drawn.
 */
export async function revealField(page: Page, selector: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await page.locator(selector).count())) {
    if (Date.now() > deadline) throw new Error(`revealField: ${selector} was not drawn after scrolling the form`)
    const undrawn = page.locator('.render-fields:empty')
    if (await undrawn.count()) await undrawn.last().scrollIntoViewIfNeeded()
    await page.waitForTimeout(250)
  }
}
