import type { Payload } from 'payload'
import { createSearchEngine } from '../search'
import type { SearchEngine } from '../search/types'
import { liveSynonymGroups } from './synonyms'

let engine: Promise<SearchEngine> | null = null

/**
 * The platform's one search engine per process (embedded by default, Meilisearch when MEILI_HOST is set),
 * created with the synonym groups stored in the CMS. Settings are applied once; a failure is not
 * cached, so the next call tries again.
 */
export function platformSearchEngine(payload: Payload): Promise<SearchEngine> {
  engine ??= (async () => {
    const created = createSearchEngine({ synonyms: await liveSynonymGroups(payload) })
    await created.ensureSettings()
    return created
  })().catch((error: unknown) => {
    engine = null
    throw error
  })
  return engine
}

export async function closePlatformSearchEngine(): Promise<void> {
  const current = engine
  engine = null
  if (current) await (await current).close().catch(() => {})
}
