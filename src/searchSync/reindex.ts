import type { Payload } from 'payload'
import type { SearchDocument } from '../search/types'
import { platformSearchEngine } from './engine'
import { publicSearchDocuments, searchableCollections } from './documents'

const batchSize = 200

export type ReindexProgress = (done: number, total: number) => void

/**
 * Rebuilds the whole index from what the public may read. Documents are read 200 at a time through the
 * same anonymous path as the sync job, so the rebuilt index obeys exactly the same rule. When it returns,
 * every document is searchable (the engine's upsert returns once the documents are queryable).
 */
export async function reindexEverything(payload: Payload, progress: ReindexProgress = () => {}): Promise<number> {
  const engine = await platformSearchEngine(payload)
  await engine.clear()
  await engine.ensureSettings()
  const collections = Object.keys(searchableCollections).filter((slug) => payload.collections[slug as 'articles'])
  const ids: [string, string][] = []
  for (const collection of collections) {
    const { docs } = await payload.find({ collection: collection as 'articles', limit: 0, pagination: false, depth: 0, select: { title: true }, overrideAccess: false, user: null })
    for (const doc of docs) ids.push([collection, String(doc.id)])
  }
  let indexed = 0
  for (let start = 0; start < ids.length; start += batchSize) {
    const slice = ids.slice(start, start + batchSize)
    const batch: SearchDocument[] = []
    for (const collection of new Set(slice.map(([c]) => c))) {
      const documents = await publicSearchDocuments(payload, collection, slice.filter(([c]) => c === collection).map(([, id]) => id))
      batch.push(...documents.values())
    }
    if (batch.length) await engine.upsert(batch)
    indexed += batch.length
    progress(start + slice.length, ids.length)
  }
  return indexed
}
