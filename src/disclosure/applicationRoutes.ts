import type { Request, Response } from 'express'
import type { Payload } from 'payload'
import type { Site } from '../../payload-types'
import { automationProblem, formFieldsOrRefuse, refusedCrossOrigin, sendFormHtml, sendFormProblem } from '../security/formSubmission'
import { hashQueryPassword, newQueryPassword, newTrackingCode, normaliseTrackingCode, queryPasswordMatches } from '../participation/tracking'
import { DisclosureApplication, SiteLifecycle } from '../states'
import { applicationBodyMaxBytes, applicationValuesFrom, validateApplication, type ApplicationValues } from './applicationForm'
import { applicationAddressLimit, applicationQueryLimit, applicationSiteLimit } from './applicationLimits'
import { applicationQueryResultOf, renderApplicationPage, type ApplicationPageInput, type ApplicationPageState } from './applicationPages'

/**
 * 依申请公开's public side, mounted by src/server/publicSites.ts: GET `/applications` (never cached: it may show a
 * receipt), POST `/applications` (the application), POST `/applications/query` (code + password, POSTed so the
 * password stays out of URLs and logs). The challenge is the sites' shared `/challenge.json`.
 * An online application is received on the day both sides confirm (条例第三十一条): it waits for staff.
 */

export async function showApplications(input: ApplicationPageInput, res: Response): Promise<void> {
  sendFormHtml(res, 200, await renderApplicationPage(input))
}

export async function submitApplication(input: ApplicationPageInput, req: Request, res: Response): Promise<void> {
  if (refusedCrossOrigin(req, res)) return
  if (input.site.status !== SiteLifecycle.live) return sendFormProblem(res, 403, '本网站已停止接收政府信息公开申请。')
  const fields = await formFieldsOrRefuse(req, res, applicationBodyMaxBytes)
  if (!fields) return
  const values = applicationValuesFrom(fields)
  const errors = validateApplication(values)
  const page = (status: number, state: ApplicationPageState) => renderApplicationPage(input, state).then((html) => sendFormHtml(res, status, html))
  if (Object.keys(errors).length) return page(422, { values, errors })
  const automation = await automationProblem(fields, input.payload)
  if (automation) return page(422, { values, formProblem: automation })
  if (!(await applicationAddressLimit().admit(req, res))) return
  if (!(await applicationSiteLimit().admit(req, res, String(input.site.id)))) return
  const password = newQueryPassword()
  const trackingCode = await createApplication(input.payload, input.site, values, await hashQueryPassword(password))
  await page(201, { receipt: { trackingCode, password } })
}

async function createApplication(payload: Payload, site: Site, v: ApplicationValues, queryPasswordHash: string): Promise<string> {
  const organisation = v.applicantKind === 'organisation'
  for (let attempt = 0; ; attempt++) {
    const trackingCode = newTrackingCode()
    try {
      await payload.create({
        collection: 'disclosure-applications',
        overrideAccess: true,
        data: {
          site: site.id,
          channel: 'online',
          applicantKind: v.applicantKind as 'natural-person',
          organisationType: organisation ? (v.organisationType as 'other-organisation') : null,
          applicant: { name: v.name, idNumber: v.idNumber, contactPerson: v.contactPerson, phone: v.phone, email: v.email, address: v.address },
          requestedInformation: v.requestedInformation,
          purpose: v.purpose,
          deliveryForm: v.deliveryForm as 'paper',
          trackingCode,
          queryPasswordHash,
          status: DisclosureApplication.awaitingConfirmation,
        },
      })
      return trackingCode
    } catch (error) {
      if (attempt >= 2) throw error
    }
  }
}

export async function queryApplication(input: ApplicationPageInput, req: Request, res: Response): Promise<void> {
  if (refusedCrossOrigin(req, res)) return
  const fields = await formFieldsOrRefuse(req, res, 4096)
  if (!fields) return
  const code = normaliseTrackingCode(fields.code ?? '').slice(0, 20)
  const password = (fields.password ?? '').trim()
  const page = (status: number, state: ApplicationPageState) => renderApplicationPage(input, state).then((html) => sendFormHtml(res, status, html))
  const errors: { code?: string; password?: string } = {}
  if (!/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(code)) errors.code = '请填写提交申请时得到的 12 位查询码，例如 AB3D-7K9M-Q2RT。'
  if (!/^\d{8}$/.test(password)) errors.password = '请填写 8 位数字的查询密码。'
  if (Object.keys(errors).length) return page(422, { query: { code, errors } })
  if (!(await applicationQueryLimit().admit(req, res))) return
  const { docs } = await input.payload.find({
    collection: 'disclosure-applications',
    where: { and: [{ trackingCode: { equals: code } }, { site: { equals: input.site.id } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    select: { requestedInformation: true, status: true, receivedOn: true, dueOn: true, replyType: true, replyText: true, concludedOn: true, queryPasswordHash: true },
  })
  const doc = docs[0]
  // One answer for a wrong code and a wrong password: the page must not confirm which codes exist.
  if (!(await queryPasswordMatches(password, doc?.queryPasswordHash)) || !doc)
    return page(404, { query: { code, errors: { password: '查询码或查询密码不正确，请核对后重试。' } } })
  await page(200, { query: { code, result: applicationQueryResultOf(doc as Parameters<typeof applicationQueryResultOf>[0]) } })
}
