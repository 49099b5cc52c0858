import type { CollectionAfterChangeHook, Payload, TaskConfig } from 'payload'
import { publicSiteStatuses } from '../access/siteScoped'
import { notifyJobsQueued } from '../jobs/promptRun'
import { searchDocumentId, type SearchHit } from '../search/types'
import { publicSearchDocument, searchableCollections } from './documents'
import { platformSearchEngine } from './engine'

/**
 * Search shows only what the public can read now. The index follows changes through jobs, which can lag or
 * be abandoned; so every page of hits is re-checked at query time against the public-read rules (one
 * primary-key query per document type on the page, with the same access rule as the REST API), and site
 * status changes re-sync the index (a deleted gazette issue takes its articles along: collections/gazette-issues).
 */

const collectionOf = (hitId: string): [string, string] => {
  const at = hitId.lastIndexOf(':')
  return [hitId.slice(0, at), hitId.slice(at + 1)]
}

/** The hits an anonymous visitor may read right now, in their order. */
export async function publiclyReadableHits(payload: Payload, hits: SearchHit[]): Promise<SearchHit[]> {
  if (!hits.length) return hits
  const byCollection = new Map<string, string[]>()
  for (const hit of hits) {
    const [collection, id] = collectionOf(hit.id)
    if (!searchableCollections[collection]) continue
    byCollection.set(collection, [...(byCollection.get(collection) ?? []), id])
  }
  const readable = new Set<string>()
  await Promise.all(
    [...byCollection].map(async ([collection, ids]) => {
      const { docs } = await payload.find({ collection: collection as 'articles', where: { id: { in: ids } }, select: { title: true }, depth: 0, limit: ids.length, pagination: false, overrideAccess: false, user: null })
      for (const doc of docs) readable.add(searchDocumentId(collection, doc.id))
    }),
  )
  return hits.filter((hit) => readable.has(hit.id))
}

const isPublicStatus = (status: unknown): boolean => (publicSiteStatuses as readonly string[]).includes(String(status))

/** A site going offline, closed, or back: its documents enter or leave the index. */
export const queueSiteResync: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || isPublicStatus(doc.status) === isPublicStatus(previousDoc?.status)) return doc
  await req.payload.jobs.queue({ task: 'resyncSiteSearch', input: { site: String(doc.id) }, req })
  notifyJobsQueued()
  return doc
}

/** Re-syncs every searchable document of one site (after its status changed). */
export const resyncSiteSearchTask: TaskConfig<'resyncSiteSearch'> = {
  slug: 'resyncSiteSearch',
  label: '网站状态变更后同步搜索索引',
  retries: 5,
  inputSchema: [{ name: 'site', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const engine = await platformSearchEngine(req.payload)
    let synced = 0
    for (const collection of Object.keys(searchableCollections)) {
      if (!req.payload.collections[collection as 'articles']) continue
      for (let page = 1; ; page++) {
        const { docs, hasNextPage } = await req.payload.find({ collection: collection as 'articles', where: { site: { equals: input.site } }, select: { title: true }, depth: 0, limit: 500, page, sort: 'id', overrideAccess: true })
        const upserts = []
        const removals: string[] = []
        for (const doc of docs) {
          const document = await publicSearchDocument(req.payload, collection, String(doc.id))
          if (document) upserts.push(document)
          else removals.push(searchDocumentId(collection, doc.id))
        }
        if (upserts.length) await engine.upsert(upserts)
        if (removals.length) await engine.remove(removals)
        synced += docs.length
        if (!hasNextPage) break
      }
    }
    return { output: { synced } }
  },
}

/**
 * A sync abandoned after its last retry leaves the index wrong until someone acts: the platform
 * administrators see it as an 告警 entry in the audit log (系统 → 操作日志).
 */
export async function alertAbandonedSync(payload: Payload, what: string, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error ?? '')
  // Outside the job's transaction, which the failure rolls back.
  await payload.create({
    collection: 'audit-log',
    overrideAccess: true,
    data: {
      action: 'alert',
      targetCollection: 'search-index',
      documentId: what,
      summary: `搜索索引同步已放弃（重试用尽）：${what}。搜索结果在查询时仍会过滤，但索引需要修复：请检查搜索服务后运行 npm run search:reindex。${message ? `错误：${message}` : ''}`.slice(0, 500),
      userLabel: '系统',
      actorName: '系统',
      at: new Date().toISOString(),
    },
  })
}
