import { createServerFeature } from '@payloadcms/richtext-lexical'

/** Paste from Word and WPS: cleans clipboard HTML and uploads its images to the document's site (client side). */
export const PasteFromWordFeature = createServerFeature({
  key: 'pasteFromWord',
  feature: { ClientFeature: '/src/editor/paste/PasteFromWordClient#PasteFromWordClient' },
})
