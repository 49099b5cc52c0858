import type { CollectionSlug, Payload } from 'payload'
import { cache } from 'react'
import { speaker } from '../../i18n/bilingual'
import { idOf } from '../../ids'

type Titles = (id: string) => Promise<string | null>

/**
 * One loader per admin request and related collection: the IDs the cells of a list ask for in the same tick are read
 * in one query, and each title only once. Only the title field is read: site and column names are public (the
 * cluster directory and every site's navigation show them), and the row itself was read with the user's access.
 */
const titleLoader = cache((payload: Payload, collection: CollectionSlug): Titles => {
  const titleField = payload.collections[collection]?.config.admin.useAsTitle ?? 'id'
  const known = new Map<string, Promise<string | null>>()
  let batch: { id: string; resolve: (title: string | null) => void }[] = []
  const flush = async () => {
    const current = batch
    batch = []
    try {
      const { docs } = await payload.find({
        collection,
        where: { id: { in: current.map((c) => c.id) } },
        pagination: false,
        depth: 0,
        select: { [titleField]: true } as never,
        overrideAccess: true,
      })
      const titles = new Map((docs as Record<string, unknown>[]).map((d) => [String(d.id), String(d[titleField] ?? '')]))
      for (const c of current) c.resolve(titles.get(c.id) ?? null)
    } catch {
      for (const c of current) c.resolve(null)
    }
  }
  return (id) => {
    let title = known.get(id)
    if (!title) {
      title = new Promise((resolve) => {
        if (!batch.length) setTimeout(flush, 0)
        batch.push({ id, resolve })
      })
      known.set(id, title)
    }
    return title
  }
})

type Props = { cellData?: unknown; payload?: Payload; field?: { relationTo?: unknown }; i18n?: { language?: string } }

/**
 * A relationship column (所属网站, 所属栏目) rendered on the server. Payload's default relationship cell fetches the
 * titles from the browser only once a row has scrolled into view, and until then prints “<没有 所属网站>”: rows below
 * the fold (of a screenshot, a printout, or before scrolling) read as if they had no site. Here every row is named.
 */
export async function RelationTitleCell({ cellData, payload, field, i18n }: Props) {
  const L = speaker(i18n)
  const relationTo = typeof field?.relationTo === 'string' ? (field.relationTo as CollectionSlug) : null
  const ids = (Array.isArray(cellData) ? cellData : [cellData]).map(idOf).filter((id): id is string => id !== null)
  if (!ids.length || !payload || !relationTo) return <span className="zq-relation-cell">—</span>
  const load = titleLoader(payload, relationTo)
  const titles = await Promise.all(ids.map(async (id) => (await load(id)) || L(`编号 ${id}`, `No. ${id}`)))
  return (
    <span className={relationTo === 'sites' ? 'zq-relation-cell zq-site-cell' : 'zq-relation-cell'}>{titles.join(L('、', ', '))}</span>
  )
}
