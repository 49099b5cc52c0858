import type { ColumnKind } from '../../collections/columns/kinds'

export type DemoColumn = { slug: string; title: string; kind: ColumnKind; order: number; parent?: string; emptyReason?: string; description?: string; showOnHome?: boolean }

/** The standard column template every unit starts from (宁政办明电发〔2017〕67号), trimmed or extended per site. */
export const demoColumns: DemoColumn[] = [
  { slug: 'zwdt', title: '政务动态', kind: 'news', order: 10, description: '本地要闻、部门动态和工作进展。' },
  { slug: 'bdyw', title: '本地要闻', kind: 'news', order: 11, parent: 'zwdt' },
  { slug: 'bmdt', title: '部门动态', kind: 'news', order: 12, parent: 'zwdt' },
  { slug: 'tzgg', title: '通知公告', kind: 'notice', order: 20 },
  { slug: 'zcwj', title: '政策文件', kind: 'policy', order: 30, description: '本机关制发的规章、行政规范性文件和其他主动公开文件。' },
  { slug: 'zcjd', title: '政策解读', kind: 'interpretation', order: 40 },
  { slug: 'rsxx', title: '人事信息', kind: 'personnel', order: 50 },
  { slug: 'ghjh', title: '规划计划', kind: 'planning', order: 60 },
  { slug: 'xxgk', title: '政府信息公开', kind: 'disclosure', order: 70, description: '政府信息公开指南、制度、年度报告。' },
  { slug: 'hdjl', title: '互动交流', kind: 'interaction', order: 80 },
  { slug: 'bsfw', title: '办事服务', kind: 'service', order: 90, emptyReason: '本单位政务服务事项已统一进驻宁夏政务服务网办理，本栏目不单独发布信息。' },
  { slug: 'ztzl', title: '专题专栏', kind: 'topic', order: 100 },
  { slug: 'jggk', title: '机构概况', kind: 'other', order: 110, showOnHome: false },
]
