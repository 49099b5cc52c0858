import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'
import { isPlatformAdmin, readsWholeCluster } from '../../src/access/roles'
import { recordAudit } from '../../src/audit/recordAudit'
import { normalizeTerms, validateTerms } from './terms'

const auditChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (context.skipAudit) return doc
  if (operation === 'update' && doc.terms === previousDoc?.terms && doc.note === previousDoc?.note) return doc
  await recordAudit(req, {
    action: operation,
    collection: 'search-synonyms',
    documentId: doc.id,
    summary: operation === 'create' ? `新建同义词组「${doc.terms}」` : `修改同义词组「${previousDoc?.terms}」为「${doc.terms}」`,
  })
  return doc
}

const auditDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recordAudit(req, { action: 'delete', collection: 'search-synonyms', documentId: doc.id, summary: `删除同义词组「${doc.terms}」` })
}

/**
 * 搜索同义词: one document is one group of equivalent terms, shared by both search engines. Changes
 * reach the running engine through the jobs queue (src/searchSync/synonyms.ts).
 */
export const SearchSynonyms: CollectionConfig = {
  slug: 'search-synonyms',
  labels: { singular: { zh: '搜索同义词', en: 'Search synonym group' }, plural: { zh: '搜索同义词', en: 'Search synonyms' } },
  admin: {
    useAsTitle: 'terms',
    defaultColumns: ['terms', 'note', 'updatedAt'],
    listSearchableFields: ['terms', 'note'],
    group: { zh: '系统', en: 'System' },
    hidden: ({ user }) => !readsWholeCluster(user),
    description: {
      zh:
        '站内搜索的同义词和简称：同一组里的每个词都能搜到含有其他词的信息，例如搜“发改委”也能找到“发展和改革委员会”。' +
        '全平台所有网站、两种搜索引擎共用这份词表；保存后由任务队列同步到搜索引擎，通常几秒内生效，无需重建索引。' +
        '首次启动时预置了常用的机关简称和通俗说法，可以修改或删除；删除全部词组后搜索只匹配原词。',
      en: 'Synonyms and abbreviations for site search: each word of a group finds content containing the others. Every site and both search engines share this list; after saving, the job queue syncs it to the search engine, usually within seconds, without reindexing. Common agency abbreviations and everyday terms are preset on first start and may be edited or deleted; with no groups, search matches only the words typed.',
    },
  },
  defaultSort: 'terms',
  access: {
    read: ({ req }) => readsWholeCluster(req.user),
    create: ({ req }) => isPlatformAdmin(req.user),
    update: ({ req }) => isPlatformAdmin(req.user),
    delete: ({ req }) => isPlatformAdmin(req.user),
  },
  hooks: {
    afterChange: [auditChange],
    afterDelete: [auditDelete],
  },
  fields: [
    {
      name: 'terms',
      type: 'text',
      required: true,
      label: { zh: '同义词', en: 'Equivalent terms' },
      admin: {
        placeholder: '发改委 = 发展改革委 = 发展和改革委员会',
        description: { zh: '两个或更多意思相同的词，用“=”“，”或“、”分隔；词中不能有空格。', en: 'Two or more words of the same meaning, separated by “=”, “，” or “、”; no spaces inside a word.' },
      },
      hooks: { beforeValidate: [normalizeTerms] },
      validate: validateTerms,
    },
    {
      name: 'note',
      type: 'text',
      label: { zh: '备注', en: 'Note' },
      admin: { description: { zh: '可选，例如词组的来源或添加原因。', en: 'Optional, e.g. where the group comes from or why it was added.' } },
    },
  ],
}
