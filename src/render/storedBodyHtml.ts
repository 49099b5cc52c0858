import type { CollectionBeforeChangeHook, Field } from 'payload'
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
export const bodyHtmlRenderer = 1

export const renderBodyHtml = (body: unknown): string => typesetDocumentHtml(richTextToSafeHtml(body))

/** Derived, so kept out of every API and the admin; only the public renderer asks for them. */
export const storedBodyHtmlFields: Field[] = [
  { name: 'bodyHtml', type: 'textarea', hidden: true },
  { name: 'bodyHtmlRenderer', type: 'number', hidden: true },
]

export const storeBodyHtml: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const body = 'body' in data ? data.body : originalDoc?.body
  data.bodyHtml = renderBodyHtml(body)
  data.bodyHtmlRenderer = bodyHtmlRenderer
  return data
}

/** The stored rendering when it is current; null when the body must be rendered now. */
export const currentBodyHtml = (doc: { bodyHtml?: string | null; bodyHtmlRenderer?: number | null }): string | null =>
  doc.bodyHtmlRenderer === bodyHtmlRenderer && typeof doc.bodyHtml === 'string' ? doc.bodyHtml : null
