import type { Where } from 'payload'
import type { DisclosureAttribute } from './disclosure'
import { reviewStates, validityStates, type ReviewState } from '../states'

/**
 * 政务公开 vocabulary shared by policy documents (政策文件), interpretations (政策解读), the disclosure
 * catalogue (主动公开目录) and the annual self-check (年度自查). Labels are the notice's own words.
 */

/**
 * A policy document reaches the public only when its attribute is 此件公开发布, or 此件脱密后公开 with the
 * declassified version attached. 依申请公开 and 不公开 documents are released into the register only.
 */
export function isPublicAttribute(attribute: DisclosureAttribute | string | null | undefined, hasDeclassifiedVersion: boolean): boolean {
  return attribute === 'public' || (attribute === 'after-declassification' && hasDeclassifiedVersion)
}

/** The same rule as a query, relative to a path prefix ('' for the document itself, 'policyDocument.' from an interpretation). */
export function publicAttributeWhere(prefix = ''): Where {
  return {
    or: [
      { [`${prefix}disclosureAttribute`]: { equals: 'public' } },
      { and: [{ [`${prefix}disclosureAttribute`]: { equals: 'after-declassification' } }, { [`${prefix}declassifiedVersion`]: { exists: true } }] },
    ],
  }
}

/** The 附注 line printed on the document (宁政办发〔2017〕74号 一(一)). */
export const attributeNote: Record<DisclosureAttribute, string> = {
  public: '此件公开发布',
  'after-declassification': '此件脱密后公开',
  'on-application': '此件依申请公开',
  'not-public': '此件不公开',
}

export const reviewResults = reviewStates
export type ReviewResult = ReviewState

/** 有效性: a document that is amended, repealed or expired is marked so on its own page (国办发〔2017〕47号). */
export { validityStates, type Validity } from '../states'

export const validityLabel = (value: string | null | undefined): string =>
  validityStates.find((v) => v.value === value)?.label.zh ?? '现行有效'

/** 主题分类: the State Council's subject classification of government documents (国务院公文主题分类). */
export const subjectCategories = [
  { value: 'general', label: { zh: '综合政务', en: 'General affairs' } },
  { value: 'economy', label: { zh: '国民经济管理、国有资产监管', en: 'Economy, state assets' } },
  { value: 'finance', label: { zh: '财政、金融、审计', en: 'Finance, banking, audit' } },
  { value: 'land-energy', label: { zh: '国土资源、能源', en: 'Land, energy' } },
  { value: 'agriculture', label: { zh: '农业、林业、水利', en: 'Agriculture, forestry, water' } },
  { value: 'industry-transport', label: { zh: '工业、交通', en: 'Industry, transport' } },
  { value: 'commerce', label: { zh: '商贸、海关、旅游', en: 'Commerce, customs, tourism' } },
  { value: 'market-safety', label: { zh: '市场监管、安全生产监管', en: 'Market regulation, work safety' } },
  { value: 'construction-environment', label: { zh: '城乡建设、环境保护', en: 'Construction, environment' } },
  { value: 'science-education', label: { zh: '科技、教育', en: 'Science, education' } },
  { value: 'culture-media', label: { zh: '文化、广电、新闻出版', en: 'Culture, broadcasting, press' } },
  { value: 'health-sport', label: { zh: '卫生、体育', en: 'Health, sport' } },
  { value: 'population', label: { zh: '人口与计划生育、妇女儿童工作', en: 'Population, women and children' } },
  { value: 'labour-personnel', label: { zh: '劳动、人事、监察', en: 'Labour, personnel, supervision' } },
  { value: 'security-justice', label: { zh: '公安、安全、司法', en: 'Police, security, justice' } },
  { value: 'civil-affairs', label: { zh: '民政、扶贫、救灾', en: 'Civil affairs, poverty relief, disaster relief' } },
  { value: 'ethnic-religion', label: { zh: '民族、宗教', en: 'Ethnic and religious affairs' } },
  { value: 'foreign-affairs', label: { zh: '对外事务', en: 'Foreign affairs' } },
  { value: 'hk-macao-taiwan', label: { zh: '港澳台侨工作', en: 'Hong Kong, Macao, Taiwan, overseas Chinese' } },
  { value: 'defence', label: { zh: '国防', en: 'Defence' } },
  { value: 'other', label: { zh: '其他', en: 'Other' } },
] as const

export const subjectCategoryLabel = (value: string | null | undefined): string =>
  subjectCategories.find((c) => c.value === value)?.label.zh ?? ''

/**
 * 文件类别 of a policy document, the rows of the openness annual report's table 二 (第二十条第（一）项):
 * 规章 and 行政规范性文件 are counted, 其他 is not. The same identifiers as the gazette's categories.
 */
export const policyDocumentKinds = [
  { value: 'normative-document', label: { zh: '规范性文件', en: 'Normative document' } },
  { value: 'rules', label: { zh: '规章', en: 'Rules' } },
  { value: 'other', label: { zh: '其他', en: 'Other' } },
] as const
export type PolicyDocumentKind = (typeof policyDocumentKinds)[number]['value']

/** 解读形式 (宁政办发〔2017〕74号 二(五)). */
export const interpretationForms = [
  { value: 'text', label: { zh: '文字解读', en: 'Text' } },
  { value: 'graphic', label: { zh: '图解', en: 'Graphic' } },
  { value: 'video', label: { zh: '视频解读', en: 'Video' } },
  { value: 'audio', label: { zh: '音频解读', en: 'Audio' } },
  { value: 'qa', label: { zh: '政策问答', en: 'Q&A' } },
  { value: 'interview', label: { zh: '在线访谈', en: 'Online interview' } },
  { value: 'press-conference', label: { zh: '新闻发布会', en: 'Press conference' } },
  { value: 'expert', label: { zh: '专家解读', en: 'Expert' } },
] as const

export const interpretationFormLabel = (value: string | null | undefined): string =>
  interpretationForms.find((f) => f.value === value)?.label.zh ?? ''

export { approvalStates } from '../states'
