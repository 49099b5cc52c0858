import { clean, emailPattern, lengthOf, markup, phonePattern } from './mailboxForm'

/** Field sizes (characters) of the comment form (发表意见); the collection enforces the same. */
export const commentLimits = { content: 2000, name: 30, phone: 20, email: 100 } as const

/** The whole url-encoded body: the longest content percent-encoded (9 bytes per character) plus the rest. */
export const commentBodyMaxBytes = 24 * 1024

export type CommentValues = { content: string; name: string; phone: string; email: string; privacyConsent: boolean }
export type CommentErrors = Partial<Record<keyof CommentValues, string>>

export function commentValuesFrom(fields: Record<string, string>): CommentValues {
  return {
    content: clean(fields.content, true),
    name: clean(fields.name),
    phone: clean(fields.phone),
    email: clean(fields.email),
    privacyConsent: fields.privacyConsent === 'yes',
  }
}

/**
 * Every field checked, each error in Chinese beside its field. Name, phone and email are optional (a
 * comment may be anonymous); when given they are stored privately and the comment is never shown publicly.
 */
export function validateComment(values: CommentValues): CommentErrors {
  const errors: CommentErrors = {}
  const length = lengthOf(values.content)
  if (!values.content) errors.content = '请填写意见内容。'
  else if (length < 5) errors.content = '意见内容至少 5 个字，请把意见和理由写清楚。'
  else if (length > commentLimits.content)
    errors.content = `意见内容最多 ${commentLimits.content} 个字，现有 ${length} 个字，请精简。`
  else if (markup.test(values.content))
    errors.content = '意见内容中不能含有网页代码（如 <script>、javascript:），请删除后重试。'
  if (lengthOf(values.name) > commentLimits.name) errors.name = `姓名最多 ${commentLimits.name} 个字。`
  else if (markup.test(values.name)) errors.name = '姓名中不能含有网页代码。'
  if (values.phone && !phonePattern.test(values.phone))
    errors.phone = '电话号码格式不正确：请填写 7 到 20 位数字，可含“-”。'
  if (values.email && (lengthOf(values.email) > commentLimits.email || !emailPattern.test(values.email)))
    errors.email = '电子邮箱格式不正确，例如 name@example.com。'
  if (!values.privacyConsent) errors.privacyConsent = '请阅读并勾选同意隐私声明后再提交。'
  return errors
}
