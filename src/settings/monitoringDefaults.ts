import type { ColumnKind } from '../../collections/columns/kinds'

/**
 * Site-health monitoring thresholds. The veto lines are those of 国办秘函〔2019〕19号 (see
 * /shared/spec/domain-rules.md §2.2); the early-warning lines are a commercial monitor's, set to warn
 * before each veto line. Administrators change them in 系统 → 监测设置 (`monitoring-settings`).
 */
export const monitoringDefaults = {
  /** 站点无法访问: monitored for 1 week. */
  availabilityWindowDays: 7,
  /** A probe fails when the home page has not opened after 15 s. */
  availabilityTimeoutSeconds: 15,
  /** ≥ 20 probes a day; the cron runs every 60 / this many minutes… rounded to a divisor of the day. */
  availabilityProbesPerDay: 24,
  /** Veto when failed / total ≥ 5%. */
  unreachableVetoPercent: 5,
  /** Early warning at 3% unreachable. */
  unreachableWarnPercent: 3,
  /** 首页不更新: no new item in the 2 weeks before the check. */
  homeStaleVetoDays: 14,
  /** Early warning after 10 days without a home-page update. */
  homeStaleWarnDays: 10,
  /** 动态要闻类 columns: stale when nothing new in 2 weeks. */
  newsStaleDays: 14,
  /** 通知公告/政策文件类 top-level columns: stale when nothing new in 6 months. */
  noticePolicyStaleMonths: 6,
  /** Veto when stale news + stale notice/policy columns together ≥ 5. */
  newsNoticeStaleVetoCount: 5,
  /** Veto when 「应更新但长期未更新」 columns ≥ 10. */
  longStaleVetoCount: 10,
  /** Veto when 空白栏目 ≥ 5. */
  emptyColumnsVetoCount: 5,
  /** Early warning when more than 2 empty columns. */
  emptyColumnsWarnAbove: 2,
  /** Early warning when more than 6 stale columns (all classes together). */
  staleColumnsWarnAbove: 6,
  /** External link checks: timeout per request. */
  externalLinkTimeoutSeconds: 10,
  /** Never more than this many requests to one external host per minute. */
  externalRequestsPerHostPerMinute: 30,
  /** Most external URLs checked per daily run; the rest are recorded as unchecked. */
  externalLinksPerRun: 20_000,
  /** Deduction weights (points; each group capped at its indicator's points). */
  deductPerStaleColumn: 1,
  deductPerEmptyColumn: 2,
  deductPerBrokenHomeLink: 1,
  deductPerBrokenInnerLink: 0.1,
  deductPerBrokenExternalLink: 0.1,
  deductPerFooterElement: 2,
  deductPerLateRepost: 0.5,
  deductPerUnreachablePercent: 2,
  deductPerContentFinding: 1,
} as const

export type MonitoringSettings = { -readonly [K in keyof typeof monitoringDefaults]: number } & {
  /** 「应更新但长期未更新」: days after which a column of each other kind counts as long stale; 0 = never. */
  longStaleDaysByKind: Record<ColumnKind, number>
}

/** Kinds with their own line (news, notice, policy) are absent here; interaction is the interaction probe's. */
export const longStaleDaysByKindDefaults: Record<ColumnKind, number> = {
  news: 0,
  notice: 0,
  policy: 0,
  interpretation: 365,
  personnel: 365,
  planning: 365,
  disclosure: 365,
  // Once a year by statute; the desks' reminder from 1 January (src/reports/reminders.ts) watches the date.
  'annual-report': 0,
  interaction: 0,
  service: 365,
  topic: 365,
  other: 365,
}

export const defaultMonitoringSettings = (): MonitoringSettings => ({ ...monitoringDefaults, longStaleDaysByKind: { ...longStaleDaysByKindDefaults } })

/** Deduction groups and their indicator points (2015 census groups; a group's deductions never exceed its points). */
export const deductionGroupPoints = {
  availability: 20,
  updates: 30,
  links: 15,
  footer: 10,
  reposting: 10,
  contentSafety: 15,
} as const
