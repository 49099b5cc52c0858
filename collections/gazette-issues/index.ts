import { ValidationError, type CollectionBeforeDeleteHook, type CollectionBeforeValidateHook, type CollectionConfig, type Where } from 'payload'
import { siteField } from '../../src/access/siteField'
import { inLanguage } from '../../src/i18n/bilingual'
import { idOf } from '../../src/ids'
import { createOnSitesWithRole, writeOnSitesWithRole } from '../../src/access/siteScoped'
import { auditAfterChange, auditAfterDelete } from '../../src/audit/recordAudit'
import { invalidateGazettePages } from '../../src/gazette/invalidation'
import { enforceGazetteWorkflow, gazetteStatuses, gazetteWorkflowFields } from '../../src/gazette/workflow'
import { readGazetteIssues } from './access'
import { workflowActionsComponent } from '../../src/workflowActions/adminComponents'
import { Workflow } from '../../src/states'

/** 总号 is unique per site, and so is 年份 + 期号 (the natural key of an issue). */
const uniqueNumbers: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const siteId = idOf(data?.site ?? originalDoc?.site)
  if (!siteId) return data
  const year = data?.year ?? originalDoc?.year
  const issueNumber = data?.issueNumber ?? originalDoc?.issueNumber
  const totalNumber = data?.totalNumber ?? originalDoc?.totalNumber
  const others = (where: Where[]) =>
    req.payload.count({
      collection: 'gazette-issues',
      where: { and: [{ site: { equals: siteId } }, ...where, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
      overrideAccess: true,
      req,
    })
  const errors: { path: string; message: string }[] = []
  if (totalNumber !== undefined && totalNumber !== null && (await others([{ totalNumber: { equals: totalNumber } }])).totalDocs) {
    errors.push({ path: 'totalNumber', message: inLanguage(req, { zh: `本网站已有总号为 ${totalNumber} 的公报。`, en: `This site already has a gazette with overall number ${totalNumber}.` }) })
  }
  if (year && issueNumber && (await others([{ year: { equals: year } }, { issueNumber: { equals: issueNumber } }])).totalDocs) {
    errors.push({ path: 'issueNumber', message: inLanguage(req, { zh: `本网站已有 ${year} 年第 ${issueNumber} 期公报。`, en: `This site already has gazette issue ${issueNumber} of ${year}.` }) })
  }
  if (errors.length) throw new ValidationError({ collection: 'gazette-issues', errors })
  return data
}

/**
 * An issue's articles go with it. Each is deleted through the Local API, so that its own hooks run: the
 * audit entry, the page cache and the search index (an orphaned article would stay in the index).
 */
const deleteIssueArticles: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { docs } = await req.payload.find({ collection: 'gazette-articles', where: { issue: { equals: id } }, select: { title: true }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
  for (const article of docs) await req.payload.delete({ collection: 'gazette-articles', id: article.id, overrideAccess: true, req })
}

/** 公报期刊 (gazette issues), see docs/rules.md (government gazette). */
export const GazetteIssues: CollectionConfig = {
  slug: 'gazette-issues',
  labels: { singular: { zh: '公报期刊', en: 'Gazette issue' }, plural: { zh: '公报期刊', en: 'Gazette issues' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', 'issueNumber', 'totalNumber', 'publishedAt', 'status', 'site'],
    group: { zh: '政府公报', en: 'Gazette' },
    components: { edit: { beforeDocumentControls: [workflowActionsComponent({ collectionSlug: 'gazette-issues', statusField: 'status', states: gazetteStatuses.map((s) => s.value) })] } },
  },
  defaultSort: '-totalNumber',
  access: {
    read: readGazetteIssues,
    create: createOnSitesWithRole('editor', 'reviewer', 'site-admin'),
    update: writeOnSitesWithRole('editor', 'reviewer', 'site-admin'),
    delete: writeOnSitesWithRole('site-admin'),
  },
  hooks: {
    beforeValidate: [uniqueNumbers],
    beforeChange: [
      enforceGazetteWorkflow,
      ({ data }) => {
        if (data.year && data.issueNumber) data.title = `${data.year}年第${data.issueNumber}期（总第${data.totalNumber ?? '?'}期）`
        return data
      },
    ],
    afterChange: [auditAfterChange('gazette-issues'), invalidateGazettePages('gazette-issues')],
    beforeDelete: [deleteIssueArticles],
    afterDelete: [auditAfterDelete('gazette-issues'), invalidateGazettePages('gazette-issues')],
  },
  fields: [
    siteField(['editor', 'reviewer', 'site-admin']),
    { name: 'title', type: 'text', label: { zh: '期刊名称', en: 'Title' }, admin: { readOnly: true, description: { zh: '保存时按年份、期号、总号自动生成。', en: 'Generated on save from the year, issue number and serial number.' } } },
    {
      type: 'row',
      fields: [
        { name: 'year', type: 'number', required: true, index: true, min: 1949, max: 2100, label: { zh: '年份', en: 'Year' } },
        { name: 'issueNumber', type: 'number', required: true, min: 1, label: { zh: '期号', en: 'Issue number' } },
        { name: 'totalNumber', type: 'number', required: true, min: 1, index: true, label: { zh: '总号', en: 'Serial number' } },
      ],
    },
    { name: 'publishedAt', type: 'date', required: true, label: { zh: '出版日期', en: 'Published at' }, admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'pdf', type: 'upload', relationTo: 'files', label: { zh: '整期 PDF', en: 'Whole-issue PDF' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: Workflow.draft,
      index: true,
      label: { zh: '状态', en: 'Status' },
      options: gazetteStatuses.map((s) => ({ ...s })),
      admin: { position: 'sidebar', hidden: true },
    },
    ...gazetteWorkflowFields(),
  ],
}
