import sharp from 'sharp'
import type { Payload } from 'payload'
import type { Media } from '../payload-types'
import { plainTextToLexical } from '../src/render/richText'

/**
 * The third article of `npm run bench:pages`: a news item of the benchmark site with five inline images
 * (the media collection's three sharp sizes each, two with a caption) between its paragraphs, published.
 */

const photo = (index: number): Promise<Buffer> =>
  sharp({ create: { width: 1920, height: 1280, channels: 3, background: { r: 40 + index * 30, g: 120, b: 200 - index * 20 } } })
    .jpeg({ quality: 80 })
    .toBuffer()

export async function createImagesArticle(payload: Payload, siteId: number | string, columnIds: (number | string)[]): Promise<{ id: number | string; title: string }> {
  const images: Media[] = []
  for (let i = 1; i <= 5; i++) {
    const data = await photo(i)
    images.push(
      await payload.create({
        collection: 'media',
        overrideAccess: true,
        data: { site: siteId, alt: `黄河湿地保护现场照片 ${i}` } as never,
        file: { data, name: `bench-photo-${i}.jpg`, mimetype: 'image/jpeg', size: data.byteLength },
      }),
    )
  }
  const text = Array.from({ length: 6 }, (_, i) => `第${i + 1}部分：今年以来，全区扎实推进黄河流域生态保护和高质量发展先行区建设，湿地保护修复取得新进展，生态环境持续改善，群众获得感不断增强。`).join('\n')
  const body = plainTextToLexical(text) as unknown as { root: { children: unknown[] } }
  const paragraphs = body.root.children
  body.root.children = paragraphs.flatMap((paragraph, i) =>
    i < images.length
      ? [paragraph, { type: 'upload', version: 3, format: '', id: `bench${i}`, relationTo: 'media', value: images[i]!.id, fields: { alt: '', caption: i % 2 === 0 ? `图${i + 1}：湿地保护现场` : '' } }]
      : [paragraph],
  )
  const title = '全区湿地保护工作取得新进展（图文）'
  const article = await payload.create({
    collection: 'articles',
    overrideAccess: true,
    data: { site: siteId, columns: columnIds, title, disclosureAttribute: 'public', workflowStatus: 'published', body } as never,
  })
  return { id: article.id, title }
}
