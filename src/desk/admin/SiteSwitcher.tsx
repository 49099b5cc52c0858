import { Gutter } from '@payloadcms/ui'
import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'
import { speaker } from '../../i18n/bilingual'
import { asAccessUser, readsWholeCluster, siteIdsWithRole } from '../../access/roles'
import { chosenListSite, listSites } from '../siteScope'
import { SiteSwitcherSelect } from './SiteSwitcherSelect'

type Props = { payload?: Payload; user?: unknown; i18n?: I18nClient }

/** Above each site-scoped list: which site(s) it shows, and a switcher for people who work on several. */
export async function SiteSwitcher({ payload, user, i18n }: Props) {
  const L = speaker(i18n)
  const account = asAccessUser(user)
  if (!payload || !account) return null
  const whole = readsWholeCluster(account)
  const member = siteIdsWithRole(account)
  if (!whole && !member.length) return null
  const { docs } = await payload.find({
    collection: 'sites',
    where: whole ? undefined : { id: { in: member } },
    pagination: false,
    depth: 0,
    sort: 'siteCode',
    select: { name: true },
    overrideAccess: false,
    user: user as never,
  })
  const options = docs.map((s) => ({ value: String(s.id), label: s.name }))
  const shown = await listSites(payload, account)
  const chosen = await chosenListSite(payload, account)
  const current = shown?.length === 1 && (chosen || !whole) ? shown[0]! : ''
  // Above the list's own gutter, so it lines up with the heading.
  return (
    <Gutter>
      {options.length === 1 ? (
        <p className="zq-site-scope" data-testid="site-scope">
          {L('当前网站：', 'Site: ')}
          <strong>{options[0]!.label}</strong>
        </p>
      ) : (
        <SiteSwitcherSelect options={options} current={current} label={L('当前网站：', 'Site: ')}
          allLabel={whole ? L('全部网站', 'All sites') : L('我的全部网站', 'All my sites')} />
      )}
    </Gutter>
  )
}
