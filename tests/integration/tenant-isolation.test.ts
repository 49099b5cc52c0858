import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, File, Media, Site, User } from '../../payload-types'
import {
  client,
  clientAs,
  createArticle,
  createSite,
  createSiteWithStaff,
  createUser,
  localFile,
  login,
  password,
  pdfDocument,
  pngImage,
  titlesOf,
  type Client,
  type SiteWithStaff,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * 原则 3：网站 A 的编辑既不能读取、也不能修改网站 B 未发布的内容，无论经由 REST、GraphQL、
 * 关系字段的 depth 填充还是版本记录。
 */

const SECRET = 'B站未公开机密'

let server: TestServer
let a: SiteWithStaff
let b: SiteWithStaff
let hidden: Site
let bDraft: Article
let bSubmitted: Article
let aDraft: Article
let aWithForeignFile: Article
let hiddenFile: File
let bMedia: Media
let sharedEditor: User
let editorA: Client

beforeAll(async () => {
  server = await startTestServer()
  const { payload } = server
  a = await createSiteWithStaff(payload, 'A')
  b = await createSiteWithStaff(payload, 'B')
  hidden = await createSite(payload, { name: '筹建中网站', status: 'applying' })
  bDraft = await createArticle(payload, { site: b.site, column: b.column, title: `${SECRET}草稿`, status: 'draft' })
  bSubmitted = await createArticle(payload, {
    site: b.site,
    column: b.column,
    title: `${SECRET}待审`,
    status: 'submitted',
  })
  aDraft = await createArticle(payload, { site: a.site, column: a.column, title: 'A站草稿', status: 'draft' })
  sharedEditor = await createUser(payload, {
    name: '两站编辑',
    email: 'shared-editor@test.gov.cn',
    memberships: [
      { site: a.site, roles: ['editor'] },
      { site: b.site, roles: ['editor'] },
    ],
  })
  // A file first placed on site A and attached there, later moved by the general office to a site
  // that is not public: relationship population must not reveal it to A's editor.
  hiddenFile = await payload.create({
    collection: 'files',
    overrideAccess: true,
    data: { site: a.site.id, title: `${SECRET}附件` },
    file: localFile(pdfDocument(), 'secret.pdf', 'application/pdf'),
  })
  aWithForeignFile = await createArticle(payload, {
    site: a.site,
    column: a.column,
    title: 'A站带附件草稿',
    attachments: [hiddenFile.id],
  })
  await payload.update({ collection: 'files', id: hiddenFile.id, overrideAccess: true, data: { site: hidden.id } })
  bMedia = await payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { site: b.site.id, alt: 'B站图片' },
    file: localFile(await pngImage(), 'b.png', 'image/png'),
  })
  editorA = await clientAs(server.url, a.editor)
})
afterAll(async () => server?.close())

const bDrafts = () => [bDraft, bSubmitted]

async function currentArticle(id: number): Promise<Article> {
  return server.payload.findByID({ collection: 'articles', id, overrideAccess: true, depth: 0 })
}

describe('editor of site A against site B drafts over REST', () => {
  it('cannot read a site B draft by id', async () => {
    for (const draft of bDrafts()) {
      const res = await editorA.get(`/api/articles/${draft.id}`)
      expect(res.status).toBe(404)
      expect(res.text).not.toContain(SECRET)
    }
  })

  it('does not see site B drafts in the article list', async () => {
    const res = await editorA.get('/api/articles', { limit: 100 })
    expect(res.status).toBe(200)
    expect(titlesOf(res.body.docs)).toContain('A站草稿')
    expect(res.text).not.toContain(SECRET)
  })

  it('does not find a site B draft with a where clause naming it', async () => {
    const byTitle = await editorA.get('/api/articles', { where: { title: { equals: bDraft.title } } })
    expect(byTitle.status).toBe(200)
    expect(byTitle.body.totalDocs).toBe(0)

    const bySite = await editorA.get('/api/articles', { where: { site: { equals: b.site.id } } })
    expect(bySite.status).toBe(200)
    expect(bySite.body.totalDocs).toBe(0)

    const byId = await editorA.get('/api/articles', {
      where: { or: [{ id: { equals: bDraft.id } }, { title: { like: SECRET } }] },
    })
    expect(byId.body.totalDocs).toBe(0)

    const byWorkflow = await editorA.get('/api/articles', {
      where: { and: [{ site: { equals: b.site.id } }, { workflowStatus: { in: ['draft', 'submitted'] } }] },
    })
    expect(byWorkflow.body.totalDocs).toBe(0)

    const counted = await editorA.get('/api/articles/count', { where: { site: { equals: b.site.id } } })
    expect(counted.status).toBe(200)
    expect(counted.body.totalDocs).toBe(0)
    expect(byTitle.text + bySite.text + byId.text).not.toContain(SECRET)
  })

  it('sees its own draft through the same where clause (the query itself works)', async () => {
    const res = await editorA.get('/api/articles', { where: { title: { equals: aDraft.title } } })
    expect(res.body.totalDocs).toBe(1)
    expect(res.body.docs[0].id).toBe(aDraft.id)
  })

  it('cannot update a site B draft with PATCH, by id or in bulk', async () => {
    const single = await editorA.patch(`/api/articles/${bDraft.id}`, { title: '被篡改' })
    expect([403, 404]).toContain(single.status)
    const bulk = await editorA.patch(
      '/api/articles',
      { title: '被批量篡改' },
      { where: { site: { equals: b.site.id } } },
    )
    expect(bulk.body.docs ?? []).toHaveLength(0)
    for (const draft of bDrafts()) expect((await currentArticle(draft.id)).title).toBe(draft.title)
  })

  it('cannot delete a site B draft, by id or in bulk', async () => {
    const single = await editorA.delete(`/api/articles/${bDraft.id}`)
    expect([403, 404]).toContain(single.status)
    const bulk = await editorA.delete('/api/articles', { where: { id: { in: bDrafts().map((d) => d.id) } } })
    expect(bulk.body.docs ?? []).toHaveLength(0)
    for (const draft of bDrafts()) expect((await currentArticle(draft.id)).id).toBe(draft.id)
  })

  it('does not see site B drafts in /api/articles/versions, the versions that hold drafts', async () => {
    const all = await editorA.get('/api/articles/versions', { limit: 100, depth: 0 })
    expect(all.status).toBe(200)
    expect(all.body.totalDocs).toBeGreaterThan(0)
    expect(all.text).not.toContain(SECRET)
    for (const version of all.body.docs) expect(version.version.site).toBe(a.site.id)

    const byParent = await editorA.get('/api/articles/versions', { where: { parent: { equals: bDraft.id } } })
    expect(byParent.body.totalDocs).toBe(0)

    const bVersion = await server.payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: bDraft.id } },
      overrideAccess: true,
      limit: 1,
    })
    expect(bVersion.docs).toHaveLength(1)
    const direct = await editorA.get(`/api/articles/versions/${bVersion.docs[0]!.id}`)
    expect([403, 404]).toContain(direct.status)
    expect(direct.text).not.toContain(SECRET)
  })

  it('gives anonymous visitors no versions at all', async () => {
    const res = await client(server.url).get('/api/articles/versions')
    expect(res.status).toBe(403)
  })
})

describe('editor of site A against site B drafts over GraphQL', () => {
  it('cannot read site B drafts through a GraphQL list query', async () => {
    const res = await editorA.graphql(
      `{ Articles(where: { site: { equals: ${b.site.id} } }, limit: 100) { totalDocs docs { id title } } }`,
    )
    expect(res.errors).toEqual([])
    expect(res.data.Articles.totalDocs).toBe(0)

    const all = await editorA.graphql('{ Articles(limit: 100) { docs { id title site { id } } } }')
    expect(titlesOf(all.data.Articles.docs)).toContain('A站草稿')
    expect(JSON.stringify(all.data)).not.toContain(SECRET)
  })

  it('cannot read a site B draft through a GraphQL query by id', async () => {
    const res = await editorA.graphql(`{ Article(id: ${bDraft.id}) { id title } }`)
    expect(res.data?.Article ?? null).toBeNull()
    expect(res.errors.length).toBeGreaterThan(0)
    expect(JSON.stringify(res)).not.toContain(SECRET)
  })

  it('cannot read site B drafts through GraphQL versions', async () => {
    const res = await editorA.graphql(
      `{ versionsArticles(where: { parent: { equals: ${bDraft.id} } }) { totalDocs docs { id version { title } } } }`,
    )
    expect(res.data?.versionsArticles?.totalDocs ?? 0).toBe(0)
    expect(JSON.stringify(res)).not.toContain(SECRET)
  })

  it('cannot update or delete a site B draft through GraphQL mutations', async () => {
    const update = await editorA.graphql(
      `mutation { updateArticle(id: ${bDraft.id}, data: { title: "被篡改" }) { id title } }`,
    )
    expect(update.errors.length).toBeGreaterThan(0)
    expect(update.data?.updateArticle ?? null).toBeNull()
    const remove = await editorA.graphql(`mutation { deleteArticle(id: ${bSubmitted.id}) { id } }`)
    expect(remove.errors.length).toBeGreaterThan(0)
    expect((await currentArticle(bDraft.id)).title).toBe(bDraft.title)
    expect((await currentArticle(bSubmitted.id)).title).toBe(bSubmitted.title)
  })

  it('cannot create an article on site B through a GraphQL mutation', async () => {
    const before = await server.payload.count({
      collection: 'articles',
      where: { site: { equals: b.site.id } },
      overrideAccess: true,
    })
    const res = await editorA.graphql(
      `mutation { createArticle(data: { site: ${b.site.id}, columns: [${b.column.id}], title: "越权新建", disclosureAttribute: public }) { id } }`,
    )
    expect(res.errors.length).toBeGreaterThan(0)
    const after = await server.payload.count({
      collection: 'articles',
      where: { site: { equals: b.site.id } },
      overrideAccess: true,
    })
    expect(after.totalDocs).toBe(before.totalDocs)
  })
})

describe('relationship population (depth) never crosses into what the reader may not see', () => {
  it('does not populate a related file of a non-public site at depth=2', async () => {
    const res = await editorA.get(`/api/articles/${aWithForeignFile.id}`, { depth: 2 })
    expect(res.status).toBe(200)
    expect(res.body.title).toBe('A站带附件草稿')
    const attachments = res.body.attachments as unknown[]
    expect(attachments.filter((f) => f && typeof f === 'object')).toHaveLength(0)
    expect(res.text).not.toContain(SECRET)
  })

  it('populates site relations but no site B draft at depth=2 on lists, columns and sites', async () => {
    const list = await editorA.get('/api/articles', { depth: 2, limit: 100 })
    expect(list.body.docs.some((d: Article) => typeof d.site === 'object')).toBe(true)
    const column = await editorA.get(`/api/columns/${b.column.id}`, { depth: 2 })
    expect(column.status).toBe(200)
    const site = await editorA.get(`/api/sites/${b.site.id}`, { depth: 2 })
    expect(site.status).toBe(200)
    const me = await editorA.get('/api/users/me', { depth: 2 })
    expect(me.status).toBe(200)
    for (const res of [list, column, site, me]) expect(res.text).not.toContain(SECRET)
  })

  it('does not populate a user the reader may not see, over REST depth=2 or GraphQL', async () => {
    // Submitted by the editor who works on both sites: A's editor may read the article, not that account.
    const shared = await clientAs(server.url, sharedEditor)
    const created = await shared.post('/api/articles', {
      site: a.site.id,
      columns: [a.column.id],
      title: 'A站两站编辑稿',
      disclosureAttribute: 'public',
    })
    expect(created.status).toBe(201)
    const submitted = await shared.patch(`/api/articles/${created.body.doc.id}`, { workflowStatus: 'submitted' })
    expect(submitted.status).toBe(200)

    const rest = await editorA.get(`/api/articles/${created.body.doc.id}`, { depth: 2 })
    expect(rest.status).toBe(200)
    expect(rest.body.workflowLog).toHaveLength(1)
    expect(rest.body.workflowLog[0].by).toBe(sharedEditor.id)
    expect(rest.text).not.toContain(sharedEditor.email)

    const gql = await editorA.graphql(
      `{ Article(id: ${created.body.doc.id}) { id workflowLog { by { email } } site { name } } }`,
    )
    expect(gql.data.Article.site.name).toBe(a.site.name)
    expect(gql.data.Article.workflowLog[0].by).toBeNull()

    // The site's admin, who may read that account, does get it populated: the rule is access, not depth.
    const adminA = await clientAs(server.url, a.siteAdmin)
    const asAdmin = await adminA.get(`/api/articles/${created.body.doc.id}`, { depth: 2 })
    expect(asAdmin.body.workflowLog[0].by.email).toBe(sharedEditor.email)
  })
})

describe('Payload internal collections', () => {
  it('reveal no site B draft and let no editor run the jobs queue', async () => {
    for (const path of [
      '/api/payload-locked-documents',
      '/api/payload-preferences',
      '/api/payload-jobs',
      '/api/payload-migrations',
    ]) {
      const res = await editorA.get(path, { depth: 2, limit: 100 })
      expect(res.text, path).not.toContain(SECRET)
    }
    const run = await editorA.get('/api/payload-jobs/run')
    expect([401, 403]).toContain(run.status)
  })

  it('editor of site A cannot lock a site B article against its own editors', async () => {
    const lock = await editorA.post('/api/payload-locked-documents', {
      document: { relationTo: 'articles', value: bDraft.id },
      user: { relationTo: 'users', value: a.editor.id },
    })
    expect(lock.status).toBe(403)
    const inTheirName = await editorA.post('/api/payload-locked-documents', {
      document: { relationTo: 'articles', value: bDraft.id },
      user: { relationTo: 'users', value: b.editor.id },
    })
    expect(inTheirName.status).toBe(403)
    const editorB = await clientAs(server.url, b.editor)
    const edit = await editorB.patch(`/api/articles/${bDraft.id}`, { summary: '本站编辑照常修改' })
    expect(edit.status, edit.text).toBe(200)

    // A lock B's editor holds can be neither taken over nor released by A's editor.
    const held = await editorB.post('/api/payload-locked-documents', {
      document: { relationTo: 'articles', value: bDraft.id },
      user: { relationTo: 'users', value: b.editor.id },
    })
    expect(held.status).toBe(201)
    const takeOver = await editorA.patch(`/api/payload-locked-documents/${held.body.doc.id}`, {
      user: { relationTo: 'users', value: a.editor.id },
    })
    expect(takeOver.status).toBe(403)
    const release = await editorA.delete(`/api/payload-locked-documents/${held.body.doc.id}`)
    expect(release.status).toBe(403)
    // Its holder releases it.
    expect((await editorB.delete(`/api/payload-locked-documents/${held.body.doc.id}`)).status).toBe(200)
  })

  it('editor of site A can still lock its own draft', async () => {
    const lock = await editorA.post('/api/payload-locked-documents', {
      document: { relationTo: 'articles', value: aDraft.id },
      user: { relationTo: 'users', value: a.editor.id },
    })
    expect(lock.status).toBe(201)
    expect((await editorA.delete(`/api/payload-locked-documents/${lock.body.doc.id}`)).status).toBe(200)
  })
})

describe('editor of site A cannot write onto site B', () => {
  it('cannot create an article on site B over REST', async () => {
    const res = await editorA.post('/api/articles', {
      site: b.site.id,
      columns: [b.column.id],
      title: '越权新建',
      disclosureAttribute: 'public',
    })
    expect(res.status).toBe(403)
    const found = await server.payload.find({
      collection: 'articles',
      where: { title: { equals: '越权新建' } },
      overrideAccess: true,
    })
    expect(found.totalDocs).toBe(0)
  })

  it('cannot move an article of site A to site B by PATCHing site', async () => {
    const res = await editorA.patch(`/api/articles/${aDraft.id}`, { site: b.site.id, columns: [b.column.id] })
    expect(res.status).toBe(403)
    const stored = await currentArticle(aDraft.id)
    expect(stored.site).toBe(a.site.id)
    expect(stored.columns).toEqual([a.column.id])
  })

  it('cannot put a column of site B on an article of site A', async () => {
    const res = await editorA.patch(`/api/articles/${aDraft.id}`, { columns: [b.column.id] })
    expect(res.status).toBe(400)
    expect(res.text).toContain('所选栏目不属于本网站')
    expect((await currentArticle(aDraft.id)).columns).toEqual([a.column.id])
  })

  it('cannot attach a file or image of another site to an article of site A', async () => {
    const attach = await editorA.patch(`/api/articles/${aDraft.id}`, { attachments: [hiddenFile.id] })
    expect(attach.status).toBe(400)
    expect(attach.text).toContain('附件不属于本网站')
    const cover = await editorA.patch(`/api/articles/${aDraft.id}`, { coverImage: bMedia.id })
    expect(cover.status).toBe(400)
    expect(cover.text).toContain('封面图不属于本网站')
    const stored = await currentArticle(aDraft.id)
    expect(stored.attachments ?? []).toEqual([])
    expect(stored.coverImage ?? null).toBeNull()
  })

  it('can still edit its own draft (the denials above are about the site, not the route)', async () => {
    const res = await editorA.patch(`/api/articles/${aDraft.id}`, { summary: '本站编辑可以修改' })
    expect(res.status).toBe(200)
    expect(res.body.doc.summary).toBe('本站编辑可以修改')
  })
})

describe('users across sites', () => {
  it('site admin of A cannot change the password or email of a user of site B', async () => {
    const adminA = await clientAs(server.url, a.siteAdmin)
    const pw = await adminA.patch(`/api/users/${b.editor.id}`, { password: 'taken-over-password-1' })
    expect([403, 404]).toContain(pw.status)
    const email = await adminA.patch(`/api/users/${b.editor.id}`, { email: 'attacker@evil.example' })
    expect([403, 404]).toContain(email.status)
    const bulk = await adminA.patch(
      '/api/users',
      { password: 'taken-over-password-2' },
      { where: { email: { equals: b.editor.email } } },
    )
    expect(bulk.body.docs ?? []).toHaveLength(0)
    const gql = await adminA.graphql(
      `mutation { updateUser(id: ${b.editor.id}, data: { email: "attacker@evil.example" }) { id email } }`,
    )
    expect(gql.errors.length).toBeGreaterThan(0)

    const stored = await server.payload.findByID({ collection: 'users', id: b.editor.id, overrideAccess: true })
    expect(stored.email).toBe(b.editor.email)
    await expect(login(server.url, b.editor, password)).resolves.toBeTypeOf('string')
    await expect(login(server.url, b.editor, 'taken-over-password-1')).rejects.toThrow()
  })

  it('site admin of A cannot change the password or email of a user who also belongs to site B', async () => {
    const adminA = await clientAs(server.url, a.siteAdmin)
    const pw = await adminA.patch(`/api/users/${sharedEditor.id}`, { password: 'taken-over-password-3' })
    expect(pw.status).toBe(403)
    const email = await adminA.patch(`/api/users/${sharedEditor.id}`, { email: 'attacker2@evil.example' })
    expect(email.status).toBe(403)
    const stored = await server.payload.findByID({ collection: 'users', id: sharedEditor.id, overrideAccess: true })
    expect(stored.email).toBe('shared-editor@test.gov.cn')
    await expect(login(server.url, sharedEditor, password)).resolves.toBeTypeOf('string')
  })

  it('site admin of A cannot grant itself or others a membership on site B', async () => {
    const adminA = await clientAs(server.url, a.siteAdmin)
    const other = await adminA.patch(`/api/users/${a.editor.id}`, {
      siteMemberships: [
        { site: a.site.id, roles: ['editor'] },
        { site: b.site.id, roles: ['site-admin'] },
      ],
    })
    expect(other.status).toBe(403)
    const created = await adminA.post('/api/users', {
      name: '越权用户',
      email: 'cross@test.gov.cn',
      password,
      siteMemberships: [{ site: b.site.id, roles: ['editor'] }],
    })
    expect(created.status).toBe(403)
    const stored = await server.payload.findByID({ collection: 'users', id: a.editor.id, overrideAccess: true })
    expect(stored.siteMemberships?.map((m) => (typeof m.site === 'object' ? m.site.id : m.site))).toEqual([a.site.id])
  })

  it('site admin of A cannot grant itself a membership on site B', async () => {
    const adminA = await clientAs(server.url, a.siteAdmin)
    const res = await adminA.patch(`/api/users/${a.siteAdmin.id}`, {
      siteMemberships: [
        { site: a.site.id, roles: ['site-admin'] },
        { site: b.site.id, roles: ['site-admin'] },
      ],
    })
    expect(res.status).toBe(403)
    const stored = await server.payload.findByID({ collection: 'users', id: a.siteAdmin.id, overrideAccess: true })
    expect(stored.siteMemberships).toHaveLength(1)
  })

  it('nobody below the platform admin can hand out cluster roles, and anonymous visitors cannot sign up', async () => {
    const adminA = await clientAs(server.url, a.siteAdmin)
    const created = await adminA.post('/api/users', {
      name: '提权用户',
      email: 'escalate@test.gov.cn',
      password,
      roles: ['platform-admin'],
      siteMemberships: [{ site: a.site.id, roles: ['editor'] }],
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.roles ?? []).toEqual([])
    const promoted = await adminA.patch(`/api/users/${a.editor.id}`, { roles: ['platform-admin', 'supervisor'] })
    expect(promoted.status).toBe(200)
    const selfPromoted = await editorA.patch(`/api/users/${a.editor.id}`, { roles: ['platform-admin'] })
    expect(selfPromoted.status).toBe(200)
    const stored = await server.payload.findByID({ collection: 'users', id: a.editor.id, overrideAccess: true })
    expect(stored.roles ?? []).toEqual([])
    const signup = await client(server.url).post('/api/users', {
      name: '匿名注册',
      email: 'anon@test.gov.cn',
      password,
    })
    expect(signup.status).toBe(403)
  })

  it('site admin of A can reset the password of a user who belongs only to site A', async () => {
    const adminA = await clientAs(server.url, a.siteAdmin)
    const res = await adminA.patch(`/api/users/${a.opennessOfficer.id}`, { password: 'a-new-password-for-a' })
    expect(res.status).toBe(200)
    await expect(login(server.url, a.opennessOfficer, 'a-new-password-for-a')).resolves.toBeTypeOf('string')
  })

  it('users of site A cannot list users of site B', async () => {
    const bOnly = [b.siteAdmin, b.editor, b.reviewer, b.opennessOfficer].map((u) => u.email)

    const asEditor = await editorA.get('/api/users', { limit: 100 })
    expect(asEditor.status).toBe(200)
    expect(asEditor.body.docs.map((u: User) => u.email)).toEqual([a.editor.email])

    const adminA = await clientAs(server.url, a.siteAdmin)
    const asAdmin = await adminA.get('/api/users', { limit: 100 })
    const emails = asAdmin.body.docs.map((u: User) => u.email) as string[]
    expect(emails).toEqual(expect.arrayContaining([a.siteAdmin.email, a.editor.email, sharedEditor.email]))
    for (const email of bOnly) expect(emails).not.toContain(email)

    const filtered = await adminA.get('/api/users', {
      where: { 'siteMemberships.site': { equals: b.site.id } },
      limit: 100,
    })
    expect(filtered.status).toBe(200)
    for (const email of bOnly) expect(filtered.text).not.toContain(email)

    const byId = await adminA.get(`/api/users/${b.siteAdmin.id}`)
    expect(byId.status).toBe(404)

    const gql = await adminA.graphql('{ Users(limit: 100) { docs { email } } }')
    const gqlEmails = (gql.data?.Users?.docs ?? []).map((u: { email: string }) => u.email)
    expect(gqlEmails).toContain(a.editor.email)
    for (const email of bOnly) expect(gqlEmails).not.toContain(email)
  })
})
