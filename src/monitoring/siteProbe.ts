import type { Payload } from 'payload'
import type { Site } from '../../payload-types'
import { idOf } from '../ids'
import type { ColumnKind } from '../../collections/columns/kinds'
import type { MonitoringSettings } from '../settings/monitoringDefaults'
import { contentSafetyChecker, htmlText, type SafetyFinding } from './contentSafety'
import { footerProblems, type FooterProblem } from './footer'
import { columnFreshness, homeFreshness, type ColumnFacts, type ColumnFreshness, type HomeFreshness } from './freshness'
import { interactionFinding, type InteractionFinding, type MailboxFacts } from './interaction'
import { mailboxDeadlineFigures } from '../participation/messageDeadlines'
import { siteChannels } from '../participation/mailboxPages'
import { channelLabels } from '../participation/messageVocabulary'
import { workingConsultations } from '../participation/consultationPeriod'
import { classifyLink, extractLinks, resolveInternal } from './links'
import { siteHosts, type PlatformIndex } from './platformIndex'
import { overdueApplications, type OverdueApplication } from '../disclosure/overdueApplications'
import { AnnualReport, Repost, SiteLifecycle, Workflow } from '../states'

/** The page a problem is on, for the drill-down's "fix it here" link. */
export type PageRef = { collection: string; id: string; title: string }
export type BrokenLink = { page: PageRef; href: string; reason: string; kind: 'internal' | 'attachment' | 'external' }

export type SiteContentResult = {
  home: HomeFreshness
  columns: ColumnFreshness
  interaction: InteractionFinding
  footer: FooterProblem[]
  contentSafety: (SafetyFinding & { page: PageRef })[]
  brokenLinks: BrokenLink[]
  /** External URL → the pages linking to it on this site (checked later, once for the whole platform). */
  external: Map<string, PageRef[]>
  /** Broken internal links and attachments, including those beyond the stored list's cap. */
  brokenCounts: { internal: number; attachments: number }
  pagesChecked: number
  linksChecked: number
  /** 依申请公开 applications past their due day and not concluded (src/disclosure/overdueApplications.ts). */
  disclosureOverdue: OverdueApplication[]
}

type Item = { collection: string; id: string; title: string; columns: string[]; publishedAt: string | null; html?: string | null; attachments?: string[] }

async function publishedItems(payload: Payload, siteId: string): Promise<Item[]> {
  const common = { pagination: false as const, depth: 0, overrideAccess: true }
  const articles = await payload.find({
    collection: 'articles',
    where: { and: [{ site: { equals: siteId } }, { workflowStatus: { equals: Workflow.published } }] },
    select: { title: true, columns: true, publishedAt: true, bodyHtml: true, attachments: true },
    // The stored body HTML is a hidden field: kept out of every API, read here on purpose.
    showHiddenFields: true,
    ...common,
  })
  const documents = await payload.find({
    collection: 'policy-documents',
    where: { and: [{ site: { equals: siteId } }, { workflowStatus: { equals: Workflow.published } }] },
    select: { title: true, column: true, publishedAt: true },
    ...common,
  })
  const interpretations = await payload.find({
    collection: 'interpretations',
    where: { and: [{ site: { equals: siteId } }, { workflowStatus: { equals: Workflow.published } }] },
    select: { title: true, column: true, publishedAt: true },
    ...common,
  })
  const reposts = await payload.find({
    collection: 'reposts',
    where: { and: [{ targetSite: { equals: siteId } }, { status: { equals: Repost.reposted } }] },
    select: { title: true, targetColumn: true, publishedAt: true },
    ...common,
  })
  const ids = (values: unknown[] | null | undefined) => (values ?? []).map(idOf).filter((v): v is string => Boolean(v))
  return [
    ...articles.docs.map((d) => ({ collection: 'articles', id: String(d.id), title: d.title, columns: ids(d.columns), publishedAt: d.publishedAt ?? null, html: d.bodyHtml, attachments: ids(d.attachments) })),
    ...documents.docs.map((d) => ({ collection: 'policy-documents', id: String(d.id), title: d.title, columns: ids([d.column]), publishedAt: d.publishedAt ?? null })),
    ...interpretations.docs.map((d) => ({ collection: 'interpretations', id: String(d.id), title: d.title, columns: ids([d.column]), publishedAt: d.publishedAt ?? null })),
    ...reposts.docs.map((d) => ({ collection: 'reposts', id: String(d.id), title: d.title, columns: ids([d.targetColumn]), publishedAt: d.publishedAt ?? null })),
  ]
}

/** The mailbox part of the interaction probe: the channels a live site offers and the 2-/3-month figures. */
async function mailboxFacts(payload: Payload, site: Site, now: Date): Promise<MailboxFacts> {
  const figures = await mailboxDeadlineFigures(payload, site.id, now)
  const channels = site.status === SiteLifecycle.live ? siteChannels(site).map((c) => channelLabels[c]) : []
  return { channels, overThreeMonths: figures.overThreeMonths, warnings: figures.warnings }
}

/** Every probe that reads the site's stored content: freshness, empty columns, links, 错敏词, footer, interaction. */
export async function probeSiteContent(payload: Payload, index: PlatformIndex, site: Site, now: Date, settings: MonitoringSettings, limits = { problems: 200 }): Promise<SiteContentResult> {
  const siteId = String(site.id)
  const columns = (
    await payload.find({
      collection: 'columns',
      where: { site: { equals: siteId } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { title: true, slug: true, kind: true, parent: true, emptyReason: true, showOnHome: true },
    })
  ).docs
  const items = await publishedItems(payload, siteId)
  const latest = new Map<string, { at: string | null; count: number }>()
  for (const item of items) {
    for (const columnId of item.columns) {
      const entry = latest.get(columnId) ?? { at: null, count: 0 }
      entry.count++
      if (item.publishedAt && (!entry.at || item.publishedAt > entry.at)) entry.at = item.publishedAt
      latest.set(columnId, entry)
    }
  }
  // A 政府信息公开年报 column lists the site's published openness reports (src/reports/reportPages.ts): not empty.
  for (const c of columns.filter((c) => c.kind === 'annual-report')) {
    const reports = await payload.find({ collection: 'annual-reports', where: { and: [{ site: { equals: siteId } }, { kind: { equals: 'openness' } }, { status: { equals: AnnualReport.published } }] }, select: { publishedAt: true }, sort: '-publishedAt', pagination: false, depth: 0, overrideAccess: true })
    const entry = latest.get(String(c.id)) ?? { at: null, count: 0 }
    const newest = reports.docs[0]?.publishedAt ?? null
    latest.set(String(c.id), { count: entry.count + reports.docs.length, at: newest && (!entry.at || newest > entry.at) ? newest : entry.at })
  }
  const facts: ColumnFacts[] = columns.map((c) => ({
    id: String(c.id),
    title: c.title,
    slug: c.slug,
    kind: c.kind as ColumnKind,
    topLevel: !c.parent,
    emptyReason: c.emptyReason,
    lastPublishedAt: latest.get(String(c.id))?.at ?? null,
    itemCount: latest.get(String(c.id))?.count ?? 0,
  }))
  // The home page shows the newest items of the columns marked for it.
  const homeColumns = new Set(columns.filter((c) => c.showOnHome !== false).map((c) => String(c.id)))
  let homeLatest: string | null = null
  for (const item of items) {
    if (item.publishedAt && item.columns.some((c) => homeColumns.has(c)) && (!homeLatest || item.publishedAt > homeLatest)) homeLatest = item.publishedAt
  }

  const checker = contentSafetyChecker(index.dictionary, index.leadersBySite.get(siteId) ?? [])
  const hosts = siteHosts(index, site)
  const brokenLinks: BrokenLink[] = []
  const contentSafety: SiteContentResult['contentSafety'] = []
  const external = new Map<string, PageRef[]>()
  let linksChecked = 0
  const brokenCounts = { internal: 0, attachments: 0 }
  const addBroken = (link: BrokenLink) => {
    if (link.kind === 'attachment') brokenCounts.attachments++
    else brokenCounts.internal++
    if (brokenLinks.length < limits.problems) brokenLinks.push(link)
  }
  for (const item of items) {
    const page: PageRef = { collection: item.collection, id: item.id, title: item.title }
    for (const finding of checker.check(`${item.title}\n${htmlText(item.html)}`)) {
      if (contentSafety.length < limits.problems) contentSafety.push({ ...finding, page })
    }
    for (const attachment of item.attachments ?? []) {
      linksChecked++
      const name = index.fileNames.get(attachment)
      const upload = name ? index.published.uploads.get(name) : undefined
      if (!upload?.onDisk) addBroken({ page, href: name ? `/api/files/file/${name}` : `附件 ${attachment}`, reason: upload ? '附件文件已丢失' : '附件不存在', kind: 'attachment' })
    }
    for (const link of extractLinks(item.html)) {
      const classified = classifyLink(link.href, hosts)
      if (classified.type === 'ignored') continue
      linksChecked++
      if (classified.type === 'malformed') addBroken({ page, href: link.href, reason: '链接格式错误', kind: 'internal' })
      else if (classified.type === 'external') {
        const pages = external.get(classified.url) ?? []
        if (pages.length < 20) pages.push(page)
        external.set(classified.url, pages)
      } else {
        const verdict = resolveInternal(classified, index.published)
        if (!verdict.ok) addBroken({ page, href: link.href, reason: verdict.reason, kind: verdict.attachment ? 'attachment' : 'internal' })
      }
    }
  }
  return {
    home: homeFreshness(homeLatest, now),
    columns: columnFreshness(facts, now, settings),
    interaction: interactionFinding(
      facts.map((f) => ({ id: f.id, title: f.title, kind: f.kind, itemCount: f.itemCount })),
      await mailboxFacts(payload, site, now),
      site.status === SiteLifecycle.live ? await workingConsultations(payload, site.id, now) : 0,
    ),
    footer: footerProblems(site),
    contentSafety,
    brokenLinks,
    external,
    brokenCounts,
    pagesChecked: items.length,
    linksChecked,
    disclosureOverdue: await overdueApplications(payload, siteId, now),
  }
}

