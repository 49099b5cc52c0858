import type { Payload } from 'payload'
import { and, eq, inArray, ne } from '@payloadcms/db-sqlite/drizzle'
import type { Column, RepostRule, Site } from '../../payload-types'
import { columnKinds } from '../../collections/columns/kinds'
import { idOf, relationId } from '../ids'
import { invalidatePages, pageTags } from '../render/invalidation'
import { getPlatformSettings } from '../settings/platformSettings'
import { contentKindOf, type RepostableCollection } from './kinds'
import { columnIdsOf, hasCollection, publicSince, readOriginalAsVisitor, readOriginalTrusted, type OriginalDoc } from './originals'
import { minutesLate } from './review'
import { Repost, SiteLifecycle } from '../states'

type ID = number | string

export type FanOutResult = {
  /** 'fanned-out' when the original is public, 'withdrawn' when it no longer is. */
  outcome: 'fanned-out' | 'withdrawn' | 'not-covered'
  targets: number
  created: number
  restored: number
  withdrawn: number
}

/** A test seam: called after every committed batch with the running total, so a test can stop the fan-out midway. */
let afterBatch: ((insertedSoFar: number) => void) | null = null
export function setFanOutFault(hook: ((insertedSoFar: number) => void) | null): void {
  afterBatch = hook
}

const batchSize = () => Math.max(1, Number(process.env.REPOST_BATCH_SIZE ?? 250))

const kindLabel = (kind: string) => columnKinds.find((k) => k.value === kind)?.label.zh ?? kind

// biome-ignore lint/suspicious/noExplicitAny: Payload's SQL adapters do not export their Drizzle schema types
type DrizzleAdapter = { drizzle: any; tables: Record<string, any> }
const drizzleOf = (payload: Payload): DrizzleAdapter => {
  const db = payload.db as unknown as Partial<DrizzleAdapter>
  if (!db.drizzle || !db.tables?.reposts) throw new Error('转载批量写入需要 SQL 数据库（SQLite 或 PostgreSQL）。')
  return db as DrizzleAdapter
}

/** Does the rule cover this original from this source site? */
function ruleCovers(rule: RepostRule, collection: RepostableCollection, doc: OriginalDoc, source: Site, sourceColumnKinds: string[]): boolean {
  const kind = contentKindOf(collection, doc)
  if (!kind || !(rule.contentKinds ?? []).includes(kind)) return false
  const fromSource =
    rule.sourceType === 'levels'
      ? (rule.sourceLevels ?? []).includes(source.level)
      : (rule.sourceSites ?? []).some((s) => idOf(s) === String(source.id))
  if (!fromSource) return false
  const onlyKinds = rule.sourceColumnKinds ?? []
  return !onlyKinds.length || sourceColumnKinds.some((k) => (onlyKinds as string[]).includes(k))
}

/**
 * The live sites a rule sends this source's content to; never the source itself. Read straight from
 * the table: at a thousand targets Payload's per-document read hooks cost more than the query.
 */
async function targetSitesOf(payload: Payload, rule: RepostRule, source: Site): Promise<ID[]> {
  const { drizzle, tables } = drizzleOf(payload)
  const t = tables.sites
  const clauses = [eq(t.status, SiteLifecycle.live), ne(t.id, source.id)]
  if (rule.targetType === 'levels') clauses.push(inArray(t.level, rule.targetLevels?.length ? rule.targetLevels : ['__none__']))
  if (rule.targetType === 'children') clauses.push(eq(t.parent, source.id))
  if (rule.targetType === 'list') {
    const ids = (rule.targetSites ?? []).map((s) => relationId(s)).filter((id): id is ID => id !== null)
    clauses.push(inArray(t.id, ids.length ? ids : [-1]))
  }
  const rows: { id: ID }[] = await drizzle.select({ id: t.id }).from(t).where(and(...clauses))
  return rows.map((r) => r.id)
}

/** The columns of many sites at once, with only what the choice of a target column needs. */
async function columnsOfSites(payload: Payload, siteIds: ID[]): Promise<ColumnLite[]> {
  const { drizzle, tables } = drizzleOf(payload)
  const t = tables.columns
  const out: ColumnLite[] = []
  for (let i = 0; i < siteIds.length; i += 500) {
    out.push(...(await drizzle.select({ id: t.id, site: t.site, kind: t.kind, parent: t.parent, order: t.order }).from(t).where(inArray(t.site, siteIds.slice(i, i + 500)))))
  }
  return out
}

type ColumnLite = Pick<Column, 'id' | 'kind' | 'parent' | 'order'> & { site: unknown }

/**
 * The target column on one site: the rule's kinds in order, then the original column's kind, then
 * notices, then news, then the site's first column. The reason is recorded on the repost.
 */
function chooseColumn(columns: ColumnLite[], preferred: string[], originalKinds: string[]): { column: ID | null; choice: string } {
  const sorted = [...columns].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)) || (a.order ?? 100) - (b.order ?? 100))
  const candidates: [string, string][] = [
    ...preferred.map((k, i): [string, string] => [k, i === 0 ? `规则首选栏目类型「${kindLabel(k)}」` : `规则备选栏目类型「${kindLabel(k)}」`]),
    ...originalKinds.map((k): [string, string] => [k, `回退：与原文栏目同类型「${kindLabel(k)}」`]),
    ['notice', '回退：通知公告栏目'],
    ['news', '回退：动态要闻栏目'],
  ]
  const wanted = preferred.length ? `（无「${preferred.map(kindLabel).join('」「')}」栏目）` : ''
  for (const [index, [kind, why]] of candidates.entries()) {
    const column = sorted.find((c) => c.kind === kind)
    if (column) return { column: column.id, choice: index < preferred.length ? why : `${why}${wanted}` }
  }
  if (sorted[0]) return { column: sorted[0].id, choice: `回退：网站第一个栏目${wanted}` }
  return { column: null, choice: '目标网站没有栏目，仅在最新信息中显示' }
}

const defaultKindsFor = (collection: RepostableCollection, originalKinds: string[]): string[] =>
  collection === 'policy-documents' ? ['policy'] : collection === 'interpretations' ? ['interpretation'] : originalKinds

/** The source site, the kinds of the original's columns, and the enabled rules that cover the original. */
async function rulesCovering(payload: Payload, collection: RepostableCollection, doc: OriginalDoc) {
  const source = await payload.findByID({ collection: 'sites', id: idOf(doc.site)!, depth: 0, overrideAccess: true })
  const originalColumnIds = columnIdsOf(doc)
  const originalKinds = originalColumnIds.length
    ? [...new Set((await payload.find({ collection: 'columns', where: { id: { in: originalColumnIds } }, pagination: false, depth: 0, overrideAccess: true })).docs.map((c) => c.kind))]
    : []
  const rules = (
    await payload.find({ collection: 'repost-rules', where: { enabled: { equals: true } }, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true })
  ).docs.filter((rule) => ruleCovers(rule, collection, doc, source, originalKinds))
  return { source, originalKinds, rules }
}

/**
 * How many sites the rules would repost this document to if it were published now, as it is stored: the
 * same rules and targets the fan-out uses (it also counts sites that already hold a repost of it).
 */
export async function repostTargetCount(payload: Payload, collection: string, id: ID): Promise<number> {
  if (!hasCollection(payload, collection)) return 0
  const doc = await readOriginalTrusted(payload, collection, id)
  if (!doc?.site) return 0
  const { source, rules } = await rulesCovering(payload, collection, doc)
  const targets = new Set<string>()
  for (const rule of rules) for (const site of await targetSitesOf(payload, rule, source)) targets.add(String(site))
  return targets.size
}

/**
 * Brings the reposts of one original in line with it. Idempotent and resumable: it inserts only the
 * missing (original, target) rows, in batches, each a single INSERT … ON CONFLICT DO NOTHING against
 * the unique index; a crash between batches leaves whole batches behind and a re-run fills the rest.
 * An original that is no longer public takes its reposts down.
 */
export async function fanOutOriginal(payload: Payload, collection: string, id: ID): Promise<FanOutResult> {
  const result: FanOutResult = { outcome: 'not-covered', targets: 0, created: 0, restored: 0, withdrawn: 0 }
  if (!hasCollection(payload, collection)) return result
  const started = performance.now()
  const mark = (label: string) => process.env.REPOST_DEBUG && process.stderr.write(`  [fan-out] ${label} +${Math.round(performance.now() - started)} ms\n`)
  const { drizzle, tables } = drizzleOf(payload)
  const t = tables.reposts
  const ofOriginal = and(eq(t.originalCollection, collection), eq(t.originalId, String(id)))

  const publicDoc = await readOriginalAsVisitor(payload, collection, id)
  if (!publicDoc) {
    const affected: { targetSite: ID }[] = await drizzle
      .select({ targetSite: t.targetSite })
      .from(t)
      .where(and(ofOriginal, inArray(t.status, [Repost.submitted, Repost.reposted])))
    if (affected.length) {
      await drizzle
        .update(t)
        .set({ status: Repost.takenDown, withdrawnBy: 'original', updatedAt: new Date().toISOString() })
        .where(and(ofOriginal, inArray(t.status, [Repost.submitted, Repost.reposted])))
      invalidatePages([...new Set(affected.map((a) => pageTags.listings(a.targetSite)))])
    }
    return { ...result, outcome: 'withdrawn', withdrawn: affected.length }
  }

  mark('original read as visitor')
  const doc = (await readOriginalTrusted(payload, collection, id))!
  const { source, originalKinds, rules } = await rulesCovering(payload, collection, doc)

  mark(`rules matched: ${rules.length}`)
  const now = new Date()
  const nowIso = now.toISOString()
  const title = String(doc.title ?? doc.id)
  const originalPublishedAt = doc.publishedAt ?? nowIso
  const existing: { id: ID; targetSite: ID; status: string; withdrawnBy: string | null; publishedAt: string | null }[] = await drizzle
    .select({ id: t.id, targetSite: t.targetSite, status: t.status, withdrawnBy: t.withdrawnBy, publishedAt: t.publishedAt })
    .from(t)
    .where(ofOriginal)
  const assigned = new Set(existing.map((e) => String(e.targetSite)))
  const { repostDeadlineHours } = await getPlatformSettings(payload)
  const since = publicSince(doc)

  type Row = Record<string, unknown>
  const rows: Row[] = []
  const newlyPublished = new Set<string>()
  for (const rule of rules) {
    const targets = (await targetSitesOf(payload, rule, source)).filter((siteId) => !assigned.has(String(siteId)))
    if (!targets.length) continue
    targets.forEach((siteId) => assigned.add(String(siteId)))
    const columns = await columnsOfSites(payload, targets)
    const bySite = new Map<string, ColumnLite[]>()
    for (const column of columns) {
      const key = idOf(column.site)!
      bySite.set(key, [...(bySite.get(key) ?? []), column])
    }
    const preferred = (rule.targetColumnKinds?.length ? rule.targetColumnKinds : defaultKindsFor(collection, originalKinds)) as string[]
    // The obligation starts when the original became public, or when the rule was made, whichever is later.
    const start = Math.max(since.getTime(), Date.parse(rule.createdAt))
    const dueAt = new Date(start + (rule.deadlineHours ?? repostDeadlineHours) * 3600_000)
    const automatic = rule.mode === 'automatic'
    for (const siteId of targets) {
      const { column, choice } = chooseColumn(bySite.get(String(siteId)) ?? [], preferred, originalKinds)
      if (automatic) newlyPublished.add(String(siteId))
      rows.push({
        title,
        originalCollection: collection,
        originalId: String(id),
        originalPublishedAt,
        sourceSite: source.id,
        targetSite: siteId,
        targetColumn: column,
        columnChoice: choice,
        rule: rule.id,
        mode: rule.mode,
        status: automatic ? Repost.reposted : Repost.submitted,
        dueAt: dueAt.toISOString(),
        publishedAt: automatic ? nowIso : null,
        lateMinutes: automatic ? minutesLate(now, dueAt) : null,
        overdue: false,
        createdAt: nowIso,
        updatedAt: nowIso,
      })
    }
  }
  result.targets = assigned.size
  mark(`rows built: ${rows.length}`)

  let inserted = 0
  const size = batchSize()
  for (let start = 0; start < rows.length; start += size) {
    const batch = rows.slice(start, start + size)
    const done: unknown[] = await drizzle.insert(t).values(batch).onConflictDoNothing().returning({ id: t.id })
    inserted += done.length
    afterBatch?.(start + batch.length)
  }
  result.created = inserted
  mark(`inserted: ${inserted}`)

  // Re-published after a withdrawal: the reposts the original's withdrawal took down come back as they were.
  const restore = existing.filter((e) => e.status === Repost.takenDown && e.withdrawnBy === 'original')
  const restoredPublished = restore.filter((e) => e.publishedAt)
  const restoredPending = restore.filter((e) => !e.publishedAt)
  if (restoredPublished.length) {
    await drizzle.update(t).set({ status: Repost.reposted, withdrawnBy: null, updatedAt: nowIso }).where(inArray(t.id, restoredPublished.map((e) => e.id)))
  }
  if (restoredPending.length) {
    await drizzle.update(t).set({ status: Repost.submitted, withdrawnBy: null, updatedAt: nowIso }).where(inArray(t.id, restoredPending.map((e) => e.id)))
  }
  result.restored = restore.length
  restoredPublished.forEach((e) => newlyPublished.add(String(e.targetSite)))

  // The labels that order and name the records follow the original's corrections.
  if (existing.length) {
    await drizzle.update(t).set({ title, originalPublishedAt }).where(ofOriginal)
  }
  if (newlyPublished.size) invalidatePages([...newlyPublished].map((siteId) => pageTags.listings(siteId)))
  mark('done')
  return { ...result, outcome: 'fanned-out' }
}
