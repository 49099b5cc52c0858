import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { isPlatformAdmin, roleLabels, rolesOnSite } from '../../src/access/roles'
import { speaker } from '../../src/i18n/bilingual'
import { idOf } from '../../src/ids'
import { roleNames, rolesForTransition } from '../../src/participation/messageActions'
import { replyDueOn } from '../../src/participation/messageDeadlines'
import { messageTransitions, statusLabels, type MessageStatus } from '../../src/participation/messageVocabulary'
import { newTrackingCode } from '../../src/participation/tracking'
import { Message, messageStates } from '../../src/states'

type MessageData = {
  site?: unknown
  status?: MessageStatus
  receivedAt?: string | null
  transferredTo?: unknown
  transferredAt?: string | null
  reply?: string | null
  invalidReason?: string | null
  dueOn?: string | null
  deadlineProblem?: string | null
  trackingCode?: string | null
  [key: string]: unknown
}

const stampFor: Partial<Record<MessageStatus, string>> = {
  [Message.signed]: 'signedAt',
  [Message.assigned]: 'assignedAt',
  [Message.replied]: 'repliedAt',
  [Message.reviewed]: 'reviewedAt',
  [Message.concluded]: 'publishedAt',
  [Message.invalid]: 'invalidAt',
}

const statusEn = (status: MessageStatus): string => messageStates.find((s) => s.value === status)?.label.en ?? status

const refuse = (path: string, message: string): never => {
  throw new ValidationError({ errors: [{ path, message }] })
}

/**
 * The workflow (签收 → 转办 → 答复 → 审核 → 公开, or 无效): only the transitions of messageTransitions, each
 * stamped with its time; a reply before 答复, a reason before 无效; the due day recomputed on receipt and on
 * each transfer. Server code without a user (the demo seed) may create a message in any state.
 */
export const messageWorkflow: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const next = data as MessageData
  const before = (originalDoc ?? {}) as MessageData
  const now = new Date().toISOString()
  // Staff read refusals in their admin language; anonymous senders (whatever their browser's language) in Chinese.
  const L = speaker(req.user ? req : null)
  if (operation === 'create') {
    next.trackingCode ||= newTrackingCode()
    next.receivedAt ||= now
    next.status ||= Message.received
    if (req.user && next.status !== Message.received) refuse('status', L('新留言的状态只能是“已收到”。', 'A new message can only be “received”.'))
  }
  const from = before.status
  const to = next.status ?? from
  if (operation === 'update' && from && to && to !== from && !messageTransitions[from].includes(to)) {
    refuse('status', L(`留言不能从“${statusLabels[from]}”直接变为“${statusLabels[to]}”。`, `A message cannot go straight from “${statusEn(from)}” to “${statusEn(to)}”.`))
  }
  if (operation === 'update' && from === Message.assigned && to === Message.assigned) {
    // Re-assigning is fine; nothing to stamp.
  } else if (to && to !== from) {
    const stamp = stampFor[to]
    if (stamp && !next[stamp]) next[stamp] = now
  }
  const merged = { ...before, ...next }
  if ((to === Message.replied || to === Message.reviewed || to === Message.concluded) && !String(merged.reply ?? '').trim())
    refuse('reply', L('请先填写答复内容。', 'Write the reply first.'))
  if (to === Message.invalid && !merged.invalidReason) refuse('invalidReason', L('标为无效留言时须选择原因。', 'Choose a reason when marking a message invalid.'))
  if (to !== Message.invalid && next.invalidReason && operation === 'update' && from === Message.invalid) next.invalidReason = null

  const transferTarget = idOf(merged.transferredTo)
  if (transferTarget && transferTarget === idOf(merged.site))
    refuse(
      'transferredTo',
      L('不能转办给本网站，请选择集群内的其他网站，或填写本单位的承办部门。', 'A message cannot be transferred to its own site: choose another site of the cluster, or enter the handling department.'),
    )
  const transferred = transferTarget !== null && transferTarget !== idOf(before.transferredTo)
  if (transferred) {
    next.transferredAt = now
    if (to === Message.signed || to === Message.received) next.status = Message.assigned
  }

  const final = (next.status ?? to) as MessageStatus | undefined
  if (operation === 'update' && req.user && !isPlatformAdmin(req.user) && from && final && final !== from) {
    const allowed = rolesForTransition(from, final)
    const held = [...rolesOnSite(req.user, idOf(before.site)), ...rolesOnSite(req.user, idOf(before.transferredTo))]
    if (allowed && !held.some((role) => allowed.includes(role)))
      refuse(
        'status',
        L(
          `把留言改为“${statusLabels[final]}”须由${allowed.map((r) => roleNames[r]).join('或')}办理。`,
          `Only these roles may make a message “${statusEn(final)}”: ${allowed.map((r) => roleLabels[r].en).join(', ')}.`,
        ),
      )
  }

  if ((next.status ?? to) === Message.invalid) {
    next.dueOn = null
    next.deadlineProblem = null
  } else if (operation === 'create' || transferred || (from === Message.invalid && to !== Message.invalid)) {
    const start = transferred
      ? (next.transferredAt as string)
      : operation === 'create'
        ? (next.receivedAt as string)
        : now
    const outcome = await replyDueOn(req.payload, start)
    next.dueOn = outcome.dueOn
    next.deadlineProblem = outcome.problem
  }
  return next
}
