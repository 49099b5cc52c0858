import type { AdminViewServerProps } from 'payload'
import { AdminFrame } from '../../adminViews/AdminFrame'
import { Gutter } from '@payloadcms/ui'
import { readsWholeCluster } from '../../access/roles'
import { monthlyBulletin, parseMonth, previousChinaMonth, verdictLabels } from '../bulletin'
import { PrintButton } from './PrintButton'
import { monitorCss, printCss } from './styles'

/** 月度通报, printable: /admin/monitoring/bulletin?month=YYYY-MM (China-time month; the previous one by default). */
export async function BulletinView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const allowed = readsWholeCluster(req.user)
  const query = ((await searchParams) ?? {}) as Record<string, string | string[] | undefined>
  const asked = typeof query.month === 'string' ? query.month : ''
  const month = parseMonth(asked) ? asked : previousChinaMonth()
  const b = allowed ? await monthlyBulletin(req.payload, month) : null
  return (
    <AdminFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <Gutter className="zq-monitor">
        <style>{monitorCss + printCss}</style>
        {!b ? (
          <>
            <h1>月度通报</h1>
            <p>仅平台管理员和监管人员可以查看月度通报。</p>
          </>
        ) : (
          <div data-testid="monitoring-bulletin">
            <form className="zq-toolbar zq-no-print" method="get">
              <a href={`${req.payload.config.routes.admin}/monitoring`}>← 监测中心</a>
              <label>
                月份（北京时间）：<input type="text" name="month" inputMode="numeric" maxLength={7} pattern="\d{4}-(0[1-9]|1[0-2])" placeholder="年-月" title="按“年-月”填写，例如 2026-03" defaultValue={month} />
              </label>
              <button type="submit" className="btn btn--style-secondary btn--size-small">查看</button>
              <a className="btn btn--style-secondary btn--size-small" href={`${req.payload.config.routes.api}/site-health-reports/bulletin?format=xlsx&month=${month}`}>
                下载 Excel
              </a>
              <PrintButton />
            </form>
            {asked && asked !== month ? <p className="zq-veto zq-no-print">月份请按“年-月”填写（例如 2026-03），已显示 {month}。</p> : null}
            <h1>{b.title}</h1>
            <p>
              通报期间：{b.period.firstDay} 至 {b.period.lastDay}（北京时间）。在运行网站 {b.summary.sites} 个，本月监测 {b.summary.monitored} 个：预计单项否决 {b.summary.vetoed} 个，低于 60 分 {b.summary.failed}{' '}
              个，合格 {b.summary.passed} 个；平均得分 {b.summary.averageScore ?? '—'}。结论按各网站本月最后一次监测判定，否决与扣分依据国办秘函〔2019〕19号。
            </p>
            <table data-testid="bulletin-table">
              <thead>
                <tr>
                  <th>序号</th>
                  <th>网站名称</th>
                  <th>结论</th>
                  <th>月末得分</th>
                  <th>月均得分</th>
                  <th>监测天数</th>
                  <th>预计否决天数</th>
                  <th>主要问题</th>
                </tr>
              </thead>
              <tbody>
                {b.sites.map((r, i) => (
                  <tr key={r.siteId} data-site-code={r.siteCode}>
                    <td>{i + 1}</td>
                    <td>{r.name}</td>
                    <td className={r.verdict === 'veto' || r.verdict === 'fail' ? 'zq-veto' : undefined}>{verdictLabels[r.verdict]}</td>
                    <td>{r.lastScore ?? '—'}</td>
                    <td>{r.averageScore ?? '—'}</td>
                    <td>{r.reportDays}</td>
                    <td>{r.vetoDays}</td>
                    <td>
                      {[...r.vetoes.map((v) => `${v.label}：${v.figure}`), ...(r.columns.length ? [`问题栏目 ${r.columns.length} 个`] : []), ...(r.brokenLinks ? [`错链 ${r.brokenLinks} 个`] : [])].join('；') || '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Gutter>
    </AdminFrame>
  )
}
