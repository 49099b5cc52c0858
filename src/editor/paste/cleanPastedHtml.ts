/**
 * Clipboard HTML from Word, WPS (and the web) reduced to the structure a government body keeps:
 * headings, paragraphs, lists, tables, bold/italic/underline, http(s) links and images.
 *
 * Pure: it works on the Document it is given (the browser's DOMParser in the editor, happy-dom in the
 * unit tests), touches no network and returns the images it found, so the editor decides how to upload.
 *
 * Word's list numbering (一、 （一） 1.) arrives as paragraphs whose marker sits in a `mso-list:Ignore`
 * span. We keep it as visible text, not as an HTML list: 公文 numbering (GB/T 9704) has formats no CSS list
 * style reproduces (（一）), the numbers must survive the sanitizer, feeds and a citizen's copy-paste, and the
 * typesetter (src/render/documentLayout.ts) already recognises text-numbered headings.
 */

export type PastedImageKind = 'data' | 'blob' | 'remote' | 'local' | 'unknown'

export type PastedImage = {
  /** Index, also written to the image's `data-paste-image` attribute. */
  index: number
  src: string
  kind: PastedImageKind
  /** The document's own description of the image, when it has a meaningful one. */
  alt: string
}

export type CleanedPaste = { body: HTMLElement; images: PastedImage[] }

const keptTags = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD',
  'STRONG', 'B', 'EM', 'I', 'U', 'S', 'SUB', 'SUP', 'BR', 'A', 'IMG', 'BLOCKQUOTE', 'HR',
])
/** Dropped with their content: never text a reader should see. */
const droppedTags = new Set(['SCRIPT', 'STYLE', 'META', 'LINK', 'TITLE', 'HEAD', 'XML', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'NOSCRIPT', 'SVG', 'CANVAS', 'FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA'])
/** Office namespaces whose elements carry layout only (o:p spacing, VML shapes, Word XML). */
const droppedNamespaces = /^(O|V|W|M|W10|WP|XML):/
const blockTags = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE'])
const keptAttributes: Record<string, string[]> = { A: ['href'], IMG: ['src', 'alt'], TD: ['colspan', 'rowspan'], TH: ['colspan', 'rowspan'] }
const alignable = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6'])
const cjk = '\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef'
const newlineBetweenCjk = new RegExp(`([${cjk}])[ \\t]*\\r?\\n[ \\t\\r\\n]*(?=[${cjk}])`, 'g')

const styleOf = (el: Element): string => (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '')

const classify = (src: string): PastedImageKind => {
  if (/^data:image\//i.test(src)) return 'data'
  if (/^blob:/i.test(src)) return 'blob'
  if (/^https?:\/\//i.test(src)) return 'remote'
  if (/^file:/i.test(src) || /^[a-z]:\\/i.test(src)) return 'local'
  return 'unknown'
}

/** Word and WPS name images "图片 1", "image001.png", "说明: …" or by file path: only a real description counts. */
export const meaningfulAlt = (alt: string | null): string => {
  const text = (alt ?? '').replace(/^(说明|描述|description)\s*[:：]\s*/i, '').trim()
  if (!text || text.length > 200) return ''
  if (/^(图片|图像|image|picture|pic|img|clip_image|屏幕截图|screenshot)[\s_-]*\d*(\.\w{2,4})?$/i.test(text)) return ''
  if (/\.(png|jpe?g|gif|webp|bmp|emf|wmf)$/i.test(text) || /[\\/]/.test(text)) return ''
  return text
}

const unwrap = (el: Element) => {
  el.replaceWith(...Array.from(el.childNodes))
}

const rename = (el: Element, tag: string): Element => {
  const next = el.ownerDocument.createElement(tag)
  for (const { name, value } of Array.from(el.attributes)) next.setAttribute(name, value)
  next.append(...Array.from(el.childNodes))
  el.replaceWith(next)
  return next
}

const allNodes = (root: Node, whatToShow: number): Node[] => {
  const walker = root.ownerDocument!.createTreeWalker(root, whatToShow)
  const nodes: Node[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node)
  return nodes
}

const elementsIn = (root: Element): Element[] => Array.from(root.querySelectorAll('*'))

/** The list marker Word draws (`mso-list:Ignore`) becomes plain text: "一、", "（一）", "1.", bullets "•". */
function keepListMarkers(root: Element) {
  for (const span of elementsIn(root)) {
    if (!span.isConnected || !/mso-list:ignore/.test(styleOf(span))) continue
    let marker = (span.textContent ?? '').replace(/[\s\u00a0]+/g, '')
    // Symbol and Wingdings bullets come through as private-use or Latin-1 glyphs.
    if (marker.length === 1 && !/[\p{L}\p{N}]/u.test(marker)) marker = '•'
    if (/^[§Øü·oƒ\uf000-\uf0ff]$/.test(marker)) marker = '•'
    span.replaceWith(root.ownerDocument.createTextNode(marker))
  }
}

/** Word styles bold and italics on spans (WPS nearly always): make them the tags Lexical imports. */
function styleToTags(el: Element): Element {
  const style = styleOf(el)
  let inner: Element = el
  const wrap = (tag: string) => {
    const tagged = el.ownerDocument.createElement(tag)
    tagged.append(...Array.from(inner.childNodes))
    inner.append(tagged)
    inner = tagged
  }
  if (/font-weight:(bold|[6-9]00)/.test(style)) wrap('strong')
  if (/font-style:italic/.test(style)) wrap('em')
  if (/text-decoration[^;]*underline/.test(style)) wrap('u')
  return el
}

function alignment(el: Element): string | null {
  const style = styleOf(el)
  const fromStyle = /text-align:(center|right|justify)/.exec(style)?.[1]
  const fromAttribute = (el.getAttribute('align') ?? '').toLowerCase()
  const align = fromStyle ?? (['center', 'right'].includes(fromAttribute) ? fromAttribute : null)
  return align === 'justify' ? null : align
}

function cleanAttributes(el: Element) {
  const align = alignable.has(el.tagName) ? alignment(el) : null
  const kept = keptAttributes[el.tagName] ?? []
  for (const { name } of Array.from(el.attributes)) if (!kept.includes(name.toLowerCase())) el.removeAttribute(name)
  if (align) el.setAttribute('style', `text-align: ${align}`)
}

const isBlank = (el: Element) => !el.querySelector('img,br,table,hr') && !(el.textContent ?? '').replace(/[\s\u00a0\u3000]+/g, '')

/** Block images out of paragraphs, so each becomes one upload node beside the text, not inside it. */
function hoistImages(root: Element) {
  const lastMoved = new Map<Element, Element>()
  for (const img of Array.from(root.querySelectorAll('img'))) {
    let block: Element | null = img.parentElement
    while (block && block !== root && !blockTags.has(block.tagName)) block = block.parentElement
    if (!block || block === root || block.tagName === 'LI') continue
    ;(lastMoved.get(block) ?? block).after(img) // several images of one paragraph keep their order
    lastMoved.set(block, img)
  }
}

export function cleanPastedHtml(doc: Document): CleanedPaste {
  const body = doc.body
  // Conditional comments hold VML copies of images and Word's XML settings; their downlevel-revealed
  // siblings (list markers, the <img>) are ordinary nodes and stay.
  for (const comment of allNodes(body, 0x80)) comment.parentNode?.removeChild(comment)

  keepListMarkers(body)

  for (const el of elementsIn(body)) {
    if (!el.isConnected) continue
    const tag = el.tagName.toUpperCase()
    if (droppedTags.has(tag) || droppedNamespaces.test(tag)) {
      el.remove()
      continue
    }
    if (tag.includes(':')) {
      unwrap(el) // smart tags (st1:chsdate …) wrap real text
      continue
    }
    if (/display:none|mso-hide:all|visibility:hidden/.test(styleOf(el))) {
      el.remove()
      continue
    }
    if (tag === 'P' && /\bmsotitle\b/i.test(el.getAttribute('class') ?? '')) {
      const heading = rename(el, 'h1')
      cleanAttributes(heading)
      continue
    }
    if (tag === 'SPAN' || tag === 'FONT') {
      unwrap(styleToTags(el))
      continue
    }
    if (tag === 'A') {
      const href = el.getAttribute('href') ?? ''
      if (!/^(https?:|mailto:)/i.test(href) || el.querySelector('img')) {
        unwrap(el)
        continue
      }
    }
    if (!keptTags.has(tag)) {
      unwrap(el) // div, section, center, …: their content stays
      continue
    }
    if (tag === 'P' || tag.startsWith('H') || tag === 'TD' || tag === 'TH') styleToTags(el)
    cleanAttributes(el)
  }

  for (const cell of Array.from(body.querySelectorAll('thead td'))) rename(cell, 'th')

  // Word wraps its HTML source at about 80 columns; inside Chinese text that newline would become a space.
  for (const text of allNodes(body, 0x4)) {
    const value = text.nodeValue ?? ''
    if (/[\r\n]/.test(value)) text.nodeValue = value.replace(newlineBetweenCjk, '$1').replace(/[ \t]*\r?\n[ \t]*/g, ' ')
  }

  hoistImages(body)
  for (const el of Array.from(body.querySelectorAll('p,h1,h2,h3,h4,h5,h6,li,strong,b,em,i,u,s,sub,sup,a'))) {
    if (isBlank(el) && !(el.tagName === 'LI' || el.closest('td,th'))) el.remove()
  }

  const images: PastedImage[] = Array.from(body.querySelectorAll('img')).map((img, index) => {
    img.setAttribute('data-paste-image', String(index))
    const src = img.getAttribute('src') ?? ''
    return { index, src, kind: classify(src), alt: meaningfulAlt(img.getAttribute('alt')) }
  })
  return { body, images }
}
