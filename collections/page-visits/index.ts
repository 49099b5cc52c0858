import type { Access, CollectionConfig } from 'payload'
import { readsWholeCluster, siteIdsWithRole } from '../../src/access/roles'
import { siteField } from '../../src/access/siteField'
import { siteIn } from '../../src/access/siteScoped'

/** A site's own staff read its figures; the supervisors read all. */
const readVisits: Access = ({ req }) => {
  if (readsWholeCluster(req.user)) return true
  const sites = siteIdsWithRole(req.user)
  return sites.length ? siteIn(sites) : false
}

/**
 * 访问统计 (page visits): per site and China day, 网站总访问量 (page views) and 独立用户访问量 (unique visitors),
 * written only by the platform's page counter (src/visits/pageCounter.ts). No personal data: see there.
 */
export const PageVisits: CollectionConfig = {
  slug: 'page-visits',
  labels: { singular: { zh: '访问统计', en: 'Page visits' }, plural: { zh: '访问统计', en: 'Page visits' } },
  admin: { useAsTitle: 'day', defaultColumns: ['day', 'site', 'views', 'visitors'], group: { zh: '网站监测', en: 'Monitoring' } },
  defaultSort: '-day',
  disableDuplicate: true,
  access: { read: readVisits, create: () => false, update: () => false, delete: () => false },
  indexes: [{ fields: ['site', 'day'], unique: true }],
  fields: [
    siteField([]),
    { name: 'day', type: 'text', required: true, index: true, label: { zh: '日期', en: 'Day' }, admin: { readOnly: true } },
    { name: 'views', type: 'number', required: true, defaultValue: 0, label: { zh: '访问量', en: 'Page views' }, admin: { readOnly: true } },
    { name: 'visitors', type: 'number', required: true, defaultValue: 0, label: { zh: '独立访客', en: 'Unique visitors' }, admin: { readOnly: true } },
    // The day's HyperLogLog registers while the day is open; never shown, dropped when the day is over.
    { name: 'sketch', type: 'text', access: { read: () => false }, admin: { hidden: true } },
  ],
}
