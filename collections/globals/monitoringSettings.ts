import type { Field, GlobalConfig } from 'payload'
import { isPlatformAdmin, readsWholeCluster } from '../../src/access/roles'
import { columnKinds } from '../columns/kinds'
import { longStaleDaysByKindDefaults, monitoringDefaults } from '../../src/settings/monitoringDefaults'
import { forgetMonitoringSettings } from '../../src/monitoring/settings'

const labels: Record<keyof typeof monitoringDefaults, { zh: string; en: string }> = {
  availabilityWindowDays: { zh: '可访问性统计周期（天）', en: 'Availability window (days)' },
  availabilityTimeoutSeconds: { zh: '首页打开超时（秒）', en: 'Home page timeout (seconds)' },
  availabilityProbesPerDay: { zh: '每日可访问性监测次数（不少于 20）', en: 'Availability probes per day (at least 20)' },
  unreachableVetoPercent: { zh: '无法访问否决线（%）', en: 'Unreachable veto line (%)' },
  unreachableWarnPercent: { zh: '无法访问预警线（%）', en: 'Unreachable warning line (%)' },
  homeStaleVetoDays: { zh: '首页不更新否决线（天）', en: 'Home page not updated: veto line (days)' },
  homeStaleWarnDays: { zh: '首页不更新预警线（天）', en: 'Home page not updated: warning line (days)' },
  newsStaleDays: { zh: '动态要闻类栏目更新周期（天）', en: 'Update period of news columns (days)' },
  noticePolicyStaleMonths: { zh: '通知公告/政策文件类一级栏目更新周期（月）', en: 'Update period of top-level notice and policy columns (months)' },
  newsNoticeStaleVetoCount: { zh: '上述两类未更新栏目否决线（个）', en: 'Veto line for stale columns of those two kinds (columns)' },
  longStaleVetoCount: { zh: '长期未更新栏目否决线（个）', en: 'Veto line for long-stale columns (columns)' },
  emptyColumnsVetoCount: { zh: '空白栏目否决线（个）', en: 'Veto line for empty columns (columns)' },
  emptyColumnsWarnAbove: { zh: '空白栏目预警：超过（个）', en: 'Empty-column warning: more than (columns)' },
  staleColumnsWarnAbove: { zh: '未更新栏目预警：超过（个）', en: 'Stale-column warning: more than (columns)' },
  externalLinkTimeoutSeconds: { zh: '外部链接检测超时（秒）', en: 'External link check timeout (seconds)' },
  externalRequestsPerHostPerMinute: { zh: '每个外部网站每分钟最多请求数', en: 'Requests per minute to one external site, at most' },
  externalLinksPerRun: { zh: '每次监测最多检测的外部链接数', en: 'External links checked per run, at most' },
  deductPerStaleColumn: { zh: '扣分：每个未更新栏目', en: 'Deduction: per stale column' },
  deductPerEmptyColumn: { zh: '扣分：每个空白栏目', en: 'Deduction: per empty column' },
  deductPerBrokenHomeLink: { zh: '扣分：每个首页错链', en: 'Deduction: per broken link on the home page' },
  deductPerBrokenInnerLink: { zh: '扣分：每个内页错链或附件错链', en: 'Deduction: per broken inner-page or attachment link' },
  deductPerBrokenExternalLink: { zh: '扣分：每个外部错链', en: 'Deduction: per broken external link' },
  deductPerFooterElement: { zh: '扣分：页面底部每缺一项', en: 'Deduction: per missing footer element' },
  deductPerLateRepost: { zh: '扣分：每条超时转载', en: 'Deduction: per late repost' },
  deductPerUnreachablePercent: { zh: '扣分：无法访问每 1%', en: 'Deduction: per 1% unreachable' },
  deductPerContentFinding: { zh: '扣分：每处错敏词', en: 'Deduction: per wrong or sensitive wording' },
}

const numberField = (name: string, label: { zh: string; en: string }, defaultValue: number): Field => ({ name, type: 'number', required: true, min: 0, defaultValue, label })

/** 监测设置: the 19号 veto lines, early-warning lines and deduction weights the monitor uses. */
export const MonitoringSettingsGlobal: GlobalConfig = {
  slug: 'monitoring-settings',
  label: { zh: '监测设置', en: 'Monitoring settings' },
  admin: { group: { zh: '系统', en: 'System' }, description: { zh: '默认值为《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）的否决线和常用预警线。', en: 'Defaults are the veto lines and usual warning lines of the Inspection Indicators for Government Websites and New Media ([2019] 19).' } },
  access: { read: ({ req }) => readsWholeCluster(req.user), update: ({ req }) => isPlatformAdmin(req.user) },
  hooks: { afterChange: [() => forgetMonitoringSettings()] },
  fields: [
    ...(Object.keys(monitoringDefaults) as (keyof typeof monitoringDefaults)[]).map((key) => numberField(key, labels[key], monitoringDefaults[key])),
    {
      name: 'longStaleDaysByKind',
      type: 'group',
      label: { zh: '“应更新但长期未更新”：各类栏目的更新周期（天，0 为不检查）', en: 'Long-stale line per column kind (days)' },
      fields: columnKinds
        .filter((k) => longStaleDaysByKindDefaults[k.value] > 0)
        .map((k) => numberField(k.value, k.label, longStaleDaysByKindDefaults[k.value])),
    },
  ],
}
