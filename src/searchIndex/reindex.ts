import type { Payload } from 'payload'
import type { SearchDocument } from '../search/types'
import { platformSearchEngine } from './engine'
import { publicSearchDocument, searchableCollections } from './documents'

export type ReindexProgress = (done: number, total: number) => void

/**
 * Rebuilds the whole index from what the public may read. Documents are read one by one through
 * the same anonymous path as the sync job, so the rebuilt index obeys exactly the same rule.
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
  let batch: SearchDocument[] = []
  let indexed = 0
  for (const [index, [collection, id]] of ids.entries()) {
    const document = await publicSearchDocument(payload, collection, id)
    if (document) batch.push(document)
    if (batch.length >= 200 || index === ids.length - 1) {
      await engine.upsert(batch)
      indexed += batch.length
      batch = []
    }
    progress(index + 1, ids.length)
  }
  return indexed
}
