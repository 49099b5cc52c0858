import { APIError, type CollectionBeforeChangeHook, type Field } from 'payload'
import { hasSiteRole, isPlatformAdmin } from '../access/roles'
import { inLanguage } from '../i18n/bilingual'
import { idOf } from '../ids'
import type { WorkflowContext } from '../publishing/workflowHooks'
import { workflowFields, workflowEnforcer } from '../publishing/workflowHooks'
import { publisherRoles } from '../publishing/workflow'
import { gazetteIssueStates, Workflow } from '../states'

/**
 * 政府公报 follows the editorial workflow (采编审发): editors prepare an issue and submit it, reviewers
 * publish it. The state lives in the issue's `status` (draft / submitted / published / withdrawn) and goes
 * through the shared enforcer; 出版日期 (`publishedAt`) is the issue's printed date, not the server's.
 */
export const gazetteStatuses = gazetteIssueStates

export const enforceGazetteWorkflow = workflowEnforcer({ statusField: 'status', publicationDate: 'content' })

/** The review comment and the log of transitions, as on articles. */
export const gazetteWorkflowFields = (): Field[] =>
  workflowFields().filter((f) => 'name' in f && (f.name === 'reviewComment' || f.name === 'workflowLog'))

/** Issue states in which an editor may still change the issue's articles. */
const editable = new Set<string>([Workflow.draft, Workflow.withdrawn])

/**
 * A gazette article is public as soon as its issue is: once the issue has been submitted or published, only
 * the site's reviewers and administrators may add, change or move its articles.
 */
export const gazetteArticleFollowsIssue: CollectionBeforeChangeHook = async ({ data, originalDoc, req, context }) => {
  if ((context as WorkflowContext).system === true || !req.user || isPlatformAdmin(req.user)) return data
  const siteId = idOf(data.site ?? originalDoc?.site)
  if (hasSiteRole(req.user, siteId, ...publisherRoles)) return data
  const issueIds = [idOf(data.issue !== undefined ? data.issue : originalDoc?.issue), idOf(originalDoc?.issue)].filter((id): id is string => Boolean(id))
  if (!issueIds.length) return data
  const issues = await req.payload.find({ collection: 'gazette-issues', where: { id: { in: [...new Set(issueIds)] } }, depth: 0, limit: 2, pagination: false, select: { status: true }, overrideAccess: true, req })
  if (issues.docs.some((issue) => !editable.has(String(issue.status)))) {
    throw new APIError(
      inLanguage(req, { zh: '本期公报已提交审核或已发布，其中的文章只能由审核人或网站管理员修改。', en: 'This gazette issue is submitted or published: only reviewers or site administrators may change its articles.' }),
      403,
      null,
      true,
    )
  }
  return data
}
