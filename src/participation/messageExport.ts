import type { Endpoint, Where } from 'payload'
import { hasSiteRole } from '../access/roles'
import { speaker } from '../i18n/bilingual'
import { recordAudit } from '../audit/recordAudit'
import { calendarDayProblem, chinaDayTime, startOfChinaDay, addCalendarDays } from '../calendar/chinaTime'
import { csvDocument } from '../exports/csv'
import { attachmentHeader, xlsxContentType, xlsxWorkbook } from '../exports/xlsx'
import { channelLabels, messageStatuses, statusLabels, type MessageChannel, type MessageStatus } from './messageVocabulary'

/**
 * 留言导出 (export of personal data): a site's messages with the citizens' names, phones and emails, as CSV or
 * XLSX, for the handling staff of that site only (站点管理员、编辑、审核人; not the general office, which
 * gets the statistics, not the letters). Every export is written to the audit log: who, when, the filter and
 * the number of rows. Cells pass through the exports' formula neutralisation (src/exports/csv.ts).
 *
 * GET /api/messages/export?site=ID&format=csv|xlsx[&status=…][&from=YYYY-MM-DD][&to=YYYY-MM-DD] (received, China days)
 */

const handlingRoles = ['site-admin', 'editor', 'reviewer'] as const
const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
const problem = (status: number, message: string) => json({ errors: [{ message }] }, status)
const maxRows = 50_000

export const messageExportHeader = ['查询码', '留言渠道', '标题', '留言内容', '姓名', '电话', '电子邮箱', '同意公开', '办理状态', '收到时间', '承办', '答复单位', '答复内容', '办结时间']

type Doc = Record<string, unknown> & { submitter?: { name?: string | null; phone?: string | null; email?: string | null } | null }

const time = (value: unknown) => (typeof value === 'string' && value ? chinaDayTime(value) : '')

export const messageExportRow = (d: Doc): string[] => [
  String(d.trackingCode ?? ''),
  channelLabels[d.channel as MessageChannel] ?? String(d.channel ?? ''),
  String(d.subject ?? ''),
  String(d.content ?? ''),
  d.submitter?.name ?? '',
  d.submitter?.phone ?? '',
  d.submitter?.email ?? '',
  d.publishConsent ? '是' : '否',
  statusLabels[d.status as MessageStatus] ?? String(d.status ?? ''),
  time(d.receivedAt),
  String(d.assignee ?? ''),
  String(d.replyingUnit ?? ''),
  String(d.reply ?? ''),
  time(d.publishedAt),
]

export const messageExportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const L = speaker(req)
    if (!req.user) return problem(401, L('请先登录。', 'Please sign in.'))
    const q = req.query as Record<string, unknown>
    const site = typeof q.site === 'string' ? q.site : ''
    const format = q.format === 'xlsx' ? 'xlsx' : q.format === undefined || q.format === 'csv' ? 'csv' : null
    if (!site) return problem(400, L('请指定要导出的网站（site）。', 'Name the site to export (site).'))
    if (!format) return problem(400, L('导出格式应为 csv 或 xlsx。', 'The export format is csv or xlsx.'))
    if (!hasSiteRole(req.user, site, ...handlingRoles))
      return problem(
        403,
        L('留言含有公民个人信息，只有本网站的办理人员（站点管理员、编辑、审核人）可以导出。', 'Messages hold citizens’ personal data: only the site’s handling staff (site administrators, editors, reviewers) may export them.'),
      )
    const siteDoc = await req.payload
      .findByID({ collection: 'sites', id: site, depth: 0, overrideAccess: true, select: { name: true }, req })
      .catch(() => null)
    if (!siteDoc) return problem(404, L('没有这个网站。', 'No such site.'))
    const siteName = String(siteDoc.name ?? site)
    const and: Where[] = [{ site: { equals: siteDoc.id } }]
    const filter: string[] = []
    if (typeof q.status === 'string' && q.status) {
      if (!(messageStatuses as string[]).includes(q.status)) return problem(400, L('办理状态不正确。', 'Not a valid status.'))
      and.push({ status: { equals: q.status } })
      filter.push(`状态=${statusLabels[q.status as MessageStatus]}`)
    }
    for (const [key, op, label] of [['from', 'greater_than_equal', '收到自'], ['to', 'less_than', '收到至']] as const) {
      const day = q[key]
      if (day === undefined || day === '') continue
      if (typeof day !== 'string' || calendarDayProblem(day)) return problem(400, L(`日期 ${key} 应为 YYYY-MM-DD。`, `The date ${key} is written YYYY-MM-DD.`))
      const instant = key === 'from' ? startOfChinaDay(day) : startOfChinaDay(addCalendarDays(day, 1))
      and.push({ receivedAt: { [op]: instant.toISOString() } })
      filter.push(`${label} ${day}`)
    }
    const { docs, totalDocs } = await req.payload.find({
      collection: 'messages',
      where: { and },
      limit: maxRows,
      depth: 0,
      sort: 'receivedAt',
      overrideAccess: false,
      user: req.user,
      req,
    })
    const rows = (docs as unknown as Doc[]).map(messageExportRow)
    await recordAudit(req, {
      action: 'export',
      collection: 'messages',
      documentId: siteDoc.id,
      site: siteDoc.id,
      summary: `导出留言个人信息 ${rows.length} 条（${format.toUpperCase()}；网站：${siteName}；筛选：${filter.join('，') || '全部'}${totalDocs > rows.length ? `；超过 ${maxRows} 条，仅导出前 ${maxRows} 条` : ''}）`,
    })
    const stamp = new Date().toISOString().slice(0, 10)
    const name = `留言-${siteName}-${stamp}`
    const headers = (type: string, ext: string) => ({
      'Content-Type': type,
      'Content-Disposition': attachmentHeader(`messages-${site}-${stamp}.${ext}`, `${name}.${ext}`),
      'Cache-Control': 'no-store',
    })
    if (format === 'csv')
      return new Response(csvDocument([messageExportHeader, ...rows]), { headers: headers('text/csv; charset=utf-8', 'csv') })
    const book = await xlsxWorkbook([{ name: '留言', title: [`${siteName} 留言（含个人信息，注意保密）`], header: messageExportHeader, rows }])
    return new Response(new Uint8Array(book), { headers: headers(xlsxContentType, 'xlsx') })
  },
}
