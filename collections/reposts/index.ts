import type { CollectionConfig } from 'payload'
import { idOf } from '../../src/ids'
import { repostEndpoints } from '../../src/reposting/endpoints'
import { repostModes, repostStatuses, repostableCollections } from '../../src/reposting/kinds'
import { afterRepostChange, enforceRepostReview, overdueOnRead } from '../../src/reposting/review'
import { platformAdminOnly, readReposts, reviewReposts, systemFieldAccess } from './access'
import { Repost } from '../../src/states'
import { inLanguage } from '../../src/i18n/bilingual'

/**
 * 转载记录: one row per original and target site. A reference, never a copy: the target renders the
 * original (read with the visitor's access) in its own theme. `title` and `originalPublishedAt` only
 * label and order the record; the fan-out refreshes them when the original is re-published.
 * The database enforces one repost per (original, target site), so re-runs cannot duplicate.
 */
export const Reposts: CollectionConfig = {
  slug: 'reposts',
  labels: { singular: { zh: '转载记录', en: 'Repost' }, plural: { zh: '转载记录', en: 'Reposts' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'targetSite', 'status', 'dueAt', 'overdue', 'publishedAt', 'lateMinutes', 'sourceSite'],
    group: { zh: '协同联动', en: 'Reposting' },
    listSearchableFields: ['title'],
    description: { zh: '按状态、目标网站、是否逾期筛选；审核模式的转载由目标网站审核人同意或不予转载（须填写理由）。', en: "Filter by status, target site and lateness; in review mode the target site's reviewer accepts or declines a repost (with a reason)." },
    components: { beforeList: ['/src/reposting/admin/ComplianceLink#ComplianceLink'] },
  },
  defaultSort: 'dueAt',
  // The target column must be on the target site (src/access/sameSiteReferences.ts); the original is another site's by design (originalId is not a relationship).
  custom: { tenantField: 'targetSite' },
  access: {
    read: readReposts,
    create: platformAdminOnly,
    update: reviewReposts,
    delete: platformAdminOnly,
  },
  indexes: [
    { fields: ['originalCollection', 'originalId', 'targetSite'], unique: true },
    { fields: ['targetSite', 'status', 'originalPublishedAt'] },
  ],
  endpoints: repostEndpoints,
  hooks: {
    beforeChange: [enforceRepostReview],
    afterChange: [afterRepostChange],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { zh: '原文标题', en: 'Original title' }, access: systemFieldAccess, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'originalCollection',
          type: 'select',
          required: true,
          index: true,
          label: { zh: '原文类型', en: 'Original collection' },
          access: systemFieldAccess,
          admin: { readOnly: true },
          options: repostableCollections.map((value) => ({ value, label: { articles: { zh: '信息', en: 'Article' }, 'policy-documents': { zh: '政策文件', en: 'Policy document' }, interpretations: { zh: '政策解读', en: 'Interpretation' } }[value] })),
        },
        { name: 'originalId', type: 'text', required: true, index: true, label: { zh: '原文 ID', en: 'Original ID' }, access: systemFieldAccess, admin: { readOnly: true } },
        { name: 'originalPublishedAt', type: 'date', index: true, label: { zh: '原文发布时间', en: 'Original published' }, access: systemFieldAccess, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'sourceSite', type: 'relationship', relationTo: 'sites', required: true, index: true, label: { zh: '来源网站', en: 'Source site' }, access: systemFieldAccess, admin: { readOnly: true } },
        { name: 'targetSite', type: 'relationship', relationTo: 'sites', required: true, index: true, label: { zh: '目标网站', en: 'Target site' }, access: systemFieldAccess, admin: { readOnly: true } },
        {
          name: 'targetColumn',
          type: 'relationship',
          relationTo: 'columns',
          label: { zh: '目标栏目', en: 'Target column' },
          filterOptions: ({ data }) => (data?.targetSite ? { site: { equals: idOf(data.targetSite) } } : false),
          validate: async (value: unknown, { req, data }: { req: import('payload').PayloadRequest; data: Record<string, unknown> }) => {
            const columnId = idOf(value)
            if (!columnId) return true
            const column = await req.payload.findByID({ collection: 'columns', id: columnId, depth: 0, overrideAccess: true, req, disableErrors: true })
            return column && idOf(column.site) === idOf(data.targetSite) ? true : inLanguage(req, { zh: '目标栏目必须属于目标网站。', en: 'The target column must belong to the target site.' })
          },
        },
      ],
    },
    { name: 'columnChoice', type: 'text', label: { zh: '栏目选择依据', en: 'How the column was chosen' }, access: systemFieldAccess, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'rule', type: 'relationship', relationTo: 'repost-rules', label: { zh: '转载规则', en: 'Rule' }, access: systemFieldAccess, admin: { readOnly: true } },
        { name: 'mode', type: 'select', required: true, defaultValue: 'automatic', label: { zh: '转载方式', en: 'Mode' }, access: systemFieldAccess, options: repostModes.map((o) => ({ ...o })), admin: { readOnly: true } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: Repost.submitted,
      index: true,
      label: { zh: '状态', en: 'Status' },
      options: repostStatuses.map((o) => ({ ...o })),
      admin: { position: 'sidebar', description: { zh: '审核人：待审核 → 已转载（同意）或不予转载（须填写理由）；已转载 → 已撤下（须填写理由）。', en: 'Reviewer: submitted → reposted (accept) or declined (reason required); reposted → taken down (reason required).' } },
    },
    { name: 'reviewReason', type: 'textarea', label: { zh: '审核意见 / 理由', en: 'Reason' }, admin: { position: 'sidebar' } },
    { name: 'dueAt', type: 'date', required: true, index: true, label: { zh: '转载时限', en: 'Due at' }, access: systemFieldAccess, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } } },
    {
      name: 'overdue',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { zh: '已逾期', en: 'Overdue' },
      access: systemFieldAccess,
      hooks: { afterRead: [overdueOnRead] },
      admin: { position: 'sidebar', readOnly: true, description: { zh: '待审核且已超过转载时限。', en: 'Awaiting review and past the repost deadline.' } },
    },
    { name: 'publishedAt', type: 'date', index: true, label: { zh: '转载发布时间', en: 'Published at' }, access: systemFieldAccess, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } } },
    {
      name: 'lateMinutes',
      type: 'number',
      label: { zh: '超时', en: 'Late by' },
      access: systemFieldAccess,
      admin: { position: 'sidebar', readOnly: true, description: { zh: '单位：分钟。', en: 'In minutes.' }, components: { Cell: '/src/reposting/admin/LatenessCell#LatenessCell' } },
    },
    { name: 'reviewedBy', type: 'relationship', relationTo: 'users', label: { zh: '审核人', en: 'Reviewed by' }, access: systemFieldAccess, admin: { position: 'sidebar', readOnly: true } },
    { name: 'reviewedAt', type: 'date', label: { zh: '审核时间', en: 'Reviewed at' }, access: systemFieldAccess, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } } },
    {
      name: 'withdrawnBy',
      type: 'select',
      label: { zh: '撤下原因', en: 'Withdrawn because' },
      access: systemFieldAccess,
      admin: { position: 'sidebar', readOnly: true, condition: (d) => d?.status === Repost.takenDown },
      options: [
        { value: 'original', label: { zh: '原文已撤回或不再公开', en: 'Original withdrawn' } },
        { value: 'target', label: { zh: '目标网站撤下', en: 'Withdrawn by the target site' } },
      ],
    },
  ],
}
