import type { CollectionConfig, Field } from 'payload'
import { isPlatformAdmin, siteIdsWithRole, type SiteRole } from '../../src/access/roles'
import { siteField } from '../../src/access/siteField'
import { idOf } from '../../src/ids'
import { mailboxLimits } from '../../src/participation/mailboxForm'
import {
  channelLabels,
  invalidReasonLabels,
  invalidReasons,
  messageChannels,
  messageStatuses,
  statusLabels,
  channelLabelsEn,
} from '../../src/participation/messageVocabulary'
import { handleMessages, noOne, platformAdminOnly, readMessages, setOnCreateOnly } from './access'
import { messageWorkflow } from './hooks'
import { statisticsEndpoint } from '../../src/participation/statisticsEndpoint'
import { messageExportEndpoint } from '../../src/participation/messageExport'
import { Message, invalidReasonList, messageStates } from '../../src/states'
import { deadlineNoteComponents } from '../../src/i18n/storedNotes'

const writerRoles: SiteRole[] = ['site-admin', 'editor', 'reviewer']

/** Select options with the Chinese label and the admin's English one. */
const options = <T extends string>(values: readonly T[], labels: Record<T, string>, english: Record<T, string>) =>
  values.map((value) => ({ value, label: { zh: labels[value], en: english[value] } }))

const englishOf = <T extends string>(list: readonly { value: T; label: { en: string } }[]) => Object.fromEntries(list.map((s) => [s.value, s.label.en])) as Record<T, string>

const stamp = (name: string, zh: string, en: string): Field => ({
  name,
  type: 'date',
  label: { zh, en },
  admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
})

/**
 * 留言 (messages): what citizens write to a site's mailbox (领导信箱、咨询、建议、投诉), and its handling.
 * Personal data (姓名、电话、邮箱) is read only by the staff of the receiving site or of the site it was
 * transferred to (collections/messages/access.ts); the public pages show the reply under a masked name.
 */
export const Messages: CollectionConfig = {
  slug: 'messages',
  labels: { singular: { zh: '留言', en: 'Message' }, plural: { zh: '留言', en: 'Messages' } },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'channel', 'status', 'receivedAt', 'dueOn', 'site'],
    group: { zh: '互动交流', en: 'Participation' },
    description:
      { zh: '公众通过网站“我要留言”提交的留言。流程：签收 → 转办/交办 → 答复 → 审核 → 公开。超过 2 个月未答复预警，超过 3 个月未答复属“互动回应差”单项否决。', en: "Messages the public sent through the site's mailbox. Flow: accept → transfer/assign → reply → review → publish. Unanswered after 2 months is warned; after 3 months it is a “poor interaction” single veto." },
  },
  defaultSort: '-receivedAt',
  access: { read: readMessages, create: platformAdminOnly, update: handleMessages, delete: platformAdminOnly },
  hooks: { beforeChange: [messageWorkflow] },
  // GET /api/messages/statistics (留言统计) and /api/messages/export (个人信息导出, audit-logged).
  endpoints: [statisticsEndpoint, messageExportEndpoint],
  fields: [
    {
      // 办理按钮: the workflow's actions this user may take on this message now (src/participation/messageActions.ts).
      name: 'actions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/collections/messages/MessageActions#MessageActions' } },
    },
    siteField(writerRoles, {
      // Staff of the site a message was transferred to save it too: its own site stays a valid value.
      // The receiving site never becomes the owner (that would hide the letter from the origin site).
      access: { update: ({ req }) => isPlatformAdmin(req.user) },
      filterOptions: ({ user, data }) => {
        if (!user || isPlatformAdmin(user)) return true
        const ids = [
          ...siteIdsWithRole(user, ...writerRoles).map(String),
          idOf((data as { site?: unknown } | undefined)?.site),
        ].filter((v): v is string => Boolean(v))
        return { id: { in: ids } }
      },
    }),
    {
      name: 'channel',
      type: 'select',
      required: true,
      options: options(messageChannels, channelLabels, channelLabelsEn),
      label: { zh: '留言渠道', en: 'Channel' },
      access: setOnCreateOnly,
    },
    {
      name: 'subject',
      type: 'text',
      required: true,
      maxLength: mailboxLimits.subject,
      label: { zh: '标题', en: 'Subject' },
      access: setOnCreateOnly,
    },
    {
      name: 'content',
      type: 'textarea',
      required: true,
      maxLength: mailboxLimits.content,
      label: { zh: '留言内容', en: 'Content' },
      access: setOnCreateOnly,
    },
    {
      name: 'submitter',
      type: 'group',
      label: { zh: '留言人（个人信息，不公开）', en: 'Submitter (private)' },
      fields: [
        {
          name: 'name',
          type: 'text',
          maxLength: mailboxLimits.name,
          label: { zh: '姓名', en: 'Name' },
          access: setOnCreateOnly,
        },
        {
          name: 'phone',
          type: 'text',
          maxLength: mailboxLimits.phone,
          label: { zh: '电话', en: 'Phone' },
          access: setOnCreateOnly,
        },
        {
          name: 'email',
          type: 'text',
          maxLength: mailboxLimits.email,
          label: { zh: '电子邮箱', en: 'Email' },
          access: setOnCreateOnly,
        },
      ],
    },
    {
      name: 'publishConsent',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '同意公开留言及答复', en: 'Agrees to publication' },
      access: setOnCreateOnly,
    },
    {
      name: 'privacyConsent',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '已同意隐私声明', en: 'Accepted the privacy notice' },
      access: setOnCreateOnly,
    },
    {
      name: 'trackingCode',
      type: 'text',
      unique: true,
      index: true,
      label: { zh: '查询码', en: 'Tracking code' },
      admin: { readOnly: true, position: 'sidebar' },
      access: setOnCreateOnly,
    },
    { name: 'queryPasswordHash', type: 'text', hidden: true, access: { read: noOne, update: noOne } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: Message.received,
      index: true,
      options: options(messageStatuses, statusLabels, englishOf(messageStates)),
      label: { zh: '办理状态', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'invalidReason',
      type: 'select',
      options: options(invalidReasons, invalidReasonLabels, englishOf(invalidReasonList)),
      label: { zh: '无效原因', en: 'Invalid reason' },
      admin: { condition: (data) => data?.status === Message.invalid },
    },
    { name: 'assignee', type: 'text', maxLength: 100, label: { zh: '承办部门或人员', en: 'Assigned to' } },
    {
      name: 'transferredTo',
      type: 'relationship',
      relationTo: 'sites',
      index: true,
      label: { zh: '转办至网站', en: 'Transferred to site' },
      admin: { description: { zh: '转办给集群内的其他网站办理。转办后原网站仍可查看办理情况，3 个月时限仍从收到之日起算。', en: 'Transfer to another site of the cluster. The original site can still follow it; the 3-month limit still counts from receipt.' } },
      // The one reference allowed to name another site (src/access/sameSiteReferences.ts): a transfer
      // hands the message to another unit of the cluster, and both sites' staff then read it.
      custom: { crossSite: '转办: the receiving site handles the message; the origin site keeps seeing it' },
    },
    { name: 'reply', type: 'textarea', maxLength: 10000, label: { zh: '答复内容', en: 'Reply' } },
    { name: 'replyingUnit', type: 'text', maxLength: 100, label: { zh: '答复单位', en: 'Replying unit' } },
    {
      name: 'dueOn',
      type: 'text',
      label: { zh: '答复期限', en: 'Due on' },
      admin: { readOnly: true, position: 'sidebar', description: { zh: '按工作日计算（平台设置“留言答复时限”）。', en: 'Counted in working days (platform setting “message reply deadline”).' } },
    },
    {
      name: 'deadlineProblem',
      type: 'text',
      label: { zh: '期限计算问题', en: 'Deadline problem' },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.deadlineProblem), components: deadlineNoteComponents },
    },
    stamp('receivedAt', '收到时间', 'Received at'),
    stamp('signedAt', '签收时间', 'Signed for at'),
    stamp('assignedAt', '转办时间', 'Assigned at'),
    stamp('transferredAt', '转办至其他网站时间', 'Transferred at'),
    stamp('repliedAt', '答复时间', 'Replied at'),
    stamp('reviewedAt', '审核时间', 'Reviewed at'),
    stamp('publishedAt', '办结公开时间', 'Published at'),
    stamp('invalidAt', '标为无效时间', 'Marked invalid at'),
    // Set by the retention job (src/participation/messageRetention.ts) when the personal data is erased.
    stamp('personalDataErasedAt', '个人信息删除时间', 'Personal data erased at'),
  ],
}
