'use client'
import { createClientFeature } from '@payloadcms/richtext-lexical/client'
import { PasteFromWordPlugin } from './PasteFromWordPlugin'

export const PasteFromWordClient = createClientFeature({
  plugins: [{ Component: PasteFromWordPlugin, position: 'normal' }],
})
