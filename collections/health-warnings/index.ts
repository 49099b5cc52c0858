import type { CollectionConfig } from 'payload'
import { siteField } from '../../src/access/siteField'
import { monitorWritesOnly, monitoringGroup, readSiteHealth } from '../../src/monitoring/access'
import { HealthWarning, healthWarningStates } from '../../src/states'
import { warningMessageComponents } from '../../src/monitoring/warningText'

/**
 * 监测预警: a warning to a site's admins, open while the daily probe still finds it. The site's staff read
 * their own; a save of content with 错敏词 opens one for the reviewer (source 'save').
 */
export const HealthWarnings: CollectionConfig = {
  slug: 'health-warnings',
  labels: { singular: { zh: '监测预警', en: 'Health warning' }, plural: { zh: '监测预警', en: 'Health warnings' } },
  admin: { useAsTitle: 'message', defaultColumns: ['level', 'message', 'site', 'status', 'lastSeenAt'], group: monitoringGroup },
  defaultSort: '-lastSeenAt',
  disableDuplicate: true,
  access: { read: readSiteHealth, create: monitorWritesOnly, update: monitorWritesOnly, delete: monitorWritesOnly },
  fields: [
    siteField([]),
    { name: 'code', type: 'text', required: true, index: true, label: { zh: '预警类型', en: 'Code' } },
    {
      name: 'level',
      type: 'select',
      required: true,
      label: { zh: '级别', en: 'Level' },
      options: [
        { value: 'veto', label: { zh: '预计单项否决', en: 'Predicted veto' } },
        { value: 'warning', label: { zh: '预警', en: 'Warning' } },
      ],
    },
    { name: 'message', type: 'textarea', required: true, label: { zh: '内容', en: 'Message' }, admin: { components: warningMessageComponents } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: HealthWarning.unresolved,
      index: true,
      label: { zh: '状态', en: 'Status' },
      options: healthWarningStates.map((s) => ({ value: s.value, label: s.label })),
    },
    {
      name: 'source',
      type: 'select',
      required: true,
      defaultValue: 'daily',
      label: { zh: '来源', en: 'Source' },
      options: [
        { value: 'daily', label: { zh: '每日监测', en: 'Daily probe' } },
        { value: 'save', label: { zh: '保存时检查', en: 'On save' } },
      ],
    },
    { name: 'documentCollection', type: 'text', label: { zh: '信息类型', en: 'Document collection' } },
    { name: 'documentId', type: 'text', index: true, label: { zh: '信息编号', en: 'Document ID' } },
    { name: 'firstSeenAt', type: 'date', label: { zh: '首次发现', en: 'First seen' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastSeenAt', type: 'date', index: true, label: { zh: '最近发现', en: 'Last seen' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'resolvedAt', type: 'date', label: { zh: '解决时间', en: 'Resolved at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'notifiedAt', type: 'date', label: { zh: '邮件通知时间', en: 'Mailed at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
