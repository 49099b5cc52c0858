import { ValidationError, type Payload, type PayloadRequest } from 'payload'
import { DEFAULT_SYNONYM_GROUPS, formatSynonymTerms, parseSynonymTerms } from '../search/synonyms'
import type { SynonymGroup } from '../search/types'

/** Set once the defaults have been offered, so that groups an administrator deleted stay deleted. */
const DEFAULTS_SEEDED_KEY = 'search-synonyms:defaults-seeded'

/**
 * The synonym groups both engines use: exactly what the `search-synonyms` collection holds. An empty
 * collection means no synonyms at all (the search matches the words as typed).
 */
export async function liveSynonymGroups(payload: Payload, req?: PayloadRequest): Promise<SynonymGroup[]> {
  const { docs } = await payload.find({
    collection: 'search-synonyms',
    pagination: false,
    depth: 0,
    sort: 'createdAt',
    overrideAccess: true,
    select: { terms: true },
    req,
  })
  return docs.map((doc) => parseSynonymTerms(doc.terms)).filter((terms) => terms.length >= 2)
}

/**
 * Puts the built-in groups (DEFAULT_SYNONYM_GROUPS) into the collection on the first start of a
 * database, so administrators see and edit them there. Runs at every start; after the first it costs
 * one key lookup, and never brings back a group that was deleted.
 */
export async function ensureSearchSynonymDefaults(payload: Payload): Promise<number> {
  if (await payload.kv.has(DEFAULTS_SEEDED_KEY)) return 0
  let created = 0
  if ((await payload.count({ collection: 'search-synonyms', overrideAccess: true })).totalDocs === 0) {
    for (const group of DEFAULT_SYNONYM_GROUPS) {
      try {
        await payload.create({
          collection: 'search-synonyms',
          overrideAccess: true,
          data: { terms: formatSynonymTerms(group), note: '系统预置' },
          // The engine starts with these groups anyway; one sync below covers an engine already running.
          context: { skipAudit: true, skipSynonymSync: true },
        })
        created++
      } catch (error) {
        // Another process starting at the same moment seeded this group first.
        if (!(error instanceof ValidationError)) throw error
      }
    }
  }
  await payload.kv.set(DEFAULTS_SEEDED_KEY, { at: new Date().toISOString(), created })
  if (created) await payload.jobs.queue({ task: 'syncSearchSynonyms', input: {} })
  return created
}
