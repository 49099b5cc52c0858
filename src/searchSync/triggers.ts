import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Config, Payload, PayloadRequest, Plugin, RequestContext } from 'payload'
import { notifyJobsQueued } from '../jobs/promptRun'
import { isSearchable } from './documents'
import { queueSiteResync } from './visibility'
import { Workflow } from '../states'

type Doc = { id: number | string; workflowStatus?: string | null }

const touchesPublic = (doc: Doc, previous?: Doc): boolean =>
  doc.workflowStatus === undefined || doc.workflowStatus === Workflow.published || previous?.workflowStatus === Workflow.published

/** Documents per batch job: one engine call each, small enough to finish well inside a job's run. */
export const searchSyncBatchSize = 200

/**
 * Queues the sync of many documents of one collection as batch jobs. A bulk writer saves with
 * `context.searchSyncBatched` (so the per-document hook stays quiet) and calls this once per chunk.
 */
export async function queueSearchSyncBatch(payload: Payload, collection: string, ids: (number | string)[], req?: PayloadRequest): Promise<(number | string)[]> {
  const jobs: (number | string)[] = []
  for (let start = 0; start < ids.length; start += searchSyncBatchSize) {
    const chunk = ids.slice(start, start + searchSyncBatchSize).map(String)
    const job = await payload.jobs.queue({ task: 'syncSearchIndex', input: { collection, id: chunk[0]!, ids: chunk }, ...(req ? { req } : {}) })
    jobs.push(job.id)
  }
  if (ids.length) notifyJobsQueued()
  return jobs
}

const queueSync =
  (collection: string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req, context }) => {
    if (!touchesPublic(doc, previousDoc) || context.searchSyncBatched) return doc
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

/**
 * A gazette article is public only while its issue is, and dated by it: publishing, unpublishing or
 * re-dating an issue re-syncs its articles.
 */
const queueIssueArticles: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status === previousDoc?.status && doc.publishedAt === previousDoc?.publishedAt) return doc
  const { docs } = await req.payload.find({ collection: 'gazette-articles', where: { issue: { equals: doc.id } }, limit: 0, pagination: false, depth: 0, select: { title: true }, overrideAccess: true, req })
  await queueSearchSyncBatch(req.payload, 'gazette-articles', docs.map((article) => article.id), req)
  return doc
}

/** Any change to the synonym groups queues one job that hands the whole current list to the engine. */
const queueSynonymSync = async ({ req, context }: { req: PayloadRequest; context: RequestContext }): Promise<void> => {
  if (context.skipSynonymSync) return
  await req.payload.jobs.queue({ task: 'syncSearchSynonyms', input: {}, req })
  notifyJobsQueued()
}

const synonymHooks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), async (args) => {
      await queueSynonymSync(args)
      return args.doc
    }],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), queueSynonymSync],
  },
})

/**
 * Queues an index sync (in the same transaction as the change) for every searchable collection in the
 * config, and a synonym sync for every change to the synonym groups.
 */
export const searchSyncSources = (): Plugin => (config: Config) => ({
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
      : collection.slug === 'gazette-issues'
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [...(collection.hooks?.afterChange ?? []), queueIssueArticles],
            },
          }
        : collection.slug === 'sites'
          ? { ...collection, hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), queueSiteResync] } }
          : collection.slug === 'search-synonyms'
            ? synonymHooks(collection)
            : collection,
  ),
})
