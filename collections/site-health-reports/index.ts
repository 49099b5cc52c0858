import type { CollectionConfig } from 'payload'
import { siteField } from '../../src/access/siteField'
import { monitorWritesOnly, monitoringGroup, readSiteHealth } from '../../src/monitoring/access'
import { bulletinEndpoints } from '../../src/monitoring/bulletinExport'

const json = (name: string, zh: string, en: string) => ({ name, type: 'json' as const, label: { zh, en }, admin: { readOnly: true } })

/** 健康报告: one site's result of one daily probe run: veto prediction, deduction score, figures and problems. */
export const SiteHealthReports: CollectionConfig = {
  slug: 'site-health-reports',
  labels: { singular: { zh: '健康报告', en: 'Site health report' }, plural: { zh: '健康报告', en: 'Site health reports' } },
  admin: { useAsTitle: 'title', defaultColumns: ['day', 'site', 'vetoCount', 'score', 'warningCount'], group: monitoringGroup },
  defaultSort: '-day',
  disableDuplicate: true,
  // 月度通报 (GET /api/site-health-reports/bulletin): the general office's monthly bulletin.
  endpoints: bulletinEndpoints,
  access: { read: readSiteHealth, create: monitorWritesOnly, update: monitorWritesOnly, delete: monitorWritesOnly },
  fields: [
    siteField([]),
    { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' } },
    { name: 'day', type: 'text', required: true, index: true, label: { zh: '监测日（北京时间）', en: 'Day (China time)' } },
    { name: 'runAt', type: 'date', required: true, label: { zh: '监测时间', en: 'Run at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'vetoCount', type: 'number', required: true, index: true, label: { zh: '预计否决项', en: 'Predicted vetoes' } },
    { name: 'score', type: 'number', required: true, label: { zh: '扣分后得分', en: 'Score' } },
    { name: 'warningCount', type: 'number', label: { zh: '预警数', en: 'Warnings' } },
    json('vetoes', '单项否决预测', 'Predicted single vetoes'),
    json('deductions', '扣分明细', 'Deductions'),
    json('figures', '监测数据', 'Monitoring figures'),
    json('problems', '问题清单', 'Problems'),
  ],
}
