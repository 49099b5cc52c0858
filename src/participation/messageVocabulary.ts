/**
 * The mailbox's words: channels (留言渠道), the handling workflow (办理流程) and the reasons a message is
 * invalid (无效留言). One English identifier per Chinese term (README glossary).
 */
import { type InvalidReason, invalidReasonList, Message, type MessageState, messageStates } from '../states'

export const messageChannels = ['leader-mailbox', 'consultation', 'suggestion', 'complaint'] as const
export type MessageChannel = (typeof messageChannels)[number]

export const channelLabels: Record<MessageChannel, string> = {
  'leader-mailbox': '领导信箱',
  consultation: '咨询',
  suggestion: '建议',
  complaint: '投诉',
}

/** The admin's second language (the Chinese labels above are what the public pages and exports use). */
export const channelLabelsEn: Record<MessageChannel, string> = {
  'leader-mailbox': 'Leader mailbox',
  consultation: 'Consultation',
  suggestion: 'Suggestion',
  complaint: 'Complaint',
}

/** The handling workflow's states live in src/states.ts (`Message`); these are the mailbox's views of them. */
export const messageStatuses = messageStates.map((s) => s.value)
export type MessageStatus = MessageState

export const statusLabels = Object.fromEntries(messageStates.map((s) => [s.value, s.label.zh])) as Record<
  MessageStatus,
  string
>

/** What the citizen sees on the query page: internal review steps are not shown as such. */
export const publicStatusLabels: Record<MessageStatus, string> = {
  [Message.received]: '已收到，等待签收',
  [Message.signed]: '已签收，正在办理',
  [Message.assigned]: '正在办理',
  [Message.replied]: '正在办理',
  [Message.reviewed]: '正在办理',
  [Message.concluded]: '已答复',
  [Message.invalid]: '不予受理',
}

export const invalidReasons = invalidReasonList.map((r) => r.value)
export type { InvalidReason }

export const invalidReasonLabels = Object.fromEntries(invalidReasonList.map((r) => [r.value, r.label.zh])) as Record<
  InvalidReason,
  string
>

/** Statuses a message may move to from each status; staying put is always allowed. */
export const messageTransitions: Record<MessageStatus, readonly MessageStatus[]> = {
  [Message.received]: [Message.signed, Message.invalid],
  [Message.signed]: [Message.assigned, Message.replied, Message.invalid],
  [Message.assigned]: [Message.assigned, Message.replied, Message.invalid],
  [Message.replied]: [Message.reviewed, Message.assigned],
  [Message.reviewed]: [Message.concluded, Message.replied, Message.assigned],
  [Message.concluded]: [],
  [Message.invalid]: [Message.signed],
}

/** Not yet answered: these count toward the 2-month warning and the 3-month veto. */
export const unansweredStatuses: readonly MessageStatus[] = [Message.received, Message.signed, Message.assigned]
