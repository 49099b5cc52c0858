/**
 * Typesetting hints for official documents (公文) in already-sanitized article HTML.
 *
 * Editors paste documents as plain paragraphs. A printed 公文 (GB/T 9704) sets a few of them apart:
 * the document number (发文字号) and the title of an enclosed plan are centred, the addressee
 * (主送机关) starts flush left, the issuing office and date (落款) sit on the right, and the
 * third-level headings 「（一）……。」 lead their paragraph. This adds presentational classes only;
 * it never removes or reorders text, and it runs after the sanitizer, so it adds nothing unsafe.
 */

const paragraphPattern = /<p(\s[^>]*)?>([\s\S]*?)<\/p>/g

const docNumber = /^[\u4e00-\u9fa5A-Za-z]{1,16}[〔［[（(]\s*\d{4}\s*[〕］\])）]\s*\d{1,4}\s*号$/
const dateLine = /^(\d{4}|[〇零○一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,2})月(\d{1,2}|[一二三四五六七八九十]{1,3})日$/
const sentencePunctuation = /[。，；！？：、,.;!?:]/
const leadHeading = /^(（[一二三四五六七八九十]{1,3}）[^<。]{1,30}。)/
/** 「一、……」「（一）……」「1. ……」 standing alone: a section heading typed as a paragraph. */
const numberedHeading = /^([一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.．、])/

const textOf = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|\u00a0|\u3000/g, ' ')
    .trim()

const isShortLine = (text: string, max: number) => text.length > 0 && text.length <= max && !sentencePunctuation.test(text)

type Block = { start: number; end: number; attributes: string; inner: string; text: string; classes: string[] }

export function typesetDocumentHtml(html: string): string {
  if (!html) return html
  const blocks: Block[] = []
  for (const match of html.matchAll(paragraphPattern)) {
    const attributes = match[1] ?? ''
    if (/\sclass=/.test(attributes)) continue
    blocks.push({ start: match.index!, end: match.index! + match[0].length, attributes, inner: match[2]!, text: textOf(match[2]!), classes: [] })
  }
  const content = blocks.filter((b) => b.text)

  // Opening lines: document number, then the addressee, then an enclosed document's title lines.
  let index = 0
  if (content[0] && docNumber.test(content[0].text)) {
    content[0].classes.push('doc-number')
    index = 1
  }
  const addressee = content[index]
  if (addressee && /[：:]$/.test(addressee.text) && addressee.text.length <= 120 && !/[。！？]/.test(addressee.text)) {
    addressee.classes.push('doc-addressee')
  }
  content.forEach((block, position) => {
    if (block.classes.length || dateLine.test(block.text) || docNumber.test(block.text)) return
    if (numberedHeading.test(block.text) && isShortLine(block.text.replace(numberedHeading, ''), 40)) block.classes.push('doc-heading')
    else if (position < 8 && isShortLine(block.text, 40)) block.classes.push('doc-title')
  })

  // Closing lines: the issuing office above the date, both to the right.
  const tail = content.slice(-4)
  const dateIndex = tail.findIndex((b) => dateLine.test(b.text.replace(/\s/g, '')))
  if (dateIndex >= 0) {
    const date = tail[dateIndex]!
    date.classes = ['doc-date']
    for (let i = dateIndex - 1; i >= 0 && i >= dateIndex - 2; i -= 1) {
      const line = tail[i]!
      if (!isShortLine(line.text, 30)) break
      line.classes = ['doc-signature']
    }
  }

  let out = ''
  let cursor = 0
  for (const block of blocks) {
    const lead = leadHeading.exec(block.inner)
    if (!block.classes.length && !lead) continue
    const inner = lead && !block.classes.length ? block.inner.replace(leadHeading, '<strong class="doc-lead">$1</strong>') : block.inner
    const classAttribute = block.classes.length ? ` class="${block.classes.join(' ')}"` : ''
    out += `${html.slice(cursor, block.start)}<p${block.attributes}${classAttribute}>${inner}</p>`
    cursor = block.end
  }
  out += html.slice(cursor)

  // Wide tables scroll inside a keyboard-reachable region instead of widening the page.
  return out.replace(/<table\b/g, '<div class="table-scroll" role="region" aria-label="表格" tabindex="0"><table').replace(/<\/table>/g, '</table></div>')
}
