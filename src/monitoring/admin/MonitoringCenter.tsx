
import type { AdminViewServerProps } from 'payload'
import { AdminFrame } from '../../adminViews/AdminFrame'
import { Gutter } from '@payloadcms/ui'
import { readsWholeCluster } from '../../access/roles'
import { monitoringCenterData } from './centerData'
import { TrendChart } from './TrendChart'

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
  const allowed = readsWholeCluster(req.user)
  const data = allowed ? await monitoringCenterData(req.payload) : null
  const admin = req.payload.config.routes.admin
  return (
    <AdminFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <Gutter className="zq-monitor">
        <style>{css}</style>
        <h1>监测中心</h1>
        <p className="zq-hint">按《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）每日监测全部在运行网站：单项否决预测、扣分后得分和近 30 天趋势。阈值在“系统 → 监测设置”中调整。</p>
        {!data ? (
          <p>仅平台管理员和监管人员可以查看监测中心。网站管理员请在“网站监测 → 监测预警”查看本网站的预警。</p>
        ) : (
          <>
            <p>
              <a href={`${admin}/monitoring/bulletin`}>月度通报（可打印、可下载 Excel）</a>
            </p>
            <TrendChart days={data.days} />
            <table data-testid="monitoring-cluster-table">
              <thead>
                <tr>
                  <th>网站</th>
                  <th>单项否决预测</th>
                  <th>得分</th>
                  <th>预警</th>
                  <th>近 30 天得分</th>
                  <th>报告</th>
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
                      {row.day === null ? '尚未监测' : row.vetoes.length ? row.vetoes.map((v) => <span key={v.item} className="zq-veto" title={v.figure}>{v.label}</span>) : <span className="zq-ok">无</span>}
                    </td>
                    <td>{row.score ?? '—'}</td>
                    <td>{row.warningCount}</td>
                    <td className="zq-spark" title={row.trend.map((t) => `${t.day}: ${t.score}`).join('\n')}>{sparkline(row.trend.map((t) => t.score))}</td>
                    <td>{row.reportId ? <a href={`${admin}/collections/site-health-reports/${row.reportId}`}>{row.day} 报告</a> : '—'}</td>
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
