import type { HTMLConverter, HTMLConverters } from '@payloadcms/richtext-lexical/html'
import type { File, Media } from '../../payload-types'
import { idOf } from '../ids'
import { fileView } from './fileView'

/**
 * How a body's images, tables, attachment links and videos become public HTML. The uploads a body names
 * are looked up once, when it is saved (src/render/storedBodyHtml.ts), and handed in as `BodyUploads`;
 * an upload not found there (deleted, or not loaded) renders nothing rather than a broken element.
 */

export type BodyMedia = Pick<Media, 'id' | 'alt' | 'url' | 'width' | 'height' | 'mimeType' | 'sizes'>
export type BodyFile = Pick<File, 'id' | 'title' | 'url' | 'filesize' | 'filename'>
export type BodyUploads = { media: Map<string, BodyMedia>; files: Map<string, BodyFile> }

export const noBodyUploads = (): BodyUploads => ({ media: new Map(), files: new Map() })

const escapeHtml = (text: unknown): string =>
  String(text ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

/** The populated document (depth ≥ 1) or the one loaded at save time. */
function lookup<T>(value: unknown, loaded: Map<string, T>): T | null {
  const id = idOf(value)
  if (!id) return null
  return loaded.get(id) ?? (value && typeof value === 'object' && 'url' in value ? (value as T) : null)
}

/** The column the body is read in is at most about 800 CSS pixels wide; phones get the full width. */
const imageSizes = '(max-width: 840px) 100vw, 800px'

function imageHtml(image: BodyMedia, alt: string, caption: string): string {
  const candidates = Object.values(image.sizes ?? {})
    .filter((size): size is { url: string; width: number } => Boolean(size?.url && size.width))
    .sort((a, b) => a.width - b.width)
  const srcset = candidates.map((size) => `${escapeHtml(size.url)} ${size.width}w`).join(', ')
  const src = candidates.find((size) => size.width >= 800)?.url ?? image.url ?? ''
  const dimensions = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : ''
  const responsive = srcset ? ` srcset="${srcset}" sizes="${imageSizes}"` : ''
  const figcaption = caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''
  return `<figure class="body-image"><img src="${escapeHtml(src)}"${responsive} alt="${escapeHtml(alt)}"${dimensions} loading="lazy" decoding="async">${figcaption}</figure>`
}

const videoHtml = (src: string, caption: string): string =>
  `<figure class="body-video"><video controls preload="metadata" src="${escapeHtml(src)}"></video>${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`

type Cell = {
  type: 'tablecell'
  headerState?: number
  colSpan?: number
  rowSpan?: number
  children?: { type: string; children?: unknown[] }[]
}
type Row = { type: 'tablerow'; children?: Cell[] }

/** Lexical's header states: 1 = the cell heads its column (a header row), 2 = its row, 3 = both. */
const headsColumn = (cell: Cell) => ((cell.headerState ?? 0) & 1) === 1
const headsRow = (cell: Cell) => ((cell.headerState ?? 0) & 2) === 2

export function bodyConverters(uploads: BodyUploads): (args: { defaultConverters: HTMLConverters }) => HTMLConverters {
  const cellHtml = (
    cell: Cell,
    inHead: boolean,
    nodesToHTML: Parameters<Exclude<HTMLConverter, string>>[0]['nodesToHTML'],
  ): string => {
    // A cell holding one paragraph shows its text without the <p>, so the typesetting never mistakes it for a heading.
    const only =
      cell.children?.length === 1 && cell.children[0]!.type === 'paragraph' ? cell.children[0]!.children : cell.children
    const inner = nodesToHTML({ nodes: (only ?? []) as never }).join('')
    const span = `${cell.colSpan && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan && cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`
    if (inHead || headsColumn(cell)) return `<th scope="col"${span}>${inner}</th>`
    if (headsRow(cell)) return `<th scope="row"${span}>${inner}</th>`
    return `<td${span}>${inner}</td>`
  }

  return ({ defaultConverters }) =>
    ({
      ...(defaultConverters as Record<string, unknown>),
      upload: ({ node }) => {
        const n = node as { relationTo?: string; value?: unknown; fields?: { alt?: string; caption?: string } }
        if (n.relationTo !== 'media') return ''
        const image = lookup(n.value, uploads.media)
        if (!image?.url) return ''
        if (image.mimeType?.startsWith('video/')) return videoHtml(image.url, n.fields?.caption ?? '')
        return imageHtml(image, n.fields?.alt?.trim() || image.alt || '', n.fields?.caption?.trim() ?? '')
      },
      link: ({ node, nodesToHTML }) => {
        const fields = (
          node as {
            fields: {
              linkType?: string
              url?: string
              newTab?: boolean
              doc?: { relationTo?: string; value?: unknown }
            }
          }
        ).fields
        const children = nodesToHTML({ nodes: (node as unknown as { children: never[] }).children }).join('')
        if (fields.linkType === 'internal') {
          const file = fields.doc?.relationTo === 'files' ? lookup(fields.doc.value, uploads.files) : null
          if (!file?.url) return children
          const view = fileView(file)
          const meta = [view.type, view.size].filter(Boolean).join('，')
          return `<a class="body-attachment" href="${escapeHtml(file.url)}" download="${escapeHtml(file.filename ?? '')}">${children}</a>${meta ? `<span class="body-attachment-meta">（${escapeHtml(meta)}）</span>` : ''}`
        }
        const target = fields.newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
        return `<a href="${escapeHtml(fields.url ?? '')}"${target}>${children}</a>`
      },
      table: ({ node, nodesToHTML }) => {
        const rows = ((node as { children?: Row[] }).children ?? []).filter((row) => row.type === 'tablerow')
        const headRows: Row[] = []
        for (const row of rows) {
          if (row.children?.length && row.children.every(headsColumn)) headRows.push(row)
          else break
        }
        const rowHtml = (row: Row, inHead: boolean) =>
          `<tr>${(row.children ?? []).map((cell) => cellHtml(cell, inHead, nodesToHTML)).join('')}</tr>`
        const head = headRows.length ? `<thead>${headRows.map((row) => rowHtml(row, true)).join('')}</thead>` : ''
        const body = `<tbody>${rows
          .slice(headRows.length)
          .map((row) => rowHtml(row, false))
          .join('')}</tbody>`
        // typesetDocumentHtml wraps it in the region that scrolls sideways on a phone.
        return `<table>${head}${body}</table>`
      },
      blocks: {
        ...defaultConverters.blocks,
        video: ({ node }) => {
          const fields = (node as { fields: { source?: string; url?: string; media?: unknown; caption?: string } })
            .fields
          if (fields.source === 'url') return fields.url ? videoHtml(fields.url, fields.caption ?? '') : ''
          const video = lookup(fields.media, uploads.media)
          return video?.url ? videoHtml(video.url, fields.caption ?? '') : ''
        },
      },
    }) as HTMLConverters
}
