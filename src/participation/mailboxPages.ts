import type { Payload } from 'payload'
import type { Site } from '../../payload-types'
import { chinaYear } from '../calendar/chinaTime'
import { chinaDate } from '../render/dates'
import { publicColumns } from '../render/content'
import { themeEngine } from '../render/engine'
import { siteView } from '../render/siteView'
import { honeypotField } from '../security/publicForms'
import type { MailboxErrors, MailboxValues } from './mailboxForm'
import { mailboxLimits } from './mailboxForm'
import { maskedName } from './masking'
import {
  channelLabels,
  messageChannels,
  publicStatusLabels,
  type MessageChannel,
  type MessageStatus,
} from './messageVocabulary'
import { Message, SiteLifecycle } from '../states'

/** The channels a site offers (sites.mailboxChannels), in the vocabulary's order. */
export function siteChannels(site: Site): MessageChannel[] {
  const chosen = (site as Site & { mailboxChannels?: string[] | null }).mailboxChannels
  if (!chosen) return [...messageChannels]
  return messageChannels.filter((c) => chosen.includes(c))
}

export type MailboxPageState = {
  values?: Partial<MailboxValues>
  errors?: MailboxErrors
  /** A problem with the whole submission (challenge, honeypot), shown above the form. */
  formProblem?: string
  receipt?: { trackingCode: string; password: string }
  query?: { code: string; errors?: { code?: string; password?: string }; result?: QueryResult }
}

export type QueryResult = {
  subject: string
  channel: string
  status: string
  receivedOn: string
  reply: string
  replyingUnit: string
  repliedOn: string
  invalidReason: string
}

export type MailboxPageInput = { payload: Payload; site: Site; viaPrefix: boolean; successor?: Site }

const publicListSize = 20

/** Replied messages whose author agreed to publication: masked name, no phone or email, ever. */
async function publicReplies(payload: Payload, site: Site) {
  const { docs } = await payload.find({
    collection: 'messages',
    where: {
      and: [{ site: { equals: site.id } }, { status: { equals: Message.concluded } }, { publishConsent: { equals: true } }],
    },
    sort: '-publishedAt',
    limit: publicListSize,
    depth: 0,
    overrideAccess: true,
    select: {
      subject: true,
      content: true,
      channel: true,
      reply: true,
      replyingUnit: true,
      receivedAt: true,
      publishedAt: true,
      submitter: { name: true },
    },
  })
  return docs.map((d) => ({
    subject: d.subject,
    content: d.content,
    channel: channelLabels[d.channel as MessageChannel] ?? '',
    author: maskedName(d.submitter?.name),
    reply: d.reply ?? '',
    replyingUnit: d.replyingUnit ?? '',
    receivedOn: chinaDate(d.receivedAt ?? undefined),
    repliedOn: chinaDate(d.publishedAt ?? undefined),
  }))
}

/** `/mailbox`: the form (with what was typed and the errors beside each field), the receipt, the query and the public replies. */
export async function renderMailboxPage(input: MailboxPageInput, state: MailboxPageState = {}): Promise<string> {
  const { payload, site } = input
  const view = siteView(site, input.viaPrefix, input.successor)
  const columns = await publicColumns(payload, site.id)
  const channels = siteChannels(site)
  const values = state.values ?? {}
  return themeEngine(site.theme ?? 'default').renderFile('mailbox', {
    site: view,
    nav: columns.map((c) => ({
      title: c.title,
      url: `${view.basePath}/columns/${c.slug}/`,
      current: false,
      children: [],
    })),
    year: chinaYear(),
    page: { title: `我要留言 - ${view.name}` },
    mailbox: {
      action: `${view.basePath}/mailbox`,
      queryAction: `${view.basePath}/mailbox/query`,
      challengeUrl: `${view.basePath}/challenge.json`,
      open: channels.length > 0 && site.status === SiteLifecycle.live,
      channels: channels.map((c) => ({ value: c, label: channelLabels[c], selected: values.channel === c })),
      values: {
        ...values,
        publishConsent: values.publishConsent ?? false,
        privacyConsent: values.privacyConsent ?? false,
      },
      errors: state.errors ?? {},
      hasErrors: Object.keys(state.errors ?? {}).length > 0,
      formProblem: state.formProblem ?? '',
      limits: mailboxLimits,
      honeypot: honeypotField,
      receipt: state.receipt ?? null,
      query: state.query ?? null,
      replies: await publicReplies(payload, site),
    },
  })
}

/** The citizen's view of their message: status, and the reply once it is released. Never their personal data. */
export function queryResultOf(doc: {
  subject: string
  channel: string
  status: string
  receivedAt?: string | null
  reply?: string | null
  replyingUnit?: string | null
  publishedAt?: string | null
  invalidReason?: string | null
}): QueryResult {
  const status = doc.status as MessageStatus
  const released = status === Message.concluded
  return {
    subject: doc.subject,
    channel: channelLabels[doc.channel as MessageChannel] ?? '',
    status: publicStatusLabels[status] ?? '',
    receivedOn: chinaDate(doc.receivedAt ?? undefined),
    reply: released ? (doc.reply ?? '') : '',
    replyingUnit: released ? (doc.replyingUnit ?? '') : '',
    repliedOn: released ? chinaDate(doc.publishedAt ?? undefined) : '',
    invalidReason: status === Message.invalid ? invalidText(doc.invalidReason) : '',
  }
}

const invalidText = (reason: string | null | undefined): string =>
  reason === 'duplicate'
    ? '重复留言'
    : reason === 'abusive'
      ? '含有不当内容'
      : reason === 'not-within-remit'
        ? '不属于本单位职责范围，请向有关部门反映'
        : ''
