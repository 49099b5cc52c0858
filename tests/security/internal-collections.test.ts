import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  client,
  clientAs,
  createArticle,
  createSiteWithStaff,
  type Client,
  type SiteWithStaff,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/** Payload's own collections over REST: editors reach neither the jobs queue nor other users' locks and preferences. */

let server: TestServer
let a: SiteWithStaff
let editorA: Client
let reviewerA: Client

beforeAll(async () => {
  server = await startTestServer()
  a = await createSiteWithStaff(server.payload, 'I')
  editorA = await clientAs(server.url, a.editor)
  reviewerA = await clientAs(server.url, a.reviewer)
  await server.payload.jobs.queue({
    task: 'publishScheduled',
    input: { collection: 'articles', id: '1', publishAt: new Date(Date.now() + 86400_000).toISOString() },
    waitUntil: new Date(Date.now() + 86400_000),
  })
}, 120_000)
afterAll(async () => server?.close())

describe('payload-jobs', () => {
  it('an editor can neither list, read, change, delete nor run jobs', async () => {
    const job = (await server.payload.find({ collection: 'payload-jobs', limit: 1, overrideAccess: true })).docs[0]!
    const list = await editorA.get('/api/payload-jobs')
    expect([401, 403]).toContain(list.status)
    expect((await editorA.get(`/api/payload-jobs/${job.id}`)).status).not.toBe(200)
    expect((await editorA.patch(`/api/payload-jobs/${job.id}`, { processing: true })).status).not.toBe(200)
    expect((await editorA.delete(`/api/payload-jobs/${job.id}`)).status).not.toBe(200)
    expect((await editorA.post('/api/payload-jobs', { taskSlug: 'publishScheduled', input: {} })).status).not.toBe(201)
    expect([401, 403]).toContain((await editorA.get('/api/payload-jobs/run')).status)
    expect([401, 403, 404]).toContain((await editorA.get('/api/payload-jobs/handle-schedules')).status)
    expect(
      (await server.payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true })).processing,
    ).toBeFalsy()
  })
})

describe('payload-locked-documents', () => {
  it('an editor cannot read, change or release the reviewer’s lock, even on their own site', async () => {
    const article = await createArticle(server.payload, { site: a.site, column: a.column, title: '审核中' })
    const held = await reviewerA.post('/api/payload-locked-documents', {
      document: { relationTo: 'articles', value: article.id },
      user: { relationTo: 'users', value: a.reviewer.id },
    })
    expect(held.status).toBe(201)
    const id = held.body.doc.id
    const list = await editorA.get('/api/payload-locked-documents', { depth: 1 })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((d: { id: number }) => d.id)).not.toContain(id)
    expect((await editorA.get(`/api/payload-locked-documents/${id}`)).status).not.toBe(200)
    expect(
      (
        await editorA.patch(`/api/payload-locked-documents/${id}`, {
          user: { relationTo: 'users', value: a.editor.id },
        })
      ).status,
    ).not.toBe(200)
    expect((await editorA.delete(`/api/payload-locked-documents/${id}`)).status).not.toBe(200)
    const stored = await server.payload.findByID({
      collection: 'payload-locked-documents',
      id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.user).toMatchObject({ relationTo: 'users', value: a.reviewer.id })
    // Their own lock still works.
    const own = await editorA.post('/api/payload-locked-documents', {
      document: {
        relationTo: 'articles',
        value: (await createArticle(server.payload, { site: a.site, column: a.column })).id,
      },
      user: { relationTo: 'users', value: a.editor.id },
    })
    expect(own.status).toBe(201)
    expect((await editorA.get(`/api/payload-locked-documents/${own.body.doc.id}`)).status).toBe(200)
    expect((await editorA.delete(`/api/payload-locked-documents/${own.body.doc.id}`)).status).toBe(200)
  })
})

describe('payload-preferences', () => {
  // Another user's preference, by id or by key, on the generic and the key routes: always a clean 403/404,
  // never a 500 (SQLite answered 500 to DELETE before src/access/preferences.ts) and never the value.
  it('an editor can neither read, change nor delete another user’s preferences, and gets 403/404 for each try', async () => {
    const pref = await reviewerA.post('/api/payload-preferences/nav', { value: { open: true, secret: '审核人偏好' } })
    expect(pref.status).toBe(200)
    const stored = (
      await server.payload.find({
        collection: 'payload-preferences',
        where: { key: { equals: 'nav' } },
        overrideAccess: true,
        depth: 0,
      })
    ).docs[0]!
    const list = await editorA.get('/api/payload-preferences', { depth: 1 })
    expect(list.status).toBe(200)
    expect(list.text).not.toContain('审核人偏好')
    const tries = [
      await editorA.get(`/api/payload-preferences/${stored.id}`),
      await editorA.get('/api/payload-preferences/nav'),
      await editorA.patch(`/api/payload-preferences/${stored.id}`, { value: { hijacked: true } }),
      await editorA.delete(`/api/payload-preferences/${stored.id}`),
      await editorA.delete('/api/payload-preferences/nav'),
    ]
    for (const res of tries) {
      expect([403, 404], res.text).toContain(res.status)
      expect(res.text).not.toContain('审核人偏好')
    }
    const bulk = await editorA.patch(
      '/api/payload-preferences',
      { value: { hijacked: true } },
      { where: { key: { equals: 'nav' } } },
    )
    expect(bulk.status).toBeLessThan(500)
    expect(
      (await editorA.delete('/api/payload-preferences', { where: { key: { equals: 'nav' } } })).status,
    ).toBeLessThan(500)
    // Writing under the same key gives the editor their own preference; it cannot be made out in another's name.
    const forged = await editorA.post('/api/payload-preferences', {
      key: 'nav',
      value: { forged: true },
      user: { relationTo: 'users', value: a.reviewer.id },
    })
    expect(forged.status).toBeLessThan(500)
    expect((await editorA.post('/api/payload-preferences/nav', { value: { mine: true } })).status).toBe(200)
    const reviewers = await server.payload.find({
      collection: 'payload-preferences',
      where: { 'user.value': { equals: a.reviewer.id } },
      overrideAccess: true,
      depth: 0,
    })
    expect(reviewers.docs.map((d) => d.value)).toEqual([{ open: true, secret: '审核人偏好' }])
    const gql = await editorA.graphql('{ PayloadPreferences { docs { key value } } }')
    expect(JSON.stringify(gql.data ?? null)).not.toContain('审核人偏好')
  })

  it('the owner reads, rewrites and deletes their own preference by key; a missing key is 404', async () => {
    expect((await reviewerA.post('/api/payload-preferences/columns', { value: { a: 1 } })).status).toBe(200)
    expect((await reviewerA.post('/api/payload-preferences/columns', { value: { a: 2 } })).status).toBe(200)
    const own = await reviewerA.get('/api/payload-preferences/columns')
    expect(own.status).toBe(200)
    expect(own.body.value).toEqual({ a: 2 })
    expect((await reviewerA.delete('/api/payload-preferences/columns')).status).toBe(200)
    expect((await reviewerA.get('/api/payload-preferences/columns')).status).toBe(404)
    expect((await reviewerA.delete('/api/payload-preferences/columns')).status).toBe(404)
    expect((await client(server.url).get('/api/payload-preferences/nav')).status).toBe(401)
  })
})
