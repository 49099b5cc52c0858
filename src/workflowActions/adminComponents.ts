import type { CustomComponent } from 'payload'
import type { WorkflowActionsOptions } from './WorkflowActions'

/**
 * The workflow action bar as a Payload admin component. Collections list it in `admin.components.edit.
 * beforeDocumentControls`; the preview button belongs before it in the same array, so that it sits beside
 * 通过并发布 (the bar renders right before Payload's own save button).
 */
export const workflowActionsComponent = (options: WorkflowActionsOptions): CustomComponent => ({
  path: '/src/workflowActions/WorkflowActions#WorkflowActions',
  serverProps: options,
})

/** The list cell that shows a document's deadline in words (公开期限). */
export const deadlineCell = '/src/workflowActions/DeadlineCell#DeadlineCell'
