/**
 * Lexical bodies with the rich nodes of the body editor (src/editor/bodyEditor.ts): inline images, tables with
 * a header row, links to attachments and video blocks, shaped as the editor saves them.
 */

type Node = Record<string, unknown>

let sequence = 0
const nodeId = () => `test${(++sequence).toString(16).padStart(8, '0')}`

export const text = (value: string): Node => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

export const paragraph = (...children: (Node | string)[]): Node => ({
  type: 'paragraph',
  children: children.map((c) => (typeof c === 'string' ? text(c) : c)),
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  version: 1,
})

export const inlineImage = (mediaId: number | string, options: { alt?: string; caption?: string } = {}): Node => ({
  type: 'upload',
  version: 3,
  format: '',
  id: nodeId(),
  relationTo: 'media',
  value: mediaId,
  fields: { alt: options.alt ?? '', caption: options.caption ?? '' },
})

export const attachmentLink = (fileId: number | string, label: string): Node => ({
  type: 'link',
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  id: nodeId(),
  fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'files', value: fileId } },
  children: [text(label)],
})

export const videoFromUrl = (url: string, caption = ''): Node => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: nodeId(), blockName: '', blockType: 'video', source: 'url', url, caption },
})

export const videoFromMedia = (mediaId: number | string, caption = ''): Node => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: nodeId(), blockName: '', blockType: 'video', source: 'media', media: mediaId, caption },
})

const cell = (value: string, headerState: number): Node => ({
  type: 'tablecell',
  version: 1,
  headerState,
  colSpan: 1,
  rowSpan: 1,
  backgroundColor: null,
  direction: 'ltr',
  format: '',
  indent: 0,
  children: [paragraph(value)],
})

/** A table whose first row heads the columns. */
export const table = (header: string[], rows: string[][]): Node => ({
  type: 'table',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  colWidths: header.map(() => 120),
  children: [header, ...rows].map((row, index) => ({
    type: 'tablerow',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: row.map((value) => cell(value, index === 0 ? 1 : 0)),
  })),
})

export const lexicalBody = (...children: Node[]) => ({
  root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
})
