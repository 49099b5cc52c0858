import type { CollectionConfig } from 'payload'
import { siteField } from '../../src/access/siteField'
import { idOf } from '../../src/ids'
import { createOnSitesWithRole, writeOnSitesWithRole } from '../../src/access/siteScoped'
import { auditAfterChange, auditAfterDelete } from '../../src/audit/recordAudit'
import { gazetteCategories, gazetteValidity } from '../../src/gazette/labels'
import { invalidateGazettePages } from '../../src/gazette/invalidation'
import { gazetteArticleFollowsIssue } from '../../src/gazette/workflow'
import { readGazetteArticles } from './access'
import { Validity } from '../../src/states'

/** 公报文章 (gazette articles), see docs/rules.md (government gazette). */
export const GazetteArticles: CollectionConfig = {
  slug: 'gazette-articles',
  labels: { singular: { zh: '公报文章', en: 'Gazette article' }, plural: { zh: '公报文章', en: 'Gazette articles' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'docNumber', 'category', 'issue', 'order', 'validity', 'site'],
    group: { zh: '政府公报', en: 'Gazette' },
    listSearchableFields: ['title', 'docNumber', 'issuingAgency'],
  },
  defaultSort: 'order',
  access: {
    read: readGazetteArticles,
    create: createOnSitesWithRole('editor', 'reviewer', 'site-admin'),
    update: writeOnSitesWithRole('editor', 'reviewer', 'site-admin'),
    delete: writeOnSitesWithRole('site-admin'),
  },
  hooks: {
    beforeChange: [gazetteArticleFollowsIssue],
    afterChange: [auditAfterChange('gazette-articles'), invalidateGazettePages('gazette-articles')],
    afterDelete: [auditAfterDelete('gazette-articles'), invalidateGazettePages('gazette-articles')],
  },
  fields: [
    siteField(['editor', 'reviewer', 'site-admin']),
    {
      name: 'issue',
      type: 'relationship',
      relationTo: 'gazette-issues',
      required: true,
      index: true,
      label: { zh: '所属期刊', en: 'Issue' },
      filterOptions: ({ data }) => (data?.site ? { site: { equals: idOf(data.site) } } : true),
    },
    { name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' } },
    {
      type: 'row',
      fields: [
        { name: 'docNumber', type: 'text', index: true, label: { zh: '文号', en: 'Document number' } },
        { name: 'issuingAgency', type: 'text', label: { zh: '发布机构', en: 'Issuing agency' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'category', type: 'select', required: true, defaultValue: 'other', label: { zh: '类别', en: 'Category' }, options: gazetteCategories.map((c) => ({ ...c })) },
        { name: 'writtenAt', type: 'date', label: { zh: '成文日期', en: 'Written at' }, admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'pages', type: 'text', label: { zh: '页码', en: 'Pages' }, admin: { description: { zh: '如 3-5', en: 'e.g. 3-5' } } },
        { name: 'order', type: 'number', defaultValue: 0, label: { zh: '期内顺序', en: 'Order within issue' } },
      ],
    },
    { name: 'body', type: 'textarea', label: { zh: '正文', en: 'Body text' }, admin: { description: { zh: '纯文本，段落之间空一行。', en: 'Plain text, a blank line between paragraphs.' } } },
    { name: 'pdf', type: 'upload', relationTo: 'files', label: { zh: 'PDF 版', en: 'PDF' } },
    {
      name: 'validity',
      type: 'select',
      required: true,
      defaultValue: Validity.inForce,
      label: { zh: '有效性', en: 'Validity' },
      options: gazetteValidity.map((v) => ({ ...v })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'policyDocument',
      type: 'relationship',
      relationTo: 'policy-documents',
      label: { zh: '对应政策文件', en: 'Related policy document' },
      admin: { position: 'sidebar' },
      filterOptions: ({ data }) => (data?.site ? { site: { equals: idOf(data.site) } } : true),
    },
  ],
}
