import type { CollectionConfig } from 'payload'
import { siteField } from '../../src/access/siteField'
import { nobody, readOwnSitesOr, writeOnSitesWithRole } from '../../src/access/siteScoped'

/** Only the query log (trusted server code, access overridden) writes these; staff change nothing but 隐藏. */
const logOnly = (): boolean => false

/**
 * 搜索词统计: how often a normalised query was searched on a site on one China day, the source of 热门搜索.
 * Written only by the server's query log (src/hotQueries/log.ts): no visitor, address or time of day is
 * stored, and queries that look like personal data are never logged. Staff hide a query by ticking 隐藏.
 */
export const SearchQueries: CollectionConfig = {
  slug: 'search-queries',
  labels: { singular: { zh: '搜索词统计', en: 'Search query count' }, plural: { zh: '搜索词统计', en: 'Search query counts' } },
  admin: {
    useAsTitle: 'query',
    defaultColumns: ['query', 'day', 'count', 'hidden', 'site'],
    listSearchableFields: ['query'],
    group: { zh: '系统', en: 'System' },
    description:
      '访客在本站搜索的关键词，按天汇总，用于搜索页的“热门搜索”。只记录关键词本身，不记录访客身份、IP 地址或时间；' +
      '像身份证号、电话号码、电子邮箱的关键词和过长的关键词不会被记录。勾选“隐藏”后，该关键词不再出现在热门搜索中（所有日期）。',
  },
  defaultSort: '-day',
  access: {
    read: readOwnSitesOr(null),
    create: nobody,
    update: writeOnSitesWithRole('site-admin', 'editor'),
    delete: writeOnSitesWithRole('site-admin'),
  },
  fields: [
    siteField(['site-admin', 'editor'], { admin: { position: 'sidebar', readOnly: true }, access: { update: logOnly } }),
    { name: 'query', type: 'text', required: true, index: true, label: { zh: '关键词', en: 'Query' }, admin: { readOnly: true }, access: { update: logOnly } },
    { name: 'day', type: 'text', required: true, index: true, label: { zh: '日期', en: 'Day' }, admin: { readOnly: true, description: { zh: '北京时间的日期。', en: 'The day in China time.' } }, access: { update: logOnly } },
    { name: 'count', type: 'number', required: true, defaultValue: 0, label: { zh: '次数', en: 'Count' }, admin: { readOnly: true }, access: { update: logOnly } },
    {
      name: 'hidden',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { zh: '隐藏', en: 'Hidden' },
      admin: { description: { zh: '不在热门搜索中显示这个关键词（不良信息、错别字、与本站无关等）。', en: 'Do not show this query among hot queries (offensive, misspelt, unrelated to the site, …).' } },
    },
  ],
}
