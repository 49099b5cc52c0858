import type { AnnualReport, Site } from '../../payload-types'
import type { OpennessFigures } from './opennessFigures'
import { table4Blocks, table4Results } from './opennessFigures'
import { table3Columns, table3Lines } from '../disclosure/table3'
import type { WebsiteFigures } from './websiteFigures'

/**
 * A report as plain tables and text sections, the one shape both the public page (themes/default/templates/
 * annual-report.liquid) and the XLSX (src/reports/reportExport.ts) are made from, so the two never disagree.
 */
export type ReportCell = string | number
export type ReportTable = { title: string; header: string[]; rows: ReportCell[][]; note?: string }
export type ReportSection = { heading: string; paragraphs?: string[]; tables?: ReportTable[] }
export type ReportView = { title: string; sections: ReportSection[] }

const yesNo = (value: unknown) => (value ? '是' : '否')
const n = (value: unknown): ReportCell => (typeof value === 'number' && Number.isFinite(value) ? value : '')
const paragraphs = (text: string | null | undefined) => (text ?? '').split(/\r?\n/).map((p) => p.trim()).filter(Boolean)
const pairs = (title: string, rows: [string, ReportCell][]): ReportTable => ({ title, header: ['项目', '数据'], rows })

export function websiteReportView(report: AnnualReport, site: Site, homeUrl: string): ReportView {
  const f = report.figures as WebsiteFigures
  const w = report.website ?? {}
  const siteTypes: Record<string, string> = { portal: '政府门户网站', department: '部门网站', special: '专项网站' }
  const media = (w.newMedia ?? []).map((m) => [({ weibo: '微博', wechat: '微信' } as Record<string, string>)[m.platform] ?? '其他', m.name, n(m.posts), n(m.followers)])
  const table = (title: string, rows: [string, ReportCell][]) => ({ heading: title, tables: [pairs(title, rows)] })
  return {
    title: `${site.name}${report.year}年政府网站工作年度报表`,
    sections: [
      table('基本信息', [
        ['网站名称', site.name],
        ['首页网址', homeUrl],
        ['主办单位', site.sponsor ?? ''],
        ['网站类型', siteTypes[w.header?.siteType ?? 'portal'] ?? ''],
        ['政府网站标识码', site.siteCode],
        ['ICP备案号', site.filings?.icpNumber ?? ''],
        ['公安机关备案号', site.filings?.publicSecurityNumber ?? ''],
        ['独立用户访问总量（单位：个）', f.visits.visitors],
        ['网站总访问量（单位：次）', f.visits.views],
      ]),
      table('信息发布', [
        ['信息发布总数（单位：条）', f.release.total],
        ['概况类信息更新量', n(w.header?.overviewUpdates)],
        ['政务动态信息更新量', f.release.news],
        ['信息公开目录信息更新量', f.release.disclosure],
      ]),
      table('专栏专题', [
        ['维护数量（单位：个）', f.topics.maintained],
        ['新开设数量（单位：个）', f.topics.opened],
      ]),
      table('解读回应', [
        ['解读信息发布总数（单位：条）', f.interpretation.total],
        ['其中：解读材料数量', f.interpretation.materials],
        ['解读产品数量', f.interpretation.products],
        ['媒体评论文章数量', n(w.interpretation?.mediaComments)],
        ['回应公众关注热点或重大舆情数量（单位：次）', n(w.interpretation?.responses)],
      ]),
      table('办事服务', [
        ['是否发布服务事项目录', yesNo(w.services?.catalogPublished)],
        ['注册用户数（单位：个）', n(w.services?.registeredUsers)],
        ['政务服务事项数量（单位：项）', n(w.services?.serviceItems)],
        ['可全程在线办理政务服务事项数量（单位：项）', n(w.services?.onlineItems)],
        ['办件量：总数（单位：件）', n(w.services?.cases)],
        ['办件量：自然人办件量', n(w.services?.casesPersons)],
        ['办件量：法人办件量', n(w.services?.casesLegal)],
      ]),
      table('互动交流', [
        ['是否使用统一平台', yesNo(w.interaction?.unifiedPlatform)],
        ['留言办理：收到留言数量（单位：条）', f.interaction.messagesReceived],
        ['留言办理：办结留言数量（单位：条）', f.interaction.messagesConcluded],
        ['留言办理：平均办理时间（单位：天）', f.interaction.averageHandlingDays ?? ''],
        ['留言办理：公开答复数量（单位：条）', f.interaction.repliesPublished],
        ['征集调查：征集调查期数（单位：期）', f.interaction.consultations],
        ['征集调查：收到意见数量（单位：条）', f.interaction.consultationComments],
        ['征集调查：公布调查结果期数（单位：期）', f.interaction.consultationResultsPublished],
        ['在线访谈：访谈期数（单位：期）', n(w.interaction?.interviews)],
        ['在线访谈：网民留言数量（单位：条）', n(w.interaction?.interviewQuestions)],
        ['在线访谈：答复网民提问数量（单位：条）', n(w.interaction?.interviewAnswers)],
        ['是否提供智能问答', yesNo(w.interaction?.smartAnswers)],
      ]),
      table('安全防护', [
        ['安全检测评估次数（单位：次）', f.security.checks],
        ['发现问题数量（单位：个）', f.security.problemsFound],
        ['问题整改数量（单位：个）', f.security.problemsFixed],
        ['是否建立安全监测预警机制', yesNo(w.security?.monitoringMechanism)],
        ['是否开展应急演练', yesNo(w.security?.emergencyDrill)],
        ['是否明确网站安全负责人', yesNo(w.security?.securityOfficer)],
      ]),
      { heading: '移动新媒体', tables: [{ title: '移动新媒体', header: ['类型', '名称', '信息发布量（条）', '关注量/订阅数'], rows: media, note: media.length ? undefined : '无' }] },
      table('创新发展', [
        ['搜索即服务', yesNo(w.innovation?.searchService)],
        ['多语言版本', yesNo(w.innovation?.multilingual)],
        ['无障碍浏览', yesNo(w.innovation?.accessibility)],
        ['千人千网', yesNo(w.innovation?.personalised)],
        ['其他', w.innovation?.other ?? ''],
      ]),
      table('填报信息', [
        ['单位负责人', w.signOff?.head ?? ''],
        ['审核人', w.signOff?.reviewer ?? ''],
        ['填报人', w.signOff?.filledBy ?? ''],
        ['联系电话', w.signOff?.phone ?? ''],
        ['填报日期', report.finalisedAt ? report.finalisedAt.slice(0, 10) : ''],
      ]),
    ],
  }
}

export function opennessReportView(report: AnnualReport, site: Site): ReportView {
  const f = report.figures as OpennessFigures
  const o = report.openness ?? {}
  const t2 = f.table2
  const table3 = {
    title: '三、收到和处理政府信息公开申请情况',
    header: ['', ...table3Columns.map((c) => c.zh)],
    // Sub-rows are indented as in the national format; a heading line has no figures of its own.
    rows: table3Lines(f.table3).map((line) => ['\u3000'.repeat(line.level) + line.label, ...table3Columns.map((c) => line.counts?.[c.value] ?? '')]),
  }
  const table4Header = table4Blocks.flatMap((b) => table4Results.map((r) => `${b.label}：${r.label}`))
  return {
    title: `${site.sponsor || site.name}${report.year}年政府信息公开工作年度报告`,
    sections: [
      { heading: '一、总体情况', paragraphs: paragraphs(o.sections?.overview) },
      {
        heading: '二、主动公开政府信息情况',
        tables: [
          { title: '第二十条第（一）项', header: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], rows: [['规章', t2.rules.issued, t2.rules.repealed, t2.rules.inForce], ['行政规范性文件', t2.normativeDocuments.issued, t2.normativeDocuments.repealed, t2.normativeDocuments.inForce]] },
          { title: '第二十条第（五）项', header: ['信息内容', '本年处理决定数量'], rows: [['行政许可', n(o.table2Entered?.licensing)]] },
          { title: '第二十条第（六）项', header: ['信息内容', '本年处理决定数量'], rows: [['行政处罚', n(o.table2Entered?.penalties)], ['行政强制', n(o.table2Entered?.enforcement)]] },
          { title: '第二十条第（八）项', header: ['信息内容', '本年收费金额（单位：万元）'], rows: [['行政事业性收费', n(o.table2Entered?.fees)]] },
        ],
      },
      { heading: '三、收到和处理政府信息公开申请情况', tables: [table3] },
      { heading: '四、政府信息公开行政复议、行政诉讼情况', tables: [{ title: '四、政府信息公开行政复议、行政诉讼情况', header: ['', ...table4Header], rows: [['案件数', ...table4Blocks.flatMap((b) => table4Results.map((r) => f.table4[b.key][r.key]))]] }] },
      { heading: '五、存在的主要问题及改进情况', paragraphs: paragraphs(o.sections?.problems) },
      { heading: '六、其他需要报告的事项', paragraphs: paragraphs(o.sections?.otherMatters) },
    ],
  }
}
