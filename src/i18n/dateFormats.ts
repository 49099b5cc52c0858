import type { Field, Plugin } from 'payload'

/**
 * Dates in the admin read the Chinese way, `yyyy-MM-dd` (with `HH:mm` where the time matters), in every language:
 * Payload's default (`MMM d, yyy`) gives "Nov 30, 2026" in English and "11月 30, 2026" in Chinese. The list
 * cells and document meta use `admin.dateFormat`; each date field's picker gets a display format matching its
 * appearance, unless the field sets its own.
 */
export const dayFormat = 'yyyy-MM-dd'
export const dayTimeFormat = 'yyyy-MM-dd HH:mm'

const formatFor = (appearance: string | undefined): string | undefined => {
  if (appearance === 'dayAndTime') return dayTimeFormat
  if (appearance === 'timeOnly') return 'HH:mm'
  if (appearance === 'monthOnly') return 'yyyy-MM'
  return dayFormat
}

function withDateFormats(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'date') {
      const date = field.admin?.date ?? {}
      if (date.displayFormat) return field
      return { ...field, admin: { ...field.admin, date: { ...date, displayFormat: formatFor(date.pickerAppearance) } } } as Field
    }
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withDateFormats(tab.fields) })) }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withDateFormats(block.fields) })) }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: withDateFormats(field.fields) } as Field
    return field
  })
}

export const chineseDateFormats = (): Plugin => (config) => ({
  ...config,
  admin: { ...config.admin, dateFormat: config.admin?.dateFormat ?? dayTimeFormat },
  collections: (config.collections ?? []).map((collection) => ({ ...collection, fields: withDateFormats(collection.fields) })),
  globals: (config.globals ?? []).map((global) => ({ ...global, fields: withDateFormats(global.fields) })),
})
