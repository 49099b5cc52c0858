import type { CollectionConfig } from 'payload'
import { siteField } from '../../src/access/siteField'
import { monitorWritesOnly, monitoringGroup, readSiteHealth } from '../../src/monitoring/access'

/** 可用性监测: one HTTP probe of a site's home page on one of its domains (19号: ≥ 20 a day, 15 s). */
export const AvailabilityChecks: CollectionConfig = {
  slug: 'availability-checks',
  labels: { singular: { zh: '可用性监测', en: 'Availability check' }, plural: { zh: '可用性监测', en: 'Availability checks' } },
  admin: { useAsTitle: 'domain', defaultColumns: ['checkedAt', 'site', 'domain', 'ok', 'status', 'ms', 'error'], group: monitoringGroup },
  defaultSort: '-checkedAt',
  disableDuplicate: true,
  access: { read: readSiteHealth, create: monitorWritesOnly, update: monitorWritesOnly, delete: monitorWritesOnly },
  fields: [
    siteField([]),
    { name: 'domain', type: 'text', required: true, label: { zh: '域名', en: 'Domain' } },
    { name: 'checkedAt', type: 'date', required: true, index: true, label: { zh: '监测时间', en: 'Checked at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'ok', type: 'checkbox', label: { zh: '可访问', en: 'Reachable' } },
    { name: 'status', type: 'number', label: { zh: 'HTTP 状态', en: 'HTTP status' } },
    { name: 'ms', type: 'number', label: { zh: '耗时（毫秒）', en: 'Time (ms)' } },
    { name: 'error', type: 'text', label: { zh: '错误', en: 'Error' } },
  ],
}
