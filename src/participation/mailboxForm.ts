import { messageChannels, type MessageChannel } from './messageVocabulary'

/** Field sizes (characters) of the mailbox form; the collection enforces the same. */
export const mailboxLimits = { subject: 60, content: 3000, name: 30, phone: 20, email: 100 } as const

/** The whole url-encoded body: the longest content percent-encoded (9 bytes per character) plus the rest. */
export const mailboxBodyMaxBytes = 40 * 1024

export type MailboxValues = {
  channel: string
  subject: string
  content: string
  name: string
  phone: string
  email: string
  publishConsent: boolean
  privacyConsent: boolean
}

export type MailboxErrors = Partial<Record<keyof MailboxValues, string>>

const isControl = (code: number, multiline: boolean): boolean =>
  (code < 0x20 || code === 0x7f) && !(multiline && (code === 0x0a || code === 0x09))

// Control characters other than line breaks and tabs (NUL included) are dropped, never stored.
export const clean = (value: string | undefined, multiline = false): string =>
  [...(value ?? '').replace(/\r\n?/g, '\n')]
    .filter((c) => !isControl(c.codePointAt(0)!, multiline))
    .join('')
    .trim()

/** Markup is shown escaped anyway; refusing it keeps stored letters plain text and tells the sender why. */
export const markup = /<\s*\/?\s*[a-z!]|javascript\s*:/i

export const phonePattern = /^[0-9+\-() ]{7,20}$/
export const emailPattern = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/

export function mailboxValuesFrom(fields: Record<string, string>): MailboxValues {
  return {
    channel: clean(fields.channel),
    subject: clean(fields.subject),
    content: clean(fields.content, true),
    name: clean(fields.name),
    phone: clean(fields.phone),
    email: clean(fields.email),
    publishConsent: fields.publishConsent === 'yes',
    privacyConsent: fields.privacyConsent === 'yes',
  }
}

export const lengthOf = (value: string): number => [...value].length

/** Every field checked; each error says in Chinese what to fix, shown beside its field. */
export function validateMailbox(values: MailboxValues, channels: readonly MessageChannel[]): MailboxErrors {
  const errors: MailboxErrors = {}
  if (
    !channels.includes(values.channel as MessageChannel) ||
    !(messageChannels as readonly string[]).includes(values.channel)
  )
    errors.channel = '请选择留言类型。'
  if (!values.subject) errors.subject = '请填写标题。'
  else if (lengthOf(values.subject) > mailboxLimits.subject)
    errors.subject = `标题最多 ${mailboxLimits.subject} 个字，现有 ${lengthOf(values.subject)} 个字。`
  else if (markup.test(values.subject))
    errors.subject = '标题中不能含有网页代码（如 <script>、javascript:），请删除后重试。'
  if (!values.content) errors.content = '请填写留言内容。'
  else if (lengthOf(values.content) < 10) errors.content = '留言内容至少 10 个字，请把事情说清楚。'
  else if (lengthOf(values.content) > mailboxLimits.content)
    errors.content = `留言内容最多 ${mailboxLimits.content} 个字，现有 ${lengthOf(values.content)} 个字，请精简。`
  else if (markup.test(values.content))
    errors.content = '留言内容中不能含有网页代码（如 <script>、javascript:），请删除后重试。'
  if (lengthOf(values.name) > mailboxLimits.name) errors.name = `姓名最多 ${mailboxLimits.name} 个字。`
  else if (markup.test(values.name)) errors.name = '姓名中不能含有网页代码。'
  if (values.phone && !phonePattern.test(values.phone))
    errors.phone = '电话号码格式不正确：请填写 7 到 20 位数字，可含“-”。'
  if (values.email && (lengthOf(values.email) > mailboxLimits.email || !emailPattern.test(values.email)))
    errors.email = '电子邮箱格式不正确，例如 name@example.com。'
  if (!values.phone && !values.email && !errors.phone && !errors.email)
    errors.phone = '请至少填写电话或电子邮箱中的一项，以便联系您。'
  if (!values.privacyConsent) errors.privacyConsent = '请阅读并勾选同意隐私声明后再提交。'
  return errors
}
