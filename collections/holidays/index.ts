import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  SelectFieldSingleValidation,
  TextFieldSingleValidation,
} from 'payload'
import { isPlatformAdmin } from '../../src/access/roles'
import { recordAudit } from '../../src/audit/recordAudit'
import { forgetWorkingDayCalendar } from '../../src/calendar/holidayCalendar'
import { calendarDayProblemText, isCalendarDay } from '../../src/calendar/chinaTime'
import { inLanguage, speaker } from '../../src/i18n/bilingual'
import { weekdayOf, yearOf, type HolidayType } from '../../src/calendar/workingDays'

const typeLabels: Record<HolidayType, { zh: string; en: string }> = {
  holiday: { zh: '放假', en: 'Day off' },
  'makeup-workday': { zh: '调休上班', en: 'Make-up workday' },
}

const weekdayNames = {
  zh: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
}

const validateDate: TextFieldSingleValidation = async (value, { req, id }) => {
  const problem = calendarDayProblemText(value)
  if (problem) return inLanguage(req, problem)
  const clash = await req.payload.find({
    collection: 'holidays',
    where: { and: [{ date: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
    overrideAccess: true,
    limit: 1,
    depth: 0,
    req,
  })
  const existing = clash.docs[0]
  if (!existing) return true
  return inLanguage(req, {
    zh: `${value} 已有记录（${existing.name}，${typeLabels[existing.type].zh}），同一天只能录入一条。`,
    en: `${value} is already entered (${existing.name}, ${typeLabels[existing.type].en}); a day has one entry only.`,
  })
}

/** 调休上班 always moves work onto a Saturday or Sunday; a weekday entry is a typing mistake. */
const validateType: SelectFieldSingleValidation = (value, { siblingData, req }) => {
  const date = (siblingData as { date?: unknown }).date
  if (value === 'makeup-workday' && isCalendarDay(date) && weekdayOf(date) !== 0 && weekdayOf(date) !== 6) {
    const day = weekdayOf(date)
    return speaker(req)(`调休上班日应是周六或周日，${date} 是${weekdayNames.zh[day]}。`, `A make-up workday is a Saturday or Sunday; ${date} is a ${weekdayNames.en[day]}.`)
  }
  return true
}

const deriveYear: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const date: unknown = data.date ?? originalDoc?.date
  if (isCalendarDay(date)) data.year = yearOf(date)
  return data
}

const describe = (doc: { date?: string; name?: string; type?: HolidayType }): string =>
  `${doc.date} ${doc.name ?? ''}（${doc.type ? typeLabels[doc.type].zh : ''}）`

/** Deadlines depend on these rows, so every change is logged with the day it concerns. */
const auditHolidayChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (context.skipAudit) return doc
  if (operation === 'update' && describe(doc) === describe(previousDoc ?? {})) return doc
  await recordAudit(req, {
    action: operation,
    collection: 'holidays',
    documentId: doc.id,
    summary: operation === 'create' ? `新建「${describe(doc)}」` : `修改「${describe(previousDoc)}」为「${describe(doc)}」`,
  })
  return doc
}

const auditHolidayDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recordAudit(req, { action: 'delete', collection: 'holidays', documentId: doc.id, summary: `删除「${describe(doc)}」` })
}

export const Holidays: CollectionConfig = {
  slug: 'holidays',
  labels: { singular: { zh: '节假日', en: 'Holiday' }, plural: { zh: '节假日', en: 'Holidays' } },
  admin: {
    useAsTitle: 'date',
    defaultColumns: ['date', 'name', 'type', 'year'],
    listSearchableFields: ['date', 'name'],
    group: { zh: '系统', en: 'System' },
    description: {
      zh:
        '法定节假日和调休上班日。政府信息公开、政策文件公开等所有按工作日计算的期限都以此为准。' +
        '每年 11 月前后国务院办公厅发布《关于部分节假日安排的通知》后，请平台管理员在此录入下一年的全部放假日期和调休上班日期（放假期间的周六、周日可不录）。' +
        '某一年只要有一条记录即视为已录入，没有记录的年份无法计算期限，因此请一次录入完整。',
      en: 'Public holidays and make-up working days. Every deadline counted in working days uses them. After the State Council General Office publishes the next year\'s holiday arrangements (around November), a platform administrator enters all of that year\'s holidays and make-up working days here (weekends inside a holiday may be left out). A year with one entry counts as entered, and deadlines cannot be computed for a year without entries, so enter a year completely at once.',
    },
  },
  defaultSort: '-date',
  access: {
    read: ({ req }) => Boolean(req.user),
    create: ({ req }) => isPlatformAdmin(req.user),
    update: ({ req }) => isPlatformAdmin(req.user),
    delete: ({ req }) => isPlatformAdmin(req.user),
  },
  hooks: {
    beforeChange: [deriveYear],
    afterChange: [auditHolidayChange, () => forgetWorkingDayCalendar()],
    afterDelete: [auditHolidayDelete, () => forgetWorkingDayCalendar()],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'text',
          required: true,
          unique: true,
          label: { zh: '日期', en: 'Date' },
          admin: { placeholder: '2027-01-01', description: { zh: '按“年-月-日”格式填写。', en: 'Enter as year-month-day.' } },
          validate: validateDate,
        },
        {
          name: 'type',
          type: 'select',
          required: true,
          defaultValue: 'holiday',
          label: { zh: '类型', en: 'Type' },
          options: Object.entries(typeLabels).map(([value, label]) => ({ value, label })),
          validate: validateType,
        },
        {
          name: 'name',
          type: 'text',
          required: true,
          label: { zh: '节日', en: 'Holiday name' },
          admin: { placeholder: { zh: '国庆节', en: 'National Day' }, description: { zh: '调休上班日填写其所属的节日。', en: 'For a make-up working day, enter the holiday it belongs to.' } },
        },
      ],
    },
    {
      name: 'year',
      type: 'number',
      index: true,
      label: { zh: '年份', en: 'Year' },
      admin: { readOnly: true, description: { zh: '由日期自动得出。', en: 'Derived from the date.' } },
    },
  ],
}
