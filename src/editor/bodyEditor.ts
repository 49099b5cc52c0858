import { BlocksFeature, LinkFeature, lexicalEditor, UploadFeature } from '@payloadcms/richtext-lexical'
import type { PayloadRequest } from 'payload'
import { listSiteFilter } from '../desk/siteScope'
import { PasteFromWordFeature } from './paste/PasteFromWordFeature'
import { BodyTableFeature } from './table/BodyTableFeature'
import { videoBlock } from './videoBlock'

/**
 * 正文编辑器: the one Lexical configuration every body uses. Lexical's defaults (headings, lists, bold,
 * alignment, ...) plus what government pages need: inline images from the site's media with an optional
 * caption, tables with header rows, links to the site's attachments and embedded video.
 *
 * What the editor lets through is checked again when a document is saved (src/editor/bodyReferences.ts):
 * every upload a body names belongs to the document's site, and a video address is on the allow-list.
 * Add a feature by appending it to `bodyFeatures`.
 */

/** Per-use fields of an inline image; the alt text itself is required on the image (media.alt). */
const inlineImageFields = [
  {
    name: 'alt',
    type: 'text' as const,
    label: { zh: '替代文本（留空则用图片说明）', en: 'Alt text (defaults to the image’s)' },
  },
  { name: 'caption', type: 'text' as const, maxLength: 300, label: { zh: '图注（可选）', en: 'Caption (optional)' } },
]

export const bodyFeatures = [
  UploadFeature({ enabledCollections: ['media'], collections: { media: { fields: inlineImageFields } }, maxDepth: 1 }),
  // Internal links point at the site's attachments only; a link to another page is an ordinary URL.
  LinkFeature({
    enabledCollections: ['files'],
    maxDepth: 1,
    // The picker lists the sites the editor works on, as the attachments list does (a convenience; the save checks).
    fields: ({ defaultFields }) =>
      defaultFields.map((field) =>
        'name' in field && field.name === 'doc'
          ? {
              ...field,
              filterOptions: ({ req }: { req: PayloadRequest }) => listSiteFilter(req.payload, req.user, ['site']),
            }
          : field,
      ) as typeof defaultFields,
  }),
  // Payload's tables with the insert drawer and cell menu in the admin's language (src/editor/table).
  BodyTableFeature(),
  BlocksFeature({ blocks: [videoBlock] }),
  // Word and WPS documents keep their structure when pasted (src/editor/paste).
  PasteFromWordFeature(),
]

/** Lexical's defaults that the body replaces (configured above) or leaves out (arbitrary relationships). */
const replacedDefaults = new Set(['upload', 'link', 'relationship'])

export const bodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => !replacedDefaults.has(feature.key)),
    ...bodyFeatures,
  ],
})
