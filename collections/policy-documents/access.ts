import type { Access, FieldAccess, Where } from 'payload'
import { hasSiteRole, isPlatformAdmin, readsWholeCluster, siteIdsWithRole } from '../../src/access/roles'
import { idOf } from '../../src/ids'
import { onPublicSite, readOwnSitesOr, siteIn } from '../../src/access/siteScoped'
import { publicAttributeWhere } from '../../src/publishing/openness'
import { Workflow } from '../../src/states'

/**
 * What the public sees of a public site: released (published) and public by attribute: 此件公开发布, or
 * 此件脱密后公开 with the declassified version attached. 依申请公开 and 不公开 documents are released into
 * the register but never match this rule, on any route.
 */
export const visiblePolicyDocument: Where = { and: [{ workflowStatus: { equals: Workflow.published } }, publicAttributeWhere()] }

/** What an anonymous visitor may read: the rule above, on a site that is public. */
export const publicPolicyDocument: Where = { and: [visiblePolicyDocument, onPublicSite] }

const readOwnOrPublic = readOwnSitesOr(publicPolicyDocument)

/**
 * Members of a document's drafting site read it too (谁起草、谁解读: they write its interpretation). The field-level
 * `insider` rules still keep the issuing site's internal fields from them.
 */
export const readPolicyDocuments: Access = (args) => {
  const own = readOwnOrPublic(args)
  if (own === true) return true
  const drafting = siteIdsWithRole(args.req.user)
  if (!drafting.length) return own
  const drafted: Where = { draftingSite: { in: drafting } }
  return own ? { or: [own as Where, drafted] } : drafted
}

/**
 * Reviewers and site admins change anything on their sites; editors only their drafts; openness officers
 * may save any document of their sites, but their hook restores every field except the openness review.
 */
export const updatePolicyDocuments: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  const fullSites = siteIdsWithRole(req.user, 'reviewer', 'site-admin', 'openness-officer')
  const editorSites = siteIdsWithRole(req.user, 'editor')
  const clauses: Where[] = []
  if (fullSites.length) clauses.push(siteIn(fullSites))
  if (editorSites.length) clauses.push({ and: [siteIn(editorSites), { workflowStatus: { in: [Workflow.draft, Workflow.withdrawn] } }] })
  if (!clauses.length) return false
  return clauses.length === 1 ? clauses[0]! : { or: clauses }
}

/** Versions hold drafts too: they follow the same site scoping, and anonymous visitors get none. */
export const readPolicyDocumentVersions: Access = ({ req }) => {
  if (!req.user) return false
  const scoped = readOwnSitesOr(null)({ req })
  if (scoped === true || scoped === false) return scoped
  return { 'version.site': (scoped as { site: unknown }).site } as Where
}

/** Members of the document's site and the cluster roles: the people who work on the register. */
export const insider: FieldAccess = ({ req, doc }) =>
  readsWholeCluster(req.user) || (Boolean(req.user) && hasSiteRole(req.user, idOf((doc as { site?: unknown } | undefined)?.site)))

/**
 * The original text and attachments of a 脱密后公开 document stay inside: the public reads its declassified
 * version. For 此件公开发布 documents they are the public text.
 */
export const originalTextReadable: FieldAccess = (args) =>
  (args.doc as { disclosureAttribute?: string } | undefined)?.disclosureAttribute === 'public' || insider(args)

/** The documents whose original text and attachments the public reads (originalTextReadable, as a query). */
export const publicOriginalText: Where = { disclosureAttribute: { equals: 'public' } }

/** The documents whose public page shows the declassified text instead of the original (脱密后公开). */
export const declassifiedTextShown: Where = { disclosureAttribute: { equals: 'after-declassification' } }
