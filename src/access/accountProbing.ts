import type { Access, Endpoint, PayloadRequest } from 'payload'
import { asAccessUser, clusterRoles, isPlatformAdmin, siteIdsWithRole, type SiteMembership } from './roles'
import { inLanguage, speaker } from '../i18n/bilingual'

/**
 * Account endpoints that take an email address must not tell who has an account, and unlocking a
 * locked-out account is an administrator's act, not any signed-in user's.
 */

const siteIdsOf = (memberships: SiteMembership[] | null | undefined): string[] =>
  (memberships ?? []).map((m) => (m.site && typeof m.site === 'object' ? m.site.id : m.site)).filter((id) => id !== null && id !== undefined).map(String)

/**
 * Unlock: platform administrators, and a site administrator for an account that lives entirely inside the
 * sites they administer (the same reach as collections/users/access.ts `confineSiteAdmins`).
 * Anything else is refused with the same 403 as an unknown address.
 */
export const unlockUsers: Access = async ({ req }) => {
  const actor = asAccessUser(req.user)
  if (!actor) return false
  if (isPlatformAdmin(actor)) return true
  const adminOf = new Set(siteIdsWithRole(actor, 'site-admin').map(String))
  const email = typeof (req.data as { email?: unknown } | undefined)?.email === 'string' ? String((req.data as { email: string }).email).toLowerCase().trim() : ''
  if (!adminOf.size || !email) return false
  const found = await req.payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, limit: 1, overrideAccess: true, req })
  const target = found.docs[0] as { id: number | string; roles?: string[] | null; siteMemberships?: SiteMembership[] | null } | undefined
  if (!target || String(target.id) === String(actor.id)) return false
  if ((target.roles ?? []).some((r) => (clusterRoles as readonly string[]).includes(r))) return false
  const sites = siteIdsOf(target.siteMemberships)
  if (!sites.length || sites.some((id) => !adminOf.has(id))) return false
  return { id: { equals: target.id } }
}

/**
 * 忘记密码: the same answer, at once, whether or not the address has an account. Payload's own operation
 * runs after the answer is sent, so neither the body nor the time taken tells the two apart.
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const L = speaker(req)
    let body: unknown = req.data
    if (body === undefined && typeof req.json === 'function') body = await req.json().catch(() => ({}))
    const email = typeof (body as { email?: unknown } | null)?.email === 'string' ? (body as { email: string }).email.trim() : ''
    if (!email) return Response.json({ errors: [{ message: L('请填写邮箱地址。', 'Enter your email address.') }] }, { status: 400 })
    const { payload } = req
    setImmediate(() => {
      payload.forgotPassword({ collection: 'users', data: { email } }).catch((error: unknown) => payload.logger.error({ err: error, msg: 'forgot-password' }))
    })
    // One wording for both cases, only the admin language varies.
    return Response.json({ message: L('如该邮箱已注册，重置密码的邮件已发出，请查收。', 'If this address has an account, an email to reset the password is on its way.') }, { status: 200 })
  },
}

/** Accounts are not verified by email here; the route answers the same for any token. */
export const verifyEndpoint: Endpoint = {
  path: '/verify/:token',
  method: 'post',
  handler: async (req) => Response.json({ errors: [{ message: inLanguage(req, { zh: '本平台不使用邮件验证账号。', en: 'Accounts on this platform are not verified by email.' }) }] }, { status: 403 }),
}
