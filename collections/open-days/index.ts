import type { CollectionConfig, Field } from 'payload'
import { createOnSitesWithRole, writeOnSitesWithRole } from '../../src/access/siteScoped'
import { siteField } from '../../src/access/siteField'
import { openDayLimits } from '../../src/participation/openDayForm'
import { Workflow, workflowStates } from '../../src/states'
import { readOpenDays } from './access'
import { checkOpenDay, fillSeatsAfterCapacityChange } from './hooks'

const staffRoles = ['site-admin', 'editor', 'reviewer'] as const

const instant = (name: string, zh: string, en: string, required = true): Field => ({
  name,
  type: 'date',
  required,
  label: { zh, en },
  admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm', displayFormat: 'yyyy-MM-dd HH:mm' }, description: { zh: '北京时间。', en: 'Beijing time.' } },
})

/**
 * 政府开放日 (open days): an event of one site with a number of seats, a registration window and a waiting
 * list. The registrations themselves (name, phone, ID last 4 digits) are in `open-day-registrations`,
 * readable only by the site's staff; this document is public once published.
 */
export const OpenDays: CollectionConfig = {
  slug: 'open-days',
  labels: { singular: { zh: '政府开放日', en: 'Open day' }, plural: { zh: '政府开放日', en: 'Open days' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'capacity', 'status', 'site'],
    group: { zh: '互动交流', en: 'Participation' },
    description: { zh: '公众通过网站“政府开放日”栏目报名。名额满后进入候补名单，有人取消时按报名先后自动递补。现场签到见“开放日签到”。', en: "The public registers through the site's open-day page. When full, registrations join a waiting list and move up in order when someone cancels. On-site check-in: see “Open-day check-in”." },
  },
  defaultSort: '-startsAt',
  access: {
    read: readOpenDays,
    create: createOnSitesWithRole(...staffRoles),
    update: writeOnSitesWithRole(...staffRoles),
    delete: writeOnSitesWithRole('site-admin'),
  },
  hooks: { beforeChange: [checkOpenDay], afterChange: [fillSeatsAfterCapacityChange] },
  fields: [
    siteField([...staffRoles]),
    { name: 'title', type: 'text', required: true, maxLength: openDayLimits.title, label: { zh: '活动名称', en: 'Title' } },
    { name: 'description', type: 'textarea', maxLength: 3000, label: { zh: '活动介绍', en: 'Description' } },
    { name: 'place', type: 'text', required: true, maxLength: 200, label: { zh: '活动地点', en: 'Place' } },
    instant('startsAt', '开始时间', 'Starts at'),
    instant('endsAt', '结束时间', 'Ends at'),
    instant('registrationOpensAt', '报名开始时间', 'Registration opens at'),
    instant('registrationClosesAt', '报名截止时间', 'Registration closes at'),
    {
      name: 'capacity',
      type: 'number',
      required: true,
      min: 1,
      max: 5000,
      label: { zh: '名额（人）', en: 'Capacity' },
      admin: { description: { zh: '每份报名为 1 人。增加名额后，候补人员按报名先后自动递补；减少名额不会取消已有报名。', en: 'Each registration is one person. Raising the capacity moves waiting registrations up in order; lowering it cancels no registration.' } },
    },
    {
      name: 'waitingListSize',
      type: 'number',
      required: true,
      min: 0,
      max: 5000,
      defaultValue: 0,
      label: { zh: '候补名额（人）', en: 'Waiting list size' },
    },
    { name: 'contact', type: 'text', maxLength: 100, label: { zh: '咨询电话', en: 'Contact' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: Workflow.draft,
      index: true,
      options: workflowStates
        .filter((s) => s.value === Workflow.draft || s.value === Workflow.published)
        .map((s) => ({ value: s.value, label: s.label })),
      label: { zh: '发布状态', en: 'Status' },
      admin: { position: 'sidebar', description: { zh: '发布后在网站“政府开放日”页面显示并接受报名（在报名时间内）。', en: "Once published it shows on the site's open-day page and accepts registrations (within the registration period)." } },
    },
  ],
}
