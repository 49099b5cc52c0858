import type { Endpoint, PayloadRequest } from 'payload'
import { idOf } from '../../src/ids'
import { chinaDateTime } from '../../src/render/dates'
import { seatCounts, type SeatCounts } from '../../src/participation/openDaySeats'
import { normaliseTrackingCode } from '../../src/participation/tracking'
import { OpenDayRegistration } from '../../src/states'
import { inLanguage, speaker } from '../../src/i18n/bilingual'

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

export type CheckInResult =
  | { ok: true; name: string; idLast4: string; title: string; counts: SeatCounts; message: string }
  | { ok: false; message: string }

/**
 * 现场签到: the staff member types or scans a confirmation code; a confirmed registration of one of their
 * sites becomes 已签到. Read with the user's own access, so another site's code is simply not found. The
 * answer shows the name and ID last 4 digits so the desk can compare them with the card.
 */
export async function checkIn(req: PayloadRequest, rawCode: string): Promise<{ status: number; result: CheckInResult }> {
  const L = speaker(req)
  if (!req.user) return { status: 401, result: { ok: false, message: L('请先登录管理后台。', 'Sign in to the admin first.') } }
  const code = normaliseTrackingCode(rawCode).slice(0, 20)
  if (!/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(code))
    return { status: 400, result: { ok: false, message: L('请输入 12 位报名确认码，例如 AB3D-7K9M-Q2RT。', 'Enter the 12-character confirmation code, e.g. AB3D-7K9M-Q2RT.') } }
  const { docs } = await req.payload.find({
    collection: 'open-day-registrations',
    where: { confirmationCode: { equals: code } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const found = docs[0]
  if (!found) return { status: 404, result: { ok: false, message: L(`未找到报名确认码 ${code}（或该报名不属于您管理的网站）。`, `No registration with the code ${code} (or it belongs to a site you do not manage).`) } }
  const day = await req.payload.findByID({ collection: 'open-days', id: idOf(found.openDay)!, depth: 0, overrideAccess: true, req })
  const refuse = (message: string) => ({ status: 409, result: { ok: false as const, message } })
  if (found.status === OpenDayRegistration.checkedIn)
    return refuse(L(`${found.name} 已于 ${chinaDateTime(found.checkedInAt)} 签到，请勿重复签到。`, `${found.name} already checked in at ${chinaDateTime(found.checkedInAt)}.`))
  if (found.status === OpenDayRegistration.cancelled) return refuse(L(`${found.name} 的报名已取消，不能签到。`, `${found.name}'s registration is cancelled and cannot check in.`))
  if (found.status === OpenDayRegistration.waiting) return refuse(L(`${found.name} 仍在候补名单中，尚未递补，不能签到。`, `${found.name} is still on the waiting list and cannot check in.`))
  await req.payload.update({
    collection: 'open-day-registrations',
    id: found.id,
    data: { status: OpenDayRegistration.checkedIn },
    overrideAccess: false,
    user: req.user,
    req,
  })
  return {
    status: 200,
    result: {
      ok: true,
      name: found.name,
      idLast4: found.idLast4,
      title: day.title,
      counts: await seatCounts(req.payload, day),
      message: L(
        `签到成功：${found.name}（身份证号后 4 位 ${found.idLast4}），${day.title}。`,
        `Checked in: ${found.name} (ID number ending ${found.idLast4}), ${day.title}.`,
      ),
    },
  }
}

/** POST /api/open-day-registrations/check-in {"code": "..."} (the admin's 开放日签到 page uses it). */
export const checkInEndpoint: Endpoint = {
  path: '/check-in',
  method: 'post',
  handler: async (req) => {
    let code = ''
    try {
      const body = (await req.json?.()) as { code?: unknown } | undefined
      code = typeof body?.code === 'string' ? body.code : ''
    } catch {
      return json({ ok: false, message: inLanguage(req, { zh: '请求格式不正确。', en: 'Malformed request.' }) }, 400)
    }
    const { status, result } = await checkIn(req, code)
    return json(result, status)
  },
}
