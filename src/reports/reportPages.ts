import type { Response } from 'express'
import type { AnnualReport, Site } from '../../payload-types'
import { chinaYear } from '../calendar/chinaTime'
import { xlsxContentType } from '../exports/xlsx'
import { publicColumns } from '../render/content'
import { chinaDate } from '../render/dates'
import { themeEngine } from '../render/engine'
import { pageTags } from '../render/invalidation'
import { navItems, type PageRequest, type RenderedPage } from '../render/pages'
import { siteView } from '../render/siteView'
import { AnnualReport as ReportState } from '../states'
import { reportFileName, reportView, reportXlsx } from './reportExport'
import { regionSummary } from './regionSummary'

/**
 * Public pages of the annual reports: /reports/<year>/ (the site's published reports of that year, in full),
 * /reports/<year>/<kind>.xlsx (the same figures as XLSX) and, on a region-level portal,
 * /reports/<year>/summary/ (every agency's published reports gathered). Reads run as the anonymous visitor.
 */
export const reportPageTag = (year: number | string) => `annual-reports:${year}`
const html = 'text/html; charset=utf-8'
const asVisitor = { overrideAccess: false, user: null } as const

export async function publishedReports(request: Pick<PageRequest, 'payload'>, year: number, site?: number | string): Promise<AnnualReport[]> {
  const { docs } = await request.payload.find({
    collection: 'annual-reports',
    where: { and: [{ year: { equals: year } }, { status: { equals: ReportState.published } }, ...(site !== undefined ? [{ site: { equals: site } }] : [])] },
    sort: 'kind',
    depth: 0,
    pagination: false,
    ...asVisitor,
  })
  return docs
}

async function chrome(request: PageRequest) {
  const view = siteView(request.site, request.viaPrefix, request.successor)
  const columns = await publicColumns(request.payload, request.site.id)
  return { view, nav: navItems(view, columns, undefined, false), year: chinaYear() }
}

export async function renderReportYear(request: PageRequest, yearText: string): Promise<RenderedPage | null> {
  const reportYear = Number(yearText)
  const reports = await publishedReports(request, reportYear, request.site.id)
  if (!reports.length) return null
  const { view, nav, year } = await chrome(request)
  const body = await themeEngine(request.site.theme ?? 'default').renderFile('annual-report', {
    site: view,
    nav,
    year,
    page: { title: `${reportYear}年度报告 - ${view.name}` },
    reportYear,
    reports: reports.map((r) => ({ ...reportView(r, request.site as Site), kind: r.kind, xlsx: `${view.basePath}/reports/${reportYear}/${r.kind}.xlsx`, publishedAt: r.publishedAt?.slice(0, 10) })),
  })
  return { status: 200, html: body, contentType: html, tags: [pageTags.site(request.site.id), reportPageTag(reportYear)] }
}

export async function renderReportSummary(request: PageRequest, yearText: string): Promise<RenderedPage | null> {
  if (request.site.level !== 'region') return null
  const reportYear = Number(yearText)
  const { view, nav, year } = await chrome(request)
  const summary = await regionSummary(request.payload, reportYear)
  const body = await themeEngine(request.site.theme ?? 'default').renderFile('annual-report-summary', {
    site: view,
    nav,
    year,
    page: { title: `${reportYear}年度全区政府网站及政务公开年度报告汇总 - ${view.name}` },
    reportYear,
    summary,
  })
  return { status: 200, html: body, contentType: html, tags: [pageTags.site(request.site.id), reportPageTag(reportYear), 'sites'] }
}

/** The XLSX of a published report; false when there is none (the caller answers 404). */
export async function sendReportXlsx(request: PageRequest, yearText: string, kind: string, res: Response): Promise<boolean> {
  const [report] = (await publishedReports(request, Number(yearText), request.site.id)).filter((r) => r.kind === kind)
  if (!report) return false
  const body = await reportXlsx(request.payload, { ...report, site: request.site })
  res.setHeader('Content-Type', xlsxContentType)
  res.setHeader('Content-Disposition', `attachment; filename="${reportFileName(report)}"`)
  res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate')
  res.end(body)
  return true
}

/**
 * The home page's 年度报告 block (国办函〔2018〕12号: 「在网站首页显著位置」): the site's latest published reports,
 * and on a region-level portal the link to the summary gathering every site's reports.
 */
export async function homeReportLinks(request: Pick<PageRequest, 'payload' | 'site'>, basePath: string): Promise<{ title: string; url: string }[]> {
  const { docs } = await request.payload.find({
    collection: 'annual-reports',
    where: { and: [{ site: { equals: request.site.id } }, { status: { equals: ReportState.published } }] },
    sort: '-year',
    limit: 2,
    depth: 0,
    ...asVisitor,
  })
  const links = docs.map((r) => ({ title: r.title ?? `${r.year}年度报告`, url: `${basePath}/reports/${r.year}/#${r.kind}` }))
  const latestYear = docs[0]?.year ?? chinaYear() - 1
  if (request.site.level === 'region') links.push({ title: `${latestYear}年度各网站年度报告汇总`, url: `${basePath}/reports/${latestYear}/summary/` })
  return links
}

/**
 * The entries of a 政府信息公开年报 column (column kind 'annual-report'): every published openness annual report
 * of the site, newest year first, each linking to its page /reports/<year>/. A report is not an article, so the
 * column lists it beside the column's own items rather than through the article listing.
 */
export async function opennessReportEntries(request: Pick<PageRequest, 'payload' | 'site'>, basePath: string): Promise<{ title: string; url: string; date: string; summary: string }[]> {
  const { docs } = await request.payload.find({
    collection: 'annual-reports',
    where: { and: [{ site: { equals: request.site.id } }, { kind: { equals: 'openness' } }, { status: { equals: ReportState.published } }] },
    sort: '-year',
    pagination: false,
    depth: 0,
    select: { title: true, year: true, kind: true, publishedAt: true },
    ...asVisitor,
  })
  return docs.map((r) => ({ title: r.title ?? `${r.year}年政府信息公开工作年度报告`, url: `${basePath}/reports/${r.year}/#${r.kind}`, date: chinaDate(r.publishedAt), summary: '' }))
}
