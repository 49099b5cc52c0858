import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Config, PayloadRequest, Plugin, RequestContext } from 'payload'
import { notifyJobsQueued } from '../jobs/promptRun'
import { isSearchable } from './documents'
import { queueSiteResync } from './visibility'

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

/**
 * A gazette article is public only while its issue is, and dated by it: publishing, unpublishing or
 * re-dating an issue re-syncs its articles.
 */
const queueIssueArticles: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status === previousDoc?.status && doc.publishedAt === previousDoc?.publishedAt) return doc
  const { docs } = await req.payload.find({ collection: 'gazette-articles', where: { issue: { equals: doc.id } }, limit: 0, pagination: false, depth: 0, select: { title: true }, overrideAccess: true, req })
  for (const article of docs) {
    await req.payload.jobs.queue({ task: 'syncSearchIndex', input: { collection: 'gazette-articles', id: String(article.id) }, req })
  }
  if (docs.length) notifyJobsQueued()
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
