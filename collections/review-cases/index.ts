import type { Access, CollectionConfig } from 'payload'
import { isPlatformAdmin, readsWholeCluster, siteIdsWithRole } from '../../src/access/roles'
import { siteField } from '../../src/access/siteField'
import { createOnSitesWithRole, siteIn, writeOnSitesWithRole } from '../../src/access/siteScoped'
import { auditAfterChange } from '../../src/audit/recordAudit'
import { chinaYear } from '../../src/calendar/chinaTime'
import { reviewCaseResults } from '../../src/states'

/** The kind of a case: which block of table 四 it counts in. */
export const reviewCaseKinds = [
  { value: 'reconsideration', label: { zh: '行政复议', en: 'Administrative reconsideration' } },
  { value: 'litigation-direct', label: { zh: '行政诉讼（未经复议直接起诉）', en: 'Litigation, sued directly' } },
  { value: 'litigation-after-reconsideration', label: { zh: '行政诉讼（复议后起诉）', en: 'Litigation after reconsideration' } },
] as const
export type ReviewCaseKind = (typeof reviewCaseKinds)[number]['value']

const readReviewCases: Access = ({ req }) => {
  if (readsWholeCluster(req.user)) return true
  const sites = siteIdsWithRole(req.user, 'openness-officer', 'site-admin')
  return sites.length ? siteIn(sites) : false
}

/**
 * 复议诉讼 (review cases): the administrative reconsiderations and lawsuits about the agency's government
 * information disclosure, one per case, counted into table 四 of the openness annual report by year and result.
 * Staff only: a case names a citizen's dispute and is never public.
 */
export const ReviewCases: CollectionConfig = {
  slug: 'review-cases',
  labels: { singular: { zh: '复议诉讼案件', en: 'Review case' }, plural: { zh: '复议诉讼案件', en: 'Review cases' } },
  admin: { useAsTitle: 'caseNumber', defaultColumns: ['caseNumber', 'kind', 'year', 'result', 'site'], group: { zh: '政务公开', en: 'Openness' } },
  defaultSort: '-year',
  access: {
    read: readReviewCases,
    create: createOnSitesWithRole('openness-officer', 'site-admin'),
    update: writeOnSitesWithRole('openness-officer', 'site-admin'),
    delete: ({ req }) => isPlatformAdmin(req.user),
  },
  hooks: { afterChange: [auditAfterChange('review-cases')] },
  fields: [
    siteField(['openness-officer', 'site-admin']),
    { name: 'caseNumber', type: 'text', required: true, label: { zh: '案号', en: 'Case number' } },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, label: { zh: '类型', en: 'Kind' }, options: reviewCaseKinds.map((k) => ({ ...k })) },
        { name: 'year', type: 'number', required: true, index: true, min: 2000, max: 2999, label: { zh: '统计年度', en: 'Year' }, defaultValue: () => chinaYear(), admin: { description: { zh: '计入哪一年度报告的表四（按本年度收到或审结的案件）。', en: 'The year in whose report table 4 counts this case (received or decided that year).' } } },
        { name: 'result', type: 'select', required: true, defaultValue: 'pending', label: { zh: '结果', en: 'Result' }, options: reviewCaseResults.map((r) => ({ ...r })) },
      ],
    },
    { name: 'summary', type: 'textarea', maxLength: 2000, label: { zh: '案情摘要', en: 'Summary' } },
  ],
}
