/**
 * Every workflow's states, in one place: each state has one English identifier (what the database stores)
 * and one Chinese label (what the admin shows), and no identifier stands for two Chinese terms. Code names a
 * state through the constants below, never as a bare string; docs/states.md draws the transitions.
 *
 * Two workflows may share a state only when the Chinese term is the same: 待审核 is `submitted` for a
 * document and for a repost alike.
 */

type StateList = readonly { value: string; label: { zh: string; en: string } }[]

/** The `value`s of a list as an object, so that `Workflow.published` reads as the state it names. */
const byValue = <const L extends StateList>(list: L): { readonly [K in L[number]['value'] as CamelCase<K>]: K } =>
  Object.fromEntries(list.map((s) => [camelCase(s.value), s.value])) as never

type CamelCase<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S
const camelCase = (value: string): string => value.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())

/** The Chinese label of a state of `list`; the value itself when unknown. */
export const stateLabel = (list: StateList, value: string | null | undefined): string =>
  list.find((s) => s.value === value)?.label.zh ?? String(value ?? '')

/** 采编审发: articles, policy documents, interpretations. */
export const workflowStates = [
  { value: 'draft', label: { zh: '草稿', en: 'Draft' } },
  { value: 'submitted', label: { zh: '待审核', en: 'Submitted' } },
  { value: 'scheduled', label: { zh: '定时发布', en: 'Scheduled' } },
  { value: 'published', label: { zh: '已发布', en: 'Published' } },
  { value: 'withdrawn', label: { zh: '已撤回', en: 'Withdrawn' } },
] as const
export const Workflow = byValue(workflowStates)
export type WorkflowState = (typeof workflowStates)[number]['value']

/** 政府公报 issues: the editorial workflow without scheduling. */
export const gazetteIssueStates = workflowStates.filter(
  (s) => s.value !== 'scheduled',
) as readonly (typeof workflowStates)[number][]

/** 保密审查 and 公开属性审查 of a policy document. */
export const reviewStates = [
  { value: 'awaiting-review', label: { zh: '待审查', en: 'Awaiting review' } },
  { value: 'passed', label: { zh: '通过', en: 'Passed' } },
  { value: 'failed', label: { zh: '不通过', en: 'Failed' } },
] as const
export const Review = byValue(reviewStates)
export type ReviewState = (typeof reviewStates)[number]['value']

/** 审签 of a policy interpretation. */
export const approvalStates = [
  { value: 'awaiting-approval', label: { zh: '待审签', en: 'Awaiting approval' } },
  { value: 'approved', label: { zh: '已审签', en: 'Approved' } },
  { value: 'returned', label: { zh: '退回', en: 'Returned' } },
] as const
export const Approval = byValue(approvalStates)
export type ApprovalState = (typeof approvalStates)[number]['value']

/** 转载: a repost on its target site. */
export const repostStates = [
  { value: 'submitted', label: { zh: '待审核', en: 'Submitted' } },
  { value: 'reposted', label: { zh: '已转载', en: 'Reposted' } },
  { value: 'declined', label: { zh: '不予转载', en: 'Declined' } },
  { value: 'taken-down', label: { zh: '已撤下', en: 'Taken down' } },
] as const
export const Repost = byValue(repostStates)
export type RepostState = (typeof repostStates)[number]['value']

/** 网站生命周期. */
export const siteStates = [
  { value: 'applying', label: { zh: '申请中', en: 'Applying' } },
  { value: 'live', label: { zh: '运行中', en: 'Live' } },
  { value: 'temporarily-offline', label: { zh: '临时下线', en: 'Temporarily offline' } },
  { value: 'migrating', label: { zh: '迁移中', en: 'Migrating' } },
  { value: 'closing', label: { zh: '关停公告中', en: 'Closing (notice running)' } },
  { value: 'closed', label: { zh: '已关停', en: 'Closed' } },
] as const
export const SiteLifecycle = byValue(siteStates)
export type SiteState = (typeof siteStates)[number]['value']

/** 年度自查: the self-check itself. */
export const selfCheckStates = [
  { value: 'open', label: { zh: '进行中', en: 'Open' } },
  { value: 'completed', label: { zh: '已完成', en: 'Completed' } },
] as const
export const SelfCheck = byValue(selfCheckStates)

/** 年度自查: the decision on one item. */
export const selfCheckDecisions = [
  { value: 'undecided', label: { zh: '待定', en: 'Undecided' } },
  { value: 'keep', label: { zh: '保持（说明理由）', en: 'Keep' } },
  { value: 'convert', label: { zh: '转为主动公开', en: 'Convert to public' } },
] as const
export const SelfCheckDecision = byValue(selfCheckDecisions)
export type SelfCheckDecisionValue = (typeof selfCheckDecisions)[number]['value']

/** 有效性 of a policy document (国办发〔2017〕47号). */
export const validityStates = [
  { value: 'in-force', label: { zh: '现行有效', en: 'In force' } },
  { value: 'amended', label: { zh: '已修订', en: 'Amended' } },
  { value: 'repealed', label: { zh: '已废止', en: 'Repealed' } },
  { value: 'expired', label: { zh: '已失效', en: 'Expired' } },
] as const
export const Validity = byValue(validityStates)
export type Validity = (typeof validityStates)[number]['value']

/**
 * 留言办理: received 已收到 → signed 已签收 → assigned 已转办 → replied 已答复 → reviewed 答复已审核 →
 * concluded 已办结 (the reviewed reply is released; listed publicly only with the citizen's consent).
 * invalid 无效留言 from any state before the reply. Not `published`: that is 已发布 of an article.
 */
export const messageStates = [
  { value: 'received', label: { zh: '已收到', en: 'Received' } },
  { value: 'signed', label: { zh: '已签收', en: 'Signed for' } },
  { value: 'assigned', label: { zh: '办理中（已转办）', en: 'Assigned' } },
  { value: 'replied', label: { zh: '已答复（待审核）', en: 'Replied' } },
  { value: 'reviewed', label: { zh: '答复已审核', en: 'Reply reviewed' } },
  { value: 'concluded', label: { zh: '已办结', en: 'Concluded' } },
  { value: 'invalid', label: { zh: '无效留言', en: 'Invalid' } },
] as const
export const Message = byValue(messageStates)
export type MessageState = (typeof messageStates)[number]['value']

/** 无效留言的原因. */
export const invalidReasonList = [
  { value: 'duplicate', label: { zh: '重复留言', en: 'Duplicate' } },
  { value: 'abusive', label: { zh: '含有辱骂、攻击等不当内容', en: 'Abusive' } },
  { value: 'not-within-remit', label: { zh: '不属于本单位职责范围', en: 'Not within remit' } },
] as const
export const InvalidReason = byValue(invalidReasonList)
export type InvalidReason = (typeof invalidReasonList)[number]['value']

/** 健康预警: a monitoring warning stays 未解决 until the problem is gone. */
export const healthWarningStates = [
  { value: 'unresolved', label: { zh: '未解决', en: 'Unresolved' } },
  { value: 'resolved', label: { zh: '已解决', en: 'Resolved' } },
] as const
export const HealthWarning = byValue(healthWarningStates)
export type HealthWarningState = (typeof healthWarningStates)[number]['value']

/**
 * 开放日报名: confirmed 报名成功 (holds a seat) → checked-in 已签到 on the day; waiting 候补中 when the seats are
 * full (promoted to confirmed, first come first served, when a seat frees); cancelled 已取消 by the citizen or
 * staff. Not `published`/`received`: those are an article's and a letter's.
 */
export const openDayRegistrationStates = [
  { value: 'confirmed', label: { zh: '报名成功', en: 'Confirmed' } },
  { value: 'waiting', label: { zh: '候补中', en: 'On the waiting list' } },
  { value: 'cancelled', label: { zh: '已取消', en: 'Cancelled' } },
  { value: 'checked-in', label: { zh: '已签到', en: 'Checked in' } },
] as const
export const OpenDayRegistration = byValue(openDayRegistrationStates)
export type OpenDayRegistrationState = (typeof openDayRegistrationStates)[number]['value']

/**
 * 意见征集 (a consultation on a draft): draft 草稿 → published 已发布 (collecting while its period runs,
 * China-time days; closed after it) → withdrawn 已撤回. The period, not the state, says whether comments
 * are taken, so no state goes stale overnight.
 */
export const consultationStates = [
  { value: 'draft', label: { zh: '草稿', en: 'Draft' } },
  { value: 'published', label: { zh: '已发布', en: 'Published' } },
  { value: 'withdrawn', label: { zh: '已撤回', en: 'Withdrawn' } },
] as const
export const Consultation = byValue(consultationStates)
export type ConsultationState = (typeof consultationStates)[number]['value']

/** 意见审核: a citizen's comment waits (待审核) until staff show it (已公开显示) or keep it off the page (不予公开显示). */
export const commentStates = [
  { value: 'submitted', label: { zh: '待审核', en: 'Submitted' } },
  { value: 'displayed', label: { zh: '已公开显示', en: 'Displayed' } },
  { value: 'withheld', label: { zh: '不予公开显示', en: 'Withheld' } },
] as const
export const Comment = byValue(commentStates)
export type CommentState = (typeof commentStates)[number]['value']

/** 意见采纳情况 in a consultation's feedback report (per comment or per group of comments). */
export const adoptionStates = [
  { value: 'adopted', label: { zh: '采纳', en: 'Adopted' } },
  { value: 'partly-adopted', label: { zh: '部分采纳', en: 'Partly adopted' } },
  { value: 'not-adopted', label: { zh: '未采纳', en: 'Not adopted' } },
] as const
export const Adoption = byValue(adoptionStates)
export type AdoptionState = (typeof adoptionStates)[number]['value']

/**
 * 依申请公开: awaiting-confirmation 待确认收到 (online, fax and unsigned letters count from the day both sides
 * confirm) → handling 办理中 ⇄ awaiting-supplement 待补正 / third-party-consultation 征求第三方意见 /
 * awaiting-fee 待缴费 → concluded 已办结 (with its table 三 result row). Shares `concluded` with the mailbox:
 * the same Chinese term.
 */
export const disclosureApplicationStates = [
  { value: 'awaiting-confirmation', label: { zh: '待确认收到', en: 'Awaiting confirmation' } },
  { value: 'handling', label: { zh: '办理中', en: 'Handling' } },
  { value: 'awaiting-supplement', label: { zh: '待补正', en: 'Awaiting supplement' } },
  { value: 'third-party-consultation', label: { zh: '征求第三方意见中', en: 'Consulting a third party' } },
  { value: 'awaiting-fee', label: { zh: '待缴费', en: 'Awaiting fee' } },
  { value: 'concluded', label: { zh: '已办结', en: 'Concluded' } },
] as const
export const DisclosureApplication = byValue(disclosureApplicationStates)
export type DisclosureApplicationState = (typeof disclosureApplicationStates)[number]['value']

/**
 * 年度报告 (annual reports): draft 草稿 → finalised 已审定 (the computed figures are frozen) → published 已发布.
 * `finalised` rather than "reviewed": `reviewed` already means 答复已审核 in the mailbox.
 */
export const annualReportStates = [
  { value: 'draft', label: { zh: '草稿', en: 'Draft' } },
  { value: 'finalised', label: { zh: '已审定', en: 'Finalised' } },
  { value: 'published', label: { zh: '已发布', en: 'Published' } },
] as const
export const AnnualReport = byValue(annualReportStates)
export type AnnualReportState = (typeof annualReportStates)[number]['value']

/** 政府信息公开行政复议、行政诉讼 (table 四): a case's result. */
export const reviewCaseResults = [
  { value: 'upheld', label: { zh: '结果维持', en: 'Upheld' } },
  { value: 'corrected', label: { zh: '结果纠正', en: 'Corrected' } },
  { value: 'other-result', label: { zh: '其他结果', en: 'Other result' } },
  { value: 'pending', label: { zh: '尚未审结', en: 'Pending' } },
] as const
export const ReviewCaseResult = byValue(reviewCaseResults)
export type ReviewCaseResultValue = (typeof reviewCaseResults)[number]['value']

/** Every list, for the test that no identifier stands for two Chinese terms. */
export const allStateLists: Record<string, StateList> = {
  workflow: workflowStates,
  review: reviewStates,
  approval: approvalStates,
  repost: repostStates,
  site: siteStates,
  selfCheck: selfCheckStates,
  selfCheckDecision: selfCheckDecisions,
  validity: validityStates,
  message: messageStates,
  invalidReason: invalidReasonList,
  healthWarning: healthWarningStates,
  openDayRegistration: openDayRegistrationStates,
  consultation: consultationStates,
  comment: commentStates,
  adoption: adoptionStates,
  disclosureApplication: disclosureApplicationStates,
  annualReport: annualReportStates,
  reviewCaseResult: reviewCaseResults,
}
