import type { Field, GlobalConfig } from 'payload'
import { isPlatformAdmin, readsWholeCluster } from '../../src/access/roles'
import { columnKinds } from '../columns/kinds'
import { longStaleDaysByKindDefaults, monitoringDefaults } from '../../src/settings/monitoringDefaults'
import { forgetMonitoringSettings } from '../../src/monitoring/settings'

const labels: Record<keyof typeof monitoringDefaults, string> = {
  availabilityWindowDays: '可访问性统计周期（天）',
  availabilityTimeoutSeconds: '首页打开超时（秒）',
  availabilityProbesPerDay: '每日可访问性监测次数（不少于 20）',
  unreachableVetoPercent: '无法访问否决线（%）',
  unreachableWarnPercent: '无法访问预警线（%）',
  homeStaleVetoDays: '首页不更新否决线（天）',
  homeStaleWarnDays: '首页不更新预警线（天）',
  newsStaleDays: '动态要闻类栏目更新周期（天）',
  noticePolicyStaleMonths: '通知公告/政策文件类一级栏目更新周期（月）',
  newsNoticeStaleVetoCount: '上述两类未更新栏目否决线（个）',
  longStaleVetoCount: '长期未更新栏目否决线（个）',
  emptyColumnsVetoCount: '空白栏目否决线（个）',
  emptyColumnsWarnAbove: '空白栏目预警：超过（个）',
  staleColumnsWarnAbove: '未更新栏目预警：超过（个）',
  externalLinkTimeoutSeconds: '外部链接检测超时（秒）',
  externalRequestsPerHostPerMinute: '每个外部网站每分钟最多请求数',
  externalLinksPerRun: '每次监测最多检测的外部链接数',
  deductPerStaleColumn: '扣分：每个未更新栏目',
  deductPerEmptyColumn: '扣分：每个空白栏目',
  deductPerBrokenHomeLink: '扣分：每个首页错链',
  deductPerBrokenInnerLink: '扣分：每个内页错链或附件错链',
  deductPerBrokenExternalLink: '扣分：每个外部错链',
  deductPerFooterElement: '扣分：页面底部每缺一项',
  deductPerLateRepost: '扣分：每条超时转载',
  deductPerUnreachablePercent: '扣分：无法访问每 1%',
  deductPerContentFinding: '扣分：每处错敏词',
}

const numberField = (name: string, label: string, defaultValue: number): Field => ({ name, type: 'number', required: true, min: 0, defaultValue, label: { zh: label, en: name } })

/** 监测设置: the 19号 veto lines, early-warning lines and deduction weights the monitor uses. */
export const MonitoringSettingsGlobal: GlobalConfig = {
  slug: 'monitoring-settings',
  label: { zh: '监测设置', en: 'Monitoring settings' },
  admin: { group: { zh: '系统', en: 'System' }, description: { zh: '默认值为《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）的否决线和常用预警线。', en: 'Defaults are the veto lines and usual warning lines of the Inspection Indicators for Government Websites and New Media (〔2019〕19).' } },
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
        .map((k) => numberField(k.value, k.label.zh, longStaleDaysByKindDefaults[k.value])),
    },
  ],
}
