import type { Access, CollectionConfig } from 'payload'
import { isPlatformAdmin, readsWholeCluster, siteIdsWithRole } from '../../src/access/roles'
import { siteField } from '../../src/access/siteField'
import { createOnSitesWithRole, onPublicSite, siteIn, writeOnSitesWithRole } from '../../src/access/siteScoped'
import { auditAfterChange } from '../../src/audit/recordAudit'
import { chinaYear } from '../../src/calendar/chinaTime'
import { annualReportKinds } from '../../src/reports/reportFigures'
import { reportEndpoints } from '../../src/reports/reportExport'
import { AnnualReport, annualReportStates } from '../../src/states'
import { opennessEnteredFields, websiteEnteredFields } from './fields'
import { annualReportLifecycle, draftingRoles, invalidateReportPages } from './hooks'

/** Staff read their sites' reports; anyone reads a published report of a public site. */
const readAnnualReports: Access = ({ req }) => {
  if (readsWholeCluster(req.user)) return true
  const published = { and: [{ status: { equals: AnnualReport.published } }, onPublicSite] }
  const sites = siteIdsWithRole(req.user)
  return sites.length ? { or: [siteIn(sites), published] } : published
}

/**
 * 年度报告: the 《政府网站工作年度报表》 (kind website, 国办函〔2018〕12号) and the 政府信息公开工作年度报告 (kind
 * openness, 国办公开办函〔2021〕30号) of a site and year. Figures the platform knows are computed (src/reports) and
 * frozen when the report is finalised; the rest is entered; published at /reports/<year>/ with an XLSX.
 */
export const AnnualReports: CollectionConfig = {
  slug: 'annual-reports',
  labels: { singular: { zh: '年度报告', en: 'Annual report' }, plural: { zh: '年度报告', en: 'Annual reports' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'site', 'year', 'kind', 'status'], group: { zh: '政务公开', en: 'Openness' } },
  defaultSort: '-year',
  disableDuplicate: true,
  endpoints: reportEndpoints,
  access: {
    read: readAnnualReports,
    create: createOnSitesWithRole(...draftingRoles),
    update: writeOnSitesWithRole(...draftingRoles, 'reviewer'),
    delete: ({ req }) => isPlatformAdmin(req.user),
  },
  hooks: { beforeChange: [annualReportLifecycle], afterChange: [invalidateReportPages, auditAfterChange('annual-reports')] },
  fields: [
    siteField([...draftingRoles, 'reviewer']),
    { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' }, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'year', type: 'number', required: true, index: true, min: 2000, max: 2999, label: { zh: '年度', en: 'Year' }, defaultValue: () => chinaYear() - 1 },
        { name: 'kind', type: 'select', required: true, label: { zh: '报告类型', en: 'Kind' }, options: annualReportKinds.map((k) => ({ ...k })) },
        { name: 'status', type: 'select', required: true, defaultValue: AnnualReport.draft, index: true, label: { zh: '状态', en: 'Status' }, options: annualReportStates.map((s) => ({ ...s })), admin: { description: { zh: '草稿 → 已审定（数据冻结）→ 已发布；退回草稿后可再修改。', en: 'Draft → finalised (figures frozen) → published; editable again once sent back to draft.' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'finalisedAt', type: 'date', label: { zh: '审定时间', en: 'Finalised at' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'publishedAt', type: 'date', label: { zh: '发布时间', en: 'Published at' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'figures', type: 'json', label: { zh: '平台统计数据（审定时冻结）', en: 'Computed figures' }, admin: { readOnly: true } },
    { name: 'website', type: 'group', label: { zh: '人工填报（网站年度报表）', en: 'Entered (website)' }, admin: { condition: (data) => data?.kind === 'website' }, fields: websiteEnteredFields },
    { name: 'openness', type: 'group', label: { zh: '人工填报（政务公开年报）', en: 'Entered (openness)' }, admin: { condition: (data) => data?.kind === 'openness' }, fields: opennessEnteredFields },
  ],
}
