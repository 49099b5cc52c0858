
import type { AdminViewServerProps } from 'payload'
import { AdminFrame } from '../../adminViews/AdminFrame'
import { Gutter } from '@payloadcms/ui'
import { readsWholeCluster } from '../../access/roles'
import { monitoringCenterData } from './centerData'
import { TrendChart } from './TrendChart'
import { speaker } from '../../i18n/bilingual'
import type { VetoItem } from '../scoring'
import { healthWarningIn, vetoLabelIn } from '../warningText'

const css = `
.zq-monitor h1 { margin: calc(var(--base) * 1) 0 calc(var(--base) * 0.25); }
.zq-monitor .zq-hint { color: var(--theme-elevation-600); margin: 0 0 calc(var(--base) * 1); }
.zq-monitor table { width: 100%; border-collapse: collapse; font-size: 0.95rem; margin-top: calc(var(--base) * 1); }
.zq-monitor th, .zq-monitor td { padding: 6px 10px; border-bottom: 1px solid var(--theme-elevation-100); text-align: left; vertical-align: top; }
.zq-monitor thead th { background: var(--theme-elevation-50); }
.zq-monitor .zq-veto { color: var(--theme-error-500); font-weight: 600; display: block; }
.zq-monitor .zq-ok { color: var(--theme-success-500); }
.zq-monitor .zq-code { display: block; color: var(--theme-elevation-500); font-size: 0.85em; }
.zq-monitor .zq-spark { font-family: monospace; letter-spacing: 1px; }
`

const sparkline = (scores: number[]) => scores.map((s) => '▁▂▃▄▅▆▇█'[Math.max(0, Math.min(7, Math.floor((s / 100) * 7.99)))]).join('')

/** 监测中心: the general office's view of every site's predicted vetoes, score and trend. */
export async function MonitoringCenter({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const L = speaker(req)
  const allowed = readsWholeCluster(req.user)
  const data = allowed ? await monitoringCenterData(req.payload) : null
  const admin = req.payload.config.routes.admin
  return (
    <AdminFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <Gutter className="zq-monitor">
        <style>{css}</style>
        <h1>{L('监测中心', 'Monitoring center')}</h1>
        <p className="zq-hint">
          {L(
            '按《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）每日监测全部在运行网站：单项否决预测、扣分后得分和近 30 天趋势。阈值在“系统 → 监测设置”中调整。',
            'Every live site is checked daily against the Inspection Indicators for Government Websites and New Media (〔2019〕19): predicted single vetoes, score after deductions and the 30-day trend. Thresholds: System → Monitoring settings.',
          )}
        </p>
        {!data ? (
          <p>
            {L(
              '仅平台管理员和监管人员可以查看监测中心。网站管理员请在“网站监测 → 监测预警”查看本网站的预警。',
              'Only platform administrators and supervisors see the monitoring center. Site administrators find their warnings under Site monitoring → Health warnings.',
            )}
          </p>
        ) : (
          <>
            <p>
              <a href={`${admin}/monitoring/bulletin`}>{L('月度通报（可打印、可下载 Excel）', 'Monthly bulletin (printable, Excel download)')}</a>
            </p>
            <TrendChart days={data.days} english={req.i18n.language === 'en'} />
            <table data-testid="monitoring-cluster-table">
              <thead>
                <tr>
                  <th>{L('网站', 'Site')}</th>
                  <th>{L('单项否决预测', 'Predicted vetoes')}</th>
                  <th>{L('得分', 'Score')}</th>
                  <th>{L('预警', 'Warnings')}</th>
                  <th>{L('近 30 天得分', 'Score, last 30 days')}</th>
                  <th>{L('报告', 'Report')}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => (
                  <tr key={row.siteId} data-site-code={row.siteCode}>
                    <td>
                      <a href={`${admin}/monitoring/site/${row.siteId}`}>{row.name}</a>
                      <span className="zq-code">{row.siteCode}</span>
                    </td>
                    <td>
                      {row.day === null ? L('尚未监测', 'Not checked yet') : row.vetoes.length ? row.vetoes.map((v) => <span key={v.item} className="zq-veto" title={healthWarningIn(req.i18n.language, v.figure)}>{vetoLabelIn(req.i18n.language, v.item as VetoItem)}</span>) : <span className="zq-ok">{L('无', 'None')}</span>}
                    </td>
                    <td>{row.score ?? '—'}</td>
                    <td>{row.warningCount}</td>
                    <td className="zq-spark" title={row.trend.map((t) => `${t.day}: ${t.score}`).join('\n')}>{sparkline(row.trend.map((t) => t.score))}</td>
                    <td>{row.reportId ? <a href={`${admin}/collections/site-health-reports/${row.reportId}`}>{row.day} {L('报告', 'report')}</a> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Gutter>
    </AdminFrame>
  )
}
