import type { Payload } from 'payload'
import { cache } from 'react'
import { idOf } from '../../ids'

/** Every site's name, read once per admin request however many rows show a site. */
const siteNames = cache(async (payload: Payload): Promise<Map<string, string>> => {
  // Site names are public (the cluster's directory lists them); only the name is read.
  const { docs } = await payload.find({
    collection: 'sites',
    pagination: false,
    depth: 0,
    select: { name: true },
    overrideAccess: true,
  })
  return new Map(docs.map((s) => [String(s.id), s.name]))
})

type Props = { cellData?: unknown; payload?: Payload }

/**
 * The site column (所属网站) rendered on the server. Payload's default relationship cell fetches titles from the
 * browser only once a row scrolls into view, and until then prints “<没有 所属网站>”: rows below the fold of a
 * screenshot or a printed list read as if they had no site. Here every row carries its site's name.
 */
export async function SiteCell({ cellData, payload }: Props) {
  const ids = (Array.isArray(cellData) ? cellData : [cellData]).map(idOf).filter((id): id is string => id !== null)
  if (!ids.length || !payload) return <span className="zq-site-cell">—</span>
  const names = await siteNames(payload)
  return <span className="zq-site-cell">{ids.map((id) => names.get(id) ?? `网站 ${id}`).join('、')}</span>
}
