import type { CollectionConfig } from 'payload'
import { isPlatformAdmin } from '../../src/access/roles'
import { monitoringGroup } from '../../src/monitoring/access'

/** 错敏词: the platform-wide dictionary of sensitive words and common misspellings the content check uses. */
export const SensitiveWords: CollectionConfig = {
  slug: 'sensitive-words',
  labels: { singular: { zh: '错敏词', en: 'Sensitive word' }, plural: { zh: '错敏词', en: 'Sensitive words' } },
  admin: {
    useAsTitle: 'term',
    defaultColumns: ['term', 'kind', 'suggestion', 'note'],
    listSearchableFields: ['term', 'suggestion'],
    group: monitoringGroup,
    description: { zh: '保存信息时和每日监测时检查正文中的敏感词和常见错别字。错别字请填写正确写法，提示给审核人。', en: 'Bodies are checked for sensitive words and common misspellings on save and in the daily monitoring. For a misspelling, enter the correct spelling to show the reviewer.' },
  },
  defaultSort: 'term',
  access: {
    // Reviewers see why a save was flagged; only the general office edits the list.
    read: ({ req }) => Boolean(req.user),
    create: ({ req }) => isPlatformAdmin(req.user),
    update: ({ req }) => isPlatformAdmin(req.user),
    delete: ({ req }) => isPlatformAdmin(req.user),
  },
  fields: [
    { name: 'term', type: 'text', required: true, unique: true, label: { zh: '词语', en: 'Term' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'misspelling',
      label: { zh: '类型', en: 'Kind' },
      options: [
        { value: 'sensitive', label: { zh: '敏感词', en: 'Sensitive' } },
        { value: 'misspelling', label: { zh: '常见错别字', en: 'Misspelling' } },
      ],
    },
    { name: 'suggestion', type: 'text', label: { zh: '正确写法', en: 'Correct form' } },
    { name: 'note', type: 'textarea', label: { zh: '备注', en: 'Note' } },
  ],
}
