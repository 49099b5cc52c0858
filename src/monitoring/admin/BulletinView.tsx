import type { AdminViewServerProps } from 'payload'
import { AdminFrame } from '../../adminViews/AdminFrame'
import { Gutter } from '@payloadcms/ui'
import { readsWholeCluster } from '../../access/roles'
import { monthlyBulletin, parseMonth, previousChinaMonth, verdictLabels, verdictLabelsEn } from '../bulletin'
import { healthWarningIn, vetoLabelIn } from '../warningText'
import { PrintButton } from './PrintButton'
import { monitorCss, printCss } from './styles'
import { speaker } from '../../i18n/bilingual'

/** 月度通报, printable: /admin/monitoring/bulletin?month=YYYY-MM (China-time month; the previous one by default). */
export async function BulletinView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const L = speaker(req)
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
            <h1>{L('月度通报', 'Monthly bulletin')}</h1>
            <p>{L('仅平台管理员和监管人员可以查看月度通报。', 'Only platform administrators and supervisors see the monthly bulletin.')}</p>
          </>
        ) : (
          <div data-testid="monitoring-bulletin">
            <form className="zq-toolbar zq-no-print" method="get">
              <a href={`${req.payload.config.routes.admin}/monitoring`}>← {L('监测中心', 'Monitoring center')}</a>
              <label>
                {L('月份（北京时间）：', 'Month (Beijing time): ')}
                <input type="text" name="month" inputMode="numeric" maxLength={7} pattern="\d{4}-(0[1-9]|1[0-2])" placeholder={L('年-月', 'yyyy-MM')} title={L('按“年-月”填写，例如 2026-03', 'As yyyy-MM, e.g. 2026-03')} defaultValue={month} />
              </label>
              <button type="submit" className="btn btn--style-secondary btn--size-small">
                {L('查看', 'Show')}
              </button>
              <a className="btn btn--style-secondary btn--size-small" href={`${req.payload.config.routes.api}/site-health-reports/bulletin?format=xlsx&month=${month}`}>
                {L('下载 Excel', 'Download Excel')}
              </a>
              <PrintButton label={L('打印 / 另存为 PDF', 'Print / save as PDF')} />
            </form>
            {asked && asked !== month ? <p className="zq-veto zq-no-print">{L(`月份请按“年-月”填写（例如 2026-03），已显示 ${month}。`, `Enter the month as yyyy-MM (e.g. 2026-03); showing ${month}.`)}</p> : null}
            {/* The bulletin itself is a Chinese government document, printed and sent as it is. */}
            <h1 data-document>{b.title}</h1>
            <p>
              通报期间：{b.period.firstDay} 至 {b.period.lastDay}（北京时间）。在运行网站 {b.summary.sites} 个，本月监测 {b.summary.monitored} 个：预计单项否决 {b.summary.vetoed} 个，低于 60 分 {b.summary.failed}{' '}
              个，合格 {b.summary.passed} 个；平均得分 {b.summary.averageScore ?? '—'}。结论按各网站本月最后一次监测判定，否决与扣分依据国办秘函〔2019〕19号。
            </p>
            <table data-testid="bulletin-table">
              <thead>
                <tr>
                  <th>{L('序号', 'No.')}</th>
                  <th>{L('网站名称', 'Site')}</th>
                  <th>{L('结论', 'Verdict')}</th>
                  <th>{L('月末得分', 'Score at month end')}</th>
                  <th>{L('月均得分', 'Monthly average')}</th>
                  <th>{L('监测天数', 'Days checked')}</th>
                  <th>{L('预计否决天数', 'Days with a predicted veto')}</th>
                  <th>{L('主要问题', 'Main problems')}</th>
                </tr>
              </thead>
              <tbody>
                {b.sites.map((r, i) => (
                  <tr key={r.siteId} data-site-code={r.siteCode}>
                    <td>{i + 1}</td>
                    <td>{r.name}</td>
                    <td className={r.verdict === 'veto' || r.verdict === 'fail' ? 'zq-veto' : undefined}>{L(verdictLabels[r.verdict], verdictLabelsEn[r.verdict])}</td>
                    <td>{r.lastScore ?? '—'}</td>
                    <td>{r.averageScore ?? '—'}</td>
                    <td>{r.reportDays}</td>
                    <td>{r.vetoDays}</td>
                    <td>
                      {[
                        ...r.vetoes.map((v) => `${vetoLabelIn(req.i18n.language, v.item)}${L('：', ': ')}${healthWarningIn(req.i18n.language, v.figure)}`),
                        ...(r.columns.length ? [L(`问题栏目 ${r.columns.length} 个`, `${r.columns.length} columns with problems`)] : []),
                        ...(r.brokenLinks ? [L(`错链 ${r.brokenLinks} 个`, `${r.brokenLinks} broken links`)] : []),
                      ].join(L('；', '; ')) || '—'}
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
