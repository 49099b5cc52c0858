import type { Request, Response } from 'express'
import type { Payload } from 'payload'
import type { Site } from '../../payload-types'
import { newFormChallenge } from '../security/formChallenge'
import {
  automationProblem,
  formFieldsOrRefuse,
  refusedCrossOrigin,
  sendFormHtml,
  sendFormProblem,
} from '../security/formSubmission'
import { challengeLimit, mailboxAddressLimit, mailboxQueryLimit, mailboxSiteLimit } from './mailboxLimits'
import { mailboxBodyMaxBytes, mailboxValuesFrom, validateMailbox } from './mailboxForm'
import {
  queryResultOf,
  renderMailboxPage,
  siteChannels,
  type MailboxPageInput,
  type MailboxPageState,
} from './mailboxPages'
import {
  hashQueryPassword,
  newQueryPassword,
  newTrackingCode,
  normaliseTrackingCode,
  queryPasswordMatches,
} from './tracking'
import { Message, SiteLifecycle } from '../states'

/**
 * The mailbox's HTTP side, mounted by src/server/publicSites.ts: GET `/mailbox` (never cached: it may show
 * a receipt), POST `/mailbox` (write), POST `/mailbox/query` (code + password; POST so the password is
 * not in a URL or a log), GET `/challenge.json` (the proof-of-work challenge any public form uses).
 */

export async function showMailbox(input: MailboxPageInput, res: Response): Promise<void> {
  sendFormHtml(res, 200, await renderMailboxPage(input))
}

export async function sendChallenge(req: Request, res: Response): Promise<void> {
  if (!(await challengeLimit().admit(req, res))) return
  res.setHeader('Cache-Control', 'no-store')
  res.json(await newFormChallenge())
}

export async function submitMessage(input: MailboxPageInput, req: Request, res: Response): Promise<void> {
  if (refusedCrossOrigin(req, res)) return
  if (input.site.status !== SiteLifecycle.live) return sendFormProblem(res, 403, '本网站已停止接收留言。')
  const fields = await formFieldsOrRefuse(req, res, mailboxBodyMaxBytes)
  if (!fields) return
  const values = mailboxValuesFrom(fields)
  const channels = siteChannels(input.site)
  const errors = validateMailbox(values, channels)
  const page = (status: number, state: MailboxPageState) =>
    renderMailboxPage(input, state).then((html) => sendFormHtml(res, status, html))
  if (Object.keys(errors).length) return page(422, { values, errors })
  const automation = await automationProblem(fields, input.payload)
  if (automation) return page(422, { values, formProblem: automation })
  // Counted only for submissions that passed the checks: a citizen correcting a field is not flooding.
  if (!(await mailboxAddressLimit().admit(req, res))) return
  if (!(await mailboxSiteLimit().admit(req, res, String(input.site.id)))) return
  const password = newQueryPassword()
  const created = await createMessage(input.payload, input.site, values, await hashQueryPassword(password))
  await page(201, { receipt: { trackingCode: created, password } })
}

async function createMessage(
  payload: Payload,
  site: Site,
  values: ReturnType<typeof mailboxValuesFrom>,
  queryPasswordHash: string,
): Promise<string> {
  // A collision of two 12-character codes is unlikely; the unique index catches it and we draw again.
  for (let attempt = 0; ; attempt++) {
    const trackingCode = newTrackingCode()
    try {
      await payload.create({
        collection: 'messages',
        overrideAccess: true,
        data: {
          site: site.id,
          channel: values.channel as 'leader-mailbox',
          subject: values.subject,
          content: values.content,
          submitter: { name: values.name, phone: values.phone, email: values.email },
          publishConsent: values.publishConsent,
          privacyConsent: values.privacyConsent,
          trackingCode,
          queryPasswordHash,
          status: Message.received,
        },
      })
      return trackingCode
    } catch (error) {
      if (attempt >= 2) throw error
    }
  }
}

export async function queryMessage(input: MailboxPageInput, req: Request, res: Response): Promise<void> {
  if (refusedCrossOrigin(req, res)) return
  const fields = await formFieldsOrRefuse(req, res, 4096)
  if (!fields) return
  const code = normaliseTrackingCode(fields.code ?? '').slice(0, 20)
  const password = (fields.password ?? '').trim()
  const page = (status: number, state: MailboxPageState) =>
    renderMailboxPage(input, state).then((html) => sendFormHtml(res, status, html))
  const errors: { code?: string; password?: string } = {}
  if (!/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(code))
    errors.code = '请填写提交留言时得到的 12 位查询码，例如 AB3D-7K9M-Q2RT。'
  if (!/^\d{8}$/.test(password)) errors.password = '请填写 8 位数字的查询密码。'
  if (Object.keys(errors).length) return page(422, { query: { code, errors } })
  if (!(await mailboxQueryLimit().admit(req, res))) return
  const { docs } = await input.payload.find({
    collection: 'messages',
    where: { and: [{ trackingCode: { equals: code } }, { site: { equals: input.site.id } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    select: {
      subject: true,
      channel: true,
      status: true,
      receivedAt: true,
      reply: true,
      replyingUnit: true,
      publishedAt: true,
      invalidReason: true,
      queryPasswordHash: true,
    },
  })
  const doc = docs[0]
  // One message for a wrong code and a wrong password: the page must not confirm which codes exist.
  if (!(await queryPasswordMatches(password, doc?.queryPasswordHash)) || !doc)
    return page(404, { query: { code, errors: { password: '查询码或查询密码不正确，请核对后重试。' } } })
  await page(200, { query: { code, result: queryResultOf(doc as Parameters<typeof queryResultOf>[0]) } })
}
