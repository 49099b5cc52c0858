import type { CollectionConfig, Field, Where } from 'payload'
import { siteField } from '../../src/access/siteField'
import { bodyReferenceFieldsFor, collectBodyReferences } from '../../src/editor/bodyReferences'
import { idOf } from '../../src/ids'
import { createOnSitesWithRole, writeOnSitesWithRole } from '../../src/access/siteScoped'
import { auditAfterChange, auditAfterDelete } from '../../src/audit/recordAudit'
import { disclosureAttributes } from '../../src/publishing/disclosure'
import { policyDocumentKinds, subjectCategories, validityStates } from '../../src/publishing/openness'
import { deadlineCell, workflowActionsComponent } from '../../src/workflowActions/adminComponents'
import type { WorkflowOptions } from '../../src/publishing/workflowHooks'
import { afterWorkflowChange, workflowEnforcer, workflowFields } from '../../src/publishing/workflowHooks'
import { invalidateArticlePages } from '../../src/render/articleInvalidation'
import { insider, originalTextReadable, readPolicyDocuments, readPolicyDocumentVersions, updatePolicyDocuments } from './access'
import { overdueEndpoint } from './endpoints'
import { reviewFields } from './reviewFields'
import { cascadeToInterpretations } from './cascade'
import { computePublishDeadline, validateIssuedAt } from './deadline'
import { keepIndexedDocuments, policyReleaseGuard, releasedAttributeChange } from './releaseGuard'
import { recordReviews } from './reviews'
import { validatePolicyDocument } from './validation'
import { Validity } from '../../src/states'
import { deadlineNoteComponents } from '../../src/i18n/storedNotes'

/**
 * The openness officer sends a document back by failing the openness review (recordReviews), not with a status
 * of their own choosing: the enforcer lets that rejection through, and the action bar offers the officer no button.
 */
const extraRoles: WorkflowOptions['extraRoles'] = { reject: ['openness-officer'] }

const sameSite = ({ data }: { data?: { site?: unknown } }) => (data?.site ? { site: { equals: idOf(data.site) } } : true)

/** The shared workflow fields; their log and comments are internal. */
const internalWorkflowFields = (): Field[] =>
  workflowFields().map((field) =>
    'name' in field && (field.name === 'workflowLog' || field.name === 'reviewComment' || field.name === 'publishAt')
      ? ({ ...field, access: { ...((field as { access?: object }).access ?? {}), read: insider } } as Field)
      : field,
  )

/**
 * 政策文件 (policy documents), docs/rules.md (disclosure); states in docs/states.md. The workflow is the shared one (草稿 → 待审核 → 已发布 → 已撤回)
 * with this collection's release guard: reviews, reason, declassified version and interpretation first.
 * See docs/openness-workflow.md.
 */
export const PolicyDocuments: CollectionConfig = {
  slug: 'policy-documents',
  labels: { singular: { zh: '政策文件', en: 'Policy document' }, plural: { zh: '政策文件', en: 'Policy documents' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'docNumber', 'workflowStatus', 'disclosureAttribute', 'publishDeadline', 'indexNumber', 'site'],
    group: { zh: '政务公开', en: 'Openness' },
    listSearchableFields: ['title', 'docNumber', 'indexNumber'],
    components: { edit: { beforeDocumentControls: [workflowActionsComponent({ collectionSlug: 'policy-documents' })] } },
    description: {
      zh:
        '涉及公民、法人或其他组织权利义务的政策性文件，须在印发后 5 个工作日内公开发布（宁政办发〔2017〕74号）。' +
        '逾期清单：见导航中的“逾期清单”（/admin/overdue）。',
      en: 'Policy documents affecting the rights and obligations of citizens, legal persons or other organisations must be published within 5 working days of issue (Ningxia General Office document [2017] 74). Overdue list: see “Overdue” in the navigation (/admin/overdue).',
    },
  },
  defaultSort: '-publishedAt',
  versions: { maxPerDoc: 30 },
  access: {
    read: readPolicyDocuments,
    readVersions: readPolicyDocumentVersions,
    create: createOnSitesWithRole('editor', 'reviewer', 'site-admin'),
    update: updatePolicyDocuments,
    delete: writeOnSitesWithRole('site-admin'),
  },
  endpoints: [overdueEndpoint],
  hooks: {
    beforeChange: [
      validatePolicyDocument,
      recordReviews,
      computePublishDeadline,
      workflowEnforcer({
        guards: { publish: policyReleaseGuard, schedule: policyReleaseGuard },
        releasedEditors: ['openness-officer'],
        extraRoles,
      }),
      releasedAttributeChange,
      collectBodyReferences(['body', 'declassifiedBody']),
    ],
    afterChange: [afterWorkflowChange, cascadeToInterpretations, auditAfterChange('policy-documents'), invalidateArticlePages('policy-documents')],
    beforeDelete: [keepIndexedDocuments],
    afterDelete: [auditAfterDelete('policy-documents'), invalidateArticlePages('policy-documents')],
  },
  fields: [
    // Openness officers save documents too (their review only), so the site must validate for them.
    siteField(['editor', 'reviewer', 'site-admin', 'openness-officer']),
    { name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' } },
    {
      type: 'tabs',
      tabs: [
        {
          label: { zh: '文件信息', en: 'Metadata' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'docNumber', type: 'text', index: true, label: { zh: '文号', en: 'Document number' }, admin: { placeholder: '宁政办发〔2026〕12号' } },
                {
                  name: 'indexNumber',
                  type: 'text',
                  unique: true,
                  label: { zh: '索引号', en: 'Index number' },
                  access: { create: () => false, update: () => false },
                  admin: { readOnly: true, description: { zh: '首次发布时自动生成：网站标识码/年份-顺序号，不重复、不复用。', en: 'Generated on first publication: site code/year-sequence number, never repeated or reused.' } },
                },
              ],
            },
            {
              name: 'issuingAgencies',
              type: 'array',
              required: true,
              minRows: 1,
              label: { zh: '发布机构', en: 'Issuing agencies' },
              labels: { singular: { zh: '发文机关', en: 'Agency' }, plural: { zh: '发文机关', en: 'Agencies' } },
              admin: { description: { zh: '联合发文时逐一填写，并勾选牵头单位（牵头单位负责解读）。', en: 'For a joint document list each agency and tick the lead agency (the lead agency is responsible for the interpretation).' } },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'name', type: 'text', required: true, label: { zh: '机关名称', en: 'Name' } },
                    { name: 'lead', type: 'checkbox', defaultValue: false, label: { zh: '牵头单位', en: 'Lead agency' } },
                  ],
                },
              ],
            },
            {
              // 谁起草、谁解读: the drafting department's own staff write the interpretation of a document that another
              // site (usually the portal) issues. Naming the site here is what lets them; editor rights on the
              // issuing site are not needed and not given.
              name: 'draftingSite',
              type: 'relationship',
              relationTo: 'sites',
              index: true,
              label: { zh: '起草部门网站', en: 'Drafting department site' },
              filterOptions: ({ data }) => (data?.site ? { id: { not_equals: idOf(data.site) } } : true),
              admin: { description: { zh: '文件由其他部门起草时选择该部门网站：其编辑可为本文件撰写政策解读，经本网站审签后随文件发布。', en: "When another department drafted the document, choose that department's site: its editors may write the interpretation, which is published with the document after approval on this site." } },
            },
            {
              type: 'row',
              fields: [
                { name: 'column', type: 'relationship', relationTo: 'columns', required: true, label: { zh: '所属栏目', en: 'Column' }, filterOptions: sameSite },
                { name: 'subjectCategory', type: 'select', label: { zh: '主题分类', en: 'Subject category' }, options: subjectCategories.map((c) => ({ ...c })) },
                {
                  name: 'documentKind',
                  type: 'select',
                  defaultValue: 'other',
                  index: true,
                  label: { zh: '文件类别', en: 'Document kind' },
                  options: policyDocumentKinds.map((k) => ({ ...k })),
                  admin: { description: { zh: '规章、行政规范性文件计入政务公开年度报告表二。', en: 'Rules and normative documents are counted in table 2 of the annual openness report.' } },
                },
              ],
            },
            {
              name: 'catalogItem',
              type: 'relationship',
              relationTo: 'disclosure-catalog',
              label: { zh: '主动公开目录事项', en: 'Disclosure catalogue item' },
              filterOptions: ({ data }) => ({ and: [{ entryType: { equals: 'item' } }, ...(data?.site ? [{ site: { equals: idOf(data.site) } }] : [])] }) as Where,
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'writtenAt',
                  type: 'date',
                  required: true,
                  index: true,
                  label: { zh: '成文日期', en: 'Written on' },
                  admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
                },
                {
                  name: 'issuedAt',
                  type: 'date',
                  index: true,
                  label: { zh: '印发日期', en: 'Issued on' },
                  validate: validateIssuedAt,
                  admin: {
                    date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
                    description: { zh: '5 个工作日公开时限自印发之日起算。未填写时按成文日期计。', en: 'The 5-working-day deadline counts from the issue date; when empty, from the date written.' },
                  },
                },
                {
                  name: 'publishedAt',
                  type: 'date',
                  index: true,
                  label: { zh: '发布日期', en: 'Published at' },
                  admin: { date: { pickerAppearance: 'dayAndTime' }, description: { zh: '发布时自动填写。', en: 'Filled in on publication.' } },
                },
              ],
            },
            {
              name: 'affectsPublicRights',
              type: 'checkbox',
              defaultValue: true,
              label: { zh: '涉及公民、法人或其他组织权利和义务', en: 'Affects public rights and duties' },
              admin: { description: { zh: '勾选后适用“印发后 5 个工作日内公开发布”的时限。', en: 'When ticked, the “publish within 5 working days of issue” deadline applies.' } },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'publishDeadline',
                  type: 'date',
                  index: true,
                  label: { zh: '公开期限', en: 'Publish by' },
                  access: { create: () => false, update: () => false },
                  admin: {
                    readOnly: true,
                    date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
                    description: { zh: '涉及权利义务的文件：印发日期起 5 个工作日；其他列入主动公开目录的文件：20 个工作日（条例第二十六条）。按节假日安排计算，平台设置可调整。', en: 'Documents affecting rights and obligations: 5 working days from issue; other documents in the proactive disclosure catalogue: 20 working days (Regulations, art. 26). Counted with the holiday calendar; adjustable in the platform settings.' },
                    components: { Cell: deadlineCell },
                  },
                },
                {
                  name: 'publishedLateWorkdays',
                  type: 'number',
                  label: { zh: '逾期发布（工作日）', en: 'Published late (working days)' },
                  access: { create: () => false, update: () => false },
                  admin: { readOnly: true, description: { zh: '首次发布时记录：0 为按时发布。', en: 'Recorded on first publication: 0 means on time.' } },
                },
              ],
            },
            {
              name: 'publishDeadlineNote',
              type: 'text',
              label: { zh: '期限说明', en: 'Deadline note' },
              access: { create: () => false, update: () => false, read: insider },
              admin: { readOnly: true, condition: (data) => Boolean(data?.publishDeadlineNote), components: deadlineNoteComponents },
            },
          ],
        },
        {
          label: { zh: '正文与附件', en: 'Body and attachments' },
          fields: [
            { name: 'body', type: 'richText', label: { zh: '正文', en: 'Body' }, access: { read: originalTextReadable } },
            { name: 'attachments', type: 'upload', relationTo: 'files', hasMany: true, label: { zh: '附件', en: 'Attachments' }, access: { read: originalTextReadable } },
          ],
        },
        {
          label: { zh: '公开属性与审查', en: 'Disclosure and reviews' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'disclosureAttribute',
                  type: 'select',
                  required: true,
                  defaultValue: 'public',
                  label: { zh: '公开属性', en: 'Disclosure attribute' },
                  options: disclosureAttributes.map((a) => ({ ...a })),
                },
              ],
            },
            {
              name: 'nonDisclosureReason',
              type: 'textarea',
              label: { zh: '理由（依法依规说明）', en: 'Reason' },
              access: { read: insider },
              admin: { condition: (data) => data?.disclosureAttribute !== 'public', description: { zh: '“依申请公开”“不公开”“脱密后公开”必须说明理由，并经政务公开专员审查。', en: "“Disclosed on request”, “not disclosed” and “disclosed after declassification” need a reason and the openness officer's review." } },
            },
            {
              name: 'declassifiedVersion',
              type: 'upload',
              relationTo: 'files',
              label: { zh: '脱密后版本', en: 'Declassified version' },
              admin: { condition: (data) => data?.disclosureAttribute === 'after-declassification', description: { zh: '脱密后的公文与原文一并报批；未上传不能发布。公众只能看到脱密后版本。', en: 'The declassified version is approved together with the original; the document cannot be published without it. The public sees only the declassified version.' } },
            },
            {
              name: 'declassifiedBody',
              type: 'richText',
              label: { zh: '脱密后正文', en: 'Declassified text' },
              admin: { condition: (data) => data?.disclosureAttribute === 'after-declassification' },
            },
            ...reviewFields(),
          ],
        },
        {
          label: { zh: '解读', en: 'Interpretations' },
          fields: [
            {
              name: 'interpretationRequired',
              type: 'checkbox',
              defaultValue: false,
              label: { zh: '须同步解读', en: 'Interpretation required' },
              admin: { description: { zh: '勾选后，须有经审签的解读材料才能发布文件；发布文件时解读同步发布。', en: 'When ticked, the document can only be published with an approved interpretation, which is published with it.' } },
            },
            {
              name: 'interpretations',
              type: 'join',
              collection: 'interpretations',
              on: 'policyDocument',
              label: { zh: '政策解读', en: 'Interpretations' },
              defaultLimit: 20,
            },
          ],
        },
        {
          label: { zh: '有效性', en: 'Validity' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'validity', type: 'select', required: true, defaultValue: Validity.inForce, label: { zh: '有效性', en: 'Validity' }, options: validityStates.map((v) => ({ ...v })) },
                { name: 'validityChangedAt', type: 'date', label: { zh: '变更日期', en: 'Changed on' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' }, condition: (data) => data?.validity && data.validity !== Validity.inForce } },
              ],
            },
            {
              name: 'replacedBy',
              type: 'relationship',
              relationTo: 'policy-documents',
              label: { zh: '替代文件', en: 'Replaced by' },
              admin: { condition: (data) => data?.validity === Validity.amended || data?.validity === Validity.repealed },
            },
          ],
        },
      ],
    },
    ...internalWorkflowFields(),
    // The original text's uploads are read as the original text is (a 脱密后公开 document's stay inside).
    ...bodyReferenceFieldsFor('body', undefined, originalTextReadable),
    ...bodyReferenceFieldsFor('declassifiedBody', { zh: '脱密后正文', en: 'declassified text' }),
  ],
}
