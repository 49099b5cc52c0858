/**
 * The mailbox's words: channels (留言渠道), the handling workflow (办理流程) and the reasons a message is
 * invalid (无效留言). One English identifier per Chinese term (README glossary).
 */

export const messageChannels = ['leader-mailbox', 'consultation', 'suggestion', 'complaint'] as const
export type MessageChannel = (typeof messageChannels)[number]

export const channelLabels: Record<MessageChannel, string> = {
  'leader-mailbox': '领导信箱',
  consultation: '咨询',
  suggestion: '建议',
  complaint: '投诉',
}

/**
 * received 已收到 → signed 已签收 → assigned 已转办/交办 → replied 已答复 → reviewed 答复已审核 → published 已办结（公开）.
 * invalid 无效 from any state before the reply. DESIGN.md's `closed` is `published` here: the message is closed
 * when its reviewed reply is released (shown in the public list only if the citizen agreed).
 */
export const messageStatuses = [
  'received',
  'signed',
  'assigned',
  'replied',
  'reviewed',
  'published',
  'invalid',
] as const
export type MessageStatus = (typeof messageStatuses)[number]

export const statusLabels: Record<MessageStatus, string> = {
  received: '已收到',
  signed: '已签收',
  assigned: '办理中（已转办）',
  replied: '已答复（待审核）',
  reviewed: '答复已审核',
  published: '已办结',
  invalid: '无效留言',
}

/** What the citizen sees on the query page: internal review steps are not shown as such. */
export const publicStatusLabels: Record<MessageStatus, string> = {
  received: '已收到，等待签收',
  signed: '已签收，正在办理',
  assigned: '正在办理',
  replied: '正在办理',
  reviewed: '正在办理',
  published: '已答复',
  invalid: '不予受理',
}

export const invalidReasons = ['duplicate', 'abusive', 'not-within-remit'] as const
export type InvalidReason = (typeof invalidReasons)[number]

export const invalidReasonLabels: Record<InvalidReason, string> = {
  duplicate: '重复留言',
  abusive: '含有辱骂、攻击等不当内容',
  'not-within-remit': '不属于本单位职责范围',
}

/** Statuses a message may move to from each status; staying put is always allowed. */
export const messageTransitions: Record<MessageStatus, readonly MessageStatus[]> = {
  received: ['signed', 'invalid'],
  signed: ['assigned', 'replied', 'invalid'],
  assigned: ['assigned', 'replied', 'invalid'],
  replied: ['reviewed', 'assigned'],
  reviewed: ['published', 'replied'],
  published: [],
  invalid: ['signed'],
}

/** Not yet answered: these count toward the 2-month warning and the 3-month veto. */
export const unansweredStatuses: readonly MessageStatus[] = ['received', 'signed', 'assigned']
