import type { Endpoint } from 'payload'
import { readsWholeCluster } from '../access/roles'
import { attachmentHeader, xlsxContentType, xlsxWorkbook } from '../exports/xlsx'
import { speaker } from '../i18n/bilingual'
import { monthlyBulletin, parseMonth, previousChinaMonth, verdictLabels, type Bulletin } from './bulletin'

/** The bulletin as a workbook: 汇总 (one row per site) and 问题清单 (each predicted veto and failing column). */
export function bulletinXlsx(b: Bulletin): Promise<Buffer> {
  const s = b.summary
  const title = [b.title, `通报期间：${b.period.firstDay} 至 ${b.period.lastDay}（北京时间）`, `在运行网站 ${s.sites} 个，本月监测 ${s.monitored} 个；单项否决 ${s.vetoed} 个，低于60分 ${s.failed} 个，合格 ${s.passed} 个；平均得分 ${s.averageScore ?? '—'}`]
  return xlsxWorkbook([
    {
      name: '汇总',
      title,
      header: ['序号', '网站名称', '网站标识码', '结论', '月末得分', '月均得分', '最低得分', '监测天数', '预计否决天数', '单项否决项', '问题栏目数', '错链数', '无法访问比例(%)', '本月新增预警'],
      widths: [6, 28, 14, 18, 10, 10, 10, 10, 12, 30, 12, 8, 14, 12],
      rows: b.sites.map((r, i) => [
        i + 1,
        r.name,
        r.siteCode,
        verdictLabels[r.verdict],
        r.lastScore,
        r.averageScore,
        r.lowestScore,
        r.reportDays,
        r.vetoDays,
        r.vetoes.map((v) => v.label).join('、'),
        r.columns.length,
        r.brokenLinks,
        r.unreachablePercent,
        r.warningsOpened,
      ]),
    },
    {
      name: '问题清单',
      title: [`${b.title}：问题清单`],
      header: ['网站名称', '问题类别', '问题', '情况', '标准'],
      widths: [28, 14, 24, 60, 40],
      rows: b.sites.flatMap((r) => [
        ...r.vetoes.map((v) => [r.name, '单项否决', v.label, v.figure, v.line]),
        ...r.columns.map((c) => [r.name, '栏目', c.title, c.daysSince === null ? c.problem : `${c.problem}（${c.daysSince} 天）`, '']),
      ]),
    },
  ])
}

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/** 月度通报: JSON by default, XLSX with ?format=xlsx; `month` is a China-time YYYY-MM, the previous month by default. */
const bulletin: Endpoint['handler'] = async (req) => {
  const L = speaker(req)
  if (!req.user) return json({ errors: [{ message: L('请先登录。', 'Please sign in.') }] }, 401)
  if (!readsWholeCluster(req.user)) return json({ errors: [{ message: L('只有平台管理员和监管人员可以查看月度通报。', 'Only platform administrators and supervisors may see the monthly bulletin.') }] }, 403)
  const query = req.query as Record<string, unknown>
  const month = typeof query.month === 'string' && query.month ? query.month : previousChinaMonth()
  if (!parseMonth(month)) return json({ errors: [{ message: L('月份格式应为 YYYY-MM，例如 2026-11。', 'Write the month as YYYY-MM, e.g. 2026-11.') }] }, 400)
  const data = await monthlyBulletin(req.payload, month)
  if (query.format === 'xlsx') {
    return new Response(new Uint8Array(await bulletinXlsx(data)), {
      status: 200,
      headers: { 'Content-Type': xlsxContentType, 'Content-Disposition': attachmentHeader(`bulletin-${month}.xlsx`, `${data.title}.xlsx`), 'Cache-Control': 'no-store' },
    })
  }
  return json(data)
}

export const bulletinEndpoints: Endpoint[] = [{ path: '/bulletin', method: 'get', handler: bulletin }]
