import type { Endpoint, Payload } from 'payload'
import type { AnnualReport, Site } from '../../payload-types'
import { xlsxContentType, xlsxWorkbook, type XlsxSheet } from '../exports/xlsx'
import { speaker } from '../i18n/bilingual'
import { siteHomeUrl } from '../render/siteView'
import { opennessReportView, websiteReportView, type ReportView } from './reportTables'

/** The report as a view of tables and text (src/reports/reportTables.ts). */
export function reportView(report: AnnualReport, site: Site): ReportView {
  return report.kind === 'website' ? websiteReportView(report, site, siteHomeUrl(site, false)) : opennessReportView(report, site)
}

/** One sheet per table, text sections in a sheet of their own; the figures exactly as on the public page. */
export async function reportWorkbook(view: ReportView): Promise<Buffer> {
  const sheets: XlsxSheet[] = []
  const text: string[][] = []
  for (const section of view.sections) {
    for (const paragraph of section.paragraphs ?? []) text.push([section.heading, paragraph])
    if (section.paragraphs && !section.paragraphs.length) text.push([section.heading, '（无）'])
    for (const table of section.tables ?? []) {
      const rows = table.rows.length ? table.rows : [[table.note ?? '无']]
      sheets.push({ name: `${sheets.length + 1} ${table.title}`, title: [view.title, table.title], header: table.header, rows, widths: table.header.map((_, i) => (i === 0 ? 44 : 16)) })
    }
  }
  if (text.length) sheets.unshift({ name: '文字部分', title: [view.title], header: ['部分', '内容'], rows: text, widths: [32, 100] })
  return xlsxWorkbook(sheets, { creator: '站群' })
}

export const reportFileName = (report: Pick<AnnualReport, 'year' | 'kind'>) =>
  `${report.year}-${report.kind === 'website' ? 'website-report' : 'openness-report'}.xlsx`

export async function reportXlsx(payload: Payload, report: AnnualReport): Promise<Buffer> {
  const site = typeof report.site === 'object' ? report.site : await payload.findByID({ collection: 'sites', id: report.site, depth: 0, overrideAccess: true })
  return reportWorkbook(reportView(report, site))
}

/** GET /api/annual-reports/:id/xlsx: any report the user may read, drafts included (for checking before 审定). */
export const reportEndpoints: Endpoint[] = [
  {
    path: '/:id/xlsx',
    method: 'get',
    handler: async (req) => {
      const L = speaker(req)
      if (!req.user) return Response.json({ errors: [{ message: L('请先登录。', 'Please sign in.') }] }, { status: 401 })
      const id = String(req.routeParams?.id ?? '')
      const report = await req.payload.findByID({ collection: 'annual-reports', id, depth: 1, overrideAccess: false, user: req.user, req, disableErrors: true })
      if (!report) return Response.json({ errors: [{ message: L('找不到该年度报告，或您无权查看。', 'The annual report was not found, or you may not see it.') }] }, { status: 404 })
      const body = await reportXlsx(req.payload, report)
      return new Response(new Uint8Array(body), {
        headers: { 'Content-Type': xlsxContentType, 'Content-Disposition': `attachment; filename="${reportFileName(report)}"`, 'Cache-Control': 'no-store' },
      })
    },
  },
]
