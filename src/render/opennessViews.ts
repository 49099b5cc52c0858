import { safeUrl } from '../access/safeUrls'
import type { File, Interpretation, Media, PolicyDocument } from '../../payload-types'
import { idOf } from '../ids'
import { attributeNote, interpretationFormLabel, subjectCategoryLabel, validityLabel } from '../publishing/openness'
import type { DisclosureAttribute } from '../publishing/disclosure'
import { chinaDate } from './dates'
import { fileView } from './fileView'
import type { OpennessCollection } from './opennessListing'
import { Validity } from '../states'

/**
 * What the public page of a policy document (政策文件) or an interpretation (政策解读) shows, as template
 * data: the metadata table, the 附注, only the declassified text and file of a 脱密后公开 document, and
 * links between a document and its interpretations. The document's own site (src/render/opennessPages.ts)
 * and a repost of it on another site (src/reposting/render.ts) show the same; only where links lead differs.
 */

type ID = number | string

/** Where a link to a policy document or interpretation leads from the page being rendered. */
export type OpennessLink = (collection: OpennessCollection, id: ID) => string

export const objects = <T>(values: unknown): T[] => (Array.isArray(values) ? values.filter((v): v is T => Boolean(v) && typeof v === 'object') : [])
export const object = <T>(value: unknown): T | null => (value && typeof value === 'object' ? (value as T) : null)

/** The text a policy document's public page shows: the declassified one of a 脱密后公开 document. */
export const shownPolicyText = (doc: Pick<PolicyDocument, 'disclosureAttribute' | 'body' | 'declassifiedBody'>): unknown =>
  doc.disclosureAttribute === 'after-declassification' ? doc.declassifiedBody : doc.body

/**
 * The document as its public page shows it; a 脱密后公开 document shows its declassified text and file only.
 * `bodyHtml` is the shown text rendered with its images and attachment links (renderBodyWithUploads).
 */
export function policyDocumentView(doc: PolicyDocument, sourceSite: ID, link: OpennessLink, bodyHtml: string) {
  const declassified = doc.disclosureAttribute === 'after-declassification'
  const declassifiedFile = object<File>(doc.declassifiedVersion)
  const replacedBy = object<PolicyDocument>(doc.replacedBy)
  const validity = doc.validity ?? Validity.inForce
  return {
    title: doc.title,
    indexNumber: doc.indexNumber ?? '',
    agencies: (doc.issuingAgencies ?? []).map((a) => a.name).filter(Boolean).join('、'),
    writtenAt: chinaDate(doc.writtenAt),
    issuedAt: chinaDate(doc.issuedAt),
    publishedAt: chinaDate(doc.publishedAt),
    publishedAtIso: doc.publishedAt ?? '',
    docNumber: doc.docNumber ?? '',
    subjectCategory: subjectCategoryLabel(doc.subjectCategory),
    validity: validityLabel(validity),
    inForce: validity === Validity.inForce,
    validityChangedAt: chinaDate(doc.validityChangedAt),
    replacedBy: replacedBy && idOf(replacedBy.site) === String(sourceSite) ? { title: replacedBy.title, url: link('policy-documents', replacedBy.id) } : null,
    bodyHtml,
    declassified,
    note: attributeNote[doc.disclosureAttribute as DisclosureAttribute],
    attachments: declassified
      ? declassifiedFile
        ? [{ ...fileView(declassifiedFile), title: `${declassifiedFile.title}（脱密后版本）` }]
        : []
      : objects<File>(doc.attachments).map(fileView),
  }
}

export function interpretationListView(items: Pick<Interpretation, 'id' | 'title' | 'form' | 'publishedAt' | 'interpreter'>[], link: OpennessLink) {
  return items.map((i) => ({
    title: i.title,
    url: link('interpretations', i.id),
    form: interpretationFormLabel(i.form),
    interpreter: [i.interpreter?.name, i.interpreter?.title].filter(Boolean).join('，'),
    date: chinaDate(i.publishedAt),
  }))
}

/** `bodyHtml`: the interpretation's body rendered with its images and attachment links (renderBodyWithUploads). */
export function interpretationView(interpretation: Interpretation, bodyHtml: string) {
  return {
    title: interpretation.title,
    form: interpretationFormLabel(interpretation.form),
    interpreterName: interpretation.interpreter?.name ?? '',
    interpreterTitle: interpretation.interpreter?.title ?? '',
    date: chinaDate(interpretation.publishedAt),
    publishedAtIso: interpretation.publishedAt ?? '',
    bodyHtml,
    mediaUrl: safeUrl(interpretation.externalMediaUrl) ?? '',
    images: objects<Media>(interpretation.media)
      .filter((m) => m.url)
      .map((m) => ({ src: m.sizes?.medium?.url ?? m.url!, alt: m.alt })),
  }
}

/** The document an interpretation explains, when an anonymous visitor may read it. */
export const interpretedDocumentOf = (interpretation: Interpretation): PolicyDocument | null => object<PolicyDocument>(interpretation.policyDocument)
