import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import sanitizeHtml from 'sanitize-html'
import type { SerializedEditorState } from 'lexical'
import { bodyConverters, noBodyUploads, type BodyUploads } from './bodyConverters'

/**
 * Rich text reaches citizens only through this function: Lexical's converter, then an allow-list
 * sanitizer, so a pasted script or a javascript: link can never reach a public page. `uploads` are the
 * images, videos and attachments the body names (src/render/bodyConverters.ts); without them those render nothing.
 */
export function richTextToSafeHtml(value: unknown, uploads: BodyUploads = noBodyUploads()): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  const data = withoutStrayEmptyParagraphs(value as SerializedEditorState)
  return sanitizeBodyHtml(convertLexicalToHTML({ data, disableContainer: true, converters: bodyConverters(uploads) }))
}

type TopNode = { type?: string; text?: string; children?: TopNode[] }

/** Nodes that hold running text; an empty line between two of them may be the editor's deliberate spacing. */
const textBlocks = new Set(['paragraph', 'heading', 'list', 'quote'])

const isEmptyParagraph = (node: TopNode): boolean =>
  node.type === 'paragraph' &&
  (node.children ?? []).every((child) => child.type === 'linebreak' || (child.type === 'text' && !/[^\s\u00a0\u3000]/.test(child.text ?? '')))

/**
 * The editor leaves an empty paragraph behind an inserted image, table or video (the caret needs a line to go on
 * to) and at the body's end; citizens would see it as a blank gap. Empty paragraphs at either end, next to a
 * non-text block, or repeating one another are dropped; a single empty line between two paragraphs stays.
 */
export function withoutStrayEmptyParagraphs(state: SerializedEditorState): SerializedEditorState {
  const children = (state.root.children ?? []) as TopNode[]
  const kept = children.filter((node, index) => {
    if (!isEmptyParagraph(node)) return true
    const before = children[index - 1]
    if (!before || isEmptyParagraph(before) || !textBlocks.has(before.type ?? '')) return false
    const after = children.slice(index + 1).find((next) => !isEmptyParagraph(next))
    return after !== undefined && textBlocks.has(after.type ?? '')
  })
  if (kept.length === children.length) return state
  return { ...state, root: { ...state.root, children: kept as never } }
}

/** The allow-list every body passes on its way to a public page (tables get their scrolling region afterwards, in typesetDocumentHtml). */
export function sanitizeBodyHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [
      'p', 'br', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 's',
      'sub', 'sup', 'code', 'pre', 'hr', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'figure', 'figcaption',
      'video',
    ],
    allowedAttributes: {
      a: ['href', 'title', 'rel', 'target', 'download'],
      img: ['src', 'alt', 'width', 'height', 'srcset', 'sizes', 'loading', 'decoding'],
      video: ['src', 'controls', 'preload'],
      th: ['colspan', 'rowspan', 'scope'],
      td: ['colspan', 'rowspan'],
      '*': ['style'],
    },
    allowedStyles: { '*': { 'text-align': [/^(left|right|center|justify|start|end)$/], 'padding-inline-start': [/^\d+(px|em|rem)$/] } },
    allowedClasses: { a: ['body-attachment'], figure: ['body-image', 'body-video'], span: ['body-attachment-meta'] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    transformTags: {
      h1: 'h2',
      a: (tagName, attribs) => ({
        tagName,
        attribs: attribs.target === '_blank' ? { ...attribs, rel: 'noopener noreferrer' } : attribs,
      }),
    },
  })
}

type LexicalText = { type: 'text'; text: string; format: number; detail: 0; mode: 'normal'; style: ''; version: 1 }

const textNode = (text: string): LexicalText => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })

/**
 * Plain text (one paragraph per line) as Lexical editor state, for imports and demo content.
 * Lines that look like section headings (一、… or （一）…) become headings.
 */
export function plainTextToLexical(text: string): SerializedEditorState {
  const children = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const heading = /^[一二三四五六七八九十]+、/.test(line) && line.length < 40
      return heading
        ? { type: 'heading', tag: 'h2', children: [textNode(line)], direction: 'ltr', format: '', indent: 0, version: 1 }
        : { type: 'paragraph', children: [textNode(line)], direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', version: 1 }
    })
  return { root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } } as unknown as SerializedEditorState
}
