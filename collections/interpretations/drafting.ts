import { Forbidden, type Access, type FieldHook, type FilterOptions, type PayloadRequest, type Where } from 'payload'
import { isPlatformAdmin, readsWholeCluster, siteIdsWithRole, type SiteRole } from '../../src/access/roles'
import { createOnSitesWithRole } from '../../src/access/siteScoped'
import { idOf, relationId } from '../../src/ids'
import { Workflow } from '../../src/states'
import { updateArticles } from '../articles/access'
import { readInterpretations } from './access'

/*
 * 谁起草、谁解读 (宁政办发〔2017〕74号): a document issued on one site (usually the portal) but drafted by a department
 * names that department's site as `draftingSite`. Members of the drafting site may then write, read and revise
 * the interpretation of that document — on the issuing site, where the issuing site's reviewers still approve
 * (审签) it and it is published with the document. Nothing else on the issuing site opens to them.
 */

export const writerRoles: SiteRole[] = ['editor', 'reviewer', 'site-admin']

/** Sites whose members count as the drafting department: any membership of the drafting site suffices. */
const draftingMemberSites = (user: unknown): string[] => siteIdsWithRole(user).map(String)

type Drafted = { site: string | null; siteValue: number | string | null; draftingSite: string | null }

async function documentOf(req: PayloadRequest, id: unknown): Promise<Drafted | null> {
  const documentId = idOf(id)
  if (!documentId) return null
  const doc = await req.payload.findByID({ collection: 'policy-documents', id: documentId, depth: 0, overrideAccess: true, req, disableErrors: true })
  return doc ? { site: idOf(doc.site), siteValue: relationId(doc.site), draftingSite: idOf(doc.draftingSite) } : null
}

/** Whether the user drafted `document` and `site` is the site that issues it. */
async function draftsFor(req: PayloadRequest, document: unknown, site: unknown): Promise<boolean> {
  const doc = await documentOf(req, document)
  return Boolean(doc?.draftingSite && doc.site === idOf(site) && draftingMemberSites(req.user).includes(doc.draftingSite))
}

/** The drafter's interpretations: those of documents whose drafting site the user belongs to. */
const draftedWhere = (user: unknown): Where | null => {
  const sites = draftingMemberSites(user)
  return sites.length ? { 'policyDocument.draftingSite': { in: sites } } : null
}

const ownCreate = createOnSitesWithRole(...writerRoles)

export const createInterpretation: Access = async (args) => {
  const own = await ownCreate(args)
  if (own === true || !args.req.user) return own
  const data = args.data as { site?: unknown; policyDocument?: unknown } | undefined
  if (!data?.policyDocument) return draftingMemberSites(args.req.user).length > 0 && data === undefined
  const doc = await documentOf(args.req, data.policyDocument)
  return draftsFor(args.req, data.policyDocument, data.site ?? doc?.site)
}

/** Revising: the issuing site's staff as for articles, and the drafters while the interpretation is a draft. */
export const updateInterpretation: Access = (args) => {
  const own = updateArticles(args)
  if (own === true) return true
  const drafted = draftedWhere(args.req.user)
  if (!drafted) return own
  const draftsOnly: Where = { and: [drafted, { workflowStatus: { in: [Workflow.draft, Workflow.withdrawn] } }] }
  return own ? { or: [own as Where, draftsOnly] } : draftsOnly
}

export const readInterpretation: Access = (args) => {
  const own = readInterpretations(args)
  if (own === true || readsWholeCluster(args.req.user)) return own
  const drafted = draftedWhere(args.req.user)
  if (!drafted) return own
  return own ? { or: [own as Where, drafted] } : drafted
}

/**
 * The issuing site of an interpretation is its document's site: a drafter need not choose it, and the site
 * field's default (the drafter's own site) is corrected to it.
 */
export const siteFromDocument = async ({ data, req }: { data?: Record<string, unknown>; req: PayloadRequest }) => {
  if (!data?.policyDocument) return data
  const doc = await documentOf(req, data.policyDocument)
  if (!doc?.site || idOf(data.site) === doc.site) return data
  const drafter = Boolean(doc.draftingSite && draftingMemberSites(req.user).includes(doc.draftingSite))
  // The stored id, not its string form: Payload refuses a relationship value of the wrong id type.
  if (!data.site || drafter) data.site = doc.siteValue
  return data
}

/** The site picker offers the user's own writable sites and the sites issuing documents they drafted. */
export const interpretationSiteOptions: FilterOptions = async ({ user, req }) => {
  if (!user || isPlatformAdmin(user)) return true
  const own = siteIdsWithRole(user, ...writerRoles).map(String)
  const drafted = draftingMemberSites(user)
  const issuing = drafted.length
    ? await req.payload.find({ collection: 'policy-documents', where: { draftingSite: { in: drafted } }, limit: 0, depth: 0, select: { site: true }, overrideAccess: true, req })
    : { docs: [] }
  const ids = [...new Set([...own, ...issuing.docs.map((d) => idOf(d.site)).filter((id): id is string => Boolean(id))])]
  return { id: { in: ids } }
}

/** Placing an interpretation on a site: the site's writers, or the drafters of its document on the issuing site. */
export const guardInterpretationSite: FieldHook = async ({ value, originalDoc, data, req, operation }) => {
  if (!req.user || isPlatformAdmin(req.user)) return value
  if (operation === 'update' && idOf(value) === idOf((originalDoc as { site?: unknown } | undefined)?.site)) return value
  if (siteIdsWithRole(req.user, ...writerRoles).map(String).includes(idOf(value) ?? '')) return value
  const document = (data as { policyDocument?: unknown } | undefined)?.policyDocument ?? (originalDoc as { policyDocument?: unknown } | undefined)?.policyDocument
  if (await draftsFor(req, document, value)) return value
  throw new Forbidden(req.t)
}
