/**
 * 公开属性 (disclosure attribute), set when a document is drafted (宁政办发〔2017〕74号 一(一)).
 * Only 主动公开 content, and 脱密后公开 content once its declassified version exists, is ever public.
 */
export const disclosureAttributes = [
  { value: 'public', label: { zh: '此件公开发布', en: 'Published openly' } },
  { value: 'on-application', label: { zh: '此件依申请公开', en: 'On application' } },
  { value: 'not-public', label: { zh: '此件不公开', en: 'Not public' } },
  { value: 'after-declassification', label: { zh: '此件脱密后公开', en: 'Public after declassification' } },
] as const

export type DisclosureAttribute = (typeof disclosureAttributes)[number]['value']

export function requiresNonDisclosureReason(attribute: DisclosureAttribute | null | undefined): boolean {
  return Boolean(attribute) && attribute !== 'public'
}
