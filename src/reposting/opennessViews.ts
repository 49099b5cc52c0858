import type { Payload } from 'payload'
import type { File, Interpretation, Media, PolicyDocument } from '../../payload-types'
import { idOf } from '../access/siteField'
import { attributeNote, interpretationFormLabel, subjectCategoryLabel, validityLabel } from '../publishing/openness'
import type { DisclosureAttribute } from '../publishing/disclosure'
import { chinaDate } from '../render/dates'
import { richTextToSafeHtml } from '../render/richText'
import type { RepostableCollection } from './kinds'

/**
 * What a repost of a policy document (政策文件) or an interpretation (政策解读) shows on its target site:
 * everything the original's own public page must show — the metadata table, the 附注, only the declassified
 * text of a 脱密后公开 document — with links between a document and its interpretations that stay on the
 * target site when both are reposted there, and lead to the source site otherwise.
 */

type ID = number | string

/** Where a link to another original leads from a target site. */
export type OriginalLink = (collection: RepostableCollection, id: ID) => string

const objects = <T>(values: unknown): T[] => (Array.isArray(values) ? values.filter((v): v is T => Boolean(v) && typeof v === 'object') : [])
const object = <T>(value: unknown): T | null => (value && typeof value === 'object' ? (value as T) : null)

export const humanSize = (bytes: number | null | undefined): string => {
  if (!bytes) return ''
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`
}

export const fileView = (f: File) => ({ title: f.title, url: f.url ?? '', size: humanSize(f.filesize), type: (f.filename?.split('.').pop() ?? '').toUpperCase() })

/**
 * The target's own published reposts of the given originals, so that links between them stay on the
 * target site; any other original is linked on its own site (`elsewhere`).
 */
export async function linkOriginals(
  payload: Payload,
  targetSite: ID,
  basePath: string,
  wanted: Partial<Record<RepostableCollection, ID[]>>,
  elsewhere: OriginalLink,
): Promise<OriginalLink> {
  const reposted = new Map<string, ID>()
  for (const [collection, ids] of Object.entries(wanted)) {
    if (!ids?.length) continue
    const { docs } = await payload.find({
      collection: 'reposts',
      where: { and: [{ targetSite: { equals: targetSite } }, { status: { equals: 'published' } }, { originalCollection: { equals: collection } }, { originalId: { in: ids.map(String) } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { originalId: true },
    })
    for (const r of docs) reposted.set(`${collection}:${r.originalId}`, r.id)
  }
  return (collection, id) => {
    const repostId = reposted.get(`${collection}:${id}`)
    return repostId === undefined ? elsewhere(collection, id) : `${basePath}/reposts/${repostId}.html`
  }
}

/** The interpretations an anonymous visitor may read of a document, oldest first, as its own page lists them. */
export async function publicInterpretationsOf(payload: Payload, documentId: ID) {
  const { docs } = await payload.find({
    collection: 'interpretations',
    where: { policyDocument: { equals: documentId } },
    sort: 'publishedAt',
    limit: 50,
    depth: 0,
    select: { title: true, form: true, publishedAt: true, interpreter: true },
    overrideAccess: false,
    user: null,
  })
  return docs
}

/** The document as its public page shows it; a 脱密后公开 document shows its declassified text and file only. */
export function policyDocumentView(doc: PolicyDocument, sourceSite: ID, link: OriginalLink) {
  const declassified = doc.disclosureAttribute === 'after-declassification'
  const declassifiedFile = object<File>(doc.declassifiedVersion)
  const replacedBy = object<PolicyDocument>(doc.replacedBy)
  const validity = doc.validity ?? 'in-force'
  return {
    title: doc.title,
    indexNumber: doc.indexNumber ?? '',
    agencies: (doc.issuingAgencies ?? []).map((a) => a.name).filter(Boolean).join('、'),
    writtenAt: chinaDate(doc.writtenAt),
    publishedAt: chinaDate(doc.publishedAt),
    publishedAtIso: doc.publishedAt ?? '',
    docNumber: doc.docNumber ?? '',
    subjectCategory: subjectCategoryLabel(doc.subjectCategory),
    validity: validityLabel(validity),
    inForce: validity === 'in-force',
    validityChangedAt: chinaDate(doc.validityChangedAt),
    replacedBy: replacedBy && idOf(replacedBy.site) === String(sourceSite) ? { title: replacedBy.title, url: link('policy-documents', replacedBy.id) } : null,
    bodyHtml: richTextToSafeHtml(declassified ? doc.declassifiedBody : doc.body),
    declassified,
    note: attributeNote[doc.disclosureAttribute as DisclosureAttribute],
    attachments: declassified
      ? declassifiedFile
        ? [{ ...fileView(declassifiedFile), title: `${declassifiedFile.title}（脱密后版本）` }]
        : []
      : objects<File>(doc.attachments).map(fileView),
  }
}

export function interpretationListView(items: Pick<Interpretation, 'id' | 'title' | 'form' | 'publishedAt' | 'interpreter'>[], link: OriginalLink) {
  return items.map((i) => ({
    title: i.title,
    url: link('interpretations', i.id),
    form: interpretationFormLabel(i.form),
    interpreter: [i.interpreter?.name, i.interpreter?.title].filter(Boolean).join('，'),
    date: chinaDate(i.publishedAt),
  }))
}

export function interpretationView(interpretation: Interpretation) {
  return {
    title: interpretation.title,
    form: interpretationFormLabel(interpretation.form),
    interpreterName: interpretation.interpreter?.name ?? '',
    interpreterTitle: interpretation.interpreter?.title ?? '',
    date: chinaDate(interpretation.publishedAt),
    publishedAtIso: interpretation.publishedAt ?? '',
    bodyHtml: richTextToSafeHtml(interpretation.body),
    mediaUrl: /^https?:\/\//.test(interpretation.externalMediaUrl ?? '') ? interpretation.externalMediaUrl : '',
    images: objects<Media>(interpretation.media)
      .filter((m) => m.url)
      .map((m) => ({ src: m.sizes?.medium?.url ?? m.url!, alt: m.alt })),
  }
}

/** The document an interpretation explains, when an anonymous visitor may read it. */
export const interpretedDocumentOf = (interpretation: Interpretation): PolicyDocument | null => object<PolicyDocument>(interpretation.policyDocument)
