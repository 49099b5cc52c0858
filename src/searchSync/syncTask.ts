import type { TaskConfig } from 'payload'
import { searchDocumentId } from '../search/types'
import { platformSearchEngine } from './engine'
import { publicSearchDocuments } from './documents'
import { alertAbandonedSync } from './visibility'

const attempts = 10

/**
 * Brings one document's (or one batch's) index entries in line with what the public may read: upsert when public,
 * remove otherwise. Idempotent, so retries after a search-engine outage are harmless and the
 * index catches up once the engine is back (publishing itself never waits on it).
 */
export const syncSearchIndexTask: TaskConfig<'syncSearchIndex'> = {
  slug: 'syncSearchIndex',
  label: '同步搜索索引',
  retries: { attempts, backoff: { type: 'exponential', delay: Number(process.env.SEARCH_SYNC_RETRY_DELAY_MS ?? 2000) } },
  // Called on every failure; the last one (retries used up) alerts the platform administrators.
  onFail: async ({ input, req, taskStatus }) => {
    if (taskStatus?.complete || (taskStatus?.totalTried ?? 0) < attempts) return
    const { collection, id } = (input ?? {}) as { collection?: string; id?: string }
    await alertAbandonedSync(req.payload, `${collection}:${id}`, null)
  },
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    // A batch (bulk import, an issue's articles): one read and one engine call for all of them.
    { name: 'ids', type: 'json' },
  ],
  handler: async ({ input, req }) => {
    const ids = Array.isArray(input.ids) && input.ids.length ? (input.ids as unknown[]).map(String) : [input.id]
    const documents = await publicSearchDocuments(req.payload, input.collection, ids)
    const engine = await platformSearchEngine(req.payload)
    if (documents.size) await engine.upsert([...documents.values()])
    const hidden = ids.filter((id) => !documents.has(id))
    if (hidden.length) await engine.remove(hidden.map((id) => searchDocumentId(input.collection, id)))
    return { output: { indexed: documents.size > 0 } }
  },
}
