import { renderArticle, type PageRequest, type RenderedPage } from '../render/pages'
import { renderInterpretation, renderPolicyDocument } from '../render/opennessPages'
import { renderGazetteArticle } from '../render/gazettePages'
import type { PreviewCollection } from './signing'

type Renderer = { path: (id: string) => string; render: (request: PageRequest, id: string) => Promise<RenderedPage | null> }

/** Each previewable collection's public page: the same route and renderer citizens get once it is published. */
export const previewRenderers: Record<PreviewCollection, Renderer> = {
  articles: { path: (id) => `/articles/${id}.html`, render: renderArticle },
  'policy-documents': { path: (id) => `/documents/${id}.html`, render: renderPolicyDocument },
  interpretations: { path: (id) => `/interpretations/${id}.html`, render: renderInterpretation },
  'gazette-articles': { path: (id) => `/gazette/articles/${id}.html`, render: renderGazetteArticle },
}
