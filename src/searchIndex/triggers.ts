import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Config, Plugin } from 'payload'
import { notifyJobsQueued } from '../jobs/promptRun'
import { isSearchable } from './documents'

type Doc = { id: number | string; workflowStatus?: string | null }

const touchesPublic = (doc: Doc, previous?: Doc): boolean =>
  doc.workflowStatus === undefined || doc.workflowStatus === 'published' || previous?.workflowStatus === 'published'

const queueSync =
  (collection: string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    if (!touchesPublic(doc, previousDoc)) return doc
    await req.payload.jobs.queue({ task: 'syncSearchIndex', input: { collection, id: String(doc.id) }, req })
    notifyJobsQueued()
    return doc
  }

const queueRemoval =
  (collection: string): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await req.payload.jobs.queue({ task: 'syncSearchIndex', input: { collection, id: String(doc.id) }, req })
    notifyJobsQueued()
  }

/** Queues an index sync (in the same transaction as the change) for every searchable collection in the config. */
export const searchIndexSources = (): Plugin => (config: Config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection: CollectionConfig) =>
    isSearchable(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), queueSync(collection.slug)],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), queueRemoval(collection.slug)],
          },
        }
      : collection,
  ),
})
