import { createServerFeature, EXPERIMENTAL_TableFeature } from '@payloadcms/richtext-lexical'
import { type Config, type Field, sanitizeFields } from 'payload'
import { tableText } from '../../i18n/text/table'

/**
 * 正文表格: Payload's table feature (its nodes, HTML and Markdown converters) with our own client side, whose
 * insert drawer, menu entries and cell menu speak the admin's language (Payload writes them in English only;
 * src/editor/table/BodyTableClient.tsx). The key stays Payload's, so bodies already saved keep their tables and the
 * drawer reads its fields from the same place in the schema map.
 */
const payloadTable = EXPERIMENTAL_TableFeature()

/** The insert drawer's fields; the names are Payload's (the drawer hands `rows` and `columns` to Lexical). */
const tableSize: Field[] = [
  {
    name: 'rows',
    type: 'number',
    label: tableText.rows,
    defaultValue: 5,
    required: true,
    min: 1,
    max: 200,
    admin: { step: 1, description: tableText.sizeHint },
  },
  {
    name: 'columns',
    type: 'number',
    label: tableText.columns,
    defaultValue: 5,
    required: true,
    min: 1,
    max: 30,
    admin: { step: 1 },
  },
]

export const BodyTableFeature = createServerFeature({
  key: payloadTable.key,
  feature: async (args) => {
    const base = typeof payloadTable.feature === 'function' ? await payloadTable.feature(args) : payloadTable.feature
    const fields = await sanitizeFields({
      // sanitizeFields is typed for the config being built; the feature runs on the finished one, as Payload's own does.
      config: args.config as unknown as Config,
      fields: tableSize,
      parentIsLocalized: args.parentIsLocalized,
      requireFieldLevelRichTextEditor: args.isRoot,
      validRelationships: args.config.collections.map((collection) => collection.slug),
    })
    return {
      ...base,
      ClientFeature: '/src/editor/table/BodyTableClient#BodyTableClient',
      generateSchemaMap: () => new Map([['fields', { fields }]]),
    }
  },
})
