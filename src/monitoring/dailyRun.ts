import type { Payload, Where } from 'payload'
import type { Site } from '../../payload-types'
import { chinaDay } from '../calendar/chinaTime'
import { complianceReport } from '../reposting/compliance'
import { availabilityFigure } from './availability'
import { ExternalLinkChecker } from './externalLinks'
import { acquireRunLock } from './lock'
import { buildPlatformIndex } from './platformIndex'
import { deductionScore, earlyWarnings, predictVetoes, type SiteFigures } from './scoring'
import { getMonitoringSettings } from './settings'
import { probeSiteContent, type PageRef, type SiteContentResult } from './siteProbe'
import { mailOpenedWarnings, syncSiteWarnings } from './warnings'

export type DailyRunOptions = {
  now?: Date
  /** Stop starting external checks after this many ms; what is left is recorded as unchecked. */
  externalBudgetMs?: number
  /** Sites probed side by side. */
  concurrency?: number
  onProgress?: (done: number, total: number) => void
}

export type DailyRunResult =
  | { skipped: true; key: string }
  | { skipped: false; key: string; sites: number; pages: number; links: number; externalUrls: number; externalChecked: number; vetoedSites: number; warningsOpened: number; mailsSent: number; ms: number }

async function availabilityOf(payload: Payload, siteId: string, since: string, until: string) {
  const where = (extra: Where): Where => ({ and: [{ site: { equals: siteId } }, { checkedAt: { greater_than_equal: since } }, { checkedAt: { less_than_equal: until } }, extra] })
  const total = (await payload.count({ collection: 'availability-checks', where: where({}), overrideAccess: true })).totalDocs
  const failed = (await payload.count({ collection: 'availability-checks', where: where({ ok: { not_equals: true } }), overrideAccess: true })).totalDocs
  return availabilityFigure([...Array(total - failed).fill({ ok: true }), ...Array(failed).fill({ ok: false })])
}

/**
 * 每日监测: every probe for every live site, once a China day across all workers (lock `daily:<day>`).
 * Sites are read one at a time (bounded memory); external links are collected across sites, de-duplicated,
 * and checked once each under the per-host rate; then each site is scored, reported and warned.
 */
export async function runDailyProbe(payload: Payload, options: DailyRunOptions = {}): Promise<DailyRunResult> {
  const started = Date.now()
  const now = options.now ?? new Date()
  const key = `daily:${chinaDay(now)}`
  const lock = await acquireRunLock(payload, key, 3 * 3_600_000, { now })
  if (!lock) return { skipped: true, key }
  try {
    const settings = await getMonitoringSettings(payload, true)
    const index = await buildPlatformIndex(payload)
    const since = new Date(now.getTime() - settings.availabilityWindowDays * 86_400_000).toISOString()
    const reposting = await complianceReport(payload, { from: chinaDay(new Date(now.getTime() - 30 * 86_400_000)), now })
    const repostingBySite = new Map(reposting.sites.map((r) => [r.site.id, r]))

    const checker = new ExternalLinkChecker({
      timeoutMs: settings.externalLinkTimeoutSeconds * 1000,
      perHostPerMinute: settings.externalRequestsPerHostPerMinute,
      maxUrls: settings.externalLinksPerRun,
      deadline: Date.now() + (options.externalBudgetMs ?? 20 * 60_000),
    })
    const contents = new Map<string, { site: Site; content: SiteContentResult }>()
    const externalPages = new Map<string, { siteId: string; pages: PageRef[] }[]>()
    let pages = 0
    let links = 0
    let done = 0
    const queue = [...index.sites]
    const worker = async () => {
      for (let site = queue.shift(); site; site = queue.shift()) {
        const content = await probeSiteContent(payload, index, site, now, settings)
        for (const [url, refs] of content.external) {
          const list = externalPages.get(url) ?? []
          list.push({ siteId: String(site.id), pages: refs })
          externalPages.set(url, list)
          checker.add(url)
        }
        content.external.clear()
        pages += content.pagesChecked
        links += content.linksChecked
        contents.set(String(site.id), { site, content })
        options.onProgress?.(++done, index.sites.length)
      }
    }
    await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker))

    const verdicts = await checker.finish()
    const externalBySite = new Map<string, { broken: number; unknown: number; unchecked: number; list: { url: string; verdict: string; pages: PageRef[] }[] }>()
    for (const [url, refs] of externalPages) {
      const verdict = verdicts.get(url) ?? 'unchecked'
      for (const ref of refs) {
        const row = externalBySite.get(ref.siteId) ?? { broken: 0, unknown: 0, unchecked: 0, list: [] }
        if (verdict === 'broken') row.broken++
        else if (verdict === 'unknown') row.unknown++
        else if (verdict === 'unchecked') row.unchecked++
        // The report lists a URL with a few of the pages linking to it: enough to find and fix it, not a copy of the site.
        if (verdict !== 'ok' && row.list.length < 100) row.list.push({ url, verdict, pages: ref.pages.slice(0, 3) })
        externalBySite.set(ref.siteId, row)
      }
    }

    let vetoedSites = 0
    let warningsOpened = 0
    let mailsSent = 0
    const day = chinaDay(now)
    const reportQueue = [...contents]
    const reportSite = async ([siteId, { site, content }]: (typeof reportQueue)[number]) => {
      const ext = externalBySite.get(siteId) ?? { broken: 0, unknown: 0, unchecked: 0, list: [] }
      const repost = repostingBySite.get(siteId)
      const figures: SiteFigures = {
        availability: await availabilityOf(payload, siteId, since, now.toISOString()),
        home: content.home,
        columns: content.columns,
        links: { brokenHome: 0, brokenInner: content.brokenCounts.internal, brokenAttachments: content.brokenCounts.attachments, brokenExternal: ext.broken, unknownExternal: ext.unknown, uncheckedExternal: ext.unchecked },
        footer: content.footer,
        reposting: { late: repost?.publishedLate ?? 0, overduePending: repost?.overduePending ?? 0 },
        interaction: content.interaction,
        contentSafety: content.contentSafety,
        disclosureOverdue: content.disclosureOverdue,
      }
      const vetoes = predictVetoes(figures, settings)
      const { score, deductions } = deductionScore(figures, settings)
      const warnings = earlyWarnings(figures, vetoes, settings)
      const vetoCount = vetoes.filter((v) => v.vetoed).length
      if (vetoCount) vetoedSites++
      await payload.create({
        collection: 'site-health-reports',
        data: {
          site: site.id,
          title: `${site.name} ${day} 监测报告`,
          day,
          runAt: now.toISOString(),
          vetoCount,
          score,
          warningCount: warnings.length,
          vetoes,
          deductions,
          figures: {
            availability: figures.availability,
            home: figures.home,
            columns: { staleNewsNotice: content.columns.staleNewsNotice.length, longStale: content.columns.longStale.length, empty: content.columns.empty.length, excusedEmpty: content.columns.excusedEmpty.length },
            links: figures.links,
            footer: figures.footer.length,
            reposting: figures.reposting,
            interaction: figures.interaction.channel,
            contentSafety: figures.contentSafety.length,
            disclosureOverdue: content.disclosureOverdue.length,
            pagesChecked: content.pagesChecked,
            linksChecked: content.linksChecked,
          },
          problems: { columns: content.columns, brokenLinks: content.brokenLinks, externalLinks: ext.list, footer: content.footer, contentSafety: content.contentSafety, interaction: content.interaction, disclosureOverdue: content.disclosureOverdue },
        },
        overrideAccess: true,
        depth: 0,
      })
      const { opened } = await syncSiteWarnings(payload, site, warnings, now)
      warningsOpened += opened.length
      try {
        if ((await mailOpenedWarnings(payload, site, opened)).length) mailsSent++
      } catch (error) {
        // The warning is in the admin either way; a mail server outage must not stop the run.
        payload.logger.error({ err: error, msg: `监测预警邮件发送失败：${site.name}` })
      }
      contents.delete(siteId)
    }
    // A few sites at a time: their reads interleave while the database serializes the writes.
    await Promise.all(Array.from({ length: options.concurrency ?? 4 }, async () => {
      for (let next = reportQueue.shift(); next; next = reportQueue.shift()) await reportSite(next)
    }))
    await lock.finish()
    return {
      skipped: false,
      key,
      sites: index.sites.length,
      pages,
      links,
      externalUrls: externalPages.size,
      externalChecked: [...verdicts.values()].filter((v) => v !== 'unchecked').length,
      vetoedSites,
      warningsOpened,
      mailsSent,
      ms: Date.now() - started,
    }
  } catch (error) {
    await lock.release()
    throw error
  }
}
