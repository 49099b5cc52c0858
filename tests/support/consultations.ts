import type { Payload } from 'payload'
import type { Consultation as ConsultationDoc, Site } from '../../payload-types'
import { addCalendarDays, chinaDay } from '../../src/calendar/chinaTime'
import { Consultation } from '../../src/states'
import { sitePath } from './fixtures'
import { postForm, solvedChallenge, type FormPost } from './mailbox'

/** Today in China, shifted by `days`: periods in tests are built relative to now. */
export const chinaToday = (days = 0): string => addCalendarDays(chinaDay(), days)

/** A published consultation stored directly (trusted server code), open today unless the dates say otherwise. */
export async function storeConsultation(
  payload: Payload,
  site: Site,
  data: Partial<ConsultationDoc> = {},
): Promise<ConsultationDoc> {
  return payload.create({
    collection: 'consultations',
    overrideAccess: true,
    data: {
      site: site.id,
      title: '关于《测试管理办法（征求意见稿）》公开征求意见的公告',
      status: Consultation.published,
      startsOn: chinaToday(-3),
      endsOn: chinaToday(10),
      responsibleUnit: '市测试局',
      draftText: '第一条　为规范测试工作，制定本办法。',
      ...data,
    } as ConsultationDoc,
  })
}

/** What a citizen types into the comment form; override any field. */
export const opinion = (overrides: Record<string, string> = {}): Record<string, string> => ({
  content: '建议第一条增加关于公众参与的规定，并明确实施日期。',
  name: '',
  phone: '',
  email: '',
  privacyConsent: 'yes',
  website: '',
  ...overrides,
})

export const consultationPath = (site: Pick<Site, 'siteCode'>, consultation: Pick<ConsultationDoc, 'id'>): string =>
  sitePath(site, `/consultations/${consultation.id}`)

/**
 * Submits a valid comment over HTTP as the page does (challenge solved, same origin): 201 and the thank-you
 * on success. For the shared fuzz test: pass `overrides` to vary fields, `headers` for the address.
 */
export async function submitComment(
  baseUrl: string,
  site: Pick<Site, 'siteCode'>,
  consultation: Pick<ConsultationDoc, 'id'>,
  overrides: Record<string, string> = {},
  headers: Record<string, string> = {},
): Promise<FormPost> {
  const altcha = await solvedChallenge(baseUrl, site, headers)
  return postForm(baseUrl, consultationPath(site, consultation), opinion({ altcha, ...overrides }), headers)
}
