import type { CollectionConfig } from 'payload'
import { siteField } from '../../src/access/siteField'
import { createOnSitesWithRole } from '../../src/access/siteScoped'
import { auditAfterChange } from '../../src/audit/recordAudit'
import { DisclosureApplication, disclosureApplicationStates } from '../../src/states'
import { noOne, opennessStaffOfSite, platformAdminOnly } from './access'
import { applicationFields, clockFields, receiptFields, replyFields } from './fields'
import { applicationRules, daysLeftOnRead, overdueOnRead, statusOnRead } from './hooks'
import { letterEndpoint } from '../../src/disclosure/letterEndpoint'

/**
 * 依申请公开 (applications for disclosure, 《政府信息公开条例》第二十七条至第四十五条): what an applicant asks,
 * the statutory clocks (src/disclosure/clocks.ts), the reply under art. 36 and its row of the annual report's
 * table 三 (src/disclosure/table3.ts). Online applications come in through /applications; staff register
 * paper, post, fax and letter applications here. Only the site's openness staff read them (./access.ts).
 */
export const DisclosureApplications: CollectionConfig = {
  slug: 'disclosure-applications',
  labels: { singular: { zh: '依申请公开', en: 'Application for disclosure' }, plural: { zh: '依申请公开', en: 'Applications for disclosure' } },
  admin: {
    useAsTitle: 'trackingCode',
    defaultColumns: ['trackingCode', 'requestedInformation', 'channel', 'status', 'receivedOn', 'dueOn', 'daysLeft', 'overdue', 'site'],
    group: { zh: '政务公开', en: 'Openness' },
    description:
      '政府信息公开申请的登记、办理和答复。自收到申请之日起 20 个工作日内答复；补正的自收到补正之日起算；征求第三方意见、缴费的时间不计算在内；可经负责人同意延长一次，不超过 20 个工作日。',
  },
  defaultSort: '-createdAt',
  access: {
    read: opennessStaffOfSite,
    create: createOnSitesWithRole('openness-officer'),
    update: opennessStaffOfSite,
    delete: platformAdminOnly,
  },
  hooks: { beforeChange: [applicationRules], afterChange: [auditAfterChange('disclosure-applications')] },
  // GET /api/disclosure-applications/:id/letter[?format=docx]: the reply letter (答复书).
  endpoints: [letterEndpoint],
  fields: [
    {
      name: 'letter',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/collections/disclosure-applications/LetterLinks#LetterLinks' } },
    },
    siteField(['openness-officer']),
    {
      name: 'trackingCode',
      type: 'text',
      unique: true,
      index: true,
      label: { zh: '查询码', en: 'Tracking code' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'queryPasswordHash', type: 'text', hidden: true, access: { read: noOne, update: noOne } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: DisclosureApplication.awaitingConfirmation,
      index: true,
      options: disclosureApplicationStates.map((s) => ({ value: s.value, label: { zh: s.label.zh, en: s.label.en } })),
      label: { zh: '办理状态', en: 'Status' },
      admin: { readOnly: true, position: 'sidebar', description: { zh: '由登记的办理步骤自动得出。', en: 'Derived from the recorded handling steps.' } },
      hooks: { afterRead: [statusOnRead] },
    },
    {
      name: 'daysLeft',
      type: 'number',
      virtual: true,
      label: { zh: '剩余工作日', en: 'Working days left' },
      admin: { readOnly: true, position: 'sidebar' },
      hooks: { afterRead: [daysLeftOnRead] },
    },
    {
      name: 'overdue',
      type: 'checkbox',
      virtual: true,
      label: { zh: '已超期', en: 'Overdue' },
      admin: { readOnly: true, position: 'sidebar' },
      hooks: { afterRead: [overdueOnRead] },
    },
    ...receiptFields,
    ...applicationFields,
    ...clockFields,
    ...replyFields,
  ],
}
