import { EXPERIMENTAL_TableFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { PasteFromWordFeature } from './paste/PasteFromWordFeature'

/**
 * The editor of every 正文: Payload's defaults (headings, lists, bold, links, uploads), tables for the
 * notices that carry them, and paste from Word and WPS (src/editor/paste).
 */
export const bodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [...defaultFeatures, EXPERIMENTAL_TableFeature(), PasteFromWordFeature()],
})
