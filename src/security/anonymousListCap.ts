import type { CollectionBeforeOperationHook, Config, Plugin } from 'payload'
import { anonymousListMax } from './settings'

/**
 * Anonymous list requests over REST or GraphQL get at most ANONYMOUS_LIST_MAX rows a page, always
 * paginated, populated at most two levels deep: nobody can dump a 300k archive in one request.
 * Server code (the Local API) and signed-in users are not capped here; the HTTP layer bounds their
 * numbers (src/security/queryBounds.ts) and access rules decide what they see.
 */
const anonymousDepthMax = 2

const capAnonymousReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.user || (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL')) return args
  const max = anonymousListMax()
  const capped = { ...args } as Record<string, unknown>
  // Relationship population (Payload's dataloader) runs nested finds on the same request, unpaginated by id.
  if (capped.disableErrors === true || Number(capped.currentDepth ?? 0) > 0) return args
  if ('limit' in capped || 'pagination' in capped) {
    const limit = Number(capped.limit)
    capped.limit = Number.isInteger(limit) && limit > 0 ? Math.min(limit, max) : Math.min(10, max)
    capped.pagination = true
  }
  const depth = Number(capped.depth)
  if (capped.depth !== undefined && (!Number.isInteger(depth) || depth > anonymousDepthMax)) capped.depth = anonymousDepthMax
  return capped as typeof args
}

export const anonymousListCap = (): Plugin => (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), capAnonymousReads] },
  })),
})
