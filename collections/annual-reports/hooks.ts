import { APIError, ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'
import { isPlatformAdmin, siteIdsWithRole, type SiteRole } from '../../src/access/roles'
import { inLanguage, languageOf, speaker } from '../../src/i18n/bilingual'
import { idOf } from '../../src/ids'
import { invalidatePages, pageTags } from '../../src/render/invalidation'
import { computeReportFigures, finalisationProblem, type AnnualReportKind } from '../../src/reports/reportFigures'
import { reportPageTag } from '../../src/reports/reportPages'
import { AnnualReport, annualReportStates, type AnnualReportState } from '../../src/states'

/** Who may move a report from one state to another: the drafters write, the reviewers finalise and publish. */
export const draftingRoles: SiteRole[] = ['editor', 'openness-officer', 'site-admin']
const transitionRoles: Record<string, SiteRole[]> = {
  [`${AnnualReport.draft}>${AnnualReport.finalised}`]: ['reviewer', 'openness-officer', 'site-admin'],
  [`${AnnualReport.finalised}>${AnnualReport.published}`]: ['reviewer', 'openness-officer', 'site-admin'],
  [`${AnnualReport.finalised}>${AnnualReport.draft}`]: ['reviewer', 'openness-officer', 'site-admin'],
  [`${AnnualReport.published}>${AnnualReport.draft}`]: ['openness-officer', 'site-admin'],
}

const stateName = (state: string) => annualReportStates.find((s) => s.value === state)?.label ?? { zh: state, en: state }

const refuse = (message: string, path = 'status'): never => {
  throw new ValidationError({ collection: 'annual-reports', errors: [{ path, message }] })
}

/**
 * The report's life: one report per site, year and kind; state changes only along `transitionRoles` by the
 * roles named there; while a draft, the computed figures follow the live data on every save; finalising
 * (审定) freezes them, and is refused while table 三 breaks its check rule; a finalised or published report is
 * not edited, only sent back to draft.
 */
export const annualReportLifecycle: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const site = idOf(data.site ?? originalDoc?.site)
  const year = Number(data.year ?? originalDoc?.year)
  const kind = (data.kind ?? originalDoc?.kind) as AnnualReportKind
  const from = (originalDoc?.status ?? AnnualReport.draft) as AnnualReportState
  const to = (data.status ?? from) as AnnualReportState
  const L = speaker(req)
  if (!site) return refuse(L('请选择所属网站。', 'Choose the site.'), 'site')
  if (operation === 'create') {
    const existing = await req.payload.count({ collection: 'annual-reports', where: { and: [{ site: { equals: site } }, { year: { equals: year } }, { kind: { equals: kind } }] }, overrideAccess: true, req })
    if (existing.totalDocs) refuse(L(`本网站 ${year} 年度的该类报告已存在，请打开已有的报告。`, `This site already has this report for ${year}; open the existing one.`), 'year')
    if (to !== AnnualReport.draft) refuse(L('新建的年度报告只能是草稿。', 'A new annual report starts as a draft.'))
  }
  if (operation === 'update' && from !== to) {
    const roles = transitionRoles[`${from}>${to}`]
    if (!roles) refuse(L(`年度报告不能从“${stateName(from).zh}”直接改为“${stateName(to).zh}”。`, `An annual report cannot go from “${stateName(from).en}” straight to “${stateName(to).en}”.`))
    if (req.user && !isPlatformAdmin(req.user) && !siteIdsWithRole(req.user, ...roles!).map(String).includes(String(site)))
      throw new APIError(inLanguage(req, { zh: '您在本网站没有审定或发布年度报告的权限。', en: 'You may not finalise or publish annual reports on this site.' }), 403, null, true)
  } else if (operation === 'update' && from !== AnnualReport.draft) {
    refuse(L('已审定或已发布的年度报告不能修改；如需修改，请先退回草稿。', 'A finalised or published annual report is not edited; send it back to draft first.'))
  }
  const next: Record<string, unknown> = { ...data, title: `${year}年${kind === 'website' ? '政府网站工作年度报表' : '政府信息公开工作年度报告'}` }
  if (to === AnnualReport.draft || from === AnnualReport.draft) {
    const figures = await computeReportFigures(kind, { payload: req.payload, site, year, req })
    if (to === AnnualReport.finalised) {
      const problem = finalisationProblem(kind, figures, languageOf(req))
      if (problem) refuse(problem)
      next.finalisedAt = new Date().toISOString()
    }
    next.figures = figures
  }
  if (to === AnnualReport.published && from !== AnnualReport.published) next.publishedAt = new Date().toISOString()
  if (to === AnnualReport.draft) {
    next.finalisedAt = null
    next.publishedAt = null
  }
  return next
}

/** A published report, or one withdrawn from publication, changes the site's report pages and home page. */
export const invalidateReportPages: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  if (doc.status === AnnualReport.published || previousDoc?.status === AnnualReport.published) {
    invalidatePages([pageTags.site(idOf(doc.site)!), reportPageTag(doc.year)], req)
  }
  return doc
}
