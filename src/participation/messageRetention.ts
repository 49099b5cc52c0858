import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { addCalendarMonths, chinaDay, startOfChinaDay } from '../calendar/chinaTime'
import { recordAudit } from '../audit/recordAudit'
import { getPlatformSettings } from '../settings/platformSettings'
import { Message } from '../states'

/**
 * 留言个人信息保存期限 (retention). `messageRetentionYears` years (平台设置; default 3: the national rules we
 * hold — docs/domain-rules.md — set no period for mailbox letters, so we took the 3 years that 档案 practice
 * uses for short-term records) after a message is closed — concluded (办结, `publishedAt`) or marked invalid
 * (`invalidAt`) — its personal data is erased by the daily job:
 * - the submitter's name, phone and email, and the query password's hash (the code no longer opens anything);
 * - the content, when it was never public (no consent, or invalid): a letter often names addresses, ID numbers
 *   and neighbours, and nothing but the handling record needs it after the period. A concluded letter whose
 *   author agreed to publication keeps its text, because the public list shows it beside the reply (the
 *   record the government answered); phone-, ID- and email-like strings in it are masked all the same.
 * No address-derived data is stored with a message (the rate-limit counters live in memory for at most an
 * hour; the challenge replay store keeps hashes of challenges only), so there is none to erase.
 * Status, dates, channel, subject, due day and reply stay: the statistics are the same before and after.
 */

export const redactedContent = '（留言内容已按个人信息保存期限删除）'

/** Digit runs of phone or ID length and email addresses, masked in a text that stays public. */
export const maskContactData = (text: string): string =>
  text
    .replace(/[^\s@<>，。、]+@[^\s@<>，。、]+\.[A-Za-z]{2,}/g, '［邮箱已删除］')
    .replace(/\d[\d\- ]{5,}[\dXx]/g, (run) => (run.replace(/\D/g, '').length >= 7 ? '［号码已删除］' : run))

/** The first instant that is still inside the period: messages closed before it are due for erasure. */
export function retentionCutoff(now: Date, years: number): Date {
  return startOfChinaDay(addCalendarMonths(chinaDay(now), -12 * years))
}

export type ErasureOutcome = { erased: number; cutoff: string }

export async function eraseExpiredPersonalData(payload: Payload, now = new Date(), req?: PayloadRequest): Promise<ErasureOutcome> {
  const { messageRetentionYears } = await getPlatformSettings(payload)
  const cutoff = retentionCutoff(now, messageRetentionYears).toISOString()
  const { docs } = await payload.find({
    collection: 'messages',
    where: {
      and: [
        { personalDataErasedAt: { exists: false } },
        {
          or: [
            { and: [{ status: { equals: Message.concluded } }, { publishedAt: { less_than: cutoff } }] },
            { and: [{ status: { equals: Message.invalid } }, { invalidAt: { less_than: cutoff } }] },
          ],
        },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { status: true, publishConsent: true, content: true, site: true },
    req,
  })
  const bySite = new Map<string | number, number>()
  for (const doc of docs) {
    const keepsText = doc.status === Message.concluded && doc.publishConsent
    await payload.update({
      collection: 'messages',
      id: doc.id,
      overrideAccess: true,
      context: { retention: true },
      data: {
        submitter: { name: null, phone: null, email: null },
        queryPasswordHash: null,
        content: keepsText ? maskContactData(String(doc.content ?? '')) : redactedContent,
        personalDataErasedAt: now.toISOString(),
      },
      req,
    })
    const site = typeof doc.site === 'object' && doc.site ? doc.site.id : doc.site
    bySite.set(site, (bySite.get(site) ?? 0) + 1)
  }
  if (req)
    for (const [site, count] of bySite)
      await recordAudit(req, {
        action: 'erase',
        collection: 'messages',
        documentId: site,
        site,
        summary: `留言个人信息保存期满（办结或标为无效满 ${messageRetentionYears} 年，即 ${chinaDay(cutoff)} 之前），已删除 ${count} 条留言的姓名、电话、邮箱`,
      })
  return { erased: docs.length, cutoff }
}

export const eraseMessagePersonalDataTask: TaskConfig<'eraseMessagePersonalData'> = {
  slug: 'eraseMessagePersonalData',
  label: '删除保存期满的留言个人信息',
  retries: 2,
  handler: async ({ req }) => {
    const outcome = await eraseExpiredPersonalData(req.payload, new Date(), req)
    return { output: outcome }
  },
}
