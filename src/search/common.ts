import { SEARCH_DOCUMENT_TYPES, type FacetBucket, type SearchDocument, type SearchFacets, type SearchQuery, type SearchSort } from './types'

export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 100
/** Facet values shown per facet; Meilisearch's `maxValuesPerFacet` is set to the same. */
export const MAX_FACET_VALUES = 100

export type NormalizedQuery = Required<Pick<SearchQuery, 'q' | 'page' | 'pageSize'>> & {
  sort: SearchSort
  types: string[]
  siteIds: string[]
  yearFrom?: number
  yearTo?: number
  issuingAgencies: string[]
  gazetteCategories: string[]
  validities: string[]
  columnIds: string[]
}

const clean = (values: readonly (string | number)[] | undefined): string[] =>
  [...new Set((values ?? []).map((v) => String(v).trim()).filter(Boolean))]

const whole = (n: number | undefined): number | undefined => (n === undefined || !Number.isFinite(n) ? undefined : Math.trunc(n))

export function normalizeQuery(query: SearchQuery): NormalizedQuery {
  const q = (query.q ?? '').trim()
  const page = Math.max(1, whole(query.page) ?? 1)
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, whole(query.pageSize) ?? DEFAULT_PAGE_SIZE))
  return {
    q,
    page,
    pageSize,
    // Relevance means nothing without words: an empty query lists the newest first.
    sort: q && query.sort !== 'date' ? 'relevance' : 'date',
    types: clean(query.types).filter((t) => (SEARCH_DOCUMENT_TYPES as readonly string[]).includes(t)),
    siteIds: clean(query.siteIds),
    yearFrom: whole(query.yearFrom),
    yearTo: whole(query.yearTo),
    issuingAgencies: clean(query.issuingAgencies),
    gazetteCategories: clean(query.gazetteCategories),
    validities: clean(query.validities),
    columnIds: clean(query.columnIds),
  }
}

export const hasFilters = (q: NormalizedQuery): boolean =>
  q.types.length > 0 || q.siteIds.length > 0 || q.yearFrom !== undefined || q.yearTo !== undefined || q.issuingAgencies.length > 0 || q.gazetteCategories.length > 0 || q.validities.length > 0 || q.columnIds.length > 0

export const withoutFilters = (q: NormalizedQuery): NormalizedQuery => ({
  ...q,
  types: [],
  siteIds: [],
  yearFrom: undefined,
  yearTo: undefined,
  issuingAgencies: [],
  gazetteCategories: [],
  validities: [],
  columnIds: [],
})

export const emptyFacets = (): SearchFacets => ({ types: [], sites: [], years: [], issuingAgencies: [], gazetteCategories: [] })

/** Most frequent first; years newest first, the order a reader scans an archive in. */
export function sortBuckets(buckets: FacetBucket[], byValueDescending = false): FacetBucket[] {
  const sorted = byValueDescending
    ? buckets.sort((a, b) => Number(b.value) - Number(a.value))
    : buckets.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-Hans-CN'))
  return sorted.slice(0, MAX_FACET_VALUES)
}

export const agencyList = (value: SearchDocument['issuingAgency']): string[] =>
  clean(typeof value === 'string' ? [value] : (value ?? []))

/** The check every engine applies before indexing, so that one bad record fails loudly in its job. */
export function validateDocument(doc: SearchDocument): void {
  const problems: string[] = []
  if (!doc.id || typeof doc.id !== 'string') problems.push('id 为空')
  if (!(SEARCH_DOCUMENT_TYPES as readonly string[]).includes(doc.type)) problems.push(`type 无效：${String(doc.type)}`)
  if (doc.siteId === undefined || doc.siteId === null || String(doc.siteId) === '') problems.push('siteId 为空')
  if (typeof doc.title !== 'string') problems.push('title 不是文本')
  if (typeof doc.body !== 'string') problems.push('body 不是文本')
  if (Number.isNaN(Date.parse(doc.publishedAt))) problems.push(`publishedAt 不是有效日期：${String(doc.publishedAt)}`)
  if (!Number.isInteger(doc.year)) problems.push(`year 不是整数：${String(doc.year)}`)
  if (problems.length) throw new Error(`搜索文档 ${String(doc.id)} 无法索引：${problems.join('；')}`)
}

export const isoDate = (value: string): string => new Date(value).toISOString()
