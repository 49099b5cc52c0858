import type { CollectionSlug, Payload } from 'payload'
import { idOf } from '../ids'
import { isRepostableCollection, type RepostableCollection } from './kinds'

/** The fields every repostable document shares, whatever its collection. */
export type OriginalDoc = {
  id: number | string
  site?: unknown
  title?: string | null
  summary?: string | null
  body?: unknown
  source?: string | null
  author?: string | null
  publishedAt?: string | null
  important?: boolean | null
  workflowStatus?: string | null
  workflowLog?: { toStatus?: string | null; at?: string | null }[] | null
  columns?: unknown[] | null
  column?: unknown
  attachments?: unknown[] | null
  coverImage?: unknown
  docNumber?: string | null
  createdAt?: string
}

export const hasCollection = (payload: Payload, slug: string): slug is RepostableCollection =>
  isRepostableCollection(slug) && Boolean(payload.collections[slug as CollectionSlug])

/**
 * The original as an anonymous visitor may read it: published, openly disclosed, on a public site.
 * Whatever the access rules of its collection hide, a repost never shows.
 */
export async function readOriginalAsVisitor(payload: Payload, collection: string, id: number | string, depth = 0): Promise<OriginalDoc | null> {
  if (!hasCollection(payload, collection)) return null
  const { docs } = await payload.find({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    limit: 1,
    depth,
    pagination: false,
    overrideAccess: false,
    user: null,
  })
  return (docs[0] as OriginalDoc | undefined) ?? null
}

/** Many originals of one collection at once, with the visitor's access; the missing ones are not public. */
export async function readOriginalsAsVisitor(payload: Payload, collection: string, ids: (number | string)[]): Promise<Map<string, OriginalDoc>> {
  const found = new Map<string, OriginalDoc>()
  if (!ids.length || !hasCollection(payload, collection)) return found
  const { docs } = await payload.find({
    collection: collection as CollectionSlug,
    where: { id: { in: ids } },
    limit: ids.length,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: null,
    select: { title: true, publishedAt: true, summary: true, site: true },
  })
  for (const doc of docs as OriginalDoc[]) found.set(String(doc.id), doc)
  return found
}

export async function readOriginalTrusted(payload: Payload, collection: string, id: number | string): Promise<OriginalDoc | null> {
  if (!hasCollection(payload, collection)) return null
  const doc = await payload.findByID({ collection: collection as CollectionSlug, id, depth: 0, overrideAccess: true, disableErrors: true })
  return (doc as OriginalDoc | null) ?? null
}

export const columnIdsOf = (doc: OriginalDoc): string[] =>
  [...(Array.isArray(doc.columns) ? doc.columns : []), ...(doc.column ? [doc.column] : [])].map(idOf).filter((id): id is string => Boolean(id))

/** When the original became public this time: its latest publish transition, else its publication date. */
export function publicSince(doc: OriginalDoc): Date {
  const published = (doc.workflowLog ?? []).filter((e) => e.toStatus === 'published' && e.at).at(-1)?.at
  const at = published ?? doc.publishedAt
  const time = at ? Date.parse(at) : Number.NaN
  return Number.isFinite(time) ? new Date(time) : new Date()
}
