import { urlField } from '../../src/access/safeUrls'
import type { CollectionConfig } from 'payload'
import { siteField } from '../../src/access/siteField'
import { bodyReferenceFields, collectBodyReferences } from '../../src/editor/bodyReferences'
import { idOf } from '../../src/ids'
import { writeOnSitesWithRole } from '../../src/access/siteScoped'
import { auditAfterChange, auditAfterDelete } from '../../src/audit/recordAudit'
import { approvalStates, interpretationForms } from '../../src/publishing/openness'
import { workflowActionsComponent } from '../../src/workflowActions/adminComponents'
import { afterWorkflowChange, hideWorkflowFromOutsiders, workflowEnforcer, workflowFields } from '../../src/publishing/workflowHooks'
import { invalidateArticlePages } from '../../src/render/articleInvalidation'
import { readArticleVersions } from '../articles/access'
import { insider } from '../policy-documents/access'
import { createInterpretation, guardInterpretationSite, interpretationSiteOptions, readInterpretation, siteFromDocument, updateInterpretation, writerRoles } from './drafting'
import { interpretationReleaseGuard, invalidateDocumentPage, principalReportEndpoint, recordApproval, validateInterpretation } from './hooks'
import { Approval } from '../../src/states'

const sameSite = ({ data }: { data?: { site?: unknown } }) => (data?.site ? { site: { equals: idOf(data.site) } } : true)

/**
 * 政策解读 (interpretations), docs/rules.md (interpretation): 谁起草、谁解读. Drafted with the document, approved (审签) by a
 * reviewer, and published together with it (同步发布) — see cascadeToInterpretations.
 */
export const Interpretations: CollectionConfig = {
  slug: 'interpretations',
  labels: { singular: { zh: '政策解读', en: 'Interpretation' }, plural: { zh: '政策解读', en: 'Interpretations' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'form', 'policyDocument', 'approvalStatus', 'workflowStatus', 'publishedAt', 'site'],
    group: { zh: '政务公开', en: 'Openness' },
    listSearchableFields: ['title'],
    components: { edit: { beforeDocumentControls: [workflowActionsComponent({ collectionSlug: 'interpretations' })] } },
    description: { zh: '解读材料经审签后，随政策文件同步发布。主要负责人解读统计：/api/interpretations/principal-report?year=2026。', en: "Interpretations are published with their policy document once approved. Principal's interpretation statistics: /api/interpretations/principal-report?year=2026." },
  },
  defaultSort: '-publishedAt',
  versions: { maxPerDoc: 30 },
  access: {
    read: readInterpretation,
    readVersions: readArticleVersions,
    create: createInterpretation,
    update: updateInterpretation,
    delete: writeOnSitesWithRole('site-admin'),
  },
  endpoints: [principalReportEndpoint],
  hooks: {
    afterRead: [hideWorkflowFromOutsiders],
    beforeValidate: [siteFromDocument],
    beforeChange: [validateInterpretation, recordApproval, workflowEnforcer({ guards: { publish: interpretationReleaseGuard, schedule: interpretationReleaseGuard } }), collectBodyReferences()],
    afterChange: [afterWorkflowChange, auditAfterChange('interpretations'), invalidateArticlePages('interpretations'), invalidateDocumentPage],
    afterDelete: [auditAfterDelete('interpretations'), invalidateArticlePages('interpretations')],
  },
  fields: [
    siteField(writerRoles, { filterOptions: interpretationSiteOptions, hooks: { beforeChange: [guardInterpretationSite] } }),
    {
      name: 'policyDocument',
      type: 'relationship',
      relationTo: 'policy-documents',
      required: true,
      index: true,
      label: { zh: '所解读的政策文件', en: 'Policy document' },
      filterOptions: sameSite,
    },
    { name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' } },
    {
      type: 'row',
      fields: [
        { name: 'form', type: 'select', required: true, defaultValue: 'text', label: { zh: '解读形式', en: 'Form' }, options: interpretationForms.map((f) => ({ ...f })) },
        { name: 'column', type: 'relationship', relationTo: 'columns', label: { zh: '所属栏目', en: 'Column' }, filterOptions: sameSite },
      ],
    },
    {
      name: 'interpreter',
      type: 'group',
      label: { zh: '解读人', en: 'Interpreter' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' } },
            { name: 'title', type: 'text', label: { zh: '职务', en: 'Title' } },
            { name: 'isPrincipal', type: 'checkbox', defaultValue: false, label: { zh: '主要负责人（第一解读人）', en: 'Principal leader' } },
          ],
        },
      ],
    },
    { name: 'body', type: 'richText', label: { zh: '正文', en: 'Body' } },
    { name: 'media', type: 'upload', relationTo: 'media', hasMany: true, label: { zh: '图片（图解）', en: 'Images' } },
    urlField({ name: 'externalMediaUrl', label: { zh: '音视频地址', en: 'Audio or video URL' }, admin: { condition: (data) => ['video', 'audio', 'interview', 'press-conference'].includes(data?.form) } }),
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { zh: '发布时间', en: 'Published at' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: { zh: '随文件发布时自动填写。', en: 'Filled in when published with the document.' } },
    },
    {
      name: 'approvalStatus',
      type: 'select',
      required: true,
      defaultValue: Approval.awaitingApproval,
      index: true,
      label: { zh: '审签', en: 'Approval' },
      options: approvalStates.map((a) => ({ ...a })),
      admin: { position: 'sidebar', description: { zh: '由审核人与政策文件同步审签。', en: 'Approved by the reviewer together with the policy document.' } },
    },
    { name: 'approvalComment', type: 'textarea', label: { zh: '审签意见', en: 'Approval comment' }, access: { read: insider }, admin: { position: 'sidebar' } },
    { name: 'approvedByLabel', type: 'text', label: { zh: '审签人', en: 'Approved by' }, access: { read: insider }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'approvedBy', type: 'relationship', relationTo: 'users', access: { read: insider }, admin: { hidden: true } },
    { name: 'approvedAt', type: 'date', label: { zh: '审签时间', en: 'Approved at' }, access: { read: insider }, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    ...workflowFields().map((field) =>
      'name' in field && (field.name === 'workflowLog' || field.name === 'reviewComment') ? ({ ...field, access: { ...((field as { access?: object }).access ?? {}), read: insider } } as typeof field) : field,
    ) as CollectionConfig['fields'],
    ...bodyReferenceFields,
  ],
}
