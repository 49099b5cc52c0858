import type { Plugin } from 'payload'
import { previewLinkEndpoint } from './endpoint'
import { isPreviewCollection } from './signing'

const previewButton = '/src/preview/PreviewButton#PreviewButton'

/**
 * 预览: the publishable collections get a 预览 button in their edit view (before the document controls, beside
 * the workflow buttons), and the API the signed link it opens. Added here rather than in each collection so the
 * collections' own component lists stay theirs.
 */
export const previewLinks = (): Plugin => (config) => ({
  ...config,
  endpoints: [...(config.endpoints ?? []), previewLinkEndpoint],
  collections: (config.collections ?? []).map((collection) => {
    if (!isPreviewCollection(collection.slug)) return collection
    const edit = collection.admin?.components?.edit ?? {}
    return {
      ...collection,
      admin: {
        ...collection.admin,
        components: { ...collection.admin?.components, edit: { ...edit, beforeDocumentControls: [...(edit.beforeDocumentControls ?? []), previewButton] } },
      },
    }
  }),
})
