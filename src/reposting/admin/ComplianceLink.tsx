import type { Payload } from 'payload'
import { inLanguage } from '../../i18n/bilingual'
import { siteLevelOptions } from '../kinds'
import { ComplianceReport, type SiteGroup } from './ComplianceReport'

type Props = { user?: { roles?: string[] | null } | null; payload?: Payload; i18n?: { language?: string } }

/**
 * Above the reposts list: the compliance report (转载情况统计), for supervisors and platform admins only.
 * The site filter offers every site, grouped by level, so nobody has to know a site's ID.
 */
export async function ComplianceLink(props: Props) {
  const roles = props.user?.roles ?? []
  if (!props.payload || (!roles.includes('platform-admin') && !roles.includes('supervisor'))) return null
  const { docs } = await props.payload.find({
    collection: 'sites',
    pagination: false,
    depth: 0,
    sort: 'siteCode',
    overrideAccess: true,
    select: { name: true, siteCode: true, level: true },
  })
  const groups: SiteGroup[] = siteLevelOptions
    .map((level) => ({
      label: inLanguage(props.i18n, level.label),
      sites: docs.filter((s) => s.level === level.value).map((s) => ({ id: String(s.id), name: s.name, siteCode: s.siteCode })),
    }))
    .filter((g) => g.sites.length)
  return <ComplianceReport api={props.payload.config.routes.api} siteGroups={groups} />
}
