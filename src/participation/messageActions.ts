/**
 * 留言办理操作 (staff actions) on one message: which buttons exist, from which states, for which roles. The edit
 * view's buttons (collections/messages/MessageActions.tsx) and the server (collections/messages/hooks.ts,
 * `messageRoleProblem`) read this one table, so a button is shown exactly when the save would be accepted.
 * Handlers (经办: 站点管理员、编辑) sign for, transfer, reply and mark invalid; reviewers (审核: 站点管理员、审核人)
 * review the reply, release it, or send it back, as articles separate 采编 from 审发.
 * Pure data: imported by the browser bundle too.
 */
import { Message, type MessageState } from '../states'
import type { Bilingual } from '../i18n/bilingual'

type Role = 'site-admin' | 'editor' | 'reviewer' | 'openness-officer'

/** Short role names for the server's refusal (“须由网站管理员或审核人办理”). */
export const roleNames: Record<Role, string> = { 'site-admin': '网站管理员', editor: '编辑', reviewer: '审核人', 'openness-officer': '政务公开专员' }

export const handlerRoles: readonly Role[] = ['site-admin', 'editor']
export const reviewerRoles: readonly Role[] = ['site-admin', 'reviewer']

export type MessageActionName = 'sign' | 'transfer' | 'reply' | 'review' | 'publish' | 'markInvalid' | 'sendBack'

export type MessageAction = {
  name: MessageActionName
  label: Bilingual
  from: readonly MessageState[]
  to: MessageState
  roles: readonly Role[]
  confirm: Bilingual
}

export const messageActions: readonly MessageAction[] = [
  { name: 'sign', label: { zh: '签收', en: 'Accept' }, from: [Message.received, Message.invalid], to: Message.signed, roles: handlerRoles, confirm: { zh: '确认签收这条留言？签收后由本单位负责办理。', en: 'Accept this message? Your agency then handles it.' } },
  { name: 'transfer', label: { zh: '转办', en: 'Transfer' }, from: [Message.signed, Message.assigned], to: Message.assigned, roles: handlerRoles, confirm: { zh: '确认转办？转给其他网站的，答复期限自转办之日重新计算，3 个月时限仍从收到之日起算。', en: 'Transfer it? When transferred to another site, the reply deadline restarts from the transfer; the 3-month limit still counts from receipt.' } },
  { name: 'reply', label: { zh: '答复', en: 'Reply' }, from: [Message.signed, Message.assigned], to: Message.replied, roles: handlerRoles, confirm: { zh: '确认提交答复？答复经审核后才对留言人公开。', en: 'Submit the reply? It reaches the sender only after review.' } },
  { name: 'review', label: { zh: '审核答复', en: 'Approve reply' }, from: [Message.replied], to: Message.reviewed, roles: reviewerRoles, confirm: { zh: '确认答复内容已审核通过？', en: 'Confirm the reply has passed review?' } },
  { name: 'publish', label: { zh: '发布', en: 'Publish' }, from: [Message.reviewed], to: Message.concluded, roles: reviewerRoles, confirm: { zh: '确认发布答复？留言人可凭查询码看到答复；同意公开的留言将出现在公开列表（姓名打码）。', en: 'Publish the reply? The sender sees it with the query code; messages the sender agreed to publish appear in the public list (name masked).' } },
  { name: 'sendBack', label: { zh: '退回修改', en: 'Send back' }, from: [Message.replied, Message.reviewed], to: Message.assigned, roles: reviewerRoles, confirm: { zh: '确认退回答复，由经办人修改后重新提交？', en: 'Send the reply back to the handler to revise and resubmit?' } },
  { name: 'markInvalid', label: { zh: '标记无效', en: 'Mark invalid' }, from: [Message.received, Message.signed, Message.assigned], to: Message.invalid, roles: handlerRoles, confirm: { zh: '确认标记为无效留言？无效留言不计入 3 个月答复时限，留言人查询时可看到原因。', en: 'Mark the message invalid? Invalid messages do not count toward the 3-month limit; the sender sees the reason when checking.' } },
]

/** The roles that may move a message from `from` to `to` (null: staying put). Moves no button names (a transfer of
 *  a received message to another site) belong to the handlers; reviewed → replied is the reviewer's 退回修改. */
export function rolesForTransition(from: MessageState, to: MessageState): readonly Role[] | null {
  if (from === to) return null
  if (from === Message.reviewed && to === Message.replied) return reviewerRoles
  return messageActions.find((a) => a.from.includes(from) && a.to === to)?.roles ?? handlerRoles
}

/** The actions a user holding `roles` (on the message's site or the site it was transferred to) may take now. */
export function availableActions(status: MessageState, roles: readonly string[], platformAdmin = false): MessageAction[] {
  return messageActions.filter((a) => a.from.includes(status) && (platformAdmin || a.roles.some((r) => roles.includes(r))))
}
