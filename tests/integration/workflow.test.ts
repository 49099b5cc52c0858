import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, User } from '../../payload-types'
import {
  articlePath,
  client,
  clientAs,
  createArticle,
  createSiteWithStaff,
  createUser,
  errorMessages,
  fetchPage,
  pdfDocument,
  pngImage,
  sleep,
  titlesOf,
  type Client,
  type SiteWithStaff,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/** 采编审发：编辑写稿、提交；审核人发布、定时发布、退回（须填意见）、撤回；监管人员只读。 */

let server: TestServer
let s: SiteWithStaff
let other: SiteWithStaff
let supervisor: User
let editor: Client
let reviewer: Client

beforeAll(async () => {
  server = await startTestServer()
  s = await createSiteWithStaff(server.payload, 'W')
  other = await createSiteWithStaff(server.payload, 'X')
  supervisor = await createUser(server.payload, {
    name: '监管人员',
    email: 'supervisor@test.gov.cn',
    roles: ['supervisor'],
  })
  editor = await clientAs(server.url, s.editor)
  reviewer = await clientAs(server.url, s.reviewer)
})
afterAll(async () => server?.close())

const stored = (id: number) => server.payload.findByID({ collection: 'articles', id, overrideAccess: true, depth: 0 })

async function draftByEditor(title: string): Promise<Article> {
  const res = await editor.post('/api/articles', {
    site: s.site.id,
    columns: [s.column.id],
    title,
    disclosureAttribute: 'public',
  })
  expect(res.status).toBe(201)
  expect(res.body.doc.workflowStatus).toBe('draft')
  return res.body.doc as Article
}

describe('editor', () => {
  it('cannot publish an article over REST', async () => {
    const draft = await draftByEditor('编辑不能发布')
    const res = await editor.patch(`/api/articles/${draft.id}`, { workflowStatus: 'published' })
    expect(res.status).toBe(403)
    expect(errorMessages(res.body).join()).toContain('您在本网站没有“发布”的权限')
    const after = await stored(draft.id)
    expect(after.workflowStatus).toBe('draft')
    expect(after.publishedAt ?? null).toBeNull()
  })

  it('cannot create an article directly as published', async () => {
    const res = await editor.post('/api/articles', {
      site: s.site.id,
      columns: [s.column.id],
      title: '编辑直接发布',
      workflowStatus: 'published',
    })
    expect(res.status).toBe(403)
    const found = await server.payload.find({
      collection: 'articles',
      where: { title: { equals: '编辑直接发布' } },
      overrideAccess: true,
    })
    expect(found.totalDocs).toBe(0)
  })

  it('cannot publish an article through the GraphQL mutation', async () => {
    const draft = await draftByEditor('编辑不能经 GraphQL 发布')
    const res = await editor.graphql(
      `mutation { updateArticle(id: ${draft.id}, data: { workflowStatus: published }) { id workflowStatus } }`,
    )
    expect(res.errors.map((e) => e.message).join()).toContain('您在本网站没有“发布”的权限')
    expect(res.data?.updateArticle ?? null).toBeNull()
    expect((await stored(draft.id)).workflowStatus).toBe('draft')
  })

  it('cannot schedule an article', async () => {
    const draft = await draftByEditor('编辑不能定时发布')
    const res = await editor.patch(`/api/articles/${draft.id}`, {
      workflowStatus: 'scheduled',
      publishAt: new Date(Date.now() + 3600_000).toISOString(),
    })
    expect(res.status).toBe(403)
    expect((await stored(draft.id)).workflowStatus).toBe('draft')
  })

  it('can submit a draft, and the submission is logged', async () => {
    const draft = await draftByEditor('编辑提交审核')
    const res = await editor.patch(`/api/articles/${draft.id}`, { workflowStatus: 'submitted' })
    expect(res.status).toBe(200)
    expect(res.body.doc.workflowStatus).toBe('submitted')
    const log = (await stored(draft.id)).workflowLog ?? []
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({ action: 'submit', fromStatus: 'draft', toStatus: 'submitted', by: s.editor.id })
  })

  it('cannot forge the workflow log', async () => {
    const draft = await draftByEditor('编辑不能伪造流转记录')
    const res = await editor.patch(`/api/articles/${draft.id}`, {
      workflowLog: [
        {
          action: 'publish',
          fromStatus: 'submitted',
          toStatus: 'published',
          by: s.reviewer.id,
          byLabel: '审核人',
          at: new Date().toISOString(),
        },
      ],
    })
    expect(res.status).toBe(200)
    expect((await stored(draft.id)).workflowLog ?? []).toHaveLength(0)
  })

  it('cannot edit a submitted article', async () => {
    const article = await createArticle(server.payload, {
      site: s.site,
      column: s.column,
      title: '已提交待审',
      status: 'submitted',
    })
    const res = await editor.patch(`/api/articles/${article.id}`, { title: '提交后被编辑改动' })
    expect([403, 404]).toContain(res.status)
    const gql = await editor.graphql(
      `mutation { updateArticle(id: ${article.id}, data: { title: "提交后被编辑改动" }) { id } }`,
    )
    expect(gql.errors.length).toBeGreaterThan(0)
    expect((await stored(article.id)).title).toBe('已提交待审')
  })

  it('cannot edit a published article', async () => {
    const article = await createArticle(server.payload, {
      site: s.site,
      column: s.column,
      title: '已发布信息',
      status: 'published',
    })
    const res = await editor.patch(`/api/articles/${article.id}`, { title: '发布后被编辑改动' })
    expect([403, 404]).toContain(res.status)
    const withdraw = await editor.patch(`/api/articles/${article.id}`, { workflowStatus: 'withdrawn' })
    expect([403, 404]).toContain(withdraw.status)
    const after = await stored(article.id)
    expect(after.title).toBe('已发布信息')
    expect(after.workflowStatus).toBe('published')
  })
})

describe('attachments and images of released articles', () => {
  const pdfForm = (text: string, fields: Record<string, unknown> = {}) => {
    const body = new FormData()
    body.append('file', new Blob([new Uint8Array(pdfDocument(text))], { type: 'application/pdf' }), `${text}.pdf`)
    body.append('_payload', JSON.stringify(fields))
    return body
  }

  it('an editor cannot replace or retitle the attachment of a published article, a reviewer can', async () => {
    const uploaded = await editor.upload('/api/files', pdfForm('original', { site: s.site.id, title: '原始附件' }))
    expect(uploaded.status).toBe(201)
    const file = uploaded.body.doc
    await createArticle(server.payload, {
      site: s.site,
      column: s.column,
      title: '带附件的已发布信息',
      status: 'published',
      attachments: [file.id],
    })

    const retitle = await editor.patch(`/api/files/${file.id}`, { title: '被编辑改名的附件' })
    expect(retitle.status).toBe(403)
    expect(errorMessages(retitle.body).join()).toContain('已提交或已发布的信息引用')
    const replace = await editor.upload(`/api/files/${file.id}`, pdfForm('replaced'), 'PATCH')
    expect(replace.status).toBe(403)
    const stored = await server.payload.findByID({ collection: 'files', id: file.id, overrideAccess: true })
    expect(stored.title).toBe('原始附件')
    expect(stored.filename).toBe(file.filename)
    // The refused replacement left the published file in place.
    const download = await fetch(`${server.url}${stored.url}`)
    expect(download.status).toBe(200)
    expect(Buffer.from(await download.arrayBuffer()).toString('latin1')).toContain('(original)')

    const byReviewer = await reviewer.patch(`/api/files/${file.id}`, { title: '审核人更正的附件名' })
    expect(byReviewer.status).toBe(200)
  })

  it('an editor cannot change the cover image of a published article', async () => {
    const image = new FormData()
    image.append('file', new Blob([new Uint8Array(await pngImage())], { type: 'image/png' }), 'cover.png')
    image.append('_payload', JSON.stringify({ site: s.site.id, alt: '原封面说明' }))
    const uploaded = await editor.upload('/api/media', image)
    expect(uploaded.status).toBe(201)
    await createArticle(server.payload, {
      site: s.site,
      column: s.column,
      title: '带封面的已发布信息',
      status: 'published',
      coverImage: uploaded.body.doc.id,
    })
    const res = await editor.patch(`/api/media/${uploaded.body.doc.id}`, { alt: '被编辑改动的封面说明' })
    expect(res.status).toBe(403)
    expect(errorMessages(res.body).join()).toContain('该图片已被已提交或已发布的信息引用')
    expect(
      (await server.payload.findByID({ collection: 'media', id: uploaded.body.doc.id, overrideAccess: true })).alt,
    ).toBe('原封面说明')
  })

  it('an editor can still edit an attachment used only by drafts', async () => {
    const uploaded = await editor.upload('/api/files', pdfForm('draft-only', { site: s.site.id, title: '草稿附件' }))
    expect(uploaded.status).toBe(201)
    await createArticle(server.payload, {
      site: s.site,
      column: s.column,
      title: '带附件的草稿',
      attachments: [uploaded.body.doc.id],
    })
    const retitle = await editor.patch(`/api/files/${uploaded.body.doc.id}`, { title: '草稿附件（改）' })
    expect(retitle.status).toBe(200)
  })
})

describe('reviewer', () => {
  it('publishes a submitted article and the log records who and when', async () => {
    const article = await createArticle(server.payload, {
      site: s.site,
      column: s.column,
      title: '审核人发布',
      status: 'submitted',
    })
    const before = Date.now()
    const res = await reviewer.patch(`/api/articles/${article.id}`, { workflowStatus: 'published' })
    expect(res.status).toBe(200)
    const after = await stored(article.id)
    expect(after.workflowStatus).toBe('published')
    expect(Date.parse(after.publishedAt!)).toBeGreaterThanOrEqual(before - 1000)
    const entry = after.workflowLog!.at(-1)!
    expect(entry).toMatchObject({
      action: 'publish',
      fromStatus: 'submitted',
      toStatus: 'published',
      by: s.reviewer.id,
      byLabel: s.reviewer.name,
    })
    expect(Date.parse(entry.at!)).toBeGreaterThanOrEqual(before - 1000)
    expect(Date.parse(entry.at!)).toBeLessThanOrEqual(Date.now() + 1000)

    const page = await fetchPage(server.url, articlePath(s.site, article))
    expect(page.status).toBe(200)
    expect(page.html).toContain('审核人发布')
  })

  it('cannot reject without a comment', async () => {
    const article = await createArticle(server.payload, {
      site: s.site,
      column: s.column,
      title: '退回须填意见',
      status: 'submitted',
    })
    const res = await reviewer.patch(`/api/articles/${article.id}`, { workflowStatus: 'draft' })
    expect(res.status).toBe(400)
    expect(errorMessages(res.body).join()).toContain('退回修改时须填写审核意见')
    expect((await stored(article.id)).workflowStatus).toBe('submitted')

    const withComment = await reviewer.patch(`/api/articles/${article.id}`, {
      workflowStatus: 'draft',
      reviewComment: '标题不规范，请修改。',
    })
    expect(withComment.status).toBe(200)
    const after = await stored(article.id)
    expect(after.workflowStatus).toBe('draft')
    expect(after.workflowLog!.at(-1)).toMatchObject({
      action: 'reject',
      by: s.reviewer.id,
      comment: '标题不规范，请修改。',
    })
  })

  it('cannot publish on a site where it is not a reviewer', async () => {
    const article = await createArticle(server.payload, {
      site: other.site,
      column: other.column,
      title: '他站待审',
      status: 'submitted',
    })
    const res = await reviewer.patch(`/api/articles/${article.id}`, { workflowStatus: 'published' })
    expect([403, 404]).toContain(res.status)
    expect((await stored(article.id)).workflowStatus).toBe('submitted')
  })

  it('cannot schedule in the past', async () => {
    const article = await createArticle(server.payload, {
      site: s.site,
      column: s.column,
      title: '定时时间已过',
      status: 'submitted',
    })
    const res = await reviewer.patch(`/api/articles/${article.id}`, {
      workflowStatus: 'scheduled',
      publishAt: new Date(Date.now() - 60_000).toISOString(),
    })
    expect(res.status).toBe(400)
    expect(errorMessages(res.body).join()).toContain('定时发布须设置一个将来的发布时间')
  })

  it('schedules an article that stays hidden until its time, then the job publishes it', async () => {
    const article = await createArticle(server.payload, {
      site: s.site,
      column: s.column,
      title: '定时发布的信息',
      status: 'submitted',
    })
    const publishAt = new Date(Date.now() + 2000).toISOString()
    const res = await reviewer.patch(`/api/articles/${article.id}`, { workflowStatus: 'scheduled', publishAt })
    expect(res.status).toBe(200)
    expect(res.body.doc.workflowStatus).toBe('scheduled')

    const early = await fetchPage(server.url, articlePath(s.site, article))
    expect(early.status).toBe(404)
    expect((await client(server.url).get(`/api/articles/${article.id}`)).status).toBe(404)

    // Before its time the queued job does nothing (on a slow machine the time may already have come).
    await server.payload.jobs.run()
    const ranAt = Date.now()
    if ((await stored(article.id)).workflowStatus === 'published')
      expect(ranAt).toBeGreaterThanOrEqual(Date.parse(publishAt))

    await sleep(Math.max(0, Date.parse(publishAt) - Date.now()) + 500)
    await server.payload.jobs.run()

    const after = await stored(article.id)
    expect(after.workflowStatus).toBe('published')
    expect(Date.parse(after.publishedAt!)).toBe(Date.parse(publishAt))
    expect(after.workflowLog!.at(-1)).toMatchObject({
      action: 'publish',
      fromStatus: 'scheduled',
      toStatus: 'published',
    })

    const page = await fetchPage(server.url, articlePath(s.site, article))
    expect(page.status).toBe(200)
    expect(page.html).toContain('定时发布的信息')
    expect((await client(server.url).get(`/api/articles/${article.id}`)).status).toBe(200)
  })
})

describe('supervisor', () => {
  let supervisorClient: Client
  let draftW: Article
  let draftX: Article
  beforeAll(async () => {
    supervisorClient = await clientAs(server.url, supervisor)
    draftW = await createArticle(server.payload, { site: s.site, column: s.column, title: '监管可读W草稿' })
    draftX = await createArticle(server.payload, { site: other.site, column: other.column, title: '监管可读X草稿' })
  })

  it('reads drafts of every site', async () => {
    const list = await supervisorClient.get('/api/articles', { limit: 200 })
    expect(list.status).toBe(200)
    expect(titlesOf(list.body.docs)).toEqual(expect.arrayContaining([draftW.title, draftX.title]))
    expect((await supervisorClient.get(`/api/articles/${draftX.id}`)).status).toBe(200)
    expect((await supervisorClient.get('/api/articles/versions')).body.totalDocs).toBeGreaterThan(0)
    const users = await supervisorClient.get('/api/users', { limit: 200 })
    expect(users.body.docs.length).toBeGreaterThanOrEqual(9)
    expect((await supervisorClient.get('/api/audit-log')).status).toBe(200)
  })

  it('cannot create, update or delete articles, columns, sites or other users', async () => {
    const attempts = [
      await supervisorClient.post('/api/articles', { site: s.site.id, columns: [s.column.id], title: '监管新建' }),
      await supervisorClient.patch(`/api/articles/${draftW.id}`, { title: '监管修改' }),
      await supervisorClient.patch(`/api/articles/${draftW.id}`, { workflowStatus: 'published' }),
      await supervisorClient.delete(`/api/articles/${draftX.id}`),
      await supervisorClient.post('/api/columns', { site: s.site.id, title: '监管栏目', slug: 'jg' }),
      await supervisorClient.patch(`/api/columns/${s.column.id}`, { title: '监管改栏目' }),
      await supervisorClient.delete(`/api/columns/${s.column.id}`),
      await supervisorClient.post('/api/sites', {
        name: '监管网站',
        siteCode: '6499999999',
        level: 'county',
        sponsor: 'x',
        filings: { icpNumber: 'x', publicSecurityNumber: 'y' },
      }),
      await supervisorClient.patch(`/api/sites/${s.site.id}`, { sponsor: '监管改主办' }),
      await supervisorClient.delete(`/api/sites/${other.site.id}`),
      await supervisorClient.post('/api/users', {
        name: '监管建用户',
        email: 'sup-created@test.gov.cn',
        password: 'whatever-password',
      }),
      await supervisorClient.patch(`/api/users/${s.editor.id}`, { name: '监管改用户' }),
      await supervisorClient.delete(`/api/users/${s.editor.id}`),
    ]
    for (const res of attempts) expect([403, 404]).toContain(res.status)

    const bulk = await supervisorClient.patch(
      '/api/articles',
      { title: '监管批量修改' },
      { where: { site: { equals: s.site.id } } },
    )
    expect(bulk.body.docs ?? []).toHaveLength(0)
    const gql = await supervisorClient.graphql(
      `mutation { updateArticle(id: ${draftW.id}, data: { title: "监管修改" }) { id } }`,
    )
    expect(gql.errors.length).toBeGreaterThan(0)

    expect((await stored(draftW.id)).title).toBe('监管可读W草稿')
    expect((await stored(draftX.id)).title).toBe('监管可读X草稿')
    const column = await server.payload.findByID({ collection: 'columns', id: s.column.id, overrideAccess: true })
    expect(column.title).toBe(s.column.title)
    const site = await server.payload.findByID({ collection: 'sites', id: s.site.id, overrideAccess: true })
    expect(site.sponsor).toBe(s.site.sponsor)
    const user = await server.payload.findByID({ collection: 'users', id: s.editor.id, overrideAccess: true })
    expect(user.name).toBe(s.editor.name)
    expect(
      (
        await server.payload.find({
          collection: 'users',
          where: { email: { equals: 'sup-created@test.gov.cn' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })
})
