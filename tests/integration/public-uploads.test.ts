import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CollectionSlug } from 'payload'
import type { File, GazetteIssue, Media, PolicyDocument } from '../../payload-types'
import { publicUses } from '../../src/access/publicUploads'
import { refreshAllPublicUploads } from '../../src/access/publicUploadSync'
import { uploadPaths } from '../../src/access/releasedUploads'
import { plainTextToLexical } from '../../src/render/richText'
import {
  articlePath,
  client,
  clientAs,
  createArticle,
  createColumn,
  createSiteWithStaff,
  fetchPage,
  localFile,
  pdfDocument,
  pngImage,
  sitePath,
  sleep,
  type Client,
  type SiteWithStaff,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * 附件与图片的公开范围 (issue #3: "Nothing else ever appears anywhere public"). An attachment or image
 * is reachable by the public — REST list and by ID, file download, GraphQL — only while a public
 * document shows it: not the attachment of a draft or withdrawn article, of a 不公开 or 依申请公开
 * document, nor the classified original of a 脱密后公开 document. Members of the site still read them.
 */

let server: TestServer
let s: SiteWithStaff
let other: SiteWithStaff
let anonymous: Client
let editor: Client
let reviewer: Client
let otherEditor: Client
let policyColumn: number
let interpretationColumn: number

beforeAll(async () => {
  server = await startTestServer()
  const { payload } = server
  s = await createSiteWithStaff(payload, 'P')
  other = await createSiteWithStaff(payload, 'Q')
  policyColumn = (await createColumn(payload, s.site, { title: '政策文件', slug: 'zcwj', kind: 'policy' })).id
  interpretationColumn = (
    await createColumn(payload, s.site, { title: '政策解读', slug: 'zcjd', kind: 'interpretation' })
  ).id
  anonymous = client(server.url)
  editor = await clientAs(server.url, s.editor)
  reviewer = await clientAs(server.url, s.reviewer)
  otherEditor = await clientAs(server.url, other.editor)
}, 120_000)
afterAll(async () => server?.close())

let sequence = 0

const attachment = async (title: string): Promise<File> =>
  server.payload.create({
    collection: 'files',
    overrideAccess: true,
    data: { site: s.site.id, title },
    file: localFile(pdfDocument(title.replace(/[^\x20-\x7e]/g, 'x')), `file-${++sequence}.pdf`, 'application/pdf'),
  })

const image = async (alt: string): Promise<Media> =>
  server.payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { site: s.site.id, alt },
    file: localFile(await pngImage(900, 600), `image-${++sequence}.png`, 'image/png'),
  })

type Upload = { collection: 'files' | 'media'; doc: File | Media }
const fileUpload = (doc: File): Upload => ({ collection: 'files', doc })
const mediaUpload = (doc: Media): Upload => ({ collection: 'media', doc })

/** Every URL serving the upload's bytes: the file itself and, for images, each generated size. */
const urlsOf = ({ doc }: Upload): string[] => [
  doc.url!,
  ...Object.values((doc as Media).sizes ?? {})
    .map((size) => size?.url)
    .filter((u): u is string => Boolean(u)),
]

const download = (url: string, as?: Client) =>
  fetch(`${server.url}${url}`, { headers: as?.token ? { Authorization: `JWT ${as.token}` } : {} })

/** What the client can reach of the upload, on each route. */
async function reach(upload: Upload, as: Client) {
  const { collection, doc } = upload
  const list = await as.get(`/api/${collection}`, { limit: 500, depth: 0 })
  const byId = await as.get(`/api/${collection}/${doc.id}`)
  const downloads = await Promise.all(urlsOf(upload).map(async (url) => (await download(url, as)).status))
  const type = collection === 'files' ? 'Files' : 'allMedia'
  const gql = await as.graphql(`{ ${type}(where: { id: { equals: ${doc.id} } }) { totalDocs docs { id } } }`)
  expect(gql.errors).toEqual([])
  return {
    listed: (list.body.docs as { id: number }[]).some((d) => d.id === doc.id),
    byId: byId.status,
    downloads,
    graphql: gql.data[type].totalDocs as number,
  }
}

async function expectReachable(upload: Upload, as: Client = anonymous) {
  const seen = await reach(upload, as)
  expect(seen, `${upload.collection} ${upload.doc.id} should be reachable`).toEqual({
    listed: true,
    byId: 200,
    downloads: urlsOf(upload).map(() => 200),
    graphql: 1,
  })
}

async function expectUnreachable(upload: Upload, as: Client = anonymous) {
  const seen = await reach(upload, as)
  expect(seen.listed, `${upload.collection} ${upload.doc.id} listed`).toBe(false)
  expect([403, 404], `${upload.collection} ${upload.doc.id} by ID`).toContain(seen.byId)
  for (const status of seen.downloads)
    expect([403, 404], `${upload.collection} ${upload.doc.id} download`).toContain(status)
  expect(seen.graphql, `${upload.collection} ${upload.doc.id} over GraphQL`).toBe(0)
}

const page = (path: string) => fetchPage(server.url, sitePath(s.site, path))

/** A policy document released through the Local API (trusted server code), with its reviews passed. */
const policyDocument = (data: Record<string, unknown>): Promise<PolicyDocument> =>
  server.payload.create({
    collection: 'policy-documents',
    data: {
      site: s.site.id,
      column: policyColumn,
      issuingAgencies: [{ name: '测试厅', lead: true }],
      writtenAt: '2026-11-02',
      subjectCategory: 'general',
      confidentialityReview: { result: 'passed' },
      opennessReview: { result: 'passed' },
      body: plainTextToLexical('正文。'),
      workflowStatus: 'published',
      ...data,
    } as never,
  })

describe('articles', () => {
  it('keep a draft’s attachment and cover image from the public, but not from the site’s own editor', async () => {
    const file = fileUpload(await attachment('草稿附件'))
    const cover = mediaUpload(await image('草稿封面'))
    await createArticle(server.payload, {
      site: s.site,
      column: s.column,
      title: '草稿信息',
      status: 'draft',
      attachments: [file.doc.id],
      coverImage: cover.doc.id,
    })
    for (const upload of [file, cover]) {
      await expectUnreachable(upload)
      await expectUnreachable(upload, otherEditor)
      await expectReachable(upload, editor)
    }
  })

  it('publish the attachment and cover with the article, on the page too, and take them back on withdrawal', async () => {
    const file = fileUpload(await attachment('发布附件'))
    const cover = mediaUpload(await image('发布封面'))
    const article = await createArticle(server.payload, {
      site: s.site,
      column: s.column,
      title: '待审信息',
      status: 'submitted',
      attachments: [file.doc.id],
      coverImage: cover.doc.id,
    })
    await expectUnreachable(file)
    await expectUnreachable(cover)

    expect((await reviewer.patch(`/api/articles/${article.id}`, { workflowStatus: 'published' })).status).toBe(200)
    await expectReachable(file)
    await expectReachable(cover)
    const shown = await fetchPage(server.url, articlePath(s.site, article))
    expect(shown.status).toBe(200)
    expect(shown.html).toContain(`href="${file.doc.url}"`)
    expect(shown.html).toContain('发布附件')
    expect(shown.html).toContain('alt="发布封面"')

    expect((await reviewer.patch(`/api/articles/${article.id}`, { workflowStatus: 'withdrawn', reviewComment: '信息有误，撤回。' })).status).toBe(200)
    await expectUnreachable(file)
    await expectUnreachable(cover)
    expect((await fetchPage(server.url, articlePath(s.site, article))).status).toBe(404)
    await expectReachable(file, editor)
  })

  it('follow an attachment swap on a published article', async () => {
    const first = fileUpload(await attachment('原附件'))
    const second = fileUpload(await attachment('更换后的附件'))
    const article = await createArticle(server.payload, {
      site: s.site,
      column: s.column,
      status: 'published',
      attachments: [first.doc.id],
    })
    await expectReachable(first)
    await expectUnreachable(second)
    expect((await reviewer.patch(`/api/articles/${article.id}`, { attachments: [second.doc.id] })).status).toBe(200)
    await expectUnreachable(first)
    await expectReachable(second)
  })

  it('keep an attachment public while any public document still shows it, and not after it is deleted', async () => {
    const shared = fileUpload(await attachment('共用附件'))
    const a = await createArticle(server.payload, {
      site: s.site,
      column: s.column,
      status: 'published',
      attachments: [shared.doc.id],
    })
    const b = await createArticle(server.payload, {
      site: s.site,
      column: s.column,
      status: 'published',
      attachments: [shared.doc.id],
    })
    await createArticle(server.payload, {
      site: s.site,
      column: s.column,
      status: 'draft',
      attachments: [shared.doc.id],
    })
    await server.payload.update({
      collection: 'articles',
      id: a.id,
      data: { workflowStatus: 'withdrawn' },
      context: { system: true },
    })
    await expectReachable(shared)
    await server.payload.delete({ collection: 'articles', id: b.id })
    await expectUnreachable(shared)
  })

  it('publish a scheduled article’s attachment when the jobs queue publishes it', async () => {
    const file = fileUpload(await attachment('定时发布附件'))
    const article = await createArticle(server.payload, {
      site: s.site,
      column: s.column,
      status: 'draft',
      attachments: [file.doc.id],
    })
    const publishAt = new Date(Date.now() + 1500).toISOString()
    expect(
      (await reviewer.patch(`/api/articles/${article.id}`, { workflowStatus: 'scheduled', publishAt })).status,
    ).toBe(200)
    await expectUnreachable(file)
    await sleep(2000)
    await server.payload.jobs.run({ overrideAccess: true })
    expect(
      (await server.payload.findByID({ collection: 'articles', id: article.id, overrideAccess: true })).workflowStatus,
    ).toBe('published')
    await expectReachable(file)
  })

  it('do not let anyone set the flag through the API', async () => {
    const file = fileUpload(await attachment('自行标记的附件'))
    await createArticle(server.payload, { site: s.site, column: s.column, status: 'draft', attachments: [file.doc.id] })
    const res = await reviewer.patch(`/api/files/${file.doc.id}`, {
      publiclyReferenced: true,
      title: '自行标记的附件（改）',
    })
    expect(res.status).toBe(200)
    expect(res.body.doc.publiclyReferenced).toBe(false)
    await expectUnreachable(file)
  })
})

describe('policy documents', () => {
  it('show the attachment of a 公开发布 document, and nothing of 不公开 or 依申请公开 documents', async () => {
    const open = fileUpload(await attachment('公开发布附件'))
    const notPublic = fileUpload(await attachment('不公开附件'))
    const onApplication = fileUpload(await attachment('依申请公开附件'))
    const openDoc = await policyDocument({
      title: '公开发布的办法',
      disclosureAttribute: 'public',
      attachments: [open.doc.id],
    })
    await policyDocument({
      title: '不公开的通知',
      disclosureAttribute: 'not-public',
      nonDisclosureReason: '内部事务信息。',
      attachments: [notPublic.doc.id],
    })
    await policyDocument({
      title: '依申请公开的通知',
      disclosureAttribute: 'on-application',
      nonDisclosureReason: '涉及第三方。',
      attachments: [onApplication.doc.id],
    })
    await expectReachable(open)
    const shown = await page(`/documents/${openDoc.id}.html`)
    expect(shown.status).toBe(200)
    expect(shown.html).toContain(`href="${open.doc.url}"`)
    for (const hidden of [notPublic, onApplication]) {
      await expectUnreachable(hidden)
      await expectReachable(hidden, editor)
    }
  })

  it('show the declassified version of a 脱密后公开 document, never its original attachments', async () => {
    const original = fileUpload(await attachment('涉密原件'))
    const declassified = fileUpload(await attachment('脱密后版本'))
    const doc = await policyDocument({
      title: '脱密后公开的通知',
      disclosureAttribute: 'after-declassification',
      nonDisclosureReason: '原文含工作秘密。',
      attachments: [original.doc.id],
      declassifiedVersion: declassified.doc.id,
      declassifiedBody: plainTextToLexical('脱密后的正文。'),
    })
    await expectUnreachable(original)
    await expectReachable(declassified)
    const shown = await page(`/documents/${doc.id}.html`)
    expect(shown.html).toContain(`href="${declassified.doc.url}"`)
    expect(shown.html).not.toContain(original.doc.url!)
    // Depth population of the public document names the declassified version only.
    const rest = await anonymous.get(`/api/policy-documents/${doc.id}`, { depth: 1 })
    expect(rest.status).toBe(200)
    expect(rest.body.declassifiedVersion).toMatchObject({ id: declassified.doc.id, url: declassified.doc.url })
    expect(rest.text).not.toContain(original.doc.filename!)
  })

  it('make the attachments and the interpretation images public when the self-check converts a document to 公开发布', async () => {
    const file = fileUpload(await attachment('转为公开的附件'))
    const graphic = mediaUpload(await image('转为公开的图解'))
    const doc = await policyDocument({
      title: '依申请公开转主动公开',
      disclosureAttribute: 'on-application',
      nonDisclosureReason: '涉及第三方。',
      attachments: [file.doc.id],
    })
    await server.payload.create({
      collection: 'interpretations',
      data: {
        site: s.site.id,
        policyDocument: doc.id,
        column: interpretationColumn,
        title: '一图读懂',
        form: 'graphic',
        interpreter: { name: '赵六' },
        approvalStatus: 'approved',
        workflowStatus: 'published',
        media: [graphic.doc.id],
      } as never,
    })
    await expectUnreachable(file)
    await expectUnreachable(graphic)
    await server.payload.update({ collection: 'policy-documents', id: doc.id, data: { disclosureAttribute: 'public' } })
    await expectReachable(file)
    await expectReachable(graphic)
  })

  it('publish and withdraw a graphic interpretation’s images with its document', async () => {
    const graphic = mediaUpload(await image('图解'))
    const doc = await policyDocument({
      title: '须解读的实施意见',
      disclosureAttribute: 'public',
      workflowStatus: 'submitted',
    })
    const interpretation = await server.payload.create({
      collection: 'interpretations',
      data: {
        site: s.site.id,
        policyDocument: doc.id,
        column: interpretationColumn,
        title: '一图读懂实施意见',
        form: 'graphic',
        interpreter: { name: '赵六' },
        approvalStatus: 'approved',
        media: [graphic.doc.id],
      } as never,
    })
    await expectUnreachable(graphic)
    await server.payload.update({ collection: 'policy-documents', id: doc.id, data: { workflowStatus: 'published' } })
    await expectReachable(graphic)
    expect((await page(`/interpretations/${interpretation.id}.html`)).html).toContain('alt="图解"')
    await server.payload.update({ collection: 'policy-documents', id: doc.id, data: { workflowStatus: 'withdrawn' } })
    await expectUnreachable(graphic)
  })
})

describe('gazette', () => {
  it('shows an issue’s and its articles’ PDFs only while the issue is published', async () => {
    const issuePdf = fileUpload(await attachment('整期公报'))
    const articlePdf = fileUpload(await attachment('公报文章'))
    const issue: GazetteIssue = await server.payload.create({
      collection: 'gazette-issues',
      data: {
        site: s.site.id,
        year: 2026,
        issueNumber: 1,
        totalNumber: 501,
        publishedAt: '2026-01-15T00:00:00.000Z',
        status: 'draft',
        pdf: issuePdf.doc.id,
      },
    })
    const article = await server.payload.create({
      collection: 'gazette-articles',
      data: { site: s.site.id, issue: issue.id, title: '公报文章', category: 'other', pdf: articlePdf.doc.id } as never,
    })
    await expectUnreachable(issuePdf)
    await expectUnreachable(articlePdf)
    await server.payload.update({ collection: 'gazette-issues', id: issue.id, data: { status: 'published' } })
    await expectReachable(issuePdf)
    await expectReachable(articlePdf)
    expect((await page(`/gazette/articles/${article.id}.html`)).html).toContain(`href="${articlePdf.doc.url}"`)
    await server.payload.update({ collection: 'gazette-issues', id: issue.id, data: { status: 'withdrawn' } })
    await expectUnreachable(issuePdf)
    await expectUnreachable(articlePdf)
  })
})

describe('the flag', () => {
  it('covers every upload field of the config: each is a public use, or deliberately not one', async () => {
    // Every upload field makes its uploads public somewhere (the body references of all three collections included).
    const deliberatelyPrivate: string[] = []
    const found: string[] = []
    for (const collection of server.payload.config.collections) {
      for (const upload of ['files', 'media']) {
        for (const path of uploadPaths(collection.fields, upload)) found.push(`${collection.slug}.${path} → ${upload}`)
      }
    }
    const listed = publicUses.map((use) => `${use.collection}.${use.field} → ${use.upload}`)
    expect(found.sort()).toEqual([...listed, ...deliberatelyPrivate].sort())
  })

  it('kept by the hooks matches a recomputation from scratch', async () => {
    const flags = async () => {
      const all: Record<string, boolean> = {}
      for (const collection of ['files', 'media'] as CollectionSlug[]) {
        const { docs } = await server.payload.find({
          collection,
          limit: 0,
          pagination: false,
          depth: 0,
          overrideAccess: true,
        })
        for (const doc of docs as (File | Media)[]) all[`${collection}:${doc.id}`] = Boolean(doc.publiclyReferenced)
      }
      return all
    }
    const kept = await flags()
    expect(Object.values(kept).filter(Boolean).length).toBeGreaterThan(5)
    expect(Object.values(kept).filter((v) => !v).length).toBeGreaterThan(5)
    await refreshAllPublicUploads(server.payload)
    expect(await flags()).toEqual(kept)
  })
})
