import type { Payload } from 'payload'
import { expect } from 'vitest'
import type { Site } from '../../payload-types'
import { createSiteWithStaff, fetchPage, sitePath, type SiteWithStaff } from './fixtures'
import { startTestServer, type TestServer } from './payload'
import { rawRequest } from './rawHttp'

/**
 * What the abuse tests of the anonymous forms (mailbox, open days, consultations) share: a server with small
 * limits whose test addresses come in X-Forwarded-For, and the checks every form must pass the same way.
 */

/**
 * A server that believes X-Forwarded-For from loopback (as behind a proxy, so each test picks its address), with
 * the given limits (environment settings, e.g. MAILBOX_LIMIT_PER_ADDRESS), and a site with its staff. The proof of
 * work is made easier (FORM_CHALLENGE_MAX_NUMBER 2000, as the open-day and fuzz tests do): the same checks run on
 * every solution, but solving some twenty challenges at the production difficulty took most of these files' time.
 */
export async function startAbuseServer(
  limits: Record<string, string>,
  siteCode: string,
): Promise<{ server: TestServer; a: SiteWithStaff }> {
  process.env.TRUST_PROXY = 'loopback'
  Object.assign(process.env, { FORM_CHALLENGE_MAX_NUMBER: '2000', ...limits })
  const server = await startTestServer()
  return { server, a: await createSiteWithStaff(server.payload, siteCode) }
}

/** Headers that make a request come from `address`. */
export const from = (address: string): Record<string, string> => ({ 'X-Forwarded-For': address })

/** How many documents a collection holds, whatever the access rules. */
export const countOf = async (payload: Payload, collection: string): Promise<number> =>
  (await payload.count({ collection: collection as never, overrideAccess: true })).totalDocs

/** A JSON post is refused (415, in Chinese): the forms take url-encoded bodies only. */
export async function expectJsonRefused(baseUrl: string, path: string, fields: Record<string, string>): Promise<void> {
  const json = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(fields),
  })
  expect(json.status).toBe(415)
  expect(await json.text()).toContain('提交格式不正确')
}

/** A url-encoded body that is not UTF-8 is refused (400, in Chinese) instead of being stored as mojibake. */
export async function expectInvalidUtf8Refused(baseUrl: string, path: string, body: string): Promise<void> {
  const bad = await rawRequest(baseUrl, {
    method: 'POST',
    path,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body,
  })
  expect(bad.status).toBe(400)
  expect(bad.text).toContain('无法识别的字符')
}

/** The HTML of the site's public pages at these paths. */
export async function publicPagesOf(baseUrl: string, site: Site, paths: string[]): Promise<string[]> {
  const pages: string[] = []
  for (const path of paths) pages.push((await fetchPage(baseUrl, sitePath(site, path))).html)
  return pages
}

/** The site's search (all scopes) finds nothing for any query; counted, because the page echoes the query. */
export async function expectSearchFindsNothing(baseUrl: string, site: Site, queries: string[]): Promise<void> {
  for (const q of queries) {
    const found = JSON.parse(
      (await fetchPage(baseUrl, sitePath(site, `/search.json?q=${encodeURIComponent(q)}&scope=all`))).html,
    )
    expect(found.result.total).toBe(0)
  }
}

/** None of the texts contains any of the secrets. */
export function expectNoSecrets(texts: string[], secrets: string[]): void {
  for (const text of texts) for (const secret of secrets) expect(text).not.toContain(secret)
}
