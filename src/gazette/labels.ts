/** 公报文章 categories and validity states, with the labels shown on public pages and in the admin. */
export const gazetteCategories = [
  { value: 'government-order', label: { zh: '政府令', en: 'Government order' } },
  { value: 'rules', label: { zh: '规章', en: 'Rules' } },
  { value: 'normative-document', label: { zh: '规范性文件', en: 'Normative document' } },
  { value: 'personnel', label: { zh: '人事任免', en: 'Personnel' } },
  { value: 'other', label: { zh: '其他', en: 'Other' } },
] as const

export type GazetteCategory = (typeof gazetteCategories)[number]['value']

export const gazetteValidity = [
  { value: 'in-force', label: { zh: '现行有效', en: 'In force' } },
  { value: 'amended', label: { zh: '已修改', en: 'Amended' } },
  { value: 'repealed', label: { zh: '已废止', en: 'Repealed' } },
  { value: 'expired', label: { zh: '已失效', en: 'Expired' } },
] as const

export type GazetteValidity = (typeof gazetteValidity)[number]['value']

export const gazetteCategoryLabel = (value: string | null | undefined): string =>
  gazetteCategories.find((c) => c.value === value)?.label.zh ?? '其他'

export const gazetteValidityLabel = (value: string | null | undefined): string =>
  gazetteValidity.find((v) => v.value === value)?.label.zh ?? '现行有效'
