import type { SiteRole } from '../access/roles'
import { Workflow, workflowStates, type WorkflowState } from '../states'

/** The editorial workflow (采编审发): a named state machine, every transition recorded. */
export const workflowStatuses = workflowStates

export type WorkflowStatus = WorkflowState

export type WorkflowAction = 'submit' | 'reject' | 'schedule' | 'publish' | 'withdraw' | 'revise'

export type Transition = { action: WorkflowAction; from: WorkflowStatus[]; to: WorkflowStatus; roles: SiteRole[] }

const writers: SiteRole[] = ['editor', 'reviewer', 'site-admin']
const publishers: SiteRole[] = ['reviewer', 'site-admin']

export const transitions: readonly Transition[] = [
  { action: 'submit', from: [Workflow.draft], to: Workflow.submitted, roles: writers },
  { action: 'reject', from: [Workflow.submitted, Workflow.scheduled], to: Workflow.draft, roles: publishers },
  { action: 'schedule', from: [Workflow.draft, Workflow.submitted], to: Workflow.scheduled, roles: publishers },
  { action: 'publish', from: [Workflow.draft, Workflow.submitted, Workflow.scheduled], to: Workflow.published, roles: publishers },
  { action: 'withdraw', from: [Workflow.published], to: Workflow.withdrawn, roles: publishers },
  { action: 'revise', from: [Workflow.withdrawn], to: Workflow.draft, roles: writers },
]

export const actionLabels: Record<WorkflowAction, string> = {
  submit: '提交审核',
  reject: '退回修改',
  schedule: '定时发布',
  publish: '发布',
  withdraw: '撤回',
  revise: '重新编辑',
}

/** `actionLabels` and `buttonLabels` in the admin's second language. */
export const actionLabelsEn: Record<WorkflowAction, string> = {
  submit: 'Submitted for review',
  reject: 'Sent back',
  schedule: 'Scheduled',
  publish: 'Published',
  withdraw: 'Withdrawn',
  revise: 'Reopened',
}
export const buttonLabelsEn: Record<WorkflowAction, string> = {
  submit: 'Submit for review',
  reject: 'Send back',
  schedule: 'Schedule',
  publish: 'Approve and publish',
  withdraw: 'Withdraw',
  revise: 'Edit again',
}

export const statusLabel = (status: WorkflowStatus, language: 'zh' | 'en' = 'zh'): string =>
  workflowStatuses.find((s) => s.value === status)?.label[language] ?? status

/** Actions that need a reason from the person taking them; it is kept in the workflow log. */
export const reasonRequired: readonly WorkflowAction[] = ['reject', 'withdraw']

/** What the action buttons say (the log and the audit trail keep `actionLabels`). */
export const buttonLabels: Record<WorkflowAction, string> = {
  submit: '送审',
  reject: '退回',
  schedule: '定时发布',
  publish: '通过并发布',
  withdraw: '撤回',
  revise: '重新编辑',
}

/** The roles that may take a transition: the shared table's, plus a collection's extra roles for that action. */
export const rolesFor = (transition: Transition, extraRoles: Partial<Record<WorkflowAction, SiteRole[]>> = {}): SiteRole[] => [
  ...transition.roles,
  ...(extraRoles[transition.action] ?? []),
]

/**
 * The transitions open from `from` to someone holding `roles` on the document's site (all of them when
 * `trusted`), limited to the states a collection knows (gazette issues have no scheduling).
 */
export function transitionsFor(
  from: WorkflowStatus,
  roles: readonly SiteRole[],
  options: { trusted?: boolean; extraRoles?: Partial<Record<WorkflowAction, SiteRole[]>>; states?: readonly string[] } = {},
): Transition[] {
  return transitions.filter(
    (t) =>
      t.from.includes(from) &&
      (!options.states || options.states.includes(t.to)) &&
      (options.trusted || rolesFor(t, options.extraRoles).some((r) => roles.includes(r))),
  )
}

export function findTransition(from: WorkflowStatus, to: WorkflowStatus): Transition | undefined {
  return transitions.find((t) => t.to === to && t.from.includes(from))
}

/** Roles that may change content which has left the draft state (a reviewer's correction). */
export const publisherRoles = publishers
