import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Config, Plugin } from 'payload'
import { isRepostableCollection } from './kinds'
import { notifyJobsQueued } from '../jobs/promptRun'

type Doc = { id: number | string; workflowStatus?: string | null; important?: boolean | null }

/** Whether a change can alter what the reposts of this document show: it is, or was, published and covered. */
function concernsReposts(collection: string, doc: Doc, previous: Doc | undefined): boolean {
  const published = (d: Doc | undefined) => Boolean(d) && (d!.workflowStatus === undefined || d!.workflowStatus === 'published')
  if (!published(doc) && !published(previous)) return false
  if (collection === 'articles') return Boolean(doc.important || previous?.important)
  return true
}

/**
 * Publishing, re-publishing, correcting or withdrawing covered content queues the fan-out in the
 * durable jobs queue, inside the same transaction as the change (an outbox): the publish request
 * never waits on a thousand target sites, and the job is never lost if the request commits.
 */
const queueRepostFanOut =
  (collection: string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req, operation }) => {
    if (!concernsReposts(collection, doc, operation === 'update' ? previousDoc : undefined)) return doc
    await req.payload.jobs.queue({ task: 'repostFanOut', input: { collection, id: String(doc.id) }, req })
    notifyJobsQueued()
    return doc
  }

const queueRepostWithdrawal =
  (collection: string): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (!concernsReposts(collection, doc, undefined)) return
    await req.payload.jobs.queue({ task: 'repostFanOut', input: { collection, id: String(doc.id) }, req })
    notifyJobsQueued()
  }

/**
 * Adds the fan-out trigger to every repostable collection present in the config (articles now;
 * policy documents and interpretations as soon as their collections are registered).
 */
export const repostSources = (): Plugin => (config: Config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection: CollectionConfig) =>
    isRepostableCollection(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), queueRepostFanOut(collection.slug)],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), queueRepostWithdrawal(collection.slug)],
          },
        }
      : collection,
  ),
})
