import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../payload-types'
import {
  client,
  clientAs,
  createSiteWithStaff,
  createUser,
  password,
  type Client,
  type SiteWithStaff,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * Issue #10 row 4: an editor calls POST /api/users/unlock for the platform admin's account (200 today).
 * Only platform admins, and site admins for their own site's users, unlock, create users or change roles and
 * memberships; forgot-password and verify answer the same whether or not an account exists.
 */

let server: TestServer
let a: SiteWithStaff
let b: SiteWithStaff
let platformAdmin: User
let editorA: Client
let siteAdminA: Client
let admin: Client

beforeAll(async () => {
  server = await startTestServer()
  a = await createSiteWithStaff(server.payload, 'A')
  b = await createSiteWithStaff(server.payload, 'B')
  platformAdmin = await createUser(server.payload, {
    name: '平台管理员',
    email: 'root@test.gov.cn',
    roles: ['platform-admin'],
  })
  editorA = await clientAs(server.url, a.editor)
  siteAdminA = await clientAs(server.url, a.siteAdmin)
  admin = await clientAs(server.url, platformAdmin)
}, 120_000)
afterAll(async () => server?.close())

const lock = (user: User) =>
  server.payload.db.updateOne({
    collection: 'users',
    id: user.id,
    data: { loginAttempts: 10, lockUntil: new Date(Date.now() + 3600_000).toISOString() },
  })
const locked = async (user: User) => {
  const stored = (await server.payload.db.findOne({ collection: 'users', where: { id: { equals: user.id } } })) as {
    lockUntil?: string | null
  } | null
  return Boolean(stored?.lockUntil && Date.parse(stored.lockUntil) > Date.now())
}
const unlock = (as: Client, user: User) => as.post('/api/users/unlock', { email: user.email })

describe('unlock', () => {
  it('an editor cannot unlock anyone, least of all the platform admin', async () => {
    await lock(platformAdmin)
    expect((await unlock(editorA, platformAdmin)).status).toBe(403)
    expect(await locked(platformAdmin)).toBe(true)
    await lock(a.reviewer)
    expect((await unlock(editorA, a.reviewer)).status).toBe(403)
    expect(await locked(a.reviewer)).toBe(true)
    expect((await unlock(client(server.url), a.reviewer)).status).toBe(403)
  })

  it('a site admin unlocks their own site’s users only', async () => {
    await lock(b.editor)
    await lock(platformAdmin)
    expect((await unlock(siteAdminA, b.editor)).status).toBe(403)
    expect(await locked(b.editor)).toBe(true)
    expect((await unlock(siteAdminA, platformAdmin)).status).toBe(403)
    expect(await locked(platformAdmin)).toBe(true)
    await lock(a.reviewer)
    expect((await unlock(siteAdminA, a.reviewer)).status).toBe(200)
    expect(await locked(a.reviewer)).toBe(false)
  })

  it('a platform admin unlocks anyone', async () => {
    await lock(b.editor)
    expect((await unlock(admin, b.editor)).status).toBe(200)
    expect(await locked(b.editor)).toBe(false)
    await server.payload.db.updateOne({
      collection: 'users',
      id: platformAdmin.id,
      data: { loginAttempts: 0, lockUntil: null },
    })
  })
})

describe('creating users, roles and memberships', () => {
  it('an editor cannot create a user nor give themselves roles or memberships', async () => {
    const created = await editorA.post('/api/users', {
      name: '编辑新建',
      email: 'made-by-editor@test.gov.cn',
      password,
      siteMemberships: [{ site: a.site.id, roles: ['site-admin'] }],
    })
    expect(created.status).toBe(403)
    await editorA.patch(`/api/users/${a.editor.id}`, {
      roles: ['platform-admin'],
      siteMemberships: [
        { site: a.site.id, roles: ['site-admin', 'reviewer'] },
        { site: b.site.id, roles: ['editor'] },
      ],
    })
    const stored = await server.payload.findByID({
      collection: 'users',
      id: a.editor.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.roles ?? []).toEqual([])
    expect(stored.siteMemberships?.map((m) => [m.site, m.roles])).toEqual([[a.site.id, ['editor']]])
  })

  it('a site admin cannot hand out cluster roles, nor memberships on another site', async () => {
    await siteAdminA.patch(`/api/users/${a.editor.id}`, { roles: ['platform-admin'] })
    expect(
      (await server.payload.findByID({ collection: 'users', id: a.editor.id, depth: 0, overrideAccess: true })).roles ??
        [],
    ).toEqual([])
    const onB = await siteAdminA.post('/api/users', {
      name: '越站',
      email: 'cross@test.gov.cn',
      password,
      siteMemberships: [{ site: b.site.id, roles: ['editor'] }],
    })
    expect(onB.status).toBe(403)
    const own = await siteAdminA.post('/api/users', {
      name: '本站编辑',
      email: 'own@test.gov.cn',
      password,
      siteMemberships: [{ site: a.site.id, roles: ['editor'] }],
    })
    expect(own.status).toBe(201)
  })
})

describe('no account probing', () => {
  it('forgot-password answers the same for an existing and an unknown address', async () => {
    const anonymous = client(server.url)
    const known = await anonymous.post('/api/users/forgot-password', { email: a.editor.email })
    const unknown = await anonymous.post('/api/users/forgot-password', { email: 'nobody-here@test.gov.cn' })
    expect(known.status).toBe(200)
    expect(unknown.status).toBe(known.status)
    expect(unknown.text).toBe(known.text)
    expect(known.text).not.toContain(a.editor.email)
  })

  it('verify answers the same for any token', async () => {
    const anonymous = client(server.url)
    const one = await anonymous.post(`/api/users/verify/${a.editor.id}`, {})
    const two = await anonymous.post('/api/users/verify/0123456789abcdef', {})
    expect(one.status).toBe(two.status)
    expect(one.text).toBe(two.text)
  })
})
