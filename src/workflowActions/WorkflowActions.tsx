import type { I18nClient } from '@payloadcms/translations'
import type { CollectionSlug, Payload } from 'payload'
import { isPlatformAdmin, rolesOnSite, type SiteRole } from '../access/roles'
import { chinaDayTime } from '../calendar/chinaTime'
import { idOf } from '../ids'
import { actionLabels, actionLabelsEn, statusLabel, type WorkflowAction, type WorkflowStatus } from '../publishing/workflow'
import { repostTargetCount } from '../reposting/fanOut'
import { DeadlineBadge } from './DeadlineBadge'
import { deadlineStandingOf, type DeadlineDoc } from './deadlineStanding'
import { WorkflowActionBar, type HistoryEntry } from './WorkflowActionBar'

/** What a collection tells its action bar (see `workflowActionsComponent`). */
export type WorkflowActionsOptions = {
  collectionSlug: string
  /** The field holding the state (gazette issues: `status`). */
  statusField?: string
  /** The states the collection knows; transitions to others are not offered. */
  states?: readonly string[]
  extraRoles?: Partial<Record<WorkflowAction, SiteRole[]>>
}

type Props = WorkflowActionsOptions & { id?: number | string; payload: Payload; user?: unknown; i18n?: I18nClient }

type LogRow = { id?: string | null; action?: string; fromStatus?: string; toStatus?: string; byLabel?: string; at?: string; comment?: string | null }

// Withdrawn or unlisted documents are not reposted; the count says what publishing would really do.
const reposted = (doc: { disclosureAttribute?: unknown }) => doc.disclosureAttribute === undefined || doc.disclosureAttribute === 'public' || doc.disclosureAttribute === 'after-declassification'

/**
 * The workflow action bar of the edit view (server part): reads, as the signed-in user, the document's site, the
 * user's roles there, how many sites the repost rules would send it to, its deadline and its log, and hands them
 * to the buttons. The buttons offer only what the transition table allows; the server enforces it again.
 */
export async function WorkflowActions({ id, payload, user, i18n, collectionSlug, statusField = 'workflowStatus', states, extraRoles }: Props) {
  const language = i18n?.language === 'en' ? 'en' : 'zh'
  if (id === undefined || id === null || id === '') return <WorkflowActionBar unsaved collectionSlug={collectionSlug} statusField={statusField} status="draft" roles={[]} trusted={false} siteName="" repostTargets={0} history={[]} />
  const doc = (await payload.findByID({ collection: collectionSlug as CollectionSlug, id, depth: 0, overrideAccess: false, user: user as never, disableErrors: true })) as Record<string, unknown> | null
  if (!doc) return null
  const siteId = idOf(doc.site)
  const [site, repostTargets, standing] = await Promise.all([
    siteId ? payload.findByID({ collection: 'sites', id: siteId, depth: 0, overrideAccess: true, select: { name: true }, disableErrors: true }) : null,
    reposted(doc) ? repostTargetCount(payload, collectionSlug, id) : 0,
    'publishDeadline' in doc || 'publishedLateWorkdays' in doc ? deadlineStandingOf(payload, doc as DeadlineDoc, new Date(), language) : null,
  ])
  const history: HistoryEntry[] = ((doc.workflowLog as LogRow[] | undefined) ?? [])
    .slice(-10)
    .reverse()
    .map((row, i) => ({
      key: row.id ?? `${row.at}-${i}`,
      at: row.at ? chinaDayTime(row.at) : '',
      // 系统 is what the log stores for a change without a signed-in user (a scheduled publication).
      by: language === 'en' && row.byLabel === '系统' ? 'System' : (row.byLabel ?? ''),
      action: (language === 'en' ? actionLabelsEn : actionLabels)[row.action as WorkflowAction] ?? String(row.action ?? ''),
      change: `${statusLabel(row.fromStatus as WorkflowStatus, language)} → ${statusLabel(row.toStatus as WorkflowStatus, language)}`,
      comment: row.comment ?? undefined,
    }))
  return (
    <WorkflowActionBar
      collectionSlug={collectionSlug}
      statusField={statusField}
      status={String(doc[statusField] ?? 'draft')}
      states={states ? [...states] : undefined}
      roles={rolesOnSite(user, siteId)}
      trusted={isPlatformAdmin(user)}
      extraRoles={extraRoles}
      siteName={(site as { name?: string } | null)?.name ?? ''}
      repostTargets={repostTargets}
      history={history}
      deadline={standing ? <DeadlineBadge standing={standing} /> : undefined}
    />
  )
}
