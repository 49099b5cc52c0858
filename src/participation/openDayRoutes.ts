import type { Request, Response } from 'express'
import { timingSafeEqual } from 'node:crypto'
import { chinaDateTime } from '../render/dates'
import {
  automationProblem,
  formFieldsOrRefuse,
  refusedCrossOrigin,
  sendFormHtml,
} from '../security/formSubmission'
import { OpenDayRegistration, SiteLifecycle } from '../states'
import { openDayBodyMaxBytes, openDayValuesFrom, validateOpenDay } from './openDayForm'
import { openDayAddressLimit, openDayEventLimit, openDayQueryLimit } from './openDayLimits'
import {
  cancellable,
  publishedOpenDay,
  registrationStatusLabel,
  registrationWindow,
  renderOpenDayList,
  renderOpenDayPage,
  type EventPageState,
  type OpenDayPageInput,
  type QueryState,
} from './openDayPages'
import { register, waitingPosition } from './openDaySeats'
import { normaliseTrackingCode } from './tracking'

/**
 * 政府开放日's HTTP side, mounted by src/server/publicSites.ts. GET `/open-days` (list, query form) and
 * `/open-days/<id>` (the event and its form); POST `/open-days/<id>` registers, POST `/open-days/query` and
 * `/open-days/cancel` take the confirmation code and the phone's last 4 digits. Never cached: seats change.
 */

/** GET: true when the path was an open-day page of this site (answered), false to fall through to 404. */
export async function showOpenDays(input: OpenDayPageInput, path: string, res: Response): Promise<boolean> {
  const match = /^\/open-days(?:\/([^/]+))?\/?$/.exec(path)
  if (!match) return false
  if (!match[1]) {
    sendFormHtml(res, 200, await renderOpenDayList(input))
    return true
  }
  const day = await publishedOpenDay(input.payload, input.site, match[1])
  if (!day) return false
  sendFormHtml(res, 200, await renderOpenDayPage(input, day))
  return true
}

const windowMessage = { 'not-yet': '报名尚未开始，请在报名时间内提交。', closed: '报名已截止。' } as const

export async function submitRegistration(
  input: OpenDayPageInput,
  id: string,
  req: Request,
  res: Response,
): Promise<boolean> {
  const day = await publishedOpenDay(input.payload, input.site, id)
  if (!day) return false
  if (refusedCrossOrigin(req, res)) return true
  const fields = await formFieldsOrRefuse(req, res, openDayBodyMaxBytes)
  if (!fields) return true
  const values = openDayValuesFrom(fields)
  const page = async (status: number, state: EventPageState) => {
    sendFormHtml(res, status, await renderOpenDayPage(input, day, state))
    return true
  }
  // The window is the server's clock, never the page's: a form left open past the deadline is refused.
  const window = registrationWindow(day)
  if (input.site.status !== SiteLifecycle.live) return page(403, { values, formProblem: '本网站已停止接受报名。' })
  if (window !== 'open') return page(403, { values, formProblem: windowMessage[window] })
  const errors = validateOpenDay(values)
  if (Object.keys(errors).length) return page(422, { values, errors })
  const automation = await automationProblem(fields, input.payload)
  if (automation) return page(422, { values, formProblem: automation })
  // Counted only for submissions that passed the checks: a citizen correcting a field is not flooding.
  if (!(await openDayAddressLimit().admit(req, res))) return true
  if (!(await openDayEventLimit().admit(req, res, String(day.id)))) return true
  const outcome = await register(input.payload, day, values)
  if (!outcome.ok) {
    if (outcome.reason === 'duplicate')
      return page(409, {
        values,
        errors: { phone: '该手机号码已报名本场开放日，请勿重复报名。如需查询或取消，请使用报名确认码。' },
      })
    if (outcome.reason === 'full')
      return page(409, { values, formProblem: '本场开放日名额和候补名额均已报满，欢迎关注下一场活动。' })
    return page(503, { values, formProblem: '当前报名人数较多，请稍后重新提交，已填写的内容已保留。' })
  }
  const waiting = outcome.status === OpenDayRegistration.waiting
  const created = await input.payload.find({
    collection: 'open-day-registrations',
    where: { confirmationCode: { equals: outcome.code } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { status: true },
  })
  const position = waiting && created.docs[0] ? await waitingPosition(input.payload, day.id, created.docs[0].id) : 0
  return page(201, {
    receipt: { code: outcome.code, status: registrationStatusLabel(outcome.status), waiting, position },
  })
}

const last4Matches = (phone: string | null | undefined, last4: string): boolean => {
  const expected = Buffer.from((phone ?? '????').slice(-4))
  const given = Buffer.from(last4.padEnd(4, '?').slice(0, 4))
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/** POST `/open-days/query` and `/open-days/cancel`: code plus the phone's last 4 digits, for this site only. */
export async function queryRegistration(
  input: OpenDayPageInput,
  req: Request,
  res: Response,
  cancel: boolean,
): Promise<void> {
  if (refusedCrossOrigin(req, res)) return
  const fields = await formFieldsOrRefuse(req, res, 4096)
  if (!fields) return
  const code = normaliseTrackingCode(fields.code ?? '').slice(0, 20)
  const last4 = (fields.last4 ?? '').trim()
  const page = (status: number, query: QueryState) =>
    renderOpenDayList(input, query).then((html) => sendFormHtml(res, status, html))
  const errors: QueryState['errors'] = {}
  if (!/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(code))
    errors.code = '请填写报名成功时得到的 12 位报名确认码，例如 AB3D-7K9M-Q2RT。'
  if (!/^\d{4}$/.test(last4)) errors.last4 = '请填写报名手机号码的后 4 位数字。'
  if (Object.keys(errors).length) return page(422, { code, errors })
  if (!(await openDayQueryLimit().admit(req, res))) return
  const { docs } = await input.payload.find({
    collection: 'open-day-registrations',
    where: { and: [{ confirmationCode: { equals: code } }, { site: { equals: input.site.id } }] },
    limit: 1,
    depth: 1,
    overrideAccess: true,
  })
  const found = docs[0]
  const day = found && typeof found.openDay === 'object' ? found.openDay : null
  // One answer for a wrong code and wrong digits: the page must not confirm which codes exist.
  if (!last4Matches(found?.phone, last4) || !found || !day)
    return page(404, { code, errors: { last4: '报名确认码或手机号码后 4 位不正确，请核对后重试。' } })
  let status = found.status
  let notice = ''
  if (cancel) {
    if (!cancellable(status, day))
      return page(409, { code, errors: { code: '该报名当前不能取消（已签到、已取消或活动已开始）。' } })
    await input.payload.update({
      collection: 'open-day-registrations',
      id: found.id,
      data: { status: OpenDayRegistration.cancelled },
      overrideAccess: true,
    })
    status = OpenDayRegistration.cancelled
    notice = '报名已取消。名额将按顺序递补给候补人员。'
  }
  const position = status === OpenDayRegistration.waiting ? await waitingPosition(input.payload, day.id, found.id) : 0
  await page(200, {
    code,
    notice,
    result: {
      title: day.title,
      status: registrationStatusLabel(status),
      statusValue: status,
      position,
      startsAt: chinaDateTime(day.startsAt),
      place: day.place,
      cancellable: cancellable(status, day),
    },
  })
}
