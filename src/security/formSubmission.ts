import type { Request, Response } from 'express'
import type { Payload } from 'payload'
import { challengeMessage, formChallengeSolved } from './formChallenge'
import { crossOriginProblem, honeypotTripped, readFormBody } from './publicForms'

/*
 * The steps every anonymous form (mailbox, consultation comments, open-day registration) takes the same way,
 * so that a defence changed in one place changes for all three: the answers are never cached, a refusal before
 * the form can be shown again is plain Chinese text, and after a form's own field checks come the honeypot and
 * the challenge.
 */

export function sendFormHtml(res: Response, status: number, html: string): void {
  res.status(status).setHeader('Cache-Control', 'no-store')
  res.type('text/html; charset=utf-8').send(html)
}

export function sendFormProblem(res: Response, status: number, message: string): void {
  res.status(status).setHeader('Cache-Control', 'no-store')
  res.type('text/plain; charset=utf-8').send(message)
}

/** Answers a cross-origin POST (CSRF) and returns true when the request came from elsewhere. */
export function refusedCrossOrigin(req: Request, res: Response): boolean {
  const problem = crossOriginProblem(req)
  if (problem) sendFormProblem(res, problem.status, problem.message)
  return Boolean(problem)
}

/** The bounded, strictly decoded form fields, or null once a refusal (size, type, encoding) has been sent. */
export async function formFieldsOrRefuse(
  req: Request,
  res: Response,
  maxBytes: number,
): Promise<Record<string, string> | null> {
  const body = await readFormBody(req, maxBytes)
  if (body.problem) {
    sendFormProblem(res, body.problem.status, body.problem.message)
    return null
  }
  return body.fields
}

export const honeypotMessage = '提交未通过检查：请不要填写页面上隐藏的“网址”一栏，然后重新提交。'

/** After the form's own field checks: the hidden field left empty and the challenge solved (once, cluster-wide). */
export async function automationProblem(fields: Record<string, string>, payload: Payload): Promise<string | null> {
  if (honeypotTripped(fields)) return honeypotMessage
  if (!(await formChallengeSolved(fields.altcha, payload))) return challengeMessage
  return null
}
