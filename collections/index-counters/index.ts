import type { CollectionConfig } from 'payload'
import { nobody } from '../../src/access/siteScoped'

/**
 * One row per site and year: the last 索引号 sequence handed out. Only src/publishing/indexNumbers.ts
 * writes it, with one atomic upsert; nobody reads or writes it over the API.
 */
export const IndexCounters: CollectionConfig = {
  slug: 'index-counters',
  labels: { singular: { zh: '索引号计数器', en: 'Index counter' }, plural: { zh: '索引号计数器', en: 'Index counters' } },
  admin: { hidden: true },
  graphQL: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'siteCode', type: 'text', required: true },
    { name: 'year', type: 'number', required: true },
    { name: 'lastValue', type: 'number', required: true, defaultValue: 0 },
  ],
}
