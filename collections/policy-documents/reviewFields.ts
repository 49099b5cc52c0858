import type { Field, GroupField } from 'payload'
import { reviewResults } from '../../src/publishing/openness'
import { insider } from './access'
import { Review } from '../../src/states'
import type { Bilingual } from '../../src/i18n/bilingual'

/** One review step: the result and comment are entered; who and when are stamped by the hook. */
const review = (
  name: 'confidentialityReview' | 'opennessReview',
  zh: string,
  en: string,
  description: Bilingual,
): GroupField => ({
  name,
  type: 'group',
  label: { zh, en },
  admin: { description },
  access: { read: insider },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'result',
          type: 'select',
          defaultValue: Review.awaitingReview,
          label: { zh: '审查结果', en: 'Result' },
          options: reviewResults.map((r) => ({ ...r })),
        },
        {
          name: 'reviewedByLabel',
          type: 'text',
          label: { zh: '审查人', en: 'Reviewed by' },
          admin: { readOnly: true },
        },
        {
          name: 'reviewedAt',
          type: 'date',
          label: { zh: '审查时间', en: 'Reviewed at' },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'comment',
      type: 'textarea',
      label: { zh: '审查意见', en: 'Comment' },
      admin: { description: { zh: '不通过时必须填写，文件将退回起草人修改。', en: 'Required when failing; the document goes back to its drafter.' } },
    },
    {
      name: 'reviewedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '审查人账号', en: 'Reviewer account' },
      admin: { readOnly: true },
    },
  ],
})

/** The two review steps and their log, in the 公开属性与审查 tab. */
export const reviewFields = (): Field[] => [
  review('confidentialityReview', '保密审查', 'Confidentiality review', { zh: '由审核人在文件提交审核后填写。', en: 'Filled in by the reviewer after the document is submitted.' }),
  review('opennessReview', '公开属性审查', 'Openness review', { zh: '公开属性不是“此件公开发布”时，由政务公开专员审查。', en: 'When the disclosure attribute is not “published”, the openness officer reviews it.' }),
  {
    name: 'reviewLog',
    type: 'array',
    label: { zh: '审查记录', en: 'Review log' },
    labels: { singular: { zh: '审查记录', en: 'Review log entry' }, plural: { zh: '审查记录', en: 'Review log entries' } },
    access: { read: insider, create: () => false, update: () => false },
    admin: { readOnly: true, initCollapsed: true },
    fields: [
      { name: 'step', type: 'text', label: { zh: '审查环节', en: 'Step' } },
      { name: 'result', type: 'text', label: { zh: '审查结果', en: 'Result' } },
      { name: 'comment', type: 'textarea', label: { zh: '审查意见', en: 'Comment' } },
      { name: 'by', type: 'relationship', relationTo: 'users', label: { zh: '审查人账号', en: 'Account' } },
      { name: 'byLabel', type: 'text', label: { zh: '审查人', en: 'Reviewer' } },
      { name: 'at', type: 'date', label: { zh: '时间', en: 'Time' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    ],
  },
]
