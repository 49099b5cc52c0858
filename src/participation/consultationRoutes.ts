import type { Request, Response } from 'express'
import type { Consultation as ConsultationDoc } from '../../payload-types'
import {
  automationProblem,
  formFieldsOrRefuse,
  refusedCrossOrigin,
  sendFormHtml,
  sendFormProblem,
} from '../security/formSubmission'
import { Comment, SiteLifecycle } from '../states'
import { commentBodyMaxBytes, commentValuesFrom, validateComment, type CommentValues } from './consultationForm'
import { commentAddressLimit, commentConsultationLimit } from './consultationLimits'
import {
  findPublicConsultation,
  renderConsultationList,
  renderConsultationPage,
  type CommentPageState,
  type ConsultationPageInput,
} from './consultationPages'
import { consultationPhase, takesComments } from './consultationPeriod'

/**
 * The HTTP side of 意见征集, mounted by src/server/publicSites.ts: GET `/consultations`, GET and POST
 * `/consultations/<id>`. Never cached: the lists change with the China day, and the page may carry a form's
 * state. The POST goes through the mailbox's defences (src/security/publicForms.ts, formChallenge.ts),
 * and the period is checked on the server's China day, whatever the page showed when it was loaded.
 */

export const consultationPath = /^\/consultations(?:\/([A-Za-z0-9]{1,40}))?\/?$/

/** GET: the list, or one consultation; false when there is no such public consultation (the caller 404s). */
export async function showConsultations(
  input: ConsultationPageInput,
  id: string | undefined,
  res: Response,
): Promise<boolean> {
  if (!id) {
    sendFormHtml(res, 200, await renderConsultationList(input))
    return true
  }
  const c = await findPublicConsultation(input.payload, input.site, id)
  if (!c) return false
  sendFormHtml(res, 200, await renderConsultationPage(input, c))
  return true
}

const closedMessage = (c: ConsultationDoc): string =>
  consultationPhase(c) === 'upcoming'
    ? `本次意见征集尚未开始，请于 ${c.startsOn}（北京时间）起提交意见。`
    : `本次意见征集已于 ${c.endsOn}（北京时间）结束，不再接收意见。`

/** POST `/consultations/<id>`: a citizen's comment; 201 with a thank-you, or the page with errors and all that was typed. */
export async function submitComment(
  input: ConsultationPageInput,
  id: string,
  req: Request,
  res: Response,
): Promise<boolean> {
  if (refusedCrossOrigin(req, res)) return true
  const c = await findPublicConsultation(input.payload, input.site, id)
  if (!c) return false
  if (input.site.status !== SiteLifecycle.live) {
    sendFormProblem(res, 403, '本网站已停止接收意见。')
    return true
  }
  const fields = await formFieldsOrRefuse(req, res, commentBodyMaxBytes)
  if (!fields) return true
  const values = commentValuesFrom(fields)
  const page = async (status: number, state: CommentPageState) => {
    sendFormHtml(res, status, await renderConsultationPage(input, c, state))
    return true
  }
  if (!takesComments(c)) return page(409, { values, formProblem: closedMessage(c) })
  const errors = validateComment(values)
  if (Object.keys(errors).length) return page(422, { values, errors })
  const automation = await automationProblem(fields, input.payload)
  if (automation) return page(422, { values, formProblem: automation })
  // Counted only for submissions that passed the checks: a citizen correcting a field is not flooding.
  if (!(await commentAddressLimit().admit(req, res))) return true
  if (!(await commentConsultationLimit().admit(req, res, String(c.id)))) return true
  await storeComment(input, c, values)
  return page(201, { received: true })
}

async function storeComment(input: ConsultationPageInput, c: ConsultationDoc, values: CommentValues): Promise<void> {
  await input.payload.create({
    collection: 'consultation-comments',
    overrideAccess: true,
    data: {
      site: input.site.id,
      consultation: c.id,
      content: values.content,
      submitter: { name: values.name, phone: values.phone, email: values.email },
      status: Comment.submitted,
    },
  })
}
