import { solveChallenge } from 'altcha-lib'
import type { Payload } from 'payload'
import type { Message, Site } from '../../payload-types'
import { sitePath } from './fixtures'

/** What a citizen types into the mailbox form; override any field. */
export const letter = (overrides: Record<string, string> = {}): Record<string, string> => ({
  channel: 'consultation',
  subject: '小区门口路灯不亮',
  content: '幸福路12号小区门口的路灯已经坏了两周，晚上出行很不方便，请尽快修理。',
  name: '张三丰',
  phone: '13912345678',
  email: 'zhangsan@example.com',
  publishConsent: 'yes',
  privacyConsent: 'yes',
  website: '',
  ...overrides,
})

/** Fetches the site's challenge and solves it as the page's script does; returns the form's `altcha` value. */
export async function solvedChallenge(
  baseUrl: string,
  site: Pick<Site, 'siteCode'>,
  headers: Record<string, string> = {},
): Promise<string> {
  const response = await fetch(`${baseUrl}${sitePath(site, '/challenge.json')}`, { headers })
  if (response.status !== 200) throw new Error(`challenge: ${response.status} ${await response.text()}`)
  const c = (await response.json()) as {
    algorithm: string
    challenge: string
    maxnumber: number
    salt: string
    signature: string
  }
  const solution = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise
  if (!solution) throw new Error('challenge not solved')
  return Buffer.from(
    JSON.stringify({
      algorithm: c.algorithm,
      challenge: c.challenge,
      number: solution.number,
      salt: c.salt,
      signature: c.signature,
    }),
  ).toString('base64')
}

export type FormPost = { status: number; html: string; headers: Headers }

/** POSTs a url-encoded form to a site path as a same-origin browser would (Origin = the server). */
export async function postForm(
  baseUrl: string,
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<FormPost> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: baseUrl, ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  })
  return { status: response.status, html: await response.text(), headers: response.headers }
}

/** Writes a letter through the public form, challenge solved; returns the receipt shown on the page. */
export async function submitLetter(
  baseUrl: string,
  site: Pick<Site, 'siteCode'>,
  overrides: Record<string, string> = {},
  headers: Record<string, string> = {},
) {
  const altcha = await solvedChallenge(baseUrl, site, headers)
  const result = await postForm(baseUrl, sitePath(site, '/mailbox'), letter({ altcha, ...overrides }), headers)
  const code = /data-tracking-code>([^<]+)</.exec(result.html)?.[1]
  const password = /data-query-password>([^<]+)</.exec(result.html)?.[1]
  return { ...result, code, password }
}

/** A message stored directly (trusted server code: any state, any dates), for deadline and list tests. */
export async function storeMessage(payload: Payload, site: Site, data: Partial<Message> = {}): Promise<Message> {
  return payload.create({
    collection: 'messages',
    overrideAccess: true,
    data: {
      site: site.id,
      channel: 'consultation',
      subject: '测试留言',
      content: '这是一条用于测试的留言内容。',
      submitter: { name: '李四', phone: '13800000000' },
      privacyConsent: true,
      ...data,
    } as Message,
  })
}
