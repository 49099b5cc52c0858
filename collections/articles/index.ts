import { ValidationError, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'
import { siteField } from '../../src/access/siteField'
import { inLanguage } from '../../src/i18n/bilingual'
import { idOf } from '../../src/ids'
import { createOnSitesWithRole, writeOnSitesWithRole } from '../../src/access/siteScoped'
import { auditAfterChange, auditAfterDelete } from '../../src/audit/recordAudit'
import { disclosureAttributes, requiresNonDisclosureReason } from '../../src/publishing/disclosure'
import { workflowActionsComponent } from '../../src/workflowActions/adminComponents'
import { afterWorkflowChange, hideWorkflowFromOutsiders, enforceWorkflow, workflowFields } from '../../src/publishing/workflowHooks'
import { invalidateArticlePages } from '../../src/render/articleInvalidation'
import { bodyReferenceFields, collectBodyReferences } from '../../src/editor/bodyReferences'
import { storeBodyHtml, storedBodyHtmlFields } from '../../src/render/storedBodyHtml'
import { readArticles, readArticleVersions, updateArticles } from './access'

/** A document not openly disclosed must say why. (Same-site references: src/access/sameSiteReferences.ts.) */
const nonDisclosureReasonGiven: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (requiresNonDisclosureReason(data.disclosureAttribute ?? originalDoc?.disclosureAttribute) && !(data.nonDisclosureReason ?? originalDoc?.nonDisclosureReason)?.trim()) {
    throw new ValidationError({ collection: 'articles', errors: [{ path: 'nonDisclosureReason', message: inLanguage(req, { zh: '公开属性不是“此件公开发布”时，必须依法依规说明理由。', en: 'A document not “published openly” needs the legal reason for it.' }) }] })
  }
  return data
}

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: { zh: '信息', en: 'Article' }, plural: { zh: '信息', en: 'Articles' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'workflowStatus', 'columns', 'publishedAt', 'site'],
    group: { zh: '内容', en: 'Content' },
    listSearchableFields: ['title', 'summary'],
    components: { edit: { beforeDocumentControls: [workflowActionsComponent({ collectionSlug: 'articles' })] } },
  },
  defaultSort: '-publishedAt',
  versions: { maxPerDoc: 30 },
  access: {
    read: readArticles,
    readVersions: readArticleVersions,
    create: createOnSitesWithRole('editor', 'reviewer', 'site-admin'),
    update: updateArticles,
    delete: writeOnSitesWithRole('site-admin'),
  },
  hooks: {
    afterRead: [hideWorkflowFromOutsiders],
    beforeChange: [nonDisclosureReasonGiven, enforceWorkflow, collectBodyReferences(), storeBodyHtml],
    afterChange: [afterWorkflowChange, auditAfterChange('articles'), invalidateArticlePages('articles')],
    afterDelete: [auditAfterDelete('articles'), invalidateArticlePages('articles')],
  },
  fields: [
    siteField(['editor', 'reviewer', 'site-admin']),
    { name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' } },
    {
      name: 'columns',
      type: 'relationship',
      relationTo: 'columns',
      hasMany: true,
      required: true,
      label: { zh: '所属栏目', en: 'Columns' },
      filterOptions: ({ data }) => (data?.site ? { site: { equals: idOf(data.site) } } : true),
    },
    { name: 'summary', type: 'textarea', label: { zh: '摘要', en: 'Summary' } },
    { name: 'body', type: 'richText', label: { zh: '正文', en: 'Body' } },
    ...storedBodyHtmlFields,
    ...bodyReferenceFields,
    {
      type: 'row',
      fields: [
        { name: 'source', type: 'text', label: { zh: '来源', en: 'Source' } },
        { name: 'author', type: 'text', label: { zh: '作者', en: 'Author' } },
      ],
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { zh: '发布时间', en: 'Published at' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: { zh: '发布时自动填写。', en: 'Filled in on publication.' } },
    },
    ...workflowFields(),
    {
      name: 'disclosureAttribute',
      type: 'select',
      required: true,
      defaultValue: 'public',
      label: { zh: '公开属性', en: 'Disclosure attribute' },
      options: disclosureAttributes.map((a) => ({ ...a })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'nonDisclosureReason',
      type: 'textarea',
      label: { zh: '不公开理由', en: 'Reason for non-disclosure' },
      admin: { position: 'sidebar', condition: (data) => requiresNonDisclosureReason(data?.disclosureAttribute) },
    },
    { name: 'important', type: 'checkbox', defaultValue: false, label: { zh: '重要信息（转载）', en: 'Important (for reposting)' }, admin: { position: 'sidebar' } },
    { name: 'coverImage', type: 'upload', relationTo: 'media', label: { zh: '封面图', en: 'Cover image' } },
    { name: 'attachments', type: 'upload', relationTo: 'files', hasMany: true, label: { zh: '附件', en: 'Attachments' } },
  ],
}
