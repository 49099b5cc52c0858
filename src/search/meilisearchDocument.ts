import type { Hit, Settings } from 'meilisearch'
import { agencyList, emptyFacets, isoDate, MAX_FACET_VALUES, sortBuckets, validateDocument, type NormalizedQuery } from './common'
import { docNumberKey, documentReferenceKeys } from './docNumber'
import { escapeHtml } from './highlight'
import { DEFAULT_SYNONYM_GROUPS, toMeilisearchSynonyms } from './synonyms'
import { pinyinFacetValue } from './meilisearchVocabulary'
import { titlePinyin } from './pinyin'
import { createTokenizer, DEFAULT_CUSTOM_WORDS, type Tokenizer } from './tokenizer'
import { pinyinKey, titleTerms } from './vocabulary'
import {
  SEARCH_DOCUMENT_TYPES,
  SEARCH_DOCUMENT_TYPE_LABELS,
  type FacetBucket,
  type SearchDocument,
  type SearchDocumentType,
  type SearchHit,
  type SearchResult,
  type SynonymGroup,
} from './types'

/*
 * How the platform's documents, filters, facets and hits map to Meilisearch's: pure functions, kept
 * apart from the engine class so the mapping can be read (and tested) without a server.
 */

/** What is stored in Meilisearch for one SearchDocument. */
export type MeilisearchDocument = {
  pk: string
  id: string
  type: SearchDocumentType
  siteId: string
  siteName: string
  /** `<siteId>|<siteName>`: facets by site with the name to show, in one value. */
  siteFacet: string
  title: string
  body: string
  docNumber: string | null
  docNumberKey: string | null
  docNumberRefKeys: string[]
  issuingAgency: string[]
  gazetteCategory: string | null
  validity: string | null
  /** The document's own columns (栏目); a column search sends the column with its sub-columns. */
  columnIds: string[]
  publishedAt: string
  year: number
  url: string
  /** The title's toneless syllables and their initials, space-separated (see pinyin.ts). */
  titlePinyin: string
  titleInitials: string
  /** The title vocabulary for did-you-mean: the words, and `<pinyin>|<word>` for homophones. */
  titleTerms: string[]
  titleTermPinyin: string[]
}

export const DEFAULT_INDEX_UID = 'zhanqun-content'
export const FACETS = ['type', 'siteFacet', 'year', 'issuingAgency', 'gazetteCategory'] as const
/** `body` is retrieved only because `_formatted` holds just the retrieved attributes; the excerpt comes from `_formatted.body`. */
export const RETRIEVED = ['id', 'type', 'title', 'url', 'siteId', 'siteName', 'publishedAt', 'docNumber', 'issuingAgency', 'body']
/** Private-use characters as highlight tags: the text is escaped after Meilisearch marks it, then they become <mark>. */
export const PRE_TAG = '\uE000'
export const POST_TAG = '\uE001'
export const CHINESE = ['cmn']

/**
 * Meilisearch document ids allow only letters, digits, `-` and `_`; `articles:12` becomes
 * `articles_003a12`. `_` itself is escaped, so different ids never collide.
 */
export function meilisearchPrimaryKey(id: string): string {
  let out = ''
  for (let i = 0; i < id.length; i++) {
    const c = id[i]!
    out += /[A-Za-z0-9-]/.test(c) ? c : `_${id.charCodeAt(i).toString(16).padStart(4, '0')}`
  }
  return out
}

export function meilisearchSettings(
  synonyms: readonly SynonymGroup[] = DEFAULT_SYNONYM_GROUPS,
  customWords: readonly string[] = DEFAULT_CUSTOM_WORDS,
  maxTotalHits = 10_000,
): Settings {
  return {
    // Attribute order is Meilisearch's attribute ranking rule: the title first.
    // The pinyin attributes come last and are searched only by the pinyin retry (attributesToSearchOn).
    searchableAttributes: ['title', 'docNumber', 'issuingAgency', 'body', 'siteName', ...PINYIN_ATTRIBUTES],
    // titleTerms and titleTermPinyin are filterable only for the facet search of did-you-mean.
    filterableAttributes: ['type', 'siteId', 'siteFacet', 'year', 'issuingAgency', 'gazetteCategory', 'validity', 'columnIds', 'docNumberKey', 'docNumberRefKeys', 'titleTerms', 'titleTermPinyin'],
    sortableAttributes: ['publishedAt', 'year'],
    // Without this, kanji-only text may be detected as Japanese and segmented differently.
    localizedAttributes: [{ attributePatterns: ['title', 'body', 'docNumber', 'issuingAgency', 'siteName'], locales: CHINESE }],
    synonyms: toMeilisearchSynonyms(synonyms),
    dictionary: [...new Set(customWords)],
    faceting: { maxValuesPerFacet: MAX_FACET_VALUES },
    pagination: { maxTotalHits },
  }
}

/** What the words search on: everything searchable but the pinyin. */
export const TEXT_ATTRIBUTES = ['title', 'docNumber', 'issuingAgency', 'body', 'siteName']
export const PINYIN_ATTRIBUTES = ['titlePinyin', 'titleInitials']

/**
 * Traditional characters are left as they are: Meilisearch's Chinese normaliser (charabia) folds
 * them to simplified in both the documents and the queries. The pinyin and the vocabulary are
 * computed here, from the simplified form, as the embedded engine does.
 */
export function toMeilisearchDocument(doc: SearchDocument, tokenizer: Tokenizer = createTokenizer()): MeilisearchDocument {
  validateDocument(doc)
  const terms = titleTerms(tokenizer, doc.title)
  const pinyin = titlePinyin(doc.title)
  const siteId = String(doc.siteId)
  const docNumber = doc.docNumber?.trim() || null
  return {
    pk: meilisearchPrimaryKey(doc.id),
    id: doc.id,
    type: doc.type,
    siteId,
    siteName: doc.siteName,
    siteFacet: `${siteId}|${doc.siteName}`,
    title: doc.title,
    body: doc.body,
    docNumber,
    docNumberKey: docNumberKey(docNumber),
    docNumberRefKeys: documentReferenceKeys({ docNumber, title: doc.title, body: doc.body }),
    issuingAgency: agencyList(doc.issuingAgency),
    gazetteCategory: doc.gazetteCategory?.trim() || null,
    validity: doc.validity?.trim() || null,
    columnIds: [...new Set((doc.columnIds ?? []).map((c) => String(c).trim()).filter(Boolean))],
    publishedAt: isoDate(doc.publishedAt),
    year: doc.year,
    url: doc.url,
    titlePinyin: pinyin.pinyin,
    titleInitials: pinyin.initials,
    titleTerms: terms,
    titleTermPinyin: terms.map((t) => pinyinFacetValue(pinyinKey(t), t)),
  }
}

/** Page/hitsPerPage requests answer `totalHits` (exhaustive); offset/limit ones `estimatedTotalHits`. */
export const totalOf = (response: object): number => {
  const r = response as { totalHits?: number; estimatedTotalHits?: number }
  return r.totalHits ?? r.estimatedTotalHits ?? 0
}

export const quote = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
const inList = (attribute: string, values: readonly string[]): string => `${attribute} IN [${values.map(quote).join(', ')}]`

/** The filter expression for a query's filters, plus an optional extra condition; undefined when there is none. */
export function meilisearchFilter(query: NormalizedQuery, extra?: string): string | undefined {
  const parts: string[] = []
  if (query.types.length) parts.push(inList('type', query.types))
  if (query.siteIds.length) parts.push(inList('siteId', query.siteIds))
  if (query.yearFrom !== undefined) parts.push(`year >= ${query.yearFrom}`)
  if (query.yearTo !== undefined) parts.push(`year <= ${query.yearTo}`)
  if (query.issuingAgencies.length) parts.push(inList('issuingAgency', query.issuingAgencies))
  if (query.gazetteCategories.length) parts.push(inList('gazetteCategory', query.gazetteCategories))
  if (query.validities.length) parts.push(inList('validity', query.validities))
  if (query.columnIds.length) parts.push(inList('columnIds', query.columnIds))
  if (extra) parts.push(extra)
  return parts.length ? parts.join(' AND ') : undefined
}

/** Meilisearch marks but does not escape; escape first, then turn the private tags into <mark>. */
export function meilisearchMarkup(text: string | undefined): string {
  if (!text) return ''
  return escapeHtml(text).replaceAll(PRE_TAG, '<mark>').replaceAll(POST_TAG, '</mark>')
}

export function facetBuckets(distribution: Record<string, Record<string, number>> | undefined): SearchResult['facets'] {
  const facets = emptyFacets()
  if (!distribution) return facets
  const entries = (name: string): [string, number][] => Object.entries(distribution[name] ?? {})
  facets.types = sortBuckets(
    entries('type')
      .filter(([value]) => (SEARCH_DOCUMENT_TYPES as readonly string[]).includes(value))
      .map(([value, count]) => ({ value, label: SEARCH_DOCUMENT_TYPE_LABELS[value as SearchDocumentType], count })),
  )
  facets.sites = sortBuckets(
    entries('siteFacet').map(([value, count]): FacetBucket => {
      const bar = value.indexOf('|')
      return bar < 0 ? { value, count } : { value: value.slice(0, bar), label: value.slice(bar + 1), count }
    }),
  )
  facets.years = sortBuckets(entries('year').map(([value, count]) => ({ value, count })), true)
  facets.issuingAgencies = sortBuckets(entries('issuingAgency').map(([value, count]) => ({ value, count })))
  facets.gazetteCategories = sortBuckets(entries('gazetteCategory').map(([value, count]) => ({ value, count })))
  return facets
}

export function toHit(hit: Hit<MeilisearchDocument>): SearchHit {
  const formatted = hit._formatted ?? {}
  const agencies = Array.isArray(hit.issuingAgency) ? hit.issuingAgency : []
  return {
    id: hit.id,
    type: hit.type,
    title: hit.title,
    url: hit.url,
    siteId: String(hit.siteId),
    siteName: hit.siteName,
    publishedAt: hit.publishedAt,
    ...(hit.docNumber ? { docNumber: hit.docNumber } : {}),
    ...(agencies.length ? { issuingAgency: agencies.join('、') } : {}),
    titleHighlighted: meilisearchMarkup(typeof formatted.title === 'string' ? formatted.title : hit.title),
    snippet: meilisearchMarkup(typeof formatted.body === 'string' ? formatted.body : '').replace(/\s+/g, ' ').trim(),
  }
}
