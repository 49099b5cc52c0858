import type { Payload } from 'payload'
import type { RepostableCollection } from './kinds'

/**
 * Links between a reposted policy document and its interpretations: they stay on the target site when
 * both are reposted there, and lead to the source site otherwise. The pages themselves are drawn from
 * src/render/opennessViews.ts, as on the original's own site.
 */

type ID = number | string

/** Where a link to another original leads from a target site. */
export type OriginalLink = (collection: RepostableCollection, id: ID) => string

/**
 * The target's own published reposts of the given originals, so that links between them stay on the
 * target site; any other original is linked on its own site (`elsewhere`).
 */
export async function linkOriginals(
  payload: Payload,
  targetSite: ID,
  basePath: string,
  wanted: Partial<Record<RepostableCollection, ID[]>>,
  elsewhere: OriginalLink,
): Promise<OriginalLink> {
  const reposted = new Map<string, ID>()
  for (const [collection, ids] of Object.entries(wanted)) {
    if (!ids?.length) continue
    const { docs } = await payload.find({
      collection: 'reposts',
      where: { and: [{ targetSite: { equals: targetSite } }, { status: { equals: 'published' } }, { originalCollection: { equals: collection } }, { originalId: { in: ids.map(String) } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { originalId: true },
    })
    for (const r of docs) reposted.set(`${collection}:${r.originalId}`, r.id)
  }
  return (collection, id) => {
    const repostId = reposted.get(`${collection}:${id}`)
    return repostId === undefined ? elsewhere(collection, id) : `${basePath}/reposts/${repostId}.html`
  }
}

/** The interpretations an anonymous visitor may read of a document, oldest first, as its own page lists them. */
export async function publicInterpretationsOf(payload: Payload, documentId: ID) {
  const { docs } = await payload.find({
    collection: 'interpretations',
    where: { policyDocument: { equals: documentId } },
    sort: 'publishedAt',
    limit: 50,
    depth: 0,
    select: { title: true, form: true, publishedAt: true, interpreter: true },
    overrideAccess: false,
    user: null,
  })
  return docs
}

