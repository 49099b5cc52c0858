import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { File, Media, PolicyDocument } from '../../payload-types'
import {
  clientAs,
  createColumn,
  createSiteWithStaff,
  errorMessages,
  fetchPage,
  localFile,
  pdfDocument,
  pngImage,
  sitePath,
  type Client,
  type SiteWithStaff,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'
import { attachmentLink, inlineImage, lexicalBody, paragraph, table } from '../support/richBody'

/**
 * Rich bodies of 政策文件 and 政策解读 (issue #16): their public pages show the body's images, tables and attachment
 * links as an article's page does; those uploads are public exactly while the page shows them (published, public by
 * attribute; the declassified text's, not the original's, for a 脱密后公开 document); and a body naming another
 * site's upload is refused.
 */

let server: TestServer
let s: SiteWithStaff
let other: SiteWithStaff
let editor: Client
let policyColumn: number
let interpretationColumn: number
let sequence = 0

beforeAll(async () => {
  server = await startTestServer()
  s = await createSiteWithStaff(server.payload, 'U')
  other = await createSiteWithStaff(server.payload, 'V')
  policyColumn = (await createColumn(server.payload, s.site, { title: '政策文件', slug: 'zcwj', kind: 'policy' })).id
  interpretationColumn = (await createColumn(server.payload, s.site, { title: '政策解读', slug: 'zcjd', kind: 'interpretation' })).id
  editor = await clientAs(server.url, s.editor)
}, 120_000)
afterAll(async () => server?.close())

const image = async (site: SiteWithStaff, alt: string): Promise<Media> =>
  server.payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { site: site.site.id, alt },
    file: localFile(await pngImage(1800, 1200), `openness-body-${++sequence}.png`, 'image/png'),
  })

const attachment = async (site: SiteWithStaff, title: string): Promise<File> =>
  server.payload.create({
    collection: 'files',
    overrideAccess: true,
    data: { site: site.site.id, title },
    file: localFile(pdfDocument('openness body attachment'), `openness-body-${++sequence}.pdf`, 'application/pdf'),
  })

/** Anonymous answers for the image and each of its sizes, or for a file. */
const statuses = async (upload: Media | File): Promise<number[]> => {
  const urls = [upload.url!, ...Object.values((upload as Media).sizes ?? {}).map((size) => size?.url).filter((u): u is string => Boolean(u))]
  return Promise.all(urls.map(async (url) => (await fetch(`${server.url}${url}`)).status))
}
const allAre = async (upload: Media | File, status: number) => expect(new Set(await statuses(upload))).toEqual(new Set([status]))

const policyDocument = (data: Record<string, unknown>): Promise<PolicyDocument> =>
  server.payload.create({
    collection: 'policy-documents',
    overrideAccess: true,
    data: {
      site: s.site.id,
      column: policyColumn,
      title: `关于湿地保护的实施意见（${++sequence}）`,
      issuingAgencies: [{ name: '自治区林草局', lead: true }],
      writtenAt: '2026-11-02',
      subjectCategory: 'general',
      confidentialityReview: { result: 'passed' },
      opennessReview: { result: 'passed' },
      disclosureAttribute: 'public',
      workflowStatus: 'submitted',
      ...data,
    } as never,
  })

const setStatus = (collection: 'policy-documents' | 'interpretations', id: number | string, workflowStatus: string) =>
  server.payload.update({ collection, id, overrideAccess: true, data: { workflowStatus, ...(workflowStatus === 'withdrawn' ? { reviewComment: '内容有误，撤回。' } : {}) } as never })

const page = (path: string) => fetchPage(server.url, sitePath(s.site, path))

describe('a policy document’s rich body', () => {
  it('shows its images, table and attachment link, public while published and private again once withdrawn', async () => {
    const photo = await image(s, '湿地保护区范围图')
    const plan = await attachment(s, '保护区名录')
    const doc = await policyDocument({
      body: lexicalBody(
        paragraph('一、总体要求'),
        inlineImage(photo.id, { caption: '图为保护区范围' }),
        table(['保护区', '面积（公顷）'], [['沙湖', '8000']]),
        paragraph('名录见', attachmentLink(plan.id, '保护区名录'), '。'),
      ),
    })
    await allAre(photo, 403)
    await allAre(plan, 403)

    await setStatus('policy-documents', doc.id, 'published')
    const { status, html } = await page(`/documents/${doc.id}.html`)
    expect(status).toBe(200)
    const figure = html.match(/<figure class="body-image">[\s\S]*?<\/figure>/)?.[0] ?? ''
    expect(figure).toContain('alt="湿地保护区范围图"')
    expect(figure).toMatch(/srcset="[^"]*400w, [^"]*800w, [^"]*1600w"/)
    expect(figure).toContain('<figcaption>图为保护区范围</figcaption>')
    expect(html).toContain('<div class="table-scroll" role="region"')
    expect(html).toContain('<thead><tr><th scope="col">保护区</th><th scope="col">面积（公顷）</th></tr></thead>')
    expect(html).toContain(`<a class="body-attachment" href="${plan.url}"`)
    await allAre(photo, 200)
    await allAre(plan, 200)

    await setStatus('policy-documents', doc.id, 'withdrawn')
    await allAre(photo, 403)
    await allAre(plan, 403)
    expect((await editor.get(`/api/media/${photo.id}`)).status).toBe(200)
  })

  it('of a 脱密后公开 document: the declassified text’s images are public, the original text’s never', async () => {
    const original = await image(s, '原文中的图片')
    const declassified = await image(s, '脱密后正文中的图片')
    const version = await attachment(s, '脱密后版本')
    const doc = await policyDocument({
      disclosureAttribute: 'after-declassification',
      nonDisclosureReason: '原文含工作秘密。',
      declassifiedVersion: version.id,
      body: lexicalBody(paragraph('原文。'), inlineImage(original.id)),
      declassifiedBody: lexicalBody(paragraph('脱密后的正文。'), inlineImage(declassified.id)),
      workflowStatus: 'published',
    })
    const { html } = await page(`/documents/${doc.id}.html`)
    expect(html).toContain('alt="脱密后正文中的图片"')
    expect(html).not.toContain(original.url!)
    await allAre(declassified, 200)
    await allAre(original, 403)
    // Over REST the public reads which uploads the declassified text uses, and nothing of the original text.
    const rest = (await (await fetch(`${server.url}/api/policy-documents/${doc.id}?depth=0`)).json()) as Record<string, unknown>
    expect(rest.declassifiedBodyMedia).toEqual([declassified.id])
    expect(rest.body).toBeUndefined()
    expect(rest.bodyMedia).toBeUndefined()
  })

  it('refuses another site’s image or attachment, in the body and in the declassified text', async () => {
    const foreignImage = await image(other, '其他网站的图片')
    const foreignFile = await attachment(other, '其他网站的附件')
    const base = {
      site: s.site.id,
      column: policyColumn,
      title: '引用其他网站上传的文件',
      issuingAgencies: [{ name: '自治区林草局', lead: true }],
      writtenAt: '2026-11-02',
      subjectCategory: 'general',
      disclosureAttribute: 'public',
    }
    for (const [data, message] of [
      [{ body: lexicalBody(inlineImage(foreignImage.id)) }, '正文中的图片或视频不属于本网站'],
      [{ body: lexicalBody(paragraph(attachmentLink(foreignFile.id, '附件'))) }, '正文中链接的附件不属于本网站'],
      [{ declassifiedBody: lexicalBody(inlineImage(foreignImage.id)) }, '脱密后正文中的图片或视频不属于本网站'],
    ] as const) {
      const res = await editor.post('/api/policy-documents', { ...base, ...data })
      expect(res.status, res.text).toBe(400)
      expect(errorMessages(res.body).join(' ')).toContain(message)
    }
  })
})

describe('an interpretation’s rich body', () => {
  it('shows its images with the document, private again when the document is withdrawn; another site’s is refused', async () => {
    const photo = await image(s, '政策要点图解')
    const doc = await policyDocument({})
    const interpretation = await server.payload.create({
      collection: 'interpretations',
      overrideAccess: true,
      data: {
        site: s.site.id,
        policyDocument: doc.id,
        column: interpretationColumn,
        title: '一图读懂湿地保护实施意见',
        form: 'text',
        interpreter: { name: '赵六' },
        approvalStatus: 'approved',
        body: lexicalBody(paragraph('解读正文。'), inlineImage(photo.id, { caption: '政策要点' })),
      } as never,
    })
    await allAre(photo, 403)
    await setStatus('policy-documents', doc.id, 'published')
    const shown = await page(`/interpretations/${interpretation.id}.html`)
    expect(shown.status).toBe(200)
    expect(shown.html).toMatch(/<figure class="body-image"><img src="[^"]+" srcset="[^"]*800w[^"]*" sizes="[^"]+" alt="政策要点图解"/)
    expect(shown.html).toContain('<figcaption>政策要点</figcaption>')
    await allAre(photo, 200)
    await setStatus('policy-documents', doc.id, 'withdrawn')
    await allAre(photo, 403)

    const foreign = await image(other, '其他网站的图解')
    const res = await editor.patch(`/api/interpretations/${interpretation.id}`, { body: lexicalBody(inlineImage(foreign.id)) })
    expect(res.status, res.text).toBe(400)
    expect(errorMessages(res.body).join(' ')).toContain('不属于本网站')
  })
})
