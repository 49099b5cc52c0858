/**
 * 页面底部 elements (国办发〔2017〕47号): every page's footer must clearly list the site's identifiers.
 * The theme prints them from the site record, so a missing value is a missing footer element.
 */
export type FooterSite = {
  siteCode?: string | null
  sponsor?: string | null
  contact?: { phone?: string | null; email?: string | null } | null
  filings?: { icpNumber?: string | null; publicSecurityNumber?: string | null; partyGovLabelCode?: string | null } | null
}

export type FooterProblem = { element: string; label: string }

/** The elements' names in the admin's second language (the Chinese `label` is what reports store). */
export const footerElementsEn: Record<string, string> = {
  siteCode: 'Site code',
  sponsor: 'Sponsoring body',
  contact: 'Contact',
  icpNumber: 'ICP number',
  publicSecurityNumber: 'Public-security filing number',
  partyGovLabelCode: 'Party/government label code',
}

export function footerProblems(site: FooterSite): FooterProblem[] {
  const problems: FooterProblem[] = []
  const missing = (value: string | null | undefined) => !value?.trim()
  if (missing(site.siteCode)) problems.push({ element: 'siteCode', label: '网站标识码' })
  if (missing(site.sponsor)) problems.push({ element: 'sponsor', label: '主办单位' })
  if (missing(site.contact?.phone) && missing(site.contact?.email)) problems.push({ element: 'contact', label: '联系方式' })
  if (missing(site.filings?.icpNumber)) problems.push({ element: 'icpNumber', label: 'ICP备案编号' })
  if (missing(site.filings?.publicSecurityNumber)) problems.push({ element: 'publicSecurityNumber', label: '公安机关备案号' })
  if (missing(site.filings?.partyGovLabelCode)) problems.push({ element: 'partyGovLabelCode', label: '党政机关网站标识' })
  // 「我为政府网站找错」 falls back to the national platform's address, so it is always present.
  return problems
}
