import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from 'lexical'
import type { Payload } from 'payload'
import { chinaDay } from '../calendar/chinaTime'
import { idOf } from '../ids'
import { Validity } from '../states'
import { searchDocumentId, type SearchDocument, type SearchDocumentType } from '../search/types'

type IndexedDoc = Record<string, unknown> & { id: number | string; title?: string; publishedAt?: string | null; site?: unknown }

/**
 * How each searchable collection becomes a search document; its public page path is relative to the
 * site. `date` is the document's public date when it is not its own `publishedAt`.
 */
type Mapping = {
  type: SearchDocumentType
  path: (doc: IndexedDoc) => string
  date?: (doc: IndexedDoc) => string | null | undefined
  /** The relationship field holding the document's column(s) (栏目), when it has one. */
  columns?: string
  extra?: (doc: IndexedDoc) => Partial<SearchDocument>
}

const agencies = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map((row) => (typeof row === 'string' ? row : String((row as { name?: string; agency?: string }).name ?? (row as { agency?: string }).agency ?? ''))).filter(Boolean)
    : typeof value === 'string' && value
      ? [value]
      : []

export const searchableCollections: Record<string, Mapping> = {
  articles: { type: 'article', path: (doc) => `/articles/${doc.id}.html`, columns: 'columns' },
  'policy-documents': {
    type: 'policy-document',
    path: (doc) => `/documents/${doc.id}.html`,
    columns: 'column',
    extra: (doc) => ({
      docNumber: (doc.docNumber as string) ?? null,
      issuingAgency: agencies(doc.issuingAgencies ?? doc.issuingAgency),
      validity: (doc.validity as string) ?? Validity.inForce,
    }),
  },
  interpretations: { type: 'interpretation', path: (doc) => `/interpretations/${doc.id}.html`, columns: 'column' },
  'gazette-articles': {
    type: 'gazette-article',
    path: (doc) => `/gazette/articles/${doc.id}.html`,
    // A gazette article appears, and is dated and filed by year, with its issue.
    date: (doc) => (doc.issue && typeof doc.issue === 'object' ? (doc.issue as { publishedAt?: string | null }).publishedAt : null),
    extra: (doc) => ({
      docNumber: (doc.docNumber as string) ?? null,
      issuingAgency: agencies(doc.issuingAgency ?? doc.issuingAgencies),
      gazetteCategory: (doc.category as string) ?? null,
      validity: (doc.validity as string) ?? Validity.inForce,
    }),
  },
}

const columnIdsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).map((c) => idOf(c)).filter((id): id is string => Boolean(id))

export const isSearchable = (collection: string): boolean => collection in searchableCollections

function plainText(value: unknown): string {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && 'root' in value) return convertLexicalToPlaintext({ data: value as SerializedEditorState })
  return ''
}

/**
 * Reads the document as an anonymous visitor would: only what the public-read access rule lets
 * through becomes a search document, so non-public content can never reach the index.
 */
export async function publicSearchDocument(payload: Payload, collection: string, id: string): Promise<SearchDocument | null> {
  return (await publicSearchDocuments(payload, collection, [id])).get(String(id)) ?? null
}

/** The same for many documents of one collection in one query: the ids the public may not read are absent. */
export async function publicSearchDocuments(payload: Payload, collection: string, ids: string[]): Promise<Map<string, SearchDocument>> {
  const found = new Map<string, SearchDocument>()
  const mapping = searchableCollections[collection]
  if (!mapping || !payload.collections[collection as 'articles'] || !ids.length) return found
  const { docs } = await payload.find({
    collection: collection as 'articles',
    where: { id: { in: ids } },
    depth: 1,
    limit: ids.length,
    pagination: false,
    overrideAccess: false,
    user: null,
  })
  for (const doc of docs as unknown as IndexedDoc[]) {
    const document = toSearchDocument(collection, mapping, doc)
    if (document) found.set(String(doc.id), document)
  }
  return found
}

function toSearchDocument(collection: string, mapping: Mapping, doc: IndexedDoc): SearchDocument | null {
  const site = doc.site && typeof doc.site === 'object' ? (doc.site as { id: number | string; name: string; siteCode: string }) : null
  if (!site) return null
  const publishedAt = mapping.date?.(doc) ?? doc.publishedAt ?? new Date().toISOString()
  const body = [doc.summary, doc.body, doc.declassifiedBody, doc.bodyText, doc.text].map(plainText).filter(Boolean).join('\n')
  return {
    id: searchDocumentId(collection, doc.id),
    type: mapping.type,
    siteId: site.id,
    siteName: site.name,
    title: String(doc.title ?? ''),
    body,
    publishedAt,
    year: Number(chinaDay(publishedAt).slice(0, 4)),
    url: `/sites/${site.siteCode}${mapping.path(doc)}`,
    columnIds: columnIdsOf(mapping.columns ? doc[mapping.columns] : null),
    ...mapping.extra?.(doc),
  }
}
