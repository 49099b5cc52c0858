import { APIError, Forbidden, ValidationError, type CollectionAfterChangeHook, type CollectionAfterReadHook, type CollectionBeforeChangeHook, type Field, type PayloadRequest, type RequestContext } from 'payload'
import { asAccessUser, isPlatformAdmin, rolesOnSite, type SiteRole } from '../access/roles'
import { idOf, relationId } from '../ids'
import { recordAudit } from '../audit/recordAudit'
import { applyServerPublicationDate, auditPublicationDateCorrection, publishedAtReasonField, siteInsider } from './publicationDate'
import { inLanguage } from '../i18n/bilingual'
import { actionLabels, buttonLabelsEn, findTransition, publisherRoles, reasonRequired, rolesFor, statusLabel, workflowStatuses, type WorkflowAction, type WorkflowStatus } from './workflow'
import { Workflow } from '../states'

/** Set by trusted server code (jobs, seeding) so that a transition is not tied to a user's roles. */
export type WorkflowContext = { system?: boolean; workflowComment?: string }

type LogEntry = { action: WorkflowAction; fromStatus: WorkflowStatus; toStatus: WorkflowStatus; by?: number | string; byLabel: string; at: string; comment?: string }

export const workflowFields = (): Field[] => [
  {
    name: 'workflowStatus',
    type: 'select',
    required: true,
    defaultValue: Workflow.draft,
    index: true,
    label: { zh: '状态', en: 'Status' },
    options: workflowStatuses.map((s) => ({ ...s })),
    // The action buttons (src/workflowActions) change the state; REST and GraphQL still set this field.
    admin: { position: 'sidebar', hidden: true },
  },
  {
    name: 'publishAt',
    type: 'date',
    label: { zh: '定时发布时间', en: 'Scheduled for' },
    access: { read: siteInsider },
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, condition: (data) => data?.workflowStatus === Workflow.scheduled },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    label: { zh: '审核意见', en: 'Review comment' },
    access: { read: siteInsider },
    admin: { position: 'sidebar', readOnly: true, description: { zh: '最近一次退回或撤回的理由，在操作按钮的对话框中填写；经接口退回或撤回时必须填写。', en: "Reason of the latest return or withdrawal, entered in the action button's dialog; required when returning or withdrawing through the API." } },
  },
  {
    name: 'workflowLog',
    type: 'array',
    label: { zh: '流转记录', en: 'Workflow log' },
    labels: { singular: { zh: '流转记录', en: 'Workflow log entry' }, plural: { zh: '流转记录', en: 'Workflow log entries' } },
    access: { read: siteInsider, create: () => false, update: () => false },
    admin: { readOnly: true, initCollapsed: true },
    fields: [
      { name: 'action', type: 'text', label: { zh: '操作', en: 'Action' } },
      { name: 'fromStatus', type: 'text', label: { zh: '原状态', en: 'From status' } },
      { name: 'toStatus', type: 'text', label: { zh: '新状态', en: 'To status' } },
      { name: 'by', type: 'relationship', relationTo: 'users', label: { zh: '操作人账号', en: 'Account' } },
      { name: 'byLabel', type: 'text', label: { zh: '操作人', en: 'Actor' } },
      { name: 'at', type: 'date', label: { zh: '时间', en: 'Time' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'comment', type: 'textarea', label: { zh: '意见', en: 'Comment' } },
    ],
  },
  publishedAtReasonField,
]

const actorLabel = (user: unknown): string => {
  const u = user as { name?: string; email?: string } | null
  return u?.name ?? u?.email ?? '系统'
}

/** What a collection's own transition guard sees. `data` may be filled in (an index number, a lateness figure). */
export type WorkflowGuardArgs = {
  action: WorkflowAction
  from: WorkflowStatus
  to: WorkflowStatus
  // biome-ignore lint/suspicious/noExplicitAny: Payload hands hooks untyped document data whose shape differs by collection
  data: Record<string, any>
  // biome-ignore lint/suspicious/noExplicitAny: Payload hands hooks untyped document data whose shape differs by collection
  originalDoc?: Record<string, any>
  req: PayloadRequest
  context: RequestContext
  collection: string
  /** Trusted server code or a platform administrator: role checks are skipped, guards are not. */
  trusted: boolean
}

export type WorkflowGuard = (args: WorkflowGuardArgs) => void | Promise<void>

/** Per-collection extensions of the shared state machine; the transition table itself stays one. */
export type WorkflowOptions = {
  /** Checks that run before a transition is accepted, for every actor including trusted code; throw to refuse it. */
  guards?: Partial<Record<WorkflowAction, WorkflowGuard>>
  /** Roles that, besides the publishers, may save a document that has left the draft state (their own hooks confine what they change). */
  releasedEditors?: SiteRole[]
  /** Roles allowed to take an action on top of the shared transition table (e.g. the openness officer's rejection). */
  extraRoles?: Partial<Record<WorkflowAction, SiteRole[]>>
  /** The field holding the state, when it is not `workflowStatus` (gazette issues: `status`). */
  statusField?: string
  /** `content`: `publishedAt` is the document's own printed date (gazette issues), not the server's publication time. */
  publicationDate?: 'server' | 'content'
}

/**
 * Every change of `workflowStatus`, from any route (REST, GraphQL, admin, Local API), passes here:
 * the transition must exist and the user must hold one of its roles on the document's site.
 * Content that has left the draft state can only be changed by a reviewer or site admin.
 * A collection adds its own publication rules through `guards` (see collections/policy-documents).
 */
export function workflowEnforcer(options: WorkflowOptions = {}): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req, operation, context, collection }) => {
    const statusField = options.statusField ?? 'workflowStatus'
    const system = (context as WorkflowContext).system === true || !req.user
    const trusted = system || isPlatformAdmin(req.user)
    const from: WorkflowStatus = operation === 'create' ? Workflow.draft : (originalDoc?.[statusField] ?? Workflow.draft)
    const to: WorkflowStatus = data[statusField] ?? from
    const siteId = idOf(data.site ?? originalDoc?.site)
    const roles = rolesOnSite(req.user, siteId)
    const now = new Date()
    const transition = from === to ? undefined : findTransition(from, to)
    const serverDate = options.publicationDate !== 'content' && !system

    if (!trusted && asAccessUser(req.user)) {
      const mayChangeReleased = roles.some((r) => publisherRoles.includes(r) || (options.releasedEditors ?? []).includes(r))
      if (operation === 'update' && from !== Workflow.draft && from !== Workflow.withdrawn && !mayChangeReleased) {
        throw new Forbidden(req.t)
      }
    }
    if (from === to) {
      if (serverDate) applyServerPublicationDate({ data, originalDoc, req, context, collection: collection.slug, action: null, fromScheduled: false, now })
      // Rescheduling: a new time for a scheduled document must lie ahead (afterWorkflowChange queues it again).
      if (to === Workflow.scheduled && data.publishAt !== undefined && !sameTime(data.publishAt, originalDoc?.publishAt)) {
        if (!data.publishAt || Date.parse(data.publishAt) <= now.getTime()) {
          throw new ValidationError({ collection: collection.slug, errors: [{ path: 'publishAt', message: inLanguage(req, { zh: '定时发布须设置一个将来的发布时间。', en: 'A scheduled publication needs a time in the future.' }) }] })
        }
      }
      return data
    }

    if (!transition) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            path: statusField,
            message: inLanguage(req, {
              zh: `不能从“${statusLabel(from)}”直接变为“${statusLabel(to)}”。`,
              en: `A document cannot go straight from “${statusLabel(from, 'en')}” to “${statusLabel(to, 'en')}”.`,
            }),
          },
        ],
      })
    }
    const allowedRoles = rolesFor(transition, options.extraRoles)
    if (!trusted && !roles.some((r) => allowedRoles.includes(r))) {
      throw new APIError(
        inLanguage(req, { zh: `您在本网站没有“${actionLabels[transition.action]}”的权限。`, en: `You may not “${buttonLabelsEn[transition.action]}” on this site.` }),
        403,
        null,
        true,
      )
    }
    const comment = (context as WorkflowContext).workflowComment ?? (data.reviewComment !== originalDoc?.reviewComment ? data.reviewComment : undefined)
    // Trusted server code withdraws without a person behind it (a cascade, a job); people always give a reason.
    const needsReason = reasonRequired.includes(transition.action) && (transition.action === 'reject' || !system)
    if (needsReason && !comment?.trim()) {
      const message =
        transition.action === 'reject'
          ? inLanguage(req, { zh: '退回修改时须填写审核意见（退回理由）。', en: 'Sending back needs a review comment (the reason).' })
          : inLanguage(req, { zh: '撤回时须填写撤回理由（审核意见）。', en: 'Withdrawing needs a reason (the review comment).' })
      // An APIError, not a ValidationError: GraphQL shows only a ValidationError's generic English headline.
      throw new APIError(message, 400, { errors: [{ path: 'reviewComment', message }] }, true)
    }
    if (transition.action === 'schedule') {
      const at = data.publishAt ?? originalDoc?.publishAt
      if (!at || Date.parse(at) <= now.getTime()) {
        throw new ValidationError({ collection: collection.slug, errors: [{ path: 'publishAt', message: inLanguage(req, { zh: '定时发布须设置一个将来的发布时间。', en: 'A scheduled publication needs a time in the future.' }) }] })
      }
    }
    if (serverDate) {
      applyServerPublicationDate({ data, originalDoc, req, context, collection: collection.slug, action: transition.action, fromScheduled: from === Workflow.scheduled, now })
    } else if (transition.action === 'publish' && options.publicationDate !== 'content') {
      data.publishedAt = originalDoc?.publishedAt && from !== Workflow.scheduled ? originalDoc.publishedAt : (from === Workflow.scheduled ? (originalDoc?.publishAt ?? now.toISOString()) : (data.publishedAt ?? now.toISOString()))
    }
    const guard = options.guards?.[transition.action]
    if (guard) await guard({ action: transition.action, from, to, data, originalDoc, req, context, collection: collection.slug, trusted })
    const entry: LogEntry = {
      action: transition.action,
      fromStatus: from,
      toStatus: to,
      by: asAccessUser(req.user)?.id,
      byLabel: actorLabel(req.user),
      at: now.toISOString(),
      ...(comment ? { comment } : {}),
    }
    data.workflowLog = [...((originalDoc?.workflowLog as LogEntry[] | undefined) ?? []).map(({ ...rest }) => rest), entry]
    return data
  }
}

const sameTime = (a: unknown, b: unknown): boolean => (!a && !b) || (Boolean(a) && Boolean(b) && Date.parse(String(a)) === Date.parse(String(b)))

/** The shared state machine with no collection-specific rules (articles). */
export const enforceWorkflow: CollectionBeforeChangeHook = workflowEnforcer()

/**
 * Field access withholds the workflow fields from outsiders, but Payload still fills in an empty array for a
 * withheld array field: the key is removed outright, as on policy documents. Only an empty log is touched, so
 * trusted reads (overrideAccess, which skips field access) keep what they read.
 */
export const hideWorkflowFromOutsiders: CollectionAfterReadHook = ({ doc, req }) => {
  const log = (doc as Record<string, unknown>).workflowLog
  if (Array.isArray(log) && log.length === 0 && !siteInsider({ req, doc, data: doc, siblingData: doc } as never)) delete (doc as Record<string, unknown>).workflowLog
  return doc
}

/** Appends an entry to a document's workflow log outside a status change (e.g. a self-check converting a released document to public). */
export function appendWorkflowLog(
  // biome-ignore lint/suspicious/noExplicitAny: Payload hands hooks untyped document data whose shape differs by collection
  data: Record<string, any>,
  // biome-ignore lint/suspicious/noExplicitAny: Payload hands hooks untyped document data whose shape differs by collection
  originalDoc: Record<string, any> | undefined,
  req: PayloadRequest,
  entry: { action: WorkflowAction; fromStatus: WorkflowStatus; toStatus: WorkflowStatus; comment?: string },
): void {
  const full: LogEntry = { ...entry, by: asAccessUser(req.user)?.id, byLabel: actorLabel(req.user), at: new Date().toISOString() }
  const existing = (data.workflowLog as LogEntry[] | undefined) ?? (originalDoc?.workflowLog as LogEntry[] | undefined) ?? []
  data.workflowLog = [...existing.map(({ ...rest }) => rest), full]
}

/** Audits transitions and queues the scheduled publication through the durable jobs queue. */
export const afterWorkflowChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation, collection, context }) => {
  await auditPublicationDateCorrection(req, context, collection.slug, doc)
  const from = operation === 'create' ? null : previousDoc?.workflowStatus
  if (from === doc.workflowStatus) {
    // Rescheduled: the job queued for the old time finds publishAt changed and does nothing; queue the new one.
    if (doc.workflowStatus === Workflow.scheduled && doc.publishAt && !sameTime(doc.publishAt, previousDoc?.publishAt)) {
      await req.payload.jobs.queue({ task: 'publishScheduled', input: { collection: collection.slug, id: String(doc.id), publishAt: doc.publishAt }, waitUntil: new Date(doc.publishAt), req })
    }
    return doc
  }
  const entry = (doc.workflowLog as LogEntry[] | undefined)?.at(-1)
  if (entry && operation === 'update') {
    const auditAction = entry.action === 'revise' ? 'update' : entry.action
    await recordAudit(req, {
      action: auditAction,
      collection: collection.slug,
      documentId: doc.id,
      site: relationId(doc.site),
      summary: `${actionLabels[entry.action]}「${doc.title}」${entry.comment ? `：${entry.comment}` : ''}`,
    })
  }
  if (doc.workflowStatus === Workflow.scheduled && doc.publishAt) {
    await req.payload.jobs.queue({
      task: 'publishScheduled',
      input: { collection: collection.slug, id: String(doc.id), publishAt: doc.publishAt },
      waitUntil: new Date(doc.publishAt),
      req,
    })
  }
  return doc
}
