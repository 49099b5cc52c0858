import { agencyList, isoDate } from './common'
import { docNumberKey } from './docNumber'
import type { HitRow } from './embeddedStore'
import { clausePatterns, findMatches, highlightAll, makeSnippet } from './highlight'
import type { ParsedQuery } from './query'
import { segmentDocument, type SegmentInput, type SegmentOutput } from './segmentText'
import type { Tokenizer } from './tokenizer'
import type { SearchDocument, SearchHit } from './types'

/** A document ready for the write transaction: segmented, its facet values cleaned. */
export type PreparedDocument = {
  doc: SearchDocument
  siteId: string
  agencies: string[]
  columns: string[]
  publishedAt: string
  published: number
  fts: { title: string; body: string; extra: string; dockey: string; refkeys: string; pinyin: string; initials: string }
  terms: [string, string][]
}

export function segmentInput(doc: SearchDocument): SegmentInput {
  const docNumber = doc.docNumber?.trim() ?? ''
  const extra = [docNumber, agencyList(doc.issuingAgency).join(' ')].filter(Boolean).join(' ')
  return { title: doc.title, body: doc.body, extra, docNumber }
}

/** Segmenting is the expensive part and needs no lock, so it happens before the write transaction. */
export function prepareDocument(tokenizer: Tokenizer, doc: SearchDocument, segmented?: SegmentOutput): PreparedDocument {
  const text = segmented ?? segmentDocument(tokenizer, segmentInput(doc))
  const docNumber = doc.docNumber?.trim() ?? ''
  return {
    doc,
    siteId: String(doc.siteId),
    agencies: agencyList(doc.issuingAgency),
    columns: [...new Set((doc.columnIds ?? []).map((c) => String(c).trim()).filter(Boolean))],
    publishedAt: isoDate(doc.publishedAt),
    published: Date.parse(doc.publishedAt),
    fts: { title: text.title, body: text.body, extra: text.extra, refkeys: text.refkeys, pinyin: text.pinyin, initials: text.initials, dockey: docNumberKey(docNumber) ?? '' },
    terms: text.terms,
  }
}

/** The `search_docs` row of a prepared document. */
export function documentRow(p: PreparedDocument) {
  const { doc } = p
  return {
    id: doc.id,
    type: doc.type,
    siteId: p.siteId,
    siteName: doc.siteName,
    title: doc.title,
    docNumber: doc.docNumber?.trim() || null,
    docKey: p.fts.dockey || null,
    issuingAgency: p.agencies.length ? p.agencies.join('、') : null,
    gazetteCategory: doc.gazetteCategory?.trim() || null,
    publishedAt: p.publishedAt,
    year: doc.year,
    url: doc.url,
    body: doc.body,
  }
}

/** The hits of a page, in the order of `rowids`, with the query's words marked. */
export function toHits(rows: readonly HitRow[], rowids: readonly number[], parsed: ParsedQuery): SearchHit[] {
  const byRowid = new Map(rows.map((r) => [r.rowid, r]))
  const patterns = clausePatterns(parsed.clauses)
  const hits: SearchHit[] = []
  for (const rowid of rowids) {
    const row = byRowid.get(rowid)
    if (!row) continue
    hits.push({
      id: row.id,
      type: row.type,
      title: row.title,
      url: row.url,
      siteId: row.site_id,
      siteName: row.site_name,
      publishedAt: row.published_at,
      ...(row.doc_number ? { docNumber: row.doc_number } : {}),
      ...(row.issuing_agency ? { issuingAgency: row.issuing_agency } : {}),
      titleHighlighted: highlightAll(row.title, findMatches(row.title, patterns)),
      snippet: makeSnippet(row.body, findMatches(row.body, patterns)),
    })
  }
  return hits
}
