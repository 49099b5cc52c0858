import type { Payload } from 'payload'
import type { OpenDay, Site } from '../../payload-types'
import { Workflow } from '../../src/states'
import { sitePath } from './fixtures'
import { postForm, solvedChallenge, type FormPost } from './mailbox'

const hourMs = 3_600_000
let phoneSequence = 0

/** A fresh mainland mobile number per call, so that registrations do not collide on the phone rule. */
export const nextPhone = (): string =>
  `139${String(10_000_000 + ((++phoneSequence * 7919 + process.pid) % 90_000_000)).padStart(8, '0')}`

/** What a citizen types into the open-day form; override any field. */
export const registration = (overrides: Record<string, string> = {}): Record<string, string> => ({
  name: '王小明',
  phone: nextPhone(),
  idLast4: '123X',
  privacyConsent: 'yes',
  website: '',
  ...overrides,
})

/**
 * A published open day whose registration window holds `now` (times relative to the real clock, so the
 * tests pass at any instant): registration opened an hour ago and closes in two days; the event is in three.
 */
export async function storeOpenDay(payload: Payload, site: Site, data: Partial<OpenDay> = {}): Promise<OpenDay> {
  const now = Date.now()
  return payload.create({
    collection: 'open-days',
    overrideAccess: true,
    data: {
      site: site.id,
      title: '政府开放日：走进政务服务中心',
      place: '市民大厅三楼',
      startsAt: new Date(now + 72 * hourMs).toISOString(),
      endsAt: new Date(now + 75 * hourMs).toISOString(),
      registrationOpensAt: new Date(now - hourMs).toISOString(),
      registrationClosesAt: new Date(now + 48 * hourMs).toISOString(),
      capacity: 3,
      waitingListSize: 2,
      contact: '0951-1234567',
      status: Workflow.published,
      ...data,
    } as OpenDay,
  })
}

export type RegistrationPost = FormPost & { code?: string; waiting: boolean }

/**
 * Registers for an open day over HTTP as the page does: fetches and solves the challenge, then POSTs the
 * form same-origin. For the shared fuzz test: `submitRegistration(url, site, day.id, { name: '<script>' })`.
 */
export async function submitRegistration(
  baseUrl: string,
  site: Pick<Site, 'siteCode'>,
  openDayId: number | string,
  overrides: Record<string, string> = {},
  headers: Record<string, string> = {},
): Promise<RegistrationPost> {
  const altcha = await solvedChallenge(baseUrl, site, headers)
  const result = await postForm(
    baseUrl,
    sitePath(site, `/open-days/${openDayId}`),
    registration({ altcha, ...overrides }),
    headers,
  )
  const code = /data-confirmation-code>([^<]+)</.exec(result.html)?.[1]
  return { ...result, code, waiting: result.html.includes('已进入候补名单') }
}
