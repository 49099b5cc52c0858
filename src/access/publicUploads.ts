import type { CheckboxField, CollectionSlug, Where } from 'payload'
import { visibleArticle } from '../../collections/articles/access'
import { visibleConsultation } from '../../collections/consultations/access'
import { visibleGazetteArticle } from '../../collections/gazette-articles/access'
import { visibleGazetteIssue } from '../../collections/gazette-issues/access'
import { visibleInterpretation } from '../../collections/interpretations/access'
import { declassifiedTextShown, publicOriginalText, visiblePolicyDocument } from '../../collections/policy-documents/access'
import { onPublicSite, readOwnSitesOr } from './siteScoped'

/**
 * 附件与图片的公开范围. An attachment (files) or image (media) reaches the public only where the public
 * sees it: in a field the public may read, of a document the public may read. The attachment of a draft,
 * of a 依申请公开 or 不公开 document, or the classified original of a 脱密后公开 document is read by the
 * members of its site only — over REST, GraphQL, relationship population and file download alike.
 *
 * The rule stays a query the database runs: each upload carries `publiclyReferenced`, which
 * src/access/publicUploadSync.ts keeps up to date whenever a document using uploads changes.
 */

export type UploadSlug = 'files' | 'media'

/**
 * A field through which the public sees an upload, and when. `visible` is the public read rule of the
 * field's document without the site's status: the upload's own rule checks its site, so a site going
 * offline and coming back needs no recomputation.
 */
export type PublicUse = { collection: CollectionSlug; field: string; upload: UploadSlug; visible: Where }

/**
 * Every public use of an upload. An upload field that is not listed here never makes its uploads public
 * (a test checks that each upload field of the config is either listed or deliberately left out).
 */
export const publicUses: readonly PublicUse[] = [
  { collection: 'articles', field: 'attachments', upload: 'files', visible: visibleArticle },
  { collection: 'articles', field: 'coverImage', upload: 'media', visible: visibleArticle },
  // Images, videos and attachment links inside the body (src/editor/bodyReferences.ts keeps these fields).
  { collection: 'articles', field: 'bodyMedia', upload: 'media', visible: visibleArticle },
  { collection: 'articles', field: 'bodyFiles', upload: 'files', visible: visibleArticle },
  // The original attachments of a 脱密后公开 document stay inside (originalTextReadable); its declassified version is the public one.
  { collection: 'policy-documents', field: 'attachments', upload: 'files', visible: { and: [visiblePolicyDocument, publicOriginalText] } },
  { collection: 'policy-documents', field: 'declassifiedVersion', upload: 'files', visible: visiblePolicyDocument },
  // The body's uploads follow the original text; the declassified text's are public only while it is the one shown.
  { collection: 'policy-documents', field: 'bodyMedia', upload: 'media', visible: { and: [visiblePolicyDocument, publicOriginalText] } },
  { collection: 'policy-documents', field: 'bodyFiles', upload: 'files', visible: { and: [visiblePolicyDocument, publicOriginalText] } },
  { collection: 'policy-documents', field: 'declassifiedBodyMedia', upload: 'media', visible: { and: [visiblePolicyDocument, declassifiedTextShown] } },
  { collection: 'policy-documents', field: 'declassifiedBodyFiles', upload: 'files', visible: { and: [visiblePolicyDocument, declassifiedTextShown] } },
  { collection: 'interpretations', field: 'media', upload: 'media', visible: visibleInterpretation },
  { collection: 'interpretations', field: 'bodyMedia', upload: 'media', visible: visibleInterpretation },
  { collection: 'interpretations', field: 'bodyFiles', upload: 'files', visible: visibleInterpretation },
  { collection: 'gazette-articles', field: 'pdf', upload: 'files', visible: visibleGazetteArticle },
  { collection: 'gazette-issues', field: 'pdf', upload: 'files', visible: visibleGazetteIssue },
  { collection: 'consultations', field: 'attachments', upload: 'files', visible: visibleConsultation },
]

export const publicUsesOf = (upload: UploadSlug): PublicUse[] => publicUses.filter((use) => use.upload === upload)

/** Maintained by the system only: no one sets it through the API or the admin. */
export const publiclyReferencedField: CheckboxField = {
  name: 'publiclyReferenced',
  type: 'checkbox',
  defaultValue: false,
  index: true,
  label: { zh: '公开引用', en: 'Publicly referenced' },
  access: { create: () => false, update: () => false },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: { zh: '由系统维护：被已公开的信息、政策文件、解读或公报引用时为“是”，公众才能访问；否则只有本网站人员可以访问。', en: "Maintained by the system: yes while a published article, policy document, interpretation or gazette uses it, and only then can the public open it; otherwise only this site's staff can." },
  },
}

/** What the public sees of a public site's uploads (the site's status aside): those a public document shows. */
export const visibleUpload: Where = { publiclyReferenced: { equals: true } }

/** What an anonymous visitor (or any non-member) may read: uploads on public sites that a public document shows. */
const publicUpload: Where = { and: [onPublicSite, visibleUpload] }

export const readUploads = readOwnSitesOr(publicUpload)
