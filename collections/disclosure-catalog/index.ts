import { ValidationError, type CollectionConfig, type Where } from 'payload'
import { siteField } from '../../src/access/siteField'
import { inLanguage } from '../../src/i18n/bilingual'
import { idOf } from '../../src/ids'
import { createOnSitesWithRole, onPublicSite, readOwnSitesOr, writeOnSitesWithRole } from '../../src/access/siteScoped'
import { auditAfterChange, auditAfterDelete } from '../../src/audit/recordAudit'
import { invalidatePages, pageTags } from '../../src/render/invalidation'

/**
 * 主动公开目录 (active-disclosure catalogue), per site: a tree of categories (类别) whose leaves are items (事项)
 * with 公开内容, 公开依据, 责任主体, 公开方式 and 公开时限 (宁政办发〔2017〕74号 一(三)). Policy documents name
 * their item (`catalogItem`); an item lists its published public documents through the join below, which
 * applies the documents' own read access, so a visitor never sees a non-public one.
 */
export const DisclosureCatalog: CollectionConfig = {
  slug: 'disclosure-catalog',
  labels: { singular: { zh: '主动公开目录', en: 'Disclosure catalogue entry' }, plural: { zh: '主动公开目录', en: 'Disclosure catalogue' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['code', 'title', 'entryType', 'parent', 'responsibleUnit', 'site'],
    group: { zh: '政务公开', en: 'Openness' },
    description: { zh: '按“类别 → 事项”编制本单位主动公开基本目录；公众网站 /catalog 页面自动列出每个事项下已公开的文件。', en: "The agency's proactive disclosure catalogue as category → item; the public /catalog page lists the published documents under each item." },
  },
  defaultSort: 'code',
  graphQL: { singularName: 'DisclosureCatalogEntry', pluralName: 'DisclosureCatalogEntries' },
  access: {
    read: readOwnSitesOr(onPublicSite),
    create: createOnSitesWithRole('openness-officer', 'site-admin'),
    update: writeOnSitesWithRole('openness-officer', 'site-admin'),
    delete: writeOnSitesWithRole('openness-officer', 'site-admin'),
  },
  hooks: {
    beforeChange: [
      async ({ data, originalDoc, req }) => {
        const parentId = idOf(data.parent ?? originalDoc?.parent)
        if (!parentId) return data
        if (originalDoc && parentId === String(originalDoc.id)) {
          throw new ValidationError({ collection: 'disclosure-catalog', errors: [{ path: 'parent', message: inLanguage(req, { zh: '上级类别不能是自身。', en: 'A category cannot be its own parent.' }) }] })
        }
        const parent = await req.payload.findByID({ collection: 'disclosure-catalog', id: parentId, depth: 0, overrideAccess: true, req, disableErrors: true })
        if (!parent || idOf(parent.site) !== idOf(data.site ?? originalDoc?.site) || parent.entryType !== 'category') {
          throw new ValidationError({ collection: 'disclosure-catalog', errors: [{ path: 'parent', message: inLanguage(req, { zh: '上级必须是本网站目录中的一个类别。', en: 'The parent must be a category of this site’s catalogue.' }) }] })
        }
        return data
      },
    ],
    afterChange: [
      auditAfterChange('disclosure-catalog'),
      ({ doc, req }) => {
        invalidatePages([pageTags.listings(idOf(doc.site)!)], req)
        return doc
      },
    ],
    afterDelete: [auditAfterDelete('disclosure-catalog'), ({ doc, req }) => invalidatePages([pageTags.listings(idOf(doc.site)!)], req)],
  },
  fields: [
    siteField(['openness-officer', 'site-admin']),
    {
      type: 'row',
      fields: [
        {
          name: 'entryType',
          type: 'select',
          required: true,
          defaultValue: 'item',
          label: { zh: '条目类型', en: 'Entry type' },
          options: [
            { value: 'category', label: { zh: '类别', en: 'Category' } },
            { value: 'item', label: { zh: '事项', en: 'Item' } },
          ],
        },
        { name: 'code', type: 'text', required: true, index: true, label: { zh: '编号', en: 'Code' }, admin: { placeholder: '01.02', description: { zh: '同级按编号排序，例如 01、01.02。', en: 'Siblings sort by code, e.g. 01, 01.02.' } } },
        {
          name: 'parent',
          type: 'relationship',
          relationTo: 'disclosure-catalog',
          label: { zh: '上级类别', en: 'Parent category' },
          filterOptions: ({ data }) => ({ and: [{ entryType: { equals: 'category' } }, ...(data?.site ? [{ site: { equals: idOf(data.site) } }] : [])] }) as Where,
        },
      ],
    },
    { name: 'title', type: 'text', required: true, label: { zh: '名称', en: 'Name' } },
    {
      type: 'collapsible',
      label: { zh: '事项要素', en: 'Item details' },
      admin: { condition: (data) => data?.entryType !== 'category' },
      fields: [
        { name: 'contentScope', type: 'textarea', label: { zh: '公开内容（范围）', en: 'Content scope' } },
        { name: 'legalBasis', type: 'textarea', label: { zh: '公开依据', en: 'Legal basis' } },
        {
          type: 'row',
          fields: [
            { name: 'responsibleUnit', type: 'text', label: { zh: '责任主体', en: 'Responsible unit' } },
            { name: 'disclosureMethod', type: 'text', label: { zh: '公开方式', en: 'Disclosure method' }, defaultValue: '政府网站', admin: { placeholder: { zh: '政府网站、政务新媒体、公开栏', en: 'Government website, government new media, notice board' } } },
            { name: 'timeLimit', type: 'text', label: { zh: '公开时限', en: 'Time limit' }, admin: { placeholder: { zh: '信息形成或变更之日起 20 个工作日内', en: 'Within 20 working days of the information being produced or changed' } } },
          ],
        },
      ],
    },
    {
      name: 'documents',
      type: 'join',
      collection: 'policy-documents',
      on: 'catalogItem',
      label: { zh: '已归入本事项的文件', en: 'Documents' },
      defaultLimit: 50,
      defaultSort: '-publishedAt',
      admin: { condition: (data) => data?.entryType !== 'category' },
    },
  ],
}
