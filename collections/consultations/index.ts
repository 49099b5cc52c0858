import type { CollectionConfig, Field } from 'payload'
import type { SiteRole } from '../../src/access/roles'
import { siteField } from '../../src/access/siteField'
import { createOnSitesWithRole, writeOnSitesWithRole } from '../../src/access/siteScoped'
import { phaseLabels } from '../../src/participation/consultationPeriod'
import { adoptionStates, consultationStates, Consultation } from '../../src/states'
import { readConsultations, readFeedback, staffOnly } from './access'
import { consultationRules, overdueOnRead, phaseOnRead } from './hooks'
import type { Bilingual } from '../../src/i18n/bilingual'
import { deadlineNoteComponents } from '../../src/i18n/storedNotes'

const writerRoles: SiteRole[] = ['site-admin', 'editor', 'reviewer']

const options = (list: readonly { value: string; label: { zh: string; en: string } }[]) =>
  list.map((s) => ({ value: s.value, label: s.label }))

const day = (name: string, zh: string, en: string, description: Bilingual): Field => ({
  name,
  type: 'text',
  required: true,
  maxLength: 10,
  label: { zh, en },
  admin: { placeholder: '2026-03-01', description },
})

/**
 * 意见征集 (consultations): a draft decision published for public comment during a period (China-time
 * days), then a feedback report on which opinions were adopted and why others were not, and the final
 * decision document. Comments are in `consultation-comments`; the public pages are /consultations.
 */
export const Consultations: CollectionConfig = {
  slug: 'consultations',
  labels: { singular: { zh: '意见征集', en: 'Consultation' }, plural: { zh: '意见征集', en: 'Consultations' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'startsOn', 'endsOn', 'feedbackDueOn', 'site'],
    group: { zh: '互动交流', en: 'Participation' },
    description:
      { zh: '重大决策草案公开征求意见：发布征求意见稿、起草依据和背景、征集期限；征集结束后公布意见采纳情况反馈（未采纳的集中意见须说明理由）并关联最终决定文件。', en: 'Public consultation on major decision drafts: publish the draft, its basis and background and the consultation period; afterwards publish the feedback on the comments (with reasons for rejected common opinions) and link the final decision document.' },
  },
  defaultSort: '-startsOn',
  access: {
    read: readConsultations,
    create: createOnSitesWithRole(...writerRoles),
    update: writeOnSitesWithRole(...writerRoles),
    delete: writeOnSitesWithRole('site-admin'),
  },
  hooks: { beforeChange: [consultationRules] },
  fields: [
    siteField(writerRoles),
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { zh: '征集标题', en: 'Title' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: Consultation.draft,
      index: true,
      options: options(consultationStates),
      label: { zh: '发布状态', en: 'Status' },
      admin: { position: 'sidebar', description: { zh: '发布后在网站“意见征集”栏目显示；是否接收意见由征集期限决定。', en: "Once published it shows in the site's consultations; the consultation period decides whether comments are accepted." } },
    },
    day('startsOn', '征集开始日期', 'Starts on', { zh: '北京时间，当天 0 点起接收意见。', en: 'Beijing time; comments are accepted from 00:00 that day.' }),
    day('endsOn', '征集截止日期', 'Ends on', { zh: '北京时间，当天 24 点停止接收意见。', en: 'Beijing time; comments close at 24:00 that day.' }),
    {
      name: 'phase',
      type: 'text',
      virtual: true,
      label: { zh: '征集阶段', en: 'Phase' },
      admin: { readOnly: true, position: 'sidebar' },
      hooks: { afterRead: [(args) => { const p = phaseOnRead(args); return p ? phaseLabels[p as keyof typeof phaseLabels] : null }] },
    },
    { name: 'responsibleUnit', type: 'text', required: true, maxLength: 100, label: { zh: '征集单位（承办处室）', en: 'Responsible unit' } },
    { name: 'contact', type: 'text', maxLength: 200, label: { zh: '联系方式（单位电话、邮箱或地址）', en: 'Contact' } },
    { name: 'basis', type: 'textarea', maxLength: 5000, label: { zh: '起草依据', en: 'Basis' } },
    { name: 'background', type: 'textarea', maxLength: 10000, label: { zh: '起草背景和主要内容说明', en: 'Background' } },
    { name: 'draftText', type: 'textarea', maxLength: 100000, label: { zh: '征求意见稿正文', en: 'Draft text' } },
    { name: 'attachments', type: 'upload', relationTo: 'files', hasMany: true, label: { zh: '征求意见稿附件', en: 'Attachments' } },
    { name: 'hearingNotice', type: 'textarea', maxLength: 5000, label: { zh: '听证会公告（可选）', en: 'Hearing notice' } },
    {
      name: 'feedbackDueOn',
      type: 'text',
      label: { zh: '反馈期限', en: 'Feedback due on' },
      access: { read: staffOnly },
      admin: { readOnly: true, position: 'sidebar', description: { zh: '征集截止后按工作日计算（平台设置“意见征集反馈时限”）。', en: 'Counted in working days after the consultation closes (platform setting “consultation feedback deadline”).' } },
    },
    {
      name: 'feedbackDueProblem',
      type: 'text',
      label: { zh: '期限计算问题', en: 'Deadline problem' },
      access: { read: staffOnly },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.feedbackDueProblem), components: deadlineNoteComponents },
    },
    {
      name: 'feedbackOverdue',
      type: 'checkbox',
      virtual: true,
      label: { zh: '反馈逾期', en: 'Feedback overdue' },
      access: { read: staffOnly },
      admin: { readOnly: true, position: 'sidebar', description: { zh: '已过反馈期限仍未公布反馈意见。', en: 'Past the feedback deadline with no feedback published.' } },
      hooks: { afterRead: [overdueOnRead] },
    },
    {
      name: 'feedback',
      type: 'group',
      label: { zh: '意见采纳情况反馈', en: 'Feedback report' },
      access: { read: readFeedback },
      fields: [
        { name: 'report', type: 'textarea', maxLength: 20000, label: { zh: '反馈说明', en: 'Report' } },
        {
          name: 'groups',
          type: 'array',
          label: { zh: '分类意见及采纳情况', en: 'Opinion groups' },
          labels: { singular: { zh: '分类意见', en: 'Opinion group' }, plural: { zh: '分类意见', en: 'Opinion groups' } },
          fields: [
            { name: 'summary', type: 'textarea', required: true, maxLength: 2000, label: { zh: '意见归纳', en: 'Summary' } },
            { name: 'commentCount', type: 'number', min: 0, label: { zh: '意见条数', en: 'Comments' } },
            { name: 'concentrated', type: 'checkbox', defaultValue: false, label: { zh: '集中意见', en: 'Concentrated opinion' } },
            { name: 'adoption', type: 'select', required: true, options: options(adoptionStates), label: { zh: '采纳情况', en: 'Adoption' } },
            { name: 'reason', type: 'textarea', maxLength: 2000, label: { zh: '理由（未采纳的集中意见必填）', en: 'Reason' } },
          ],
        },
        { name: 'published', type: 'checkbox', defaultValue: false, label: { zh: '公布反馈意见', en: 'Feedback published' } },
        { name: 'publishedAt', type: 'date', label: { zh: '反馈公布时间', en: 'Feedback published at' }, admin: { readOnly: true } },
      ],
    },
    {
      // The comments beside the draft, for moderation and the adoption record; read with the comments' own access.
      name: 'comments',
      type: 'join',
      collection: 'consultation-comments',
      on: 'consultation',
      defaultLimit: 50,
      admin: { defaultColumns: ['content', 'status', 'personalData', 'adoption', 'receivedAt'] },
      label: { zh: '收到的意见', en: 'Comments' },
    },
    {
      name: 'decisionDocument',
      type: 'relationship',
      relationTo: 'policy-documents',
      label: { zh: '最终决定文件', en: 'Decision document' },
      admin: { description: { zh: '本网站已发布的政策文件。', en: 'A published policy document of this site.' } },
    },
    { name: 'publishedAt', type: 'date', label: { zh: '发布时间', en: 'Published at' }, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
