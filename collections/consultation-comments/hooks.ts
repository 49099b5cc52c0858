import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { personalDataIn } from '../../src/participation/personalData'
import { speaker } from '../../src/i18n/bilingual'
import { Adoption, Comment } from '../../src/states'

type CommentData = {
  status?: string | null
  content?: string | null
  submitter?: { name?: string | null; phone?: string | null; email?: string | null } | null
  personalData?: string | null
  concentrated?: boolean | null
  adoption?: string | null
  adoptionReason?: string | null
  receivedAt?: string | null
  moderatedAt?: string | null
  [key: string]: unknown
}

const refuse = (path: string, message: string): never => {
  throw new ValidationError({ errors: [{ path, message }] })
}

/** What makes a comment unpublishable: personal fields given, or personal data in the text. */
export function personalDataOf(c: CommentData): string | null {
  const kinds = [
    ...(c.submitter?.name?.trim() ? ['姓名'] : []),
    ...(c.submitter?.phone?.trim() ? ['电话'] : []),
    ...(c.submitter?.email?.trim() ? ['电子邮箱'] : []),
  ]
  for (const kind of personalDataIn(String(c.content ?? ''))) if (!kinds.includes(kind)) kinds.push(kind)
  return kinds.length ? kinds.join('、') : null
}

/**
 * 审核: a comment is shown (已公开显示) only when it carries no personal data — the flag is computed on
 * every save, from the private fields and the text, and is not editable; not adopting a concentrated
 * opinion needs a reason. Comments arrive as 待审核 whoever sends them.
 */
export const commentRules: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const next = data as CommentData
  // Moderators read refusals in their admin language; anonymous senders in Chinese.
  const L = speaker(req.user ? req : null)
  const merged = { ...((originalDoc ?? {}) as CommentData), ...next }
  if (operation === 'create') {
    next.status = Comment.submitted
    next.receivedAt ||= new Date().toISOString()
  }
  next.personalData = personalDataOf(merged)
  if (merged.status === Comment.displayed && next.personalData)
    refuse(
      'status',
      L(
        `该意见含有个人信息（${next.personalData}），不能公开显示；可作为意见采纳，但不在网站上展示。`,
        `The comment holds personal data (${next.personalData}) and cannot be shown publicly; it may be adopted but not displayed.`,
      ),
    )
  if (merged.concentrated && merged.adoption === Adoption.notAdopted && !String(merged.adoptionReason ?? '').trim())
    refuse('adoptionReason', L('未采纳的集中意见须说明理由。', 'A concentrated opinion not adopted needs the reason.'))
  if (operation === 'update' && next.status && next.status !== (originalDoc as CommentData | undefined)?.status)
    next.moderatedAt = new Date().toISOString()
  return next
}
