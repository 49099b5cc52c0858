import { safeUrl } from '../access/safeUrls'
import type { Site } from '../../payload-types'
import { chinaLongDate } from './dates'
import { SiteLifecycle } from '../states'

/** The plain data every template receives about its site: identity, footer elements, notices. */
export type SiteView = {
  id: string
  name: string
  siteCode: string
  /** Portals of the region carry the gazette archive (政府公报). */
  hasGazette: boolean
  basePath: string
  sponsor: string
  description: string
  contact: { phone: string; email: string; address: string }
  footer: {
    icpNumber: string
    icpUrl: string
    publicSecurityNumber: string
    publicSecurityUrl: string
    partyGovLabelCode: string
    partyGovLabelUrl: string
    errorReportUrl: string
  }
  closureNotice: null | { closesOn: string; successorName: string; successorUrl: string; text: string }
}

/** Where a site is reachable: its main domain when requests arrive by domain, else the /sites/<code> prefix. */
function siteBasePath(site: Pick<Site, 'siteCode'>, viaPrefix: boolean): string {
  return viaPrefix ? `/sites/${site.siteCode}` : ''
}

export function siteHomeUrl(site: Pick<Site, 'siteCode' | 'domains'>, viaPrefix: boolean): string {
  const domain = site.domains?.[0]?.domain
  return viaPrefix || !domain ? `/sites/${site.siteCode}/` : `//${domain}/`
}

const digitsOf = (value: string): string => value.replace(/\D/g, '')

export function siteView(site: Site, viaPrefix: boolean, successor?: Site): SiteView {
  const filings = site.filings ?? ({} as NonNullable<Site['filings']>)
  const closing = site.status === SiteLifecycle.closing || site.status === SiteLifecycle.closed
  return {
    id: String(site.id),
    name: site.name,
    siteCode: site.siteCode,
    hasGazette: site.level === 'region',
    basePath: siteBasePath(site, viaPrefix),
    sponsor: site.sponsor,
    description: site.description ?? '',
    contact: { phone: site.contact?.phone ?? '', email: site.contact?.email ?? '', address: site.contact?.address ?? '' },
    footer: {
      icpNumber: filings.icpNumber ?? '',
      icpUrl: 'https://beian.miit.gov.cn/',
      publicSecurityNumber: filings.publicSecurityNumber ?? '',
      publicSecurityUrl: `https://beian.mps.gov.cn/#/query/webSearch?code=${digitsOf(filings.publicSecurityNumber ?? '')}`,
      partyGovLabelCode: filings.partyGovLabelCode ?? '',
      // The badge links to CONAC's verification page only for a real label code; without one the link would
      // point citizens at an empty lookup, so the theme shows the badge unlinked.
      partyGovLabelUrl: filings.partyGovLabelCode?.trim()
        ? `https://bszs.conac.cn/sitename?method=show&id=${encodeURIComponent(filings.partyGovLabelCode.trim())}`
        : '',
      errorReportUrl: safeUrl(filings.errorReportUrl) ?? `https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfoNew?sitecode=${site.siteCode}`,
    },
    closureNotice:
      closing && site.closureNotice
        ? {
            closesOn: chinaLongDate(site.closureNotice.closesAt),
            successorName: successor?.name ?? '',
            successorUrl: successor ? siteHomeUrl(successor, viaPrefix) : '',
            text: site.closureNotice.text ?? '',
          }
        : null,
  }
}
