/**
 * What a repost rule can carry (转载内容类型) and the collections that hold it. Policy documents and
 * interpretations join when their collections exist; a repost names its original as {collection, id},
 * so its table never depends on which content collections are installed.
 */
export const repostContentKinds = [
  { value: 'important-articles', label: { zh: '重要信息（勾选“重要信息”的信息）', en: 'Important articles' }, collection: 'articles' },
  { value: 'policy-documents', label: { zh: '已发布的政策文件', en: 'Published policy documents' }, collection: 'policy-documents' },
  { value: 'interpretations', label: { zh: '政策解读', en: 'Interpretations' }, collection: 'interpretations' },
] as const

export type RepostContentKind = (typeof repostContentKinds)[number]['value']

export const repostableCollections = ['articles', 'policy-documents', 'interpretations'] as const
export type RepostableCollection = (typeof repostableCollections)[number]

export const isRepostableCollection = (slug: string): slug is RepostableCollection =>
  (repostableCollections as readonly string[]).includes(slug)

/** The rule kind that covers a document of `collection`, given the document itself. */
export function contentKindOf(collection: RepostableCollection, doc: { important?: boolean | null }): RepostContentKind | null {
  if (collection === 'articles') return doc.important ? 'important-articles' : null
  if (collection === 'policy-documents') return 'policy-documents'
  return 'interpretations'
}

export const repostStatuses = [
  { value: 'pending', label: { zh: '待审核', en: 'Pending' } },
  { value: 'published', label: { zh: '已转载', en: 'Published' } },
  { value: 'rejected', label: { zh: '不予转载', en: 'Rejected' } },
  { value: 'withdrawn', label: { zh: '已撤下', en: 'Withdrawn' } },
] as const

export type RepostStatus = (typeof repostStatuses)[number]['value']

export const repostModes = [
  { value: 'automatic', label: { zh: '自动转载（立即发布）', en: 'Automatic' } },
  { value: 'review', label: { zh: '审核后转载', en: 'After review' } },
] as const

export const repostTargetTypes = [
  { value: 'all', label: { zh: '全部运行中的网站', en: 'All live sites' } },
  { value: 'levels', label: { zh: '指定层级的网站', en: 'Sites of given levels' } },
  { value: 'children', label: { zh: '来源网站的下级网站', en: "The source's child sites" } },
  { value: 'list', label: { zh: '指定网站', en: 'Listed sites' } },
] as const

export const siteLevelOptions = [
  { value: 'region', label: { zh: '自治区', en: 'Region' } },
  { value: 'city', label: { zh: '市', en: 'City' } },
  { value: 'county', label: { zh: '县（市、区）', en: 'County' } },
  { value: 'department', label: { zh: '部门', en: 'Department' } },
] as const
