import { Repost, Workflow } from '../states'
import type { WorkflowAction } from '../publishing/workflow'

/** The states the desk asks about, named through the one vocabulary (src/states.ts). */
export const deskStatus = {
  submitted: Workflow.submitted,
  scheduled: Workflow.scheduled,
  draft: Workflow.draft,
  unpublished: [Workflow.draft, Workflow.submitted, Workflow.scheduled],
} as const

/** A repost that waits for the target site's acceptance (审核后转载). */
export const repostAwaitingAcceptance = Repost.submitted

/** The workflow action that sends a document back to its writer. */
export const sendBackAction = 'reject' as const satisfies WorkflowAction
