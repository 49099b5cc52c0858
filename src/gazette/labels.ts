import { validityStates, type Validity } from '../states'

/** 公报文章 categories and validity states, with the labels shown on public pages and in the admin. */
export const gazetteCategories = [
  { value: 'government-order', label: { zh: '政府令', en: 'Government order' } },
  { value: 'rules', label: { zh: '规章', en: 'Rules' } },
  { value: 'normative-document', label: { zh: '规范性文件', en: 'Normative document' } },
  { value: 'personnel', label: { zh: '人事任免', en: 'Personnel' } },
  { value: 'other', label: { zh: '其他', en: 'Other' } },
] as const

export type GazetteCategory = (typeof gazetteCategories)[number]['value']

/** The same 有效性 as a policy document's (one label per state: 已修订, not 已修改). */
export const gazetteValidity = validityStates

export type GazetteValidity = Validity

export const gazetteCategoryLabel = (value: string | null | undefined): string =>
  gazetteCategories.find((c) => c.value === value)?.label.zh ?? '其他'

export const gazetteValidityLabel = (value: string | null | undefined): string =>
  gazetteValidity.find((v) => v.value === value)?.label.zh ?? '现行有效'
