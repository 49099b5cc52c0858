import { sortBuckets } from './common'
import type { CodeKind } from './embeddedPlan'
import type { FacetColumns } from './facetColumns'
import { SEARCH_DOCUMENT_TYPES, SEARCH_DOCUMENT_TYPE_LABELS, type FacetBucket, type SearchFacets } from './types'

/** A facet code's stored value and label (a site's name), or undefined for an unknown code. */
export type ValueOf = (kind: CodeKind, code: number) => { value: string; label: string | null } | undefined

/**
 * The facet counts of a result from its matched rowids alone: the codes come from the in-memory
 * columns, their values and labels through `labelOf`. Pure apart from what `labelOf` does.
 */
export function countFacets(rowids: readonly number[], c: Pick<FacetColumns, 'type' | 'site' | 'year' | 'category' | 'agency' | 'extraAgencies'>, labelOf: ValueOf): SearchFacets {
  const types = new Map<number, number>()
  const sites = new Map<number, number>()
  const years = new Map<number, number>()
  const categories = new Map<number, number>()
  const agencies = new Map<number, number>()
  const bump = (map: Map<number, number>, key: number): void => {
    map.set(key, (map.get(key) ?? 0) + 1)
  }
  for (const r of rowids) {
    bump(types, c.type[r]!)
    bump(sites, c.site[r]!)
    bump(years, c.year[r]!)
    const category = c.category[r]!
    if (category) bump(categories, category)
    const agency = c.agency[r]!
    if (agency) bump(agencies, agency)
  }
  if (c.extraAgencies.size) for (const r of rowids) for (const code of c.extraAgencies.get(r) ?? []) bump(agencies, code)

  const buckets = (map: Map<number, number>, kind: CodeKind, withLabel: boolean): FacetBucket[] => {
    const out: FacetBucket[] = []
    for (const [code, count] of map) {
      const entry = labelOf(kind, code)
      if (!entry) continue
      out.push(withLabel && entry.label ? { value: entry.value, label: entry.label, count } : { value: entry.value, count })
    }
    return sortBuckets(out)
  }
  return {
    types: sortBuckets(
      [...types].flatMap(([code, count]) => {
        const type = SEARCH_DOCUMENT_TYPES[code - 1]
        return type ? [{ value: type, label: SEARCH_DOCUMENT_TYPE_LABELS[type], count }] : []
      }),
    ),
    sites: buckets(sites, 'site', true),
    years: sortBuckets([...years].map(([year, count]) => ({ value: String(year), count })), true),
    issuingAgencies: buckets(agencies, 'agency', false),
    gazetteCategories: buckets(categories, 'category', false),
  }
}

/** A document type's facet code: its position in SEARCH_DOCUMENT_TYPES, from 1 (0 means none). */
export const TYPE_CODES = new Map<string, number>(SEARCH_DOCUMENT_TYPES.map((t, i) => [t, i + 1]))
