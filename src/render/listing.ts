import type { Payload, Where } from 'payload'
import { idOf } from '../ids'
import { publicArticleList, type ArticleSummary } from './content'
import { pageTags } from './invalidation'
import { opennessItemUrl } from './opennessListing'
import { readOriginalsAsVisitor } from '../reposting/originals'

/** A line of a public listing: the site's own article, or a repost of another site's document. */
export type ListingItem = ArticleSummary & { repostId?: number | string; sourceSiteId?: string }

export type Listing = { docs: ListingItem[]; totalDocs: number; totalPages: number; page: number; tags: string[] }

/**
 * A site's public listing (home sections, columns, feed, sitemap): its own articles merged with the
 * reposts it published, newest first. A repost shows only while its original is readable by an
 * anonymous visitor; its title, summary and date are the original's own. The listing carries the
 * originals' document tags, so a correction or withdrawal of an original drops these cached pages too.
 */
export async function publicListing(
  payload: Payload,
  siteId: number | string,
  options: { columnIds?: (number | string)[]; page?: number; limit: number },
): Promise<Listing> {
  const page = Math.max(1, options.page ?? 1)
  const window = page * options.limit
  const where: Where = {
    and: [
      { targetSite: { equals: siteId } },
      { status: { equals: 'published' } },
      ...(options.columnIds ? [{ targetColumn: { in: options.columnIds } }] : []),
    ],
  }
  const reposts = await payload.find({
    collection: 'reposts',
    where,
    sort: '-originalPublishedAt',
    limit: window,
    depth: 0,
    overrideAccess: true,
    select: { originalCollection: true, originalId: true, sourceSite: true },
  })
  if (!reposts.totalDocs) {
    const own = await publicArticleList(payload, siteId, options)
    return { ...own, tags: [] }
  }
  const byCollection = new Map<string, string[]>()
  for (const r of reposts.docs) byCollection.set(r.originalCollection, [...(byCollection.get(r.originalCollection) ?? []), r.originalId])
  const originals = new Map<string, Awaited<ReturnType<typeof readOriginalsAsVisitor>>>()
  await Promise.all([...byCollection].map(async ([collection, ids]) => originals.set(collection, await readOriginalsAsVisitor(payload, collection, ids))))
  const tags = new Set<string>()
  const shared: ListingItem[] = []
  for (const r of reposts.docs) {
    const original = originals.get(r.originalCollection)?.get(r.originalId)
    if (!original) continue
    shared.push({
      id: original.id as ArticleSummary['id'],
      title: original.title ?? '',
      publishedAt: original.publishedAt ?? null,
      summary: original.summary ?? null,
      repostId: r.id,
      sourceSiteId: idOf(r.sourceSite) ?? undefined,
    })
  }
  const own = await publicArticleList(payload, siteId, { columnIds: options.columnIds, page: 1, limit: window })
  const merged: ListingItem[] = [...own.docs, ...shared].sort((a, b) => Date.parse(b.publishedAt ?? '') - Date.parse(a.publishedAt ?? '') || 0)
  const docs = merged.slice((page - 1) * options.limit, window)
  for (const item of docs) {
    if (item.repostId === undefined) continue
    const r = reposts.docs.find((d) => d.id === item.repostId)!
    tags.add(pageTags.document(r.originalCollection, r.originalId))
    tags.add(pageTags.document('reposts', r.id))
    if (item.sourceSiteId) tags.add(pageTags.site(item.sourceSiteId))
  }
  // Reposts whose original is hidden but not yet marked withdrawn are not counted.
  const totalDocs = own.totalDocs + reposts.totalDocs - (reposts.docs.length - shared.length)
  return { docs, totalDocs, totalPages: Math.max(1, Math.ceil(totalDocs / options.limit)), page, tags: [...tags] }
}

/** Where a listing line leads: the article's own page, or the repost page on this site. */
export const listingItemUrl = (basePath: string, item: ListingItem): string =>
  item.repostId !== undefined
    ? `${basePath}/reposts/${item.repostId}.html`
    : item.collection
      ? opennessItemUrl(basePath, item.collection, item.id)
      : `${basePath}/articles/${item.id}.html`
