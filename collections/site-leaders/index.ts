import type { CollectionConfig } from 'payload'
import { siteField } from '../../src/access/siteField'
import { createOnSitesWithRole, readOwnSitesOr, writeOnSitesWithRole } from '../../src/access/siteScoped'
import { monitoringGroup } from '../../src/monitoring/access'
import { splitTitles } from '../../src/monitoring/contentSafety'
import type { PayloadRequest } from 'payload'
import { inLanguage } from '../../src/i18n/bilingual'

/**
 * 领导名录: the current leaders of a site with their titles. The content check flags a leader named with a
 * title that is not theirs (严重表述错误, single veto ①); keep it current when leaders change.
 */
export const SiteLeaders: CollectionConfig = {
  slug: 'site-leaders',
  labels: { singular: { zh: '领导名录', en: 'Site leader' }, plural: { zh: '领导名录', en: 'Site leaders' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'titles', 'site', 'order'],
    group: monitoringGroup,
    description: { zh: '本单位现任领导的姓名和职务。正文中领导姓名前后出现的职务与此不符时，保存和每日监测都会提示“领导职务错误”（单项否决）。', en: "Names and titles of the agency's current leaders. When a body gives a leader a different title, saving and the daily monitoring report a “wrong leader title” (single veto)." },
  },
  defaultSort: 'order',
  access: {
    read: readOwnSitesOr(null),
    create: createOnSitesWithRole('site-admin'),
    update: writeOnSitesWithRole('site-admin'),
    delete: writeOnSitesWithRole('site-admin'),
  },
  fields: [
    siteField(['site-admin']),
    { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' } },
    {
      name: 'titles',
      type: 'text',
      required: true,
      label: { zh: '职务', en: 'Titles' },
      admin: { description: { zh: '多个职务用顿号分隔，例如：市委副书记、市长。', en: 'Separate several titles with “、”.' } },
      validate: (value: unknown, { req }: { req: PayloadRequest }) =>
        splitTitles(value as string).length ? true : inLanguage(req, { zh: '请填写至少一个职务。', en: 'Enter at least one title.' }),
    },
    { name: 'order', type: 'number', defaultValue: 100, label: { zh: '排序', en: 'Order' } },
  ],
}
