import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { cleanPastedHtml, meaningfulAlt } from '../../src/editor/paste/cleanPastedHtml'

const parse = (html: string): Document => {
  const window = new Window()
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document
}

const fixture = readFileSync(path.join(import.meta.dirname, '../fixtures/paste/word-clipboard.html'), 'utf8')

describe('cleaning Word clipboard HTML', () => {
  const { body, images } = cleanPastedHtml(parse(fixture))
  const html = body.innerHTML

  it('drops Word classes, mso styles, <o:p>, VML, conditional comments, spans and smart tags', () => {
    for (const junk of ['class=', 'mso-', '<o:p', 'o:p>', '<v:', '<!--', 'if !supportLists', '<span', 'st1:', 'lang=', 'font-family', 'MsoNormal', 'width=', 'valign']) {
      expect(html).not.toContain(junk)
    }
    expect(html).not.toContain('OfficeDocumentSettings')
    expect(html).not.toContain('Style Definitions')
    expect(body.querySelectorAll('*').length).toBeGreaterThan(10)
  })

  it('keeps the title as a heading, centred, and the signature right-aligned', () => {
    const title = body.querySelector('h1')
    expect(title?.textContent).toBe('关于做好2026年度政务公开工作的通知')
    expect(title?.getAttribute('style')).toBe('text-align: center')
    const signature = Array.from(body.querySelectorAll('p')).find((p) => p.textContent === '自治区人民政府办公厅')
    expect(signature?.getAttribute('style')).toBe('text-align: right')
  })

  it('turns Word list markers into visible text numbering (一、 （一） 1.) and symbol bullets into •', () => {
    const texts = Array.from(body.querySelectorAll('p')).map((p) => p.textContent)
    expect(texts).toContain('一、总体要求')
    expect(texts.some((t) => t?.startsWith('（一）加强组织领导。各地区各部门要把政务公开工作摆上重要位置'))).toBe(true)
    expect(texts).toContain('1.按时报送年度报告。2027年1月31日前完成。')
    expect(texts).toContain('•要点一')
    expect(body.querySelector('ol,ul')).toBeNull()
  })

  it('keeps bold, both from <b> and from font-weight styles', () => {
    const bold = Array.from(body.querySelectorAll('b,strong')).map((b) => b.textContent)
    expect(bold).toContain('加强组织领导。')
    expect(bold).toContain('按时报送')
  })

  it('does not turn Word\'s source line wraps inside Chinese text into spaces', () => {
    expect(body.textContent).toContain('摆上重要位置')
    expect(body.textContent).not.toContain('重要 位置')
  })

  it('keeps the table with its header row, cells and spans, without Word widths', () => {
    const table = body.querySelector('table')!
    expect(table.attributes.length).toBe(0)
    expect(Array.from(table.querySelectorAll('thead th')).map((c) => c.textContent?.trim())).toEqual(['单位', '联系人'])
    expect(Array.from(table.querySelectorAll('tbody td')).map((c) => c.textContent?.trim())).toEqual(['办公厅', '张三'])
    expect(table.querySelector('td')?.getAttribute('colspan')).toBe('1')
  })

  it('drops empty spacing paragraphs', () => {
    expect(Array.from(body.querySelectorAll('p')).filter((p) => !p.textContent?.trim() && !p.closest('td'))).toEqual([])
  })

  it('keeps only http(s) links', () => {
    expect(Array.from(body.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual(['https://www.gov.cn/zhengce/'])
    expect(body.textContent).toContain('坏链接')
    expect(html).not.toContain('javascript:')
  })

  it('reports the image (a local file Word cannot hand over), moved out of its paragraph, with no meaningless alt', () => {
    expect(images).toEqual([{ index: 0, src: expect.stringMatching(/^file:\/\/\/C:.*clip_image002\.png$/), kind: 'local', alt: '' }])
    const img = body.querySelector('img')!
    expect(img.parentElement).toBe(body)
    expect(img.getAttribute('data-paste-image')).toBe('0')
    expect(img.getAttribute('width')).toBeNull()
  })
})

describe('cleaning WPS and converted HTML', () => {
  it('keeps WPS bold spans, data: images with their description, and drops hidden text and scripts', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo='
    const { body, images } = cleanPastedHtml(
      parse(`<div class="WordSection1"><p class="MsoNormal" style="text-indent:2em;mso-char-indent-count:2">
        <span style="font-family:'仿宋_GB2312';font-weight:700">二、</span><span style="font-family:'仿宋_GB2312'">主要任务</span></p>
        <p><img src="${png}" alt="说明: 全区政务公开工作推进会现场"></p><p style="display:none">隐藏</p>
        <script>alert(1)</script><p><font color="red">红头</font></p>
        <ol><li>第一项</li><li>第二项</li></ol>
        <table><tr><th>项目</th><th>完成情况</th></tr><tr><td>主动公开</td><td><p></p></td></tr></table></div>`),
    )
    expect(body.innerHTML).not.toMatch(/class=|script|隐藏|font|text-indent|<div/)
    expect(body.querySelector('strong')?.textContent).toBe('二、')
    expect(body.querySelector('p')?.textContent?.trim()).toBe('二、主要任务')
    expect(images).toEqual([{ index: 0, src: png, kind: 'data', alt: '全区政务公开工作推进会现场' }])
    // Numbered lists that already are lists (mammoth's output of Word auto-numbering) stay lists.
    expect(Array.from(body.querySelectorAll('ol > li')).map((li) => li.textContent)).toEqual(['第一项', '第二项'])
    // An empty cell keeps its place, or the row would shift.
    expect(body.querySelectorAll('td').length).toBe(2)
    expect(body.textContent).toContain('红头')
  })

  it('moves several images of one paragraph out of it in their order', () => {
    const { body, images } = cleanPastedHtml(parse('<p>前<img src="data:image/png;base64,AA" alt="甲">中<img src="https://x/b.png" alt="乙">后</p><p>下段</p>'))
    expect(body.innerHTML).toBe('<p>前中后</p><img src="data:image/png;base64,AA" alt="甲" data-paste-image="0"><img src="https://x/b.png" alt="乙" data-paste-image="1"><p>下段</p>')
    expect(images.map((i) => i.alt)).toEqual(['甲', '乙'])
  })

  it('classifies image sources', () => {
    const { images } = cleanPastedHtml(
      parse('<img src="blob:https://x/1"><img src="https://example.com/a.png"><img src="C:\\Temp\\wps1.jpg"><img src="cid:abc">'),
    )
    expect(images.map((i) => i.kind)).toEqual(['blob', 'remote', 'local', 'unknown'])
  })

  it('treats Word\'s generated image names as no description', () => {
    for (const generic of ['图片 1', 'image001.png', 'clip_image002', 'C:\\a\\b.png', '屏幕截图 2026', '']) expect(meaningfulAlt(generic)).toBe('')
    expect(meaningfulAlt('描述：银川市政务服务中心')).toBe('银川市政务服务中心')
  })
})
