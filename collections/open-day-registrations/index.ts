import type { CollectionConfig } from 'payload'
import { isPlatformAdmin } from '../../src/access/roles'
import { siteField } from '../../src/access/siteField'
import { openDayLimits } from '../../src/participation/openDayForm'
import { openDayRegistrationStates } from '../../src/states'
import { handleRegistrations, noOne, platformAdminOnly, readRegistrations, setOnCreateOnly } from './access'
import { checkInEndpoint } from './endpoints'
import { promoteOnCancel, registrationStatus } from './hooks'
import type { PayloadRequest } from 'payload'
import { inLanguage } from '../../src/i18n/bilingual'

const stamp = (name: string, zh: string, en: string) =>
  ({
    name,
    type: 'date',
    label: { zh, en },
    admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  }) as const

/**
 * 开放日报名 (open-day registrations): one person each. Name, phone and the ID card's last 4 digits are
 * personal data, read only by the staff of the open day's site. Seats and the waiting list are kept by
 * src/participation/openDaySeats.ts; staff check people in at 开放日签到 (/admin/open-day-check-in).
 */
export const OpenDayRegistrations: CollectionConfig = {
  slug: 'open-day-registrations',
  labels: { singular: { zh: '开放日报名', en: 'Open-day registration' }, plural: { zh: '开放日报名', en: 'Open-day registrations' } },
  admin: {
    useAsTitle: 'confirmationCode',
    defaultColumns: ['confirmationCode', 'name', 'openDay', 'status', 'createdAt'],
    group: { zh: '互动交流', en: 'Participation' },
    description: { zh: '公众在网站上报名政府开放日。个人信息仅本网站工作人员可见。现场签到请使用“开放日签到”页面。', en: "Open-day registrations from the public. Personal data is visible to this site's staff only. For on-site check-in use the “Open-day check-in” page." },
  },
  defaultSort: 'createdAt',
  access: { read: readRegistrations, create: platformAdminOnly, update: handleRegistrations, delete: platformAdminOnly },
  endpoints: [checkInEndpoint],
  hooks: { beforeChange: [registrationStatus], afterChange: [promoteOnCancel] },
  fields: [
    siteField(['site-admin', 'editor', 'reviewer', 'openness-officer'], {
      access: { update: ({ req }) => isPlatformAdmin(req.user) },
      admin: { position: 'sidebar', readOnly: true },
    }),
    {
      name: 'openDay',
      type: 'relationship',
      relationTo: 'open-days',
      required: true,
      index: true,
      label: { zh: '开放日活动', en: 'Open day' },
      access: setOnCreateOnly,
    },
    { name: 'name', type: 'text', required: true, maxLength: openDayLimits.name, label: { zh: '姓名', en: 'Name' }, access: setOnCreateOnly },
    { name: 'phone', type: 'text', required: true, maxLength: 11, label: { zh: '手机号码', en: 'Phone' }, access: setOnCreateOnly },
    {
      name: 'idLast4',
      type: 'text',
      required: true,
      minLength: 4,
      maxLength: 4,
      label: { zh: '身份证号后 4 位', en: 'ID card, last 4' },
      access: setOnCreateOnly,
      validate: (value: unknown, { req }: { req: PayloadRequest }) =>
        typeof value === 'string' && /^\d{3}[\dX]$/.test(value)
          ? true
          : inLanguage(req, { zh: '身份证号后 4 位须为 4 位数字（最后一位可为 X）。', en: 'The last 4 characters of the ID number: 4 digits, the last may be X.' }),
    },
    {
      name: 'confirmationCode',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '报名确认码', en: 'Confirmation code' },
      admin: { readOnly: true },
      access: setOnCreateOnly,
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: openDayRegistrationStates.map((s) => ({ value: s.value, label: s.label })),
      label: { zh: '报名状态', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    { name: 'seat', type: 'text', unique: true, hidden: true, access: { read: noOne, update: noOne } },
    { name: 'phoneKey', type: 'text', unique: true, hidden: true, access: { read: noOne, update: noOne } },
    stamp('checkedInAt', '签到时间', 'Checked in at'),
    stamp('cancelledAt', '取消时间', 'Cancelled at'),
  ],
}
