import type { CollectionBeforeChangeHook, Field, Payload, PayloadRequest } from 'payload'
import { bodyReferences } from '../editor/bodyReferences'
import type { BodyFile, BodyMedia, BodyUploads } from './bodyConverters'
import { typesetDocumentHtml } from './documentLayout'
import { richTextToSafeHtml } from './richText'

/**
 * 正文 HTML, rendered when an article is saved instead of on every view, as WordPress keeps post_content.
 * Lexical JSON → sanitized, typeset HTML is a good part of rendering a long document's page, and the JSON
 * is several times the size of the HTML it becomes. Each stored rendering carries the renderer's version:
 * a page whose stored HTML is missing (rows written before) or from another version renders the body on
 * the fly, so a change of the sanitizer or the typesetting never shows stale markup.
 */

/** Raise when richTextToSafeHtml or typesetDocumentHtml changes what they produce. */
export const bodyHtmlRenderer = 3

export const renderBodyHtml = (body: unknown, uploads?: BodyUploads): string => typesetDocumentHtml(richTextToSafeHtml(body, uploads))

const mediaSelect = { alt: true, filename: true, url: true, width: true, height: true, mimeType: true, sizes: true } as const
const fileSelect = { title: true, filename: true, url: true, filesize: true } as const

/**
 * The images, videos and attachments a body names, as its rendering needs them. Read with access
 * overridden: who may fetch the file itself is decided when it is fetched (src/access/publicUploads.ts),
 * and the save has already checked that every one belongs to the document's site.
 */
export async function loadBodyUploads(payload: Payload, body: unknown, req?: PayloadRequest): Promise<BodyUploads> {
  const refs = bodyReferences(body)
  const read = async <T extends { id: number | string }>(collection: 'media' | 'files', ids: string[], select: Record<string, true>): Promise<Map<string, T>> => {
    if (!ids.length) return new Map()
    const { docs } = await payload.find({ collection, where: { id: { in: ids } }, select, depth: 0, limit: ids.length, pagination: false, overrideAccess: true, req })
    return new Map((docs as unknown as T[]).map((doc) => [String(doc.id), doc]))
  }
  // One after the other: inside a save they share the request's transaction.
  const media = await read<BodyMedia>('media', refs.media, mediaSelect)
  const files = await read<BodyFile>('files', refs.files, fileSelect)
  return { media, files }
}

/** The body rendered with the uploads it names. */
export const renderBodyWithUploads = async (payload: Payload, body: unknown, req?: PayloadRequest): Promise<string> =>
  renderBodyHtml(body, await loadBodyUploads(payload, body, req))

/** Derived, so kept out of every API and the admin; only the public renderer asks for them. */
export const storedBodyHtmlFields: Field[] = [
  { name: 'bodyHtml', type: 'textarea', hidden: true },
  { name: 'bodyHtmlRenderer', type: 'number', hidden: true },
]

export const storeBodyHtml: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const body = 'body' in data ? data.body : originalDoc?.body
  data.bodyHtml = await renderBodyWithUploads(req.payload, body, req)
  data.bodyHtmlRenderer = bodyHtmlRenderer
  return data
}

/** The stored rendering when it is current; null when the body must be rendered now. */
export const currentBodyHtml = (doc: { bodyHtml?: string | null; bodyHtmlRenderer?: number | null }): string | null =>
  doc.bodyHtmlRenderer === bodyHtmlRenderer && typeof doc.bodyHtml === 'string' ? doc.bodyHtml : null
