import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { File, Media } from '../../payload-types'
import { idOf } from '../../src/ids'
import { richTextToSafeHtml, sanitizeBodyHtml } from '../../src/render/richText'
import { renderBodyHtml } from '../../src/render/storedBodyHtml'
import {
  articlePath,
  clientAs,
  createArticle,
  createSiteWithStaff,
  errorMessages,
  fetchPage,
  localFile,
  pdfDocument,
  pngImage,
  type Client,
  type SiteWithStaff,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'
import {
  attachmentLink,
  inlineImage,
  lexicalBody,
  paragraph,
  table,
  videoFromMedia,
  videoFromUrl,
} from '../support/richBody'

/**
 * 正文中的图片、表格、附件链接和视频 (issue #16, "Rich bodies"): what the body editor saves reaches the public page
 * as responsive figures, accessible tables and download links; the uploads a body uses follow the article's
 * public state; and nothing of another site, nor a video address off the platform's allow-list, gets in.
 */

let server: TestServer
let s: SiteWithStaff
let other: SiteWithStaff
let editor: Client
let reviewer: Client
let sequence = 0

beforeAll(async () => {
  server = await startTestServer()
  s = await createSiteWithStaff(server.payload, 'R')
  other = await createSiteWithStaff(server.payload, 'T')
  editor = await clientAs(server.url, s.editor)
  reviewer = await clientAs(server.url, s.reviewer)
}, 120_000)
afterAll(async () => server?.close())

const image = async (site: SiteWithStaff, alt: string): Promise<Media> =>
  server.payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { site: site.site.id, alt },
    file: localFile(await pngImage(1800, 1200), `body-${++sequence}.png`, 'image/png'),
  })

const attachment = async (site: SiteWithStaff, title: string): Promise<File> =>
  server.payload.create({
    collection: 'files',
    overrideAccess: true,
    data: { site: site.site.id, title },
    file: localFile(pdfDocument('body attachment'), `body-${++sequence}.pdf`, 'application/pdf'),
  })

/** The image and every generated size, as the public page links them. */
const urlsOf = (media: Media): string[] => [
  media.url!,
  ...Object.values(media.sizes ?? {})
    .map((size) => size?.url)
    .filter((u): u is string => Boolean(u)),
]

const statuses = async (media: Media): Promise<number[]> =>
  Promise.all(urlsOf(media).map(async (url) => (await fetch(`${server.url}${url}`)).status))

const setVideoHosts = (hosts: string) =>
  server.payload.updateGlobal({ slug: 'platform-settings', data: { videoHosts: hosts } as never, overrideAccess: true })

describe('a rich body', () => {
  it('renders inline images with srcset and caption, a table with headers and a download link to an attachment', async () => {
    const photo = await image(s, '黄河湿地公园')
    const chart = await image(s, '2026 年财政收支图')
    const plan = await attachment(s, '实施方案')
    const body = lexicalBody(
      paragraph('第一段正文。'),
      inlineImage(photo.id, { caption: '图为黄河湿地公园' }),
      inlineImage(chart.id),
      table(
        ['项目', '金额（万元）'],
        [
          ['教育', '1200'],
          ['医疗', '900'],
        ],
      ),
      paragraph('详见', attachmentLink(plan.id, '实施方案全文'), '。'),
    )
    const created = await editor.post('/api/articles', {
      site: s.site.id,
      columns: [s.column.id],
      title: '图文并茂的信息',
      disclosureAttribute: 'public',
      body,
    })
    expect(created.status, created.text).toBe(201)
    const id = created.body.doc.id as number
    expect((await editor.patch(`/api/articles/${id}`, { workflowStatus: 'submitted' })).status).toBe(200)
    expect((await reviewer.patch(`/api/articles/${id}`, { workflowStatus: 'published' })).status).toBe(200)

    const { html, status } = await fetchPage(server.url, articlePath(s.site, { id }))
    expect(status).toBe(200)
    const figure = html.match(/<figure class="body-image">[\s\S]*?<\/figure>/)?.[0] ?? ''
    expect(figure).toContain('alt="黄河湿地公园"')
    expect(figure).toContain('loading="lazy"')
    expect(figure).toMatch(/srcset="[^"]*400w, [^"]*800w, [^"]*1600w"/)
    expect(figure).toContain('sizes="')
    expect(figure).toContain('<figcaption>图为黄河湿地公园</figcaption>')
    expect(html).toContain('alt="2026 年财政收支图"')
    expect(html).toContain('<div class="table-scroll" role="region"')
    expect(html).toContain('<thead><tr><th scope="col">项目</th><th scope="col">金额（万元）</th></tr></thead>')
    expect(html).toContain('<td>教育</td>')
    expect(html).toMatch(
      new RegExp(
        `<a class="body-attachment" href="${plan.url}" download="${plan.filename}">实施方案全文</a><span class="body-attachment-meta">（PDF，`,
      ),
    )
  })

  it('makes its images public while published and private again when withdrawn or no longer used', async () => {
    const kept = await image(s, '保留的图片')
    const dropped = await image(s, '被删去的图片')
    const article = await createArticle(server.payload, { site: s.site, column: s.column, status: 'submitted' })
    expect(
      (
        await reviewer.patch(`/api/articles/${article.id}`, {
          body: lexicalBody(inlineImage(kept.id), inlineImage(dropped.id)),
        })
      ).status,
    ).toBe(200)
    expect(await statuses(kept)).toEqual(urlsOf(kept).map(() => 403))

    expect((await reviewer.patch(`/api/articles/${article.id}`, { workflowStatus: 'published' })).status).toBe(200)
    expect(await statuses(kept)).toEqual(urlsOf(kept).map(() => 200))
    expect(await statuses(dropped)).toEqual(urlsOf(dropped).map(() => 200))

    expect(
      (await reviewer.patch(`/api/articles/${article.id}`, { body: lexicalBody(inlineImage(kept.id)) })).status,
    ).toBe(200)
    expect(await statuses(dropped)).toEqual(urlsOf(dropped).map(() => 403))
    expect(await statuses(kept)).toEqual(urlsOf(kept).map(() => 200))

    expect((await reviewer.patch(`/api/articles/${article.id}`, { workflowStatus: 'withdrawn', reviewComment: '图片有误，撤回。' })).status).toBe(200)
    expect(await statuses(kept)).toEqual(urlsOf(kept).map(() => 403))
    // The site's own editor still reads it.
    expect((await editor.get(`/api/media/${kept.id}`)).status).toBe(200)
  })

  it('refuses an image, video or attachment of another site, in Chinese', async () => {
    const foreignImage = await image(other, '其他网站的图片')
    const foreignFile = await attachment(other, '其他网站的附件')
    for (const body of [
      lexicalBody(inlineImage(foreignImage.id)),
      lexicalBody(videoFromMedia(foreignImage.id)),
      lexicalBody(paragraph(attachmentLink(foreignFile.id, '附件'))),
    ]) {
      const res = await editor.post('/api/articles', {
        site: s.site.id,
        columns: [s.column.id],
        title: '引用其他网站的上传',
        disclosureAttribute: 'public',
        body,
      })
      expect(res.status).toBe(400)
      expect(errorMessages(res.body).join(' ')).toMatch(/不属于本网站/)
    }
    const own = await createArticle(server.payload, { site: s.site, column: s.column, status: 'draft' })
    const res = await editor.patch(`/api/articles/${own.id}`, { body: lexicalBody(inlineImage(foreignImage.id)) })
    expect(res.status).toBe(400)
    expect(errorMessages(res.body).join(' ')).toContain('所选正文中的图片或视频不属于本网站')
  })

  it('embeds a video address only from a host on the platform’s allow-list', async () => {
    await setVideoHosts('video.example.gov.cn\nwww.gov.cn')
    const post = (url: string) =>
      editor.post('/api/articles', {
        site: s.site.id,
        columns: [s.column.id],
        title: '视频信息',
        disclosureAttribute: 'public',
        body: lexicalBody(videoFromUrl(url, '新闻发布会')),
      })
    const refused = await post('https://videos.elsewhere.com/a.mp4')
    expect(refused.status).toBe(400)
    expect(errorMessages(refused.body).join(' ')).toContain('视频网站 videos.elsewhere.com 不在平台允许的名单中')
    const script = await post('javascript:alert(1)')
    expect(script.status).toBe(400)
    expect(errorMessages(script.body).join(' ')).toMatch(/http:\/\/ 或 https:\/\//)

    const accepted = await post('https://cdn.video.example.gov.cn/press/2026.mp4')
    expect(accepted.status, accepted.text).toBe(201)
    expect(accepted.body.doc.bodyHtml ?? '').toBe('')
    const stored = await server.payload.findByID({
      collection: 'articles',
      id: accepted.body.doc.id,
      overrideAccess: true,
      showHiddenFields: true,
    })
    expect(stored.bodyHtml).toContain(
      '<video controls preload="metadata" src="https://cdn.video.example.gov.cn/press/2026.mp4"></video><figcaption>新闻发布会</figcaption>',
    )

    // The platform admin takes the host off the list: the body can no longer be saved with it.
    await setVideoHosts('www.gov.cn')
    const again = await editor.patch(`/api/articles/${accepted.body.doc.id}`, { title: '视频信息（改）' })
    expect(again.status).toBe(400)
  })

  it('stores HTML that the sanitizer leaves as it is, with captions escaped', async () => {
    const photo = await image(s, '图片<script>')
    const article = await createArticle(server.payload, { site: s.site, column: s.column, status: 'draft' })
    await server.payload.update({
      collection: 'articles',
      id: article.id,
      overrideAccess: true,
      data: {
        body: lexicalBody(
          inlineImage(photo.id, { caption: '<img src=x onerror=alert(1)>图注' }),
          table(['甲'], [['乙']]),
        ) as never,
      },
    })
    const stored = await server.payload.findByID({
      collection: 'articles',
      id: article.id,
      overrideAccess: true,
      showHiddenFields: true,
    })
    expect(stored.bodyHtml).toContain('&lt;img src=x onerror=alert(1)&gt;图注')
    expect(stored.bodyHtml).not.toContain('<script>')
    expect((stored.bodyMedia ?? []).map(idOf)).toEqual([String(photo.id)])
    // Sanitizing the sanitized body again changes nothing: every element and attribute it holds is allowed.
    const safe = richTextToSafeHtml(stored.body, { media: new Map([[String(photo.id), photo]]), files: new Map() })
    expect(renderBodyHtml(stored.body, { media: new Map([[String(photo.id), photo]]), files: new Map() })).toBe(
      stored.bodyHtml,
    )
    expect(richTextToSafeHtml(null)).toBe('')
    expect(safe).toContain('<figure class="body-image"><img src=')
    expect(sanitizeBodyHtml(safe)).toBe(safe)
  })
})
