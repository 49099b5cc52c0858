import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { idOf } from '../ids'
import { invalidatePages, pageTags } from '../render/invalidation'

/** Every public gazette page of a site carries this tag: an issue or article change drops them all. */
export const gazetteTag = (siteId: number | string) => `gazette:${siteId}`

export function invalidateGazettePages(collection: 'gazette-issues' | 'gazette-articles'): CollectionAfterChangeHook & CollectionAfterDeleteHook {
  return (({ doc, previousDoc, req }: { req: { transactionID?: unknown }; doc: { id: number | string; site?: unknown }; previousDoc?: { site?: unknown } }) => {
    const sites = new Set([idOf(doc.site), idOf(previousDoc?.site)].filter((s): s is string => Boolean(s)))
    invalidatePages([pageTags.document(collection, doc.id), ...[...sites].map(gazetteTag)], req)
    return doc
  }) as CollectionAfterChangeHook & CollectionAfterDeleteHook
}
