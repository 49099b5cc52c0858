import { describe, expect, it } from 'vitest'
import type { BodyMedia } from '../../src/render/bodyConverters'
import { richTextToSafeHtml } from '../../src/render/richText'

/**
 * The editor leaves an empty paragraph behind an inserted image or table and at the body's end (issue #16); the
 * public page must not show them as blank gaps, while an editor's single blank line between two paragraphs stays.
 */

const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children, direction: null, format: '', indent: 0, textFormat: 0, version: 1 })
const empty = () => paragraph()
const image = () => ({ type: 'upload', relationTo: 'media', value: 7, fields: null, format: '', version: 3 })
const cell = (value: string) => ({ type: 'tablecell', headerState: 0, children: [paragraph(text(value))], version: 1 })
const table = () => ({ type: 'table', children: [{ type: 'tablerow', children: [cell('项目'), cell('金额')], version: 1 }], version: 1 })
const body = (...children: unknown[]) => ({ root: { type: 'root', children, direction: null, format: '', indent: 0, version: 1 } })

const media: BodyMedia = { id: 7, alt: '湿地', url: '/media/wetland.png', width: 800, height: 500, mimeType: 'image/png', sizes: {} }
const uploads = () => ({ media: new Map([['7', media]]), files: new Map() })
const render = (value: unknown) => richTextToSafeHtml(value, uploads())

describe('empty paragraphs in a public body', () => {
  it('are dropped after an inserted image or table and at the end', () => {
    const html = render(body(paragraph(text('开头')), image(), empty(), table(), empty(), empty()))
    expect(html).not.toMatch(/<p>(<br \/>|\s)*<\/p>/)
    expect(html).toMatch(/^<p>开头<\/p><figure class="body-image">.*<\/figure><table>.*<\/table>$/)
  })

  it('are dropped before the first text and before an image', () => {
    const html = render(body(empty(), paragraph(text('正文')), empty(), image()))
    expect(html).toMatch(/^<p>正文<\/p><figure class="body-image">/)
    expect(html).not.toContain('<br />')
  })

  it('count as empty when they hold only spaces, full-width spaces or line breaks', () => {
    const html = render(body(paragraph(text('甲')), table(), paragraph(text(' \u3000\u00a0')), paragraph({ type: 'linebreak', version: 1 })))
    expect(html).toMatch(/<\/table>$/)
  })

  it('keep one blank line the editor put between two paragraphs, not a run of them', () => {
    const html = render(body(paragraph(text('第一段')), empty(), empty(), empty(), paragraph(text('第二段'))))
    expect(html).toBe('<p>第一段</p><p><br /></p><p>第二段</p>')
  })

  it('leave a body without empty paragraphs as it was', () => {
    expect(render(body(paragraph(text('一')), image(), paragraph(text('二'))))).toMatch(/^<p>一<\/p><figure[^>]*>.*<\/figure><p>二<\/p>$/)
  })
})
