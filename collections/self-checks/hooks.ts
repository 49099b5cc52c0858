import { APIError, ValidationError, type CollectionBeforeChangeHook, type PayloadRequest, type Where } from 'payload'
import { asAccessUser, hasSiteRole, isPlatformAdmin } from '../../src/access/roles'
import { inLanguage, speaker } from '../../src/i18n/bilingual'
import { idOf, relationId } from '../../src/ids'
import { chinaDay } from '../../src/calendar/chinaTime'
import { isPublicAttribute } from '../../src/publishing/openness'
import { SelfCheck, SelfCheckDecision, Workflow, type SelfCheckDecisionValue } from '../../src/states'
import { frequentRequests } from '../../src/disclosure/frequentRequests'

type Item = {
  id?: string
  policyDocument?: number | string | null
  article?: number | string | null
  title: string
  docNumber?: string | null
  indexNumber?: string | null
  attribute: string
  originalReason?: string | null
  decision: SelfCheckDecisionValue
  decisionReason?: string | null
  decidedBy?: number | string | null
  decidedByLabel?: string | null
  decidedAt?: string | null
  converted?: boolean | null
}

const fail = (path: string, message: string): never => {
  throw new ValidationError({ collection: 'self-checks', errors: [{ path, message }] })
}

type Checked = 'policy-documents' | 'articles'

/** Which collection an item's record lives in, and its id: an item holds exactly one of the two references. */
const sourceOf = (item: Item): { collection: Checked; id: string } =>
  item.article ? { collection: 'articles', id: String(relationId(item.article)) } : { collection: 'policy-documents', id: String(relationId(item.policyDocument)) }
const itemKey = (item: Item): string => {
  const source = sourceOf(item)
  return `${source.collection}:${source.id}`
}

/**
 * What a self-check covers: every released item of the unit that is not public — policy documents and
 * articles alike (依申请公开, 不公开, and 脱密后公开 without its declassified version), 宁政办发〔2017〕74号 一(四).
 */
async function documentsToCheck(req: PayloadRequest, siteId: string): Promise<Item[]> {
  const released: Where = { and: [{ site: { equals: siteId } }, { workflowStatus: { equals: Workflow.published } }, { disclosureAttribute: { not_equals: 'public' } }] }
  const [documents, articles] = await Promise.all([
    req.payload.find({ collection: 'policy-documents', where: released, sort: 'publishedAt', limit: 0, depth: 0, overrideAccess: true, req }),
    req.payload.find({ collection: 'articles', where: released, sort: 'publishedAt', limit: 0, depth: 0, overrideAccess: true, req }),
  ])
  const fromDocuments: Item[] = documents.docs
    .filter((d) => !isPublicAttribute(d.disclosureAttribute, Boolean(idOf(d.declassifiedVersion))))
    .map((d) => ({
      policyDocument: d.id,
      title: d.title,
      docNumber: d.docNumber ?? null,
      indexNumber: d.indexNumber ?? null,
      attribute: d.disclosureAttribute,
      originalReason: d.nonDisclosureReason ?? null,
      decision: SelfCheckDecision.undecided,
    }))
  const fromArticles: Item[] = articles.docs
    .filter((a) => !isPublicAttribute(a.disclosureAttribute, false))
    .map((a) => ({
      article: a.id,
      title: a.title,
      attribute: a.disclosureAttribute,
      originalReason: a.nonDisclosureReason ?? null,
      decision: SelfCheckDecision.undecided,
    }))
  return [...fromDocuments, ...fromArticles]
}

function report(items: Item[]) {
  const count = (test: (i: Item) => boolean) => items.filter(test).length
  return {
    total: items.length,
    onApplication: count((i) => i.attribute === 'on-application'),
    notPublic: count((i) => i.attribute === 'not-public'),
    afterDeclassification: count((i) => i.attribute === 'after-declassification'),
    kept: count((i) => i.decision === SelfCheckDecision.keep),
    converted: count((i) => i.decision === SelfCheckDecision.convert && Boolean(i.converted)),
    undecided: count((i) => i.decision === SelfCheckDecision.undecided),
  }
}

/**
 * Creating a self-check lists its documents; saving records each decision (who, when, why). Items cannot be
 * added or removed by hand, and a decision once taken is final. 转为主动公开 runs the documents' own
 * release path (reviews, declassified version, interpretation) in the same request: if the document cannot
 * be made public, the self-check is not saved and the reason is shown.
 */
export const runSelfCheck: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  const siteId = idOf(data.site ?? originalDoc?.site)!
  const year = Number(data.year ?? originalDoc?.year)
  const L = speaker(req)
  if (operation === 'create') {
    const clash = await req.payload.count({ collection: 'self-checks', where: { and: [{ site: { equals: siteId } }, { year: { equals: year } }] }, overrideAccess: true, req })
    if (clash.totalDocs) fail('year', L(`本网站 ${year} 年度的自查已经建立。`, `This site’s self-check for ${year} already exists.`))
    data.items = await documentsToCheck(req, siteId)
    data.dueDate = `${year}-12-31`
  } else {
    data.site = originalDoc?.site
    data.year = originalDoc?.year
    data.dueDate = originalDoc?.dueDate
    const incoming = new Map<string, Item>()
    for (const item of (data.items ?? []) as Item[]) if (item.article || item.policyDocument) incoming.set(itemKey(item), item)
    const now = new Date().toISOString()
    const user = asAccessUser(req.user)
    const label = (req.user as { name?: string; email?: string } | null)?.name ?? (req.user as { email?: string } | null)?.email ?? '系统'
    const items: Item[] = []
    for (const stored of (originalDoc?.items ?? []) as Item[]) {
      const item: Item = { ...stored, policyDocument: relationId(stored.policyDocument) ?? null, article: relationId(stored.article) ?? null }
      const next = incoming.get(itemKey(item))
      if (next?.decision && next.decision !== stored.decision) {
        if (stored.decision !== SelfCheckDecision.undecided) fail('items', L(`「${stored.title}」已作出自查结论，不能更改。`, `“${stored.title}” already has its decision; it cannot change.`))
        const reason = String(next.decisionReason ?? '').trim()
        if (next.decision === SelfCheckDecision.keep && !reason) fail('items', L(`「${stored.title}」保持不公开时，须依法依规说明理由。`, `Keeping “${stored.title}” non-public needs the legal reason.`))
        Object.assign(item, { decision: next.decision, decisionReason: reason || null, decidedBy: user?.id ?? null, decidedByLabel: label, decidedAt: now })
        if (next.decision === SelfCheckDecision.convert) {
          try {
            const source = sourceOf(item)
            await req.payload.update({
              collection: source.collection,
              id: source.id,
              data: { disclosureAttribute: 'public', nonDisclosureReason: null } as never,
              overrideAccess: true,
              context: { system: true, workflowComment: `${year} 年度自查：由“${item.attribute}”转为主动公开。${reason}` },
              req,
            })
            item.converted = true
          } catch (error) {
            const messages = error instanceof ValidationError ? error.data.errors.map((e) => e.message).join('；') : (error as Error).message
            fail('items', L(`「${stored.title}」不能转为主动公开：${messages}`, `“${stored.title}” cannot be made public: ${messages}`))
          }
        }
      }
      items.push(item)
    }
    data.items = items
  }
  // Information several applicants asked for this year: refreshed on every save, to consider for active disclosure.
  data.frequentRequests = await frequentRequests({ payload: req.payload, site: siteId, year, req })
  const counts = report(data.items as Item[])
  data.report = { ...(originalDoc?.report ?? {}), ...(data.report ?? {}), ...counts }
  data.status = counts.undecided === 0 ? SelfCheck.completed : SelfCheck.open
  if (data.status === SelfCheck.completed && !originalDoc?.completedAt) data.completedAt = new Date().toISOString()
  data.overdue = data.status !== SelfCheck.completed && chinaDay(new Date()) > String(data.dueDate)
  return data
}

/** Only the site's openness officers and site admins (and platform administrators) run a self-check. */
export const onlyOpennessStaff: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.user || isPlatformAdmin(req.user)) return data
  if (!hasSiteRole(req.user, idOf(data.site ?? originalDoc?.site), 'openness-officer', 'site-admin')) {
    throw new APIError(
      inLanguage(req, { zh: '只有本网站的政务公开专员或网站管理员可以进行年度自查。', en: 'Only this site’s openness officers or site administrators run the annual self-check.' }),
      403,
      null,
      true,
    )
  }
  return data
}
