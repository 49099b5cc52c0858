import { APIError, ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type Endpoint, type PayloadRequest } from 'payload'
import { asAccessUser, hasSiteRole, isPlatformAdmin } from '../../src/access/roles'
import { inLanguage } from '../../src/i18n/bilingual'
import { idOf } from '../../src/ids'
import { chinaYear, chinaYearPeriod } from '../../src/calendar/chinaTime'
import type { WorkflowContext, WorkflowGuard } from '../../src/publishing/workflowHooks'
import { invalidatePages, pageTags } from '../../src/render/invalidation'
import { getPlatformSettings } from '../../src/settings/platformSettings'
import { reportSites } from '../policy-documents/endpoints'
import { Approval, Workflow } from '../../src/states'

// biome-ignore lint/suspicious/noExplicitAny: Payload hands hooks untyped document data whose shape differs by collection
type Doc = Record<string, any>
// biome-ignore lint/suspicious/noExplicitAny: a field of untyped document data
const merged = (data: Doc, originalDoc: Doc | undefined, key: string): any => (data[key] !== undefined ? data[key] : originalDoc?.[key])
const fail = (path: string, message: string): never => {
  throw new ValidationError({ collection: 'interpretations', errors: [{ path, message }] })
}

/** The document interpreted, the column and the images belong to the interpretation's own site. */
export const validateInterpretation: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const siteId = idOf(merged(data, originalDoc, 'site'))
  const documentId = idOf(merged(data, originalDoc, 'policyDocument'))
  if (documentId) {
    const doc = await req.payload.findByID({ collection: 'policy-documents', id: documentId, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!doc || idOf(doc.site) !== siteId) fail('policyDocument', inLanguage(req, { zh: '所解读的政策文件必须属于本网站。', en: 'The interpreted policy document must be on this site.' }))
  }
  const columnId = idOf(merged(data, originalDoc, 'column'))
  if (columnId) {
    const column = await req.payload.findByID({ collection: 'columns', id: columnId, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!column || idOf(column.site) !== siteId) fail('column', inLanguage(req, { zh: '所选栏目不属于本网站。', en: 'The chosen column is not on this site.' }))
  }
  const mediaIds = ((merged(data, originalDoc, 'media') ?? []) as unknown[]).map(idOf).filter((v): v is string => Boolean(v))
  if (mediaIds.length) {
    const found = await req.payload.find({ collection: 'media', where: { id: { in: mediaIds } }, depth: 0, limit: 0, overrideAccess: true, req })
    if (found.docs.length !== mediaIds.length || found.docs.some((m) => idOf(m.site) !== siteId)) fail('media', inLanguage(req, { zh: '图片必须属于本网站。', en: 'Images must belong to this site.' }))
  }
  return data
}

const contentKeys = ['title', 'body', 'form', 'interpreter', 'media', 'policyDocument', 'externalMediaUrl']

/**
 * 审签 (approval) of the interpretation, by a reviewer or site admin of the site, alongside the document.
 * Who and when are stamped; a rejection needs a comment; changing an approved interpretation's content
 * takes the approval back.
 */
export const recordApproval: CollectionBeforeChangeHook = ({ data, originalDoc, req, context }) => {
  const trusted = (context as WorkflowContext).system === true || !req.user || isPlatformAdmin(req.user)
  const before = originalDoc?.approvalStatus ?? Approval.awaitingApproval
  const after = data.approvalStatus ?? before
  const now = new Date().toISOString()
  if (after !== before) {
    if (!trusted && !hasSiteRole(req.user, idOf(merged(data, originalDoc, 'site')), 'reviewer', 'site-admin')) {
      throw new APIError(inLanguage(req, { zh: '只有本网站的审核人或网站管理员可以审签政策解读。', en: 'Only this site’s reviewers or site administrators approve interpretations.' }), 403, null, true)
    }
    const comment = String(merged(data, originalDoc, 'approvalComment') ?? '').trim()
    if (after === Approval.returned && (!comment || comment === String(originalDoc?.approvalComment ?? '').trim())) fail('approvalComment', inLanguage(req, { zh: '退回解读材料时须填写审签意见。', en: 'Returning an interpretation needs an approval comment.' }))
    data.approvedBy = after === Approval.awaitingApproval ? null : (asAccessUser(req.user)?.id ?? null)
    data.approvedByLabel = after === Approval.awaitingApproval ? null : ((req.user as { name?: string } | null)?.name ?? (req.user as { email?: string } | null)?.email ?? '系统')
    data.approvedAt = after === Approval.awaitingApproval ? null : now
    return data
  }
  data.approvedBy = originalDoc?.approvedBy ?? data.approvedBy ?? null
  data.approvedByLabel = originalDoc?.approvedByLabel ?? data.approvedByLabel ?? null
  data.approvedAt = originalDoc?.approvedAt ?? data.approvedAt ?? null
  if (originalDoc && before === Approval.approved && !trusted) {
    const changed = contentKeys.some((key) => data[key] !== undefined && JSON.stringify(idOf(data[key]) ?? data[key]) !== JSON.stringify(idOf(originalDoc[key]) ?? originalDoc[key]))
    if (changed && !hasSiteRole(req.user, idOf(originalDoc.site), 'reviewer', 'site-admin')) {
      Object.assign(data, { approvalStatus: Approval.awaitingApproval, approvedBy: null, approvedByLabel: null, approvedAt: null })
    }
  }
  return data
}

/** An interpretation is published with or after its document, and only once approved. */
export const interpretationReleaseGuard: WorkflowGuard = async ({ data, originalDoc, req }) => {
  if ((merged(data, originalDoc, 'approvalStatus') ?? Approval.awaitingApproval) !== Approval.approved) fail('approvalStatus', inLanguage(req, { zh: '解读材料须经审签后才能发布。', en: 'An interpretation is published only once approved.' }))
  const documentId = idOf(merged(data, originalDoc, 'policyDocument'))
  const doc = documentId ? await req.payload.findByID({ collection: 'policy-documents', id: documentId, depth: 0, overrideAccess: true, req, disableErrors: true }) : null
  if (doc?.workflowStatus !== Workflow.published) fail('policyDocument', inLanguage(req, { zh: '所解读的政策文件尚未发布：解读材料随文件同步发布。', en: 'The interpreted policy document is not published yet: the interpretation is published with it.' }))
}

/** The document's page lists its interpretations, so it changes with them. */
export const invalidateDocumentPage: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  if (doc.workflowStatus === Workflow.published || previousDoc?.workflowStatus === Workflow.published) {
    const ids = new Set([idOf(doc.policyDocument), idOf(previousDoc?.policyDocument)].filter(Boolean) as string[])
    invalidatePages([...ids].map((id) => pageTags.document('policy-documents', id)), req)
  }
  return doc
}

/** The department sites the general office holds to the rule; people's governments (every other level) always are. */
async function principalInterpretationDepartments(req: PayloadRequest): Promise<Set<string>> {
  const settings = await req.payload.findGlobal({ slug: 'platform-settings', depth: 0, overrideAccess: true, req })
  const named = (settings as { principalInterpretationDepartments?: unknown[] | null }).principalInterpretationDepartments ?? []
  return new Set(named.map((site) => idOf(site as never)).filter(Boolean) as string[])
}

/**
 * GET /api/interpretations/principal-report?year=2026
 * 主要负责人解读: per site, how many published interpretations its principal leaders gave in the year;
 * sites below the platform setting (default 2, 宁政办发〔2017〕74号 二(二)) are flagged — only 县级以上人民政府 and the
 * departments named in 平台设置 (`applies`); other departments are listed with their figures but never flagged.
 */
export const principalReportEndpoint: Endpoint = {
  path: '/principal-report',
  method: 'get',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' }
    if (!req.user) return Response.json({ message: inLanguage(req, { zh: '请先登录。', en: 'Please sign in.' }) }, { status: 401, headers })
    const allowed = reportSites(req)
    if (allowed && !allowed.length) return Response.json({ message: inLanguage(req, { zh: '您无权查看解读统计。', en: 'You may not see the interpretation statistics.' }) }, { status: 403, headers })
    const year = Number(req.query?.year ?? chinaYear())
    if (!Number.isInteger(year) || year < 2000 || year > 2100) return Response.json({ message: inLanguage(req, { zh: '年份无效。', en: 'Not a valid year.' }) }, { status: 400, headers })
    const { principalInterpretationsPerYear: threshold } = await getPlatformSettings(req.payload)
    const named = await principalInterpretationDepartments(req)
    const period = chinaYearPeriod(year)
    const from = period.from.toISOString()
    const to = period.to.toISOString()
    const [sites, interpretations] = await Promise.all([
      req.payload.find({ collection: 'sites', where: allowed ? { id: { in: allowed } } : {}, sort: 'siteCode', limit: 0, depth: 0, select: { name: true, siteCode: true, status: true, level: true }, overrideAccess: true, req }),
      req.payload.find({
        collection: 'interpretations',
        where: { and: [{ workflowStatus: { equals: Workflow.published } }, { publishedAt: { greater_than_equal: from } }, { publishedAt: { less_than: to } }, ...(allowed ? [{ site: { in: allowed } }] : [])] },
        limit: 0,
        depth: 0,
        select: { site: true, interpreter: true },
        overrideAccess: true,
        req,
      }),
    ])
    const counts = new Map<string, { total: number; principal: number; interpreters: Set<string> }>()
    for (const item of interpretations.docs) {
      const key = idOf(item.site) ?? ''
      const entry = counts.get(key) ?? { total: 0, principal: 0, interpreters: new Set<string>() }
      entry.total += 1
      if (item.interpreter?.isPrincipal) {
        entry.principal += 1
        if (item.interpreter.name) entry.interpreters.add(item.interpreter.name)
      }
      counts.set(key, entry)
    }
    const rows = sites.docs.map((site) => {
      const entry = counts.get(String(site.id))
      const principal = entry?.principal ?? 0
      const applies = site.level !== 'department' || named.has(String(site.id))
      return { site: site.id, siteName: site.name, siteCode: site.siteCode, applies, interpretations: entry?.total ?? 0, principalInterpretations: principal, principalInterpreters: [...(entry?.interpreters ?? [])], flagged: applies && principal < threshold }
    })
    return Response.json({ year, threshold, sites: rows, flaggedCount: rows.filter((r) => r.flagged).length }, { headers })
  },
}
