import type { TaskConfig } from 'payload'
import { searchDocumentId } from '../search/types'
import { platformSearchEngine } from './engine'
import { publicSearchDocument } from './documents'

/**
 * Brings one document's index entry in line with what the public may read: upsert when public,
 * remove otherwise. Idempotent, so retries after a search-engine outage are harmless and the
 * index catches up once the engine is back (publishing itself never waits on it).
 */
export const syncSearchIndexTask: TaskConfig<'syncSearchIndex'> = {
  slug: 'syncSearchIndex',
  label: '同步搜索索引',
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 2000 } },
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  handler: async ({ input, req }) => {
    const document = await publicSearchDocument(req.payload, input.collection, input.id)
    const engine = await platformSearchEngine(req.payload)
    if (document) await engine.upsert([document])
    else await engine.remove([searchDocumentId(input.collection, input.id)])
    return { output: { indexed: Boolean(document) } }
  },
}
