import type { CollectionConfig } from 'payload'
import type { SiteRole } from '../../src/access/roles'
import { siteField } from '../../src/access/siteField'
import { commentLimits } from '../../src/participation/consultationForm'
import { adoptionStates, Comment, commentStates } from '../../src/states'
import { moderateComments, platformAdminOnly, readComments, setOnCreateOnly } from './access'
import { commentRules } from './hooks'

const writerRoles: SiteRole[] = ['site-admin', 'editor', 'reviewer']

const options = (list: readonly { value: string; label: { zh: string; en: string } }[]) =>
  list.map((s) => ({ value: s.value, label: s.label }))

/**
 * 征集意见 (consultation comments): what citizens send on an open consultation. Each waits for moderation
 * (待审核); a comment with personal data is never shown publicly (collections/consultation-comments/hooks.ts).
 * Staff record the adoption (采纳情况) per comment; the feedback report may also group them.
 */
export const ConsultationComments: CollectionConfig = {
  slug: 'consultation-comments',
  labels: { singular: { zh: '征集意见', en: 'Consultation comment' }, plural: { zh: '征集意见', en: 'Consultation comments' } },
  admin: {
    useAsTitle: 'content',
    defaultColumns: ['content', 'consultation', 'status', 'personalData', 'adoption', 'receivedAt'],
    group: { zh: '互动交流', en: 'Participation' },
    description: { zh: '公众对意见征集提交的意见。审核后才在网站上显示；含个人信息（姓名、电话、邮箱、身份证号）的意见不予公开显示。', en: 'Comments the public sent to consultations. They show on the site only after review; comments containing personal data (name, phone, e-mail, ID number) are never shown.' },
  },
  defaultSort: '-receivedAt',
  access: { read: readComments, create: platformAdminOnly, update: moderateComments, delete: platformAdminOnly },
  hooks: { beforeChange: [commentRules] },
  fields: [
    siteField(writerRoles, { access: { update: () => false } }),
    {
      name: 'consultation',
      type: 'relationship',
      relationTo: 'consultations',
      required: true,
      index: true,
      label: { zh: '意见征集', en: 'Consultation' },
      access: setOnCreateOnly,
    },
    {
      name: 'content',
      type: 'textarea',
      required: true,
      maxLength: commentLimits.content,
      label: { zh: '意见内容', en: 'Content' },
      access: setOnCreateOnly,
    },
    {
      name: 'submitter',
      type: 'group',
      label: { zh: '提交人（个人信息，不公开）', en: 'Submitter (private)' },
      fields: [
        { name: 'name', type: 'text', maxLength: commentLimits.name, label: { zh: '姓名', en: 'Name' }, access: setOnCreateOnly },
        { name: 'phone', type: 'text', maxLength: commentLimits.phone, label: { zh: '电话', en: 'Phone' }, access: setOnCreateOnly },
        { name: 'email', type: 'text', maxLength: commentLimits.email, label: { zh: '电子邮箱', en: 'Email' }, access: setOnCreateOnly },
      ],
    },
    {
      name: 'personalData',
      type: 'text',
      label: { zh: '含个人信息', en: 'Personal data' },
      admin: { readOnly: true, position: 'sidebar', description: { zh: '由系统识别；含个人信息的意见不能公开显示。', en: 'Detected by the system; a comment with personal data cannot be shown publicly.' } },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: Comment.submitted,
      index: true,
      options: options(commentStates),
      label: { zh: '审核状态', en: 'Moderation' },
      admin: { position: 'sidebar' },
    },
    { name: 'moderationNote', type: 'text', maxLength: 200, label: { zh: '审核说明（内部）', en: 'Moderation note' } },
    { name: 'group', type: 'text', maxLength: 100, label: { zh: '意见分类', en: 'Group' } },
    { name: 'concentrated', type: 'checkbox', defaultValue: false, label: { zh: '集中意见', en: 'Concentrated opinion' } },
    { name: 'adoption', type: 'select', options: options(adoptionStates), label: { zh: '采纳情况', en: 'Adoption' } },
    { name: 'adoptionReason', type: 'textarea', maxLength: 2000, label: { zh: '采纳或未采纳的理由', en: 'Reason' } },
    { name: 'receivedAt', type: 'date', label: { zh: '提交时间', en: 'Received at' }, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'moderatedAt', type: 'date', label: { zh: '审核时间', en: 'Moderated at' }, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
