import { ValidationError, type CollectionConfig, type PayloadRequest } from 'payload'
import { inLanguage } from '../../src/i18n/bilingual'
import { createOnSitesWithRole, onPublicSite, readOwnSitesOr, writeOnSitesWithRole } from '../../src/access/siteScoped'
import { siteField } from '../../src/access/siteField'
import { idOf } from '../../src/ids'
import { auditAfterChange, auditAfterDelete } from '../../src/audit/recordAudit'
import { invalidatePages, pageTags } from '../../src/render/invalidation'
import { columnKinds } from './kinds'

/**
 * Every public page of a site carries its column navigation (header, breadcrumbs, sitemap), article
 * pages included: a column change drops all of the site's pages, not only its listings.
 */
const columnPageTags = (doc: { id: number | string; site?: unknown }, previousDoc?: { site?: unknown }): string[] => {
  const sites = new Set([idOf(doc.site), idOf(previousDoc?.site)].filter((id): id is string => Boolean(id)))
  return [...[...sites].flatMap((id) => [pageTags.site(id), pageTags.listings(id)]), pageTags.column(doc.id)]
}

export const Columns: CollectionConfig = {
  slug: 'columns',
  labels: { singular: { zh: '栏目', en: 'Column' }, plural: { zh: '栏目', en: 'Columns' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'site', 'parent', 'order'], group: { zh: '内容', en: 'Content' } },
  defaultSort: 'order',
  access: {
    read: readOwnSitesOr(onPublicSite),
    create: createOnSitesWithRole('site-admin'),
    update: writeOnSitesWithRole('site-admin'),
    delete: writeOnSitesWithRole('site-admin'),
  },
  hooks: {
    beforeChange: [
      async ({ data, originalDoc, req }) => {
        const parentId = idOf(data.parent ?? originalDoc?.parent)
        if (!parentId) return data
        if (originalDoc && parentId === String(originalDoc.id)) {
          throw new ValidationError({ collection: 'columns', errors: [{ path: 'parent', message: inLanguage(req, { zh: '上级栏目不能是栏目自身。', en: 'A column cannot be its own parent.' }) }] })
        }
        const parent = await req.payload.findByID({ collection: 'columns', id: parentId, depth: 0, overrideAccess: true, req })
        if (idOf(parent.site) !== idOf(data.site ?? originalDoc?.site)) {
          throw new ValidationError({ collection: 'columns', errors: [{ path: 'parent', message: inLanguage(req, { zh: '上级栏目必须属于同一网站。', en: 'The parent column must be on the same site.' }) }] })
        }
        // Walk up the tree so that a column cannot become its own ancestor.
        let cursor: unknown = parent.parent
        for (let depth = 0; cursor && depth < 20; depth++) {
          if (originalDoc && idOf(cursor) === String(originalDoc.id)) {
            throw new ValidationError({ collection: 'columns', errors: [{ path: 'parent', message: inLanguage(req, { zh: '栏目层级不能形成循环。', en: 'Columns cannot form a loop.' }) }] })
          }
          const ancestor = await req.payload.findByID({ collection: 'columns', id: idOf(cursor)!, depth: 0, overrideAccess: true, req })
          cursor = ancestor.parent
        }
        return data
      },
    ],
    afterChange: [
      auditAfterChange('columns'),
      ({ doc, previousDoc, req }) => {
        invalidatePages(columnPageTags(doc, previousDoc), req)
        return doc
      },
    ],
    afterDelete: [auditAfterDelete('columns'), ({ doc, req }) => invalidatePages(columnPageTags(doc), req)],
  },
  fields: [
    siteField(['site-admin']),
    { name: 'title', type: 'text', required: true, label: { zh: '栏目名称', en: 'Title' } },
    {
      name: 'slug',
      type: 'text',
      required: true,
      index: true,
      label: { zh: '路径名', en: 'Slug' },
      admin: { description: { zh: '用于网址，只能用小写字母、数字和连字符，例如 zwdt。', en: 'Used in addresses: lowercase letters, digits and hyphens only, e.g. zwdt.' } },
      validate: (value: unknown, { req }: { req: PayloadRequest }) =>
        typeof value === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(value)
          ? true
          : inLanguage(req, {
              zh: '路径名只能包含小写字母、数字和连字符，且以字母或数字开头。',
              en: 'The slug may contain only lowercase letters, digits and hyphens, and starts with a letter or digit.',
            }),
    },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, defaultValue: 'news', label: { zh: '栏目类型', en: 'Kind' }, options: columnKinds.map((k) => ({ ...k })) },
        { name: 'parent', type: 'relationship', relationTo: 'columns', label: { zh: '上级栏目', en: 'Parent' }, filterOptions: ({ data }) => (data?.site ? { site: { equals: idOf(data.site) } } : true) },
        { name: 'order', type: 'number', defaultValue: 100, label: { zh: '排序', en: 'Order' } },
      ],
    },
    { name: 'showOnHome', type: 'checkbox', defaultValue: true, label: { zh: '在首页显示', en: 'Show on home page' } },
    { name: 'description', type: 'textarea', label: { zh: '栏目说明', en: 'Description' } },
    {
      name: 'emptyReason',
      type: 'textarea',
      label: { zh: '空白栏目说明', en: 'Why this column is empty' },
      admin: { description: { zh: '栏目暂无信息时，须在此说明原因，否则计为空白栏目。', en: 'When the column has no content yet, state the reason here; otherwise it counts as an empty column.' } },
    },
  ],
}
