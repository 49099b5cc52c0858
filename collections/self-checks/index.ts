import type { Access, CollectionConfig } from 'payload'
import { isPlatformAdmin, readsWholeCluster, siteIdsWithRole } from '../../src/access/roles'
import { siteField } from '../../src/access/siteField'
import { createOnSitesWithRole, siteIn, writeOnSitesWithRole } from '../../src/access/siteScoped'
import { auditAfterChange } from '../../src/audit/recordAudit'
import { disclosureAttributes } from '../../src/publishing/disclosure'
import { SelfCheck, SelfCheckDecision, selfCheckDecisions, selfCheckStates } from '../../src/states'
import { onlyOpennessStaff, runSelfCheck } from './hooks'
import { chinaYear } from '../../src/calendar/chinaTime'

/** Kept and readable by platform administrators and supervisors; the site's openness staff run it. */
const readSelfChecks: Access = ({ req }) => {
  if (readsWholeCluster(req.user)) return true
  const sites = siteIdsWithRole(req.user, 'openness-officer', 'site-admin')
  return sites.length ? siteIn(sites) : false
}

const count = (name: string, zh: string, en: string) => ({ name, type: 'number' as const, label: { zh, en }, admin: { readOnly: true } })

/**
 * 年度自查 (annual self-check), 宁政办发〔2017〕74号 一(四): before 31 December each site reviews every document
 * it has not made public; each is kept (with a reason) or converted to active disclosure.
 */
export const SelfChecks: CollectionConfig = {
  slug: 'self-checks',
  labels: { singular: { zh: '年度自查', en: 'Annual self-check' }, plural: { zh: '年度自查', en: 'Annual self-checks' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'site', 'year', 'status', 'dueDate'],
    group: { zh: '政务公开', en: 'Openness' },
    description: { zh: '每年 12 月底前，对本单位不予公开的信息以及依申请公开的信息进行全面自查：逐件选择“保持”（须说明理由）或“转为主动公开”。', en: "Before the end of each December, review all of the agency's undisclosed and on-request information: for each item choose “keep” (with a reason) or “make public”." },
  },
  defaultSort: '-year',
  access: {
    read: readSelfChecks,
    create: createOnSitesWithRole('openness-officer', 'site-admin'),
    update: writeOnSitesWithRole('openness-officer', 'site-admin'),
    delete: ({ req }) => isPlatformAdmin(req.user),
  },
  hooks: {
    beforeChange: [onlyOpennessStaff, runSelfCheck, ({ data, originalDoc }) => ({ ...data, title: `${data.year ?? originalDoc?.year} 年度政务公开自查` })],
    afterChange: [auditAfterChange('self-checks')],
  },
  fields: [
    siteField(['openness-officer', 'site-admin']),
    { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' }, admin: { hidden: true } },
    {
      type: 'row',
      fields: [
        { name: 'year', type: 'number', required: true, index: true, label: { zh: '年度', en: 'Year' }, defaultValue: () => chinaYear() },
        { name: 'dueDate', type: 'text', label: { zh: '完成期限', en: 'Due' }, admin: { readOnly: true } },
        {
          name: 'status',
          type: 'select',
          defaultValue: SelfCheck.open,
          label: { zh: '状态', en: 'Status' },
          options: selfCheckStates.map((s) => ({ ...s })),
          admin: { readOnly: true },
        },
        { name: 'overdue', type: 'checkbox', label: { zh: '已逾期', en: 'Overdue' }, admin: { readOnly: true } },
      ],
    },
    {
      name: 'items',
      type: 'array',
      label: { zh: '自查文件', en: 'Documents' },
      labels: { singular: { zh: '文件', en: 'Document' }, plural: { zh: '文件', en: 'Documents' } },
      admin: { description: { zh: '建立自查时自动列出本网站已发布但未公开的全部政策文件和信息（含依申请公开）。', en: 'Created with every published but undisclosed policy document and article of this site (including on-request ones).' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'policyDocument', type: 'relationship', relationTo: 'policy-documents', label: { zh: '文件', en: 'Document' }, admin: { readOnly: true, condition: (_, item) => Boolean(item?.policyDocument) } },
            { name: 'article', type: 'relationship', relationTo: 'articles', label: { zh: '信息', en: 'Article' }, admin: { readOnly: true, condition: (_, item) => Boolean(item?.article) } },
            { name: 'attribute', type: 'select', label: { zh: '原公开属性', en: 'Attribute' }, options: disclosureAttributes.map((a) => ({ ...a })), admin: { readOnly: true } },
          ],
        },
        { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' }, admin: { readOnly: true } },
        {
          type: 'row',
          fields: [
            { name: 'docNumber', type: 'text', label: { zh: '文号', en: 'Doc number' }, admin: { readOnly: true } },
            { name: 'indexNumber', type: 'text', label: { zh: '索引号', en: 'Index number' }, admin: { readOnly: true } },
          ],
        },
        { name: 'originalReason', type: 'textarea', label: { zh: '原不公开理由', en: 'Original reason' }, admin: { readOnly: true } },
        {
          name: 'decision',
          type: 'select',
          defaultValue: SelfCheckDecision.undecided,
          label: { zh: '自查结论', en: 'Decision' },
          options: selfCheckDecisions.map((s) => ({ ...s })),
        },
        { name: 'decisionReason', type: 'textarea', label: { zh: '理由', en: 'Reason' } },
        {
          type: 'row',
          fields: [
            { name: 'decidedByLabel', type: 'text', label: { zh: '决定人', en: 'Decided by' }, admin: { readOnly: true } },
            { name: 'decidedAt', type: 'date', label: { zh: '决定时间', en: 'Decided at' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'converted', type: 'checkbox', label: { zh: '已转为公开', en: 'Converted' }, admin: { readOnly: true } },
          ],
        },
        { name: 'decidedBy', type: 'relationship', relationTo: 'users', admin: { hidden: true } },
      ],
    },
    {
      // src/disclosure/frequentRequests.ts: 同一信息本年度被多个申请人申请的，提示考虑转为主动公开。
      name: 'frequentRequests',
      type: 'array',
      label: { zh: '多人申请的政府信息', en: 'Frequently requested information' },
      labels: { singular: { zh: '信息', en: 'Information' }, plural: { zh: '信息', en: 'Information' } },
      admin: { readOnly: true, description: { zh: '本年度被多个申请人申请公开的同一政府信息（人数达到平台设置“多人申请提示人数”），请考虑转为主动公开。', en: 'Information requested by several applicants this year (at least the platform setting “frequent request threshold”): consider publishing it proactively.' } },
      fields: [
        { name: 'subject', type: 'text', label: { zh: '所申请信息', en: 'Information' } },
        { type: 'row', fields: [count('applicants', '申请人数', 'Applicants'), count('applications', '申请件数', 'Applications')] },
      ],
    },
    {
      name: 'report',
      type: 'group',
      label: { zh: '自查报告', en: 'Report' },
      fields: [
        {
          type: 'row',
          fields: [
            count('total', '自查文件数', 'Documents checked'),
            count('onApplication', '依申请公开', 'Disclosed on application'),
            count('notPublic', '不公开', 'Not public'),
            count('afterDeclassification', '脱密后公开（未脱密）', 'Public after declassification (not yet declassified)'),
          ],
        },
        { type: 'row', fields: [count('kept', '保持', 'Kept'), count('converted', '转为主动公开', 'Made proactively public'), count('undecided', '待定', 'Undecided')] },
        { name: 'summary', type: 'textarea', label: { zh: '自查整改情况', en: 'Summary' }, admin: { description: { zh: '报送本级人民政府办公厅（室）及上级政务公开工作机构。', en: 'Reported to the General Office of the same-level government and the higher-level openness authority.' } } },
      ],
    },
    { name: 'completedAt', type: 'date', label: { zh: '完成时间', en: 'Completed at' }, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
