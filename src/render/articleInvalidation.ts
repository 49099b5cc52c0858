import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { idOf } from '../ids'
import { invalidatePages, pageTags } from './invalidation'
import { Workflow } from '../states'

type Doc = { id: number | string; site?: unknown; workflowStatus?: string; columns?: unknown[] }

/**
 * Public pages change only when a document is, or was, published: a draft edit touches no cached page.
 * The document's own page and its site's listings (home, columns, feed, sitemap) are dropped.
 */
export function invalidateArticlePages(collection: string): CollectionAfterChangeHook & CollectionAfterDeleteHook {
  return (({ doc, previousDoc, req }: { doc: Doc; previousDoc?: Doc; req: { transactionID?: unknown } }) => {
    const wasPublic = previousDoc?.workflowStatus === Workflow.published
    const isPublic = doc.workflowStatus === Workflow.published
    if (wasPublic || isPublic) {
      const siteId = idOf(doc.site)
      invalidatePages([pageTags.document(collection, doc.id), ...(siteId ? [pageTags.listings(siteId)] : [])], req)
    }
    return doc
  }) as CollectionAfterChangeHook & CollectionAfterDeleteHook
}
