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
  // Codes are small integers, so counting into typed arrays instead of Maps: over the hundreds of
  // thousands of matches of a common word at a million articles this is most of the facet cost.
  const types = new Tally()
  const sites = new Tally()
  const years = new Tally()
  const categories = new Tally()
  const agencies = new Tally()
  const { type, site, year, category, agency } = c
  for (let i = 0; i < rowids.length; i++) {
    const r = rowids[i]!
    types.bump(type[r]!)
    sites.bump(site[r]!)
    // Years are stored as 16-bit integers; the tally is indexed by their unsigned form.
    years.bump(year[r]! & 0xffff)
    const categoryCode = category[r]!
    if (categoryCode) categories.bump(categoryCode)
    const agencyCode = agency[r]!
    if (agencyCode) agencies.bump(agencyCode)
  }
  if (c.extraAgencies.size) for (const r of rowids) for (const code of c.extraAgencies.get(r) ?? []) agencies.bump(code)

  const buckets = (tally: Tally, kind: CodeKind, withLabel: boolean): FacetBucket[] => {
    const out: FacetBucket[] = []
    for (const [code, count] of tally.entries()) {
      const entry = labelOf(kind, code)
      if (!entry) continue
      out.push(withLabel && entry.label ? { value: entry.value, label: entry.label, count } : { value: entry.value, count })
    }
    return sortBuckets(out)
  }
  return {
    types: sortBuckets(
      types.entries().flatMap(([code, count]) => {
        const type = SEARCH_DOCUMENT_TYPES[code - 1]
        return type ? [{ value: type, label: SEARCH_DOCUMENT_TYPE_LABELS[type], count }] : []
      }),
    ),
    sites: buckets(sites, 'site', true),
    years: sortBuckets(
      years.entries().map(([unsigned, count]) => ({ value: String((unsigned << 16) >> 16), count })),
      true,
    ),
    issuingAgencies: buckets(agencies, 'agency', false),
    gazetteCategories: buckets(categories, 'category', false),
  }
}

/** Counts per non-negative integer code, growing to the largest code seen. */
class Tally {
  private counts = new Int32Array(64)

  bump(code: number): void {
    if (code >= this.counts.length) {
      const wider = new Int32Array(Math.max(code + 1, this.counts.length * 2))
      wider.set(this.counts)
      this.counts = wider
    }
    this.counts[code]!++
  }

  /** [code, count] for every code counted at least once, in code order. */
  entries(): [number, number][] {
    const out: [number, number][] = []
    for (let code = 0; code < this.counts.length; code++) if (this.counts[code]) out.push([code, this.counts[code]!])
    return out
  }
}

/** A document type's facet code: its position in SEARCH_DOCUMENT_TYPES, from 1 (0 means none). */
export const TYPE_CODES = new Map<string, number>(SEARCH_DOCUMENT_TYPES.map((t, i) => [t, i + 1]))
