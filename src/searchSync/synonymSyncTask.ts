import type { TaskConfig } from 'payload'
import { platformSearchEngine } from './engine'
import { liveSynonymGroups } from './synonyms'

/**
 * Gives the search engine the synonym groups as they are now. It reads the whole list when it runs,
 * so jobs may run in any order or be retried after an engine outage, and the last one leaves the
 * engine matching the collection.
 */
export const syncSearchSynonymsTask: TaskConfig<'syncSearchSynonyms'> = {
  slug: 'syncSearchSynonyms',
  label: '同步搜索同义词',
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 2000 } },
  inputSchema: [],
  handler: async ({ req }) => {
    const groups = await liveSynonymGroups(req.payload, req)
    const engine = await platformSearchEngine(req.payload)
    await engine.setSynonyms(groups)
    return { output: { groups: groups.length } }
  },
}
