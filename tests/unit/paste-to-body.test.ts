import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Window } from 'happy-dom'
import { editorConfigFactory, getEnabledNodes } from '@payloadcms/richtext-lexical'
import { createHeadlessEditor } from '@payloadcms/richtext-lexical/lexical/headless'
import { $generateNodesFromDOM } from '@payloadcms/richtext-lexical/lexical/html'
import { $getRoot, $insertNodes } from '@payloadcms/richtext-lexical/lexical'
import { beforeAll, describe, expect, it } from 'vitest'
import { bodyEditor } from '../../src/editor/bodyEditor'
import { cleanPastedHtml } from '../../src/editor/paste/cleanPastedHtml'
import { richTextToSafeHtml } from '../../src/render/richText'

/**
 * The cleaned paste as the body editor imports it (Lexical's HTML import with the body editor's nodes), then
 * through the public sanitizer: the structure a Word paste keeps must be the structure citizens get.
 */

let toBody: (html: string, uploaded?: Record<string, number>) => unknown

beforeAll(async () => {
  const config = await (await import('../../payload.config')).default
  const editorConfig = await editorConfigFactory.fromEditor({ config, editor: bodyEditor })
  toBody = (html, uploaded = {}) => {
    const window = new Window()
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document
    cleanPastedHtml(doc)
    for (const img of Array.from(doc.querySelectorAll('img'))) {
      const id = uploaded[img.getAttribute('data-paste-image') ?? '']
      if (id === undefined) img.remove()
      else {
        img.setAttribute('data-lexical-upload-id', String(id))
        img.setAttribute('data-lexical-upload-relation-to', 'media')
      }
    }
    const editor = createHeadlessEditor({ nodes: getEnabledNodes({ editorConfig }) })
    editor.update(
      () => {
        $getRoot().select()
        $insertNodes($generateNodesFromDOM(editor, doc))
      },
      { discrete: true },
    )
    return editor.getEditorState().toJSON()
  }
}, 120_000)

const fixture = readFileSync(path.join(import.meta.dirname, '../fixtures/paste/word-clipboard.html'), 'utf8')

describe('a Word paste through the body editor and the public sanitizer', () => {
  it('keeps headings, text numbering, bold, alignment, the table with its header row and the link', () => {
    const html = richTextToSafeHtml(toBody(fixture))
    expect(html).toContain('<h2 style="text-align:center">关于做好2026年度政务公开工作的通知</h2>')
    expect(html).toMatch(/<p[^>]*>一、总体要求<\/p>/)
    expect(html).toMatch(/<p[^>]*>（一）<strong>加强组织领导。<\/strong>各地区各部门要把政务公开工作摆上重要位置/)
    expect(html).toMatch(/1\.<strong>按时报送<\/strong>年度报告。/)
    expect(html).toMatch(/<table>[\s\S]*<th[^>]*>[\s\S]*单位[\s\S]*<\/th>[\s\S]*<td[^>]*>[\s\S]*办公厅/)
    expect(html).toContain('href="https://www.gov.cn/zhengce/"')
    expect(html).toMatch(/<p style="text-align:right">自治区人民政府办公厅<\/p>/)
    expect(html).not.toMatch(/mso-|Mso|o:p|javascript:|font-family|<img/)
  })

  it('makes an uploaded image an upload node of the media collection, beside its paragraph', () => {
    const state = toBody('<h1>报告</h1><p>正文<img src="data:image/png;base64,AAAA" alt="说明"></p><p>后文</p>', { '0': 42 }) as {
      root: { children: { type: string; value?: unknown; relationTo?: string }[] }
    }
    expect(state.root.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'upload', 'paragraph'])
    expect(state.root.children[2]).toMatchObject({ type: 'upload', relationTo: 'media', value: '42' })
  })
})
