import type { WorkflowStatus } from '../publishing/workflow'
import type { RepostStatus } from '../reposting/kinds'

/**
 * The states the desk asks about, typed against the workflow and reposting modules: when a state is renamed
 * there, this file stops compiling instead of the desk silently showing nothing.
 */
export const deskStatus = {
  submitted: 'submitted',
  scheduled: 'scheduled',
  draft: 'draft',
  unpublished: ['draft', 'submitted', 'scheduled'],
} as const satisfies {
  submitted: WorkflowStatus
  scheduled: WorkflowStatus
  draft: WorkflowStatus
  unpublished: readonly WorkflowStatus[]
}

/** A repost that waits for the target site's acceptance (审核后转载). */
export const repostAwaitingAcceptance = 'pending' as const satisfies RepostStatus

/** The workflow action that sends a document back to its writer. */
export const sendBackAction = 'reject' as const satisfies import('../publishing/workflow').WorkflowAction
