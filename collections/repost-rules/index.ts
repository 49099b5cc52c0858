import type { CollectionConfig } from 'payload'
import { isPlatformAdmin, readsWholeCluster } from '../../src/access/roles'
import { auditAfterChange, auditAfterDelete } from '../../src/audit/recordAudit'
import { columnKinds } from '../columns/kinds'
import { repostContentKinds, repostModes, repostTargetTypes, siteLevelOptions } from '../../src/reposting/kinds'
import { getPlatformSettings } from '../../src/settings/platformSettings'

const platformAdmin = ({ req }: { req: { user?: unknown } }) => isPlatformAdmin(req.user)

/**
 * 转载规则: which content of which sites every target site must repost, where it lands and by when
 * (宁政办发〔2017〕74号 三(二)). Run by the general office; supervisors read them.
 */
export const RepostRules: CollectionConfig = {
  slug: 'repost-rules',
  labels: { singular: { zh: '转载规则', en: 'Repost rule' }, plural: { zh: '转载规则', en: 'Repost rules' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'mode', 'targetType', 'deadlineHours', 'enabled'],
    group: { zh: '协同联动', en: 'Reposting' },
  },
  access: {
    read: ({ req }) => readsWholeCluster(req.user),
    create: platformAdmin,
    update: platformAdmin,
    delete: platformAdmin,
  },
  hooks: { afterChange: [auditAfterChange('repost-rules')], afterDelete: [auditAfterDelete('repost-rules')] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '规则名称', en: 'Name' } },
    { name: 'enabled', type: 'checkbox', defaultValue: true, label: { zh: '启用', en: 'Enabled' }, admin: { position: 'sidebar' } },
    {
      type: 'collapsible',
      label: { zh: '来源', en: 'Source' },
      fields: [
        {
          name: 'sourceType',
          type: 'radio',
          required: true,
          defaultValue: 'sites',
          label: { zh: '来源网站', en: 'Source sites' },
          options: [
            { value: 'sites', label: { zh: '指定网站', en: 'Given sites' } },
            { value: 'levels', label: { zh: '指定层级的全部网站', en: 'All sites of given levels' } },
          ],
        },
        { name: 'sourceSites', type: 'relationship', relationTo: 'sites', hasMany: true, label: { zh: '来源网站', en: 'Sites' }, admin: { condition: (d) => d?.sourceType === 'sites' } },
        { name: 'sourceLevels', type: 'select', hasMany: true, label: { zh: '来源层级', en: 'Levels' }, options: siteLevelOptions.map((o) => ({ ...o })), admin: { condition: (d) => d?.sourceType === 'levels' } },
        {
          name: 'contentKinds',
          type: 'select',
          hasMany: true,
          required: true,
          defaultValue: ['important-articles'],
          label: { zh: '转载内容', en: 'Content kinds' },
          options: repostContentKinds.map(({ value, label }) => ({ value, label })),
        },
        {
          name: 'sourceColumnKinds',
          type: 'select',
          hasMany: true,
          label: { zh: '仅限来源栏目类型', en: 'Only from source columns of kinds' },
          admin: { description: { zh: '留空则不限栏目。', en: 'Leave empty for any column.' } },
          options: columnKinds.map((k) => ({ ...k })),
        },
      ],
    },
    {
      type: 'collapsible',
      label: { zh: '转载到', en: 'Targets' },
      fields: [
        { name: 'targetType', type: 'radio', required: true, defaultValue: 'all', label: { zh: '目标网站', en: 'Target sites' }, options: repostTargetTypes.map((o) => ({ ...o })) },
        { name: 'targetLevels', type: 'select', hasMany: true, label: { zh: '目标层级', en: 'Levels' }, options: siteLevelOptions.map((o) => ({ ...o })), admin: { condition: (d) => d?.targetType === 'levels' } },
        { name: 'targetSites', type: 'relationship', relationTo: 'sites', hasMany: true, label: { zh: '目标网站', en: 'Sites' }, admin: { condition: (d) => d?.targetType === 'list' } },
        {
          name: 'targetColumnKinds',
          type: 'select',
          hasMany: true,
          label: { zh: '目标栏目类型（按优先顺序）', en: 'Target column kinds, in order of preference' },
          admin: { description: { zh: '在每个目标网站中按顺序寻找该类型的栏目；都没有时依次回退到与原文栏目同类型、通知公告、动态要闻栏目，选择结果记录在转载记录中。', en: "On each target site, columns of these kinds are tried in order; when none exists, the column of the original's kind, then notices, then news are used. The choice is recorded in the repost." } },
          options: columnKinds.map((k) => ({ ...k })),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'mode',
          type: 'select',
          required: true,
          defaultValue: 'automatic',
          label: { zh: '转载方式', en: 'Mode' },
          options: repostModes.map((o) => ({ ...o })),
        },
        {
          name: 'deadlineHours',
          type: 'number',
          required: true,
          min: 1,
          label: { zh: '转载时限（小时）', en: 'Deadline (hours)' },
          defaultValue: async ({ req }: { req: { payload: Parameters<typeof getPlatformSettings>[0] } }) =>
            (await getPlatformSettings(req.payload)).repostDeadlineHours,
          admin: { description: { zh: '默认取平台设置中的转载时限（24 小时）。从原文发布时起算。', en: "Defaults to the repost deadline of the platform settings (24 hours), counted from the original's publication." } },
        },
      ],
    },
  ],
}
