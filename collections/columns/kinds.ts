/**
 * 栏目类型. The kind decides a column's freshness rule in monitoring (动态要闻类 2 weeks,
 * 通知公告/政策文件类 6 months, others "应更新但长期未更新") and where reposts land.
 */
export const columnKinds = [
  { value: 'news', label: { zh: '动态要闻', en: 'News' } },
  { value: 'notice', label: { zh: '通知公告', en: 'Notices' } },
  { value: 'policy', label: { zh: '政策文件', en: 'Policy documents' } },
  { value: 'interpretation', label: { zh: '政策解读', en: 'Interpretations' } },
  { value: 'personnel', label: { zh: '人事信息', en: 'Personnel' } },
  { value: 'planning', label: { zh: '规划计划', en: 'Planning' } },
  { value: 'disclosure', label: { zh: '信息公开', en: 'Disclosure' } },
  // Lists the site's published openness annual reports (src/reports/reportPages.ts) besides its own items.
  { value: 'annual-report', label: { zh: '政府信息公开年报', en: 'Annual openness reports' } },
  { value: 'interaction', label: { zh: '互动交流', en: 'Interaction' } },
  { value: 'service', label: { zh: '办事服务', en: 'Services' } },
  { value: 'topic', label: { zh: '专题专栏', en: 'Topic' } },
  { value: 'other', label: { zh: '其他', en: 'Other' } },
] as const

export type ColumnKind = (typeof columnKinds)[number]['value']
