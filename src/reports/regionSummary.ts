import type { Payload } from 'payload'
import type { Site } from '../../payload-types'
import { siteHomeUrl } from '../render/siteView'
import { AnnualReport } from '../states'
import type { OpennessFigures } from './opennessFigures'
import type { ReportTable } from './reportTables'
import type { WebsiteFigures } from './websiteFigures'

export type RegionSummary = { website: ReportTable & { links: string[] }; openness: ReportTable & { links: string[] } }

const sum = (rows: (string | number)[][], from: number) =>
  rows[0] ? rows[0].slice(from).map((_, i) => rows.reduce((total, row) => total + Number(row[i + from] ?? 0), 0)) : []

/**
 * 全区汇总: every public site's published reports of a year, one row per agency, with the region's totals.
 * Only published reports of public sites (the anonymous visitor's access), so nothing unpublished leaks.
 */
export async function regionSummary(payload: Payload, year: number): Promise<RegionSummary> {
  const { docs } = await payload.find({
    collection: 'annual-reports',
    where: { and: [{ year: { equals: year } }, { status: { equals: AnnualReport.published } }] },
    depth: 1,
    pagination: false,
    sort: 'site',
    overrideAccess: false,
    user: null,
  })
  const website: (string | number)[][] = []
  const websiteLinks: string[] = []
  const openness: (string | number)[][] = []
  const opennessLinks: string[] = []
  for (const report of docs) {
    const site = report.site as Site
    const link = `${siteHomeUrl(site, true)}reports/${year}/`
    if (report.kind === 'website') {
      const f = report.figures as WebsiteFigures
      website.push([site.name, f.visits.views, f.visits.visitors, f.release.total, f.interpretation.total, f.interaction.messagesReceived, f.interaction.messagesConcluded, f.security.checks])
      websiteLinks.push(link)
    } else {
      const f = report.figures as OpennessFigures
      const t3 = f.table3
      openness.push([
        site.sponsor || site.name,
        f.table2.rules.issued, f.table2.rules.repealed, f.table2.rules.inForce,
        f.table2.normativeDocuments.issued, f.table2.normativeDocuments.repealed, f.table2.normativeDocuments.inForce,
        t3.newApplications.total, t3.resultsTotal.total,
        f.table4.reconsideration.total, f.table4['litigation-direct'].total + f.table4['litigation-after-reconsideration'].total,
      ])
      opennessLinks.push(link)
    }
  }
  return {
    website: {
      title: `${year}年度政府网站工作年度报表汇总`,
      header: ['网站', '总访问量', '独立用户访问量', '信息发布总数', '解读信息数', '收到留言', '办结留言', '安全检测次数'],
      rows: website.length ? [...website, ['合计', ...sum(website, 1)]] : [],
      links: websiteLinks,
    },
    openness: {
      title: `${year}年度政府信息公开工作年度报告汇总`,
      header: ['机关', '规章制发', '规章废止', '规章现行有效', '规范性文件制发', '规范性文件废止', '规范性文件现行有效', '新收申请', '办理结果总计', '行政复议', '行政诉讼'],
      rows: openness.length ? [...openness, ['合计', ...sum(openness, 1)]] : [],
      links: opennessLinks,
    },
  }
}
