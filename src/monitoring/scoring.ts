import { deductionGroupPoints, type MonitoringSettings } from '../settings/monitoringDefaults'
import type { AvailabilityFigure } from './availability'
import type { SafetyFinding } from './contentSafety'
import type { FooterProblem } from './footer'
import type { ColumnFreshness, HomeFreshness } from './freshness'
import { interactionFigure, interactionVetoed, type InteractionFinding } from './interaction'

/** Everything the probes measured for one site: the input of the prediction, the score and the warnings. */
export type SiteFigures = {
  availability: AvailabilityFigure
  home: HomeFreshness
  columns: ColumnFreshness
  links: { brokenHome: number; brokenInner: number; brokenAttachments: number; brokenExternal: number; unknownExternal: number; uncheckedExternal: number }
  footer: FooterProblem[]
  reposting: { late: number; overduePending: number }
  interaction: InteractionFinding
  contentSafety: SafetyFinding[]
  /** 依申请公开 applications past their due day, not concluded; absent where the probe did not look. */
  disclosureOverdue?: { trackingCode: string; dueOn: string }[]
}

export const vetoItems = ['security', 'unreachable', 'homeStale', 'columnsStale', 'interaction'] as const
export type VetoItem = (typeof vetoItems)[number]

export const vetoLabels: Record<VetoItem, string> = {
  security: '严重表述错误等安全问题',
  unreachable: '站点无法访问',
  homeStale: '首页不更新',
  columnsStale: '栏目不更新',
  interaction: '互动回应差',
}

export type VetoPrediction = { item: VetoItem; label: string; vetoed: boolean; figure: string; line: string }

/** 单项否决 prediction: each of the five items for websites, with the site's figure and the 19号 line. */
export function predictVetoes(f: SiteFigures, s: MonitoringSettings): VetoPrediction[] {
  const wrongTitles = f.contentSafety.filter((x) => x.kind === 'leaderTitle')
  const staleNewsNotice = f.columns.staleNewsNotice.length
  const longStale = f.columns.longStale.length
  const empty = f.columns.empty.length
  const homeDays = f.home.daysSince
  const rows: Omit<VetoPrediction, 'label'>[] = [
    {
      item: 'security',
      vetoed: wrongTitles.length > 0,
      figure: wrongTitles.length ? `领导职务错误 ${wrongTitles.length} 处（${wrongTitles.map((w) => w.term).join('、')}）` : '未发现领导姓名职务错误',
      line: '出现严重表述错误即否决',
    },
    {
      item: 'unreachable',
      vetoed: f.availability.total > 0 && f.availability.failedPercent >= s.unreachableVetoPercent,
      figure: `近 ${s.availabilityWindowDays} 天 ${f.availability.total} 次监测，${f.availability.failed} 次无法访问（${f.availability.failedPercent}%）`,
      line: `无法访问比例 ≥ ${s.unreachableVetoPercent}%`,
    },
    {
      item: 'homeStale',
      vetoed: homeDays === null || homeDays > s.homeStaleVetoDays,
      figure: homeDays === null ? '首页从未发布信息' : `首页 ${homeDays} 天未更新`,
      line: `超过 ${s.homeStaleVetoDays} 天未更新`,
    },
    {
      item: 'columnsStale',
      vetoed: staleNewsNotice >= s.newsNoticeStaleVetoCount || longStale >= s.longStaleVetoCount || empty >= s.emptyColumnsVetoCount,
      figure: `动态要闻/通知公告/政策文件类未按时更新 ${staleNewsNotice} 个，长期未更新 ${longStale} 个，空白栏目 ${empty} 个`,
      line: `合计 ≥ ${s.newsNoticeStaleVetoCount} 个，或长期未更新 ≥ ${s.longStaleVetoCount} 个，或空白栏目 ≥ ${s.emptyColumnsVetoCount} 个`,
    },
    {
      item: 'interaction',
      vetoed: interactionVetoed(f.interaction),
      figure: interactionFigure(f.interaction),
      line: '无有效的网上咨询建议渠道，或有效留言超过 3 个月未答复，即否决',
    },
  ]
  return rows.map((row) => ({ ...row, label: vetoLabels[row.item] }))
}

export type Deduction = { group: keyof typeof deductionGroupPoints; points: number; reason: string }

const round = (n: number) => Math.round(n * 100) / 100

/** 扣分: 100 minus deductions, each group capped at its indicator's points. Weights are settings. */
export function deductionScore(f: SiteFigures, s: MonitoringSettings): { score: number; deductions: Deduction[] } {
  const raw: Deduction[] = [
    { group: 'availability', points: f.availability.failedPercent * s.deductPerUnreachablePercent, reason: `无法访问 ${f.availability.failedPercent}%` },
    { group: 'updates', points: (f.columns.staleNewsNotice.length + f.columns.longStale.length) * s.deductPerStaleColumn, reason: `未按时更新栏目 ${f.columns.staleNewsNotice.length + f.columns.longStale.length} 个` },
    { group: 'updates', points: f.columns.empty.length * s.deductPerEmptyColumn, reason: `空白栏目 ${f.columns.empty.length} 个` },
    { group: 'links', points: f.links.brokenHome * s.deductPerBrokenHomeLink, reason: `首页错链 ${f.links.brokenHome} 个` },
    { group: 'links', points: (f.links.brokenInner + f.links.brokenAttachments) * s.deductPerBrokenInnerLink, reason: `内页错链 ${f.links.brokenInner} 个、附件错链 ${f.links.brokenAttachments} 个` },
    { group: 'links', points: f.links.brokenExternal * s.deductPerBrokenExternalLink, reason: `外部错链 ${f.links.brokenExternal} 个` },
    { group: 'footer', points: f.footer.length * s.deductPerFooterElement, reason: f.footer.length ? `页面底部缺少：${f.footer.map((p) => p.label).join('、')}` : '页面底部要素齐全' },
    { group: 'reposting', points: (f.reposting.late + f.reposting.overduePending) * s.deductPerLateRepost, reason: `转载超时 ${f.reposting.late} 条、逾期未处理 ${f.reposting.overduePending} 条` },
    { group: 'contentSafety', points: f.contentSafety.length * s.deductPerContentFinding, reason: `错敏词 ${f.contentSafety.length} 处` },
  ]
  const used = new Map<string, number>()
  const deductions: Deduction[] = []
  for (const d of raw) {
    if (d.points <= 0) continue
    const left = deductionGroupPoints[d.group] - (used.get(d.group) ?? 0)
    const points = round(Math.min(left, d.points))
    if (points <= 0) continue
    used.set(d.group, (used.get(d.group) ?? 0) + points)
    deductions.push({ ...d, points })
  }
  return { score: round(100 - deductions.reduce((sum, d) => sum + d.points, 0)), deductions }
}

export type HealthWarning = { code: string; level: 'veto' | 'warning'; message: string }

/** 预警: before each veto line (3% unreachable, 10 days, > 2 empty, > 6 stale), plus every predicted veto. */
export function earlyWarnings(f: SiteFigures, vetoes: VetoPrediction[], s: MonitoringSettings): HealthWarning[] {
  const warnings: HealthWarning[] = vetoes
    .filter((v) => v.vetoed)
    .map((v) => ({ code: `veto:${v.item}`, level: 'veto', message: `预计单项否决「${v.label}」：${v.figure}（否决线：${v.line}）` }))
  const vetoed = new Set(vetoes.filter((v) => v.vetoed).map((v) => v.item))
  const stale = f.columns.staleNewsNotice.length + f.columns.longStale.length
  if (!vetoed.has('unreachable') && f.availability.total > 0 && f.availability.failedPercent >= s.unreachableWarnPercent) {
    warnings.push({ code: 'warn:unreachable', level: 'warning', message: `无法访问比例 ${f.availability.failedPercent}%，已达预警线 ${s.unreachableWarnPercent}%` })
  }
  if (!vetoed.has('homeStale') && f.home.daysSince !== null && f.home.daysSince >= s.homeStaleWarnDays) {
    warnings.push({ code: 'warn:homeStale', level: 'warning', message: `首页已 ${f.home.daysSince} 天未更新（预警线 ${s.homeStaleWarnDays} 天，否决线 ${s.homeStaleVetoDays} 天）` })
  }
  if (f.columns.empty.length > s.emptyColumnsWarnAbove) {
    warnings.push({ code: 'warn:emptyColumns', level: 'warning', message: `空白栏目 ${f.columns.empty.length} 个：${f.columns.empty.map((c) => c.column.title).join('、')}（超过 ${s.emptyColumnsWarnAbove} 个预警）` })
  }
  if (stale > s.staleColumnsWarnAbove) {
    warnings.push({ code: 'warn:staleColumns', level: 'warning', message: `未按时更新栏目 ${stale} 个（超过 ${s.staleColumnsWarnAbove} 个预警）` })
  }
  const overdue = f.disclosureOverdue ?? []
  if (overdue.length) {
    // 条例第三十三条: any application answered late is a breach, so one is enough to warn; the oldest come first.
    const named = overdue.slice(0, 5).map((a) => `${a.trackingCode}（${a.dueOn} 到期）`).join('、')
    warnings.push({ code: 'warn:disclosureOverdue', level: 'warning', message: `依申请公开超期未答复 ${overdue.length} 件：${named}${overdue.length > 5 ? ' 等' : ''}` })
  }
  return warnings
}
