import os from 'node:os'
import type { Payload } from 'payload'
import { createSearchEngine } from '../search'
import type { SearchEngine } from '../search/types'
import { liveSynonymGroups } from './synonyms'

let engine: Promise<SearchEngine> | null = null

/**
 * Bulk syncs (an import's batch jobs) segment their text on a worker thread, so jieba runs on another core
 * while this process reads the next batch and answers requests. SEARCH_SEGMENT_WORKERS=0 keeps it inline.
 */
const segmentWorkers = Number(process.env.SEARCH_SEGMENT_WORKERS ?? (os.availableParallelism() > 1 ? 1 : 0))

/**
 * The platform's one search engine per process (embedded by default, Meilisearch when MEILI_HOST is set),
 * created with the synonym groups stored in the CMS. Settings are applied once; a failure is not
 * cached, so the next call tries again.
 */
export function platformSearchEngine(payload: Payload): Promise<SearchEngine> {
  engine ??= (async () => {
    const created = createSearchEngine({ synonyms: await liveSynonymGroups(payload), embedded: { segmentWorkers } })
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
