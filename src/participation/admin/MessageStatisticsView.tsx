import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { AdminFrame } from '../../adminViews/AdminFrame'
import { chinaDay } from '../../calendar/chinaTime'
import { messageStatistics, type MessageStatistics } from '../messageStatistics'
import { periodFromQuery, statisticsSites } from '../statisticsEndpoint'

const css = `
.zq-msgstats table { border-collapse: collapse; width: 100%; margin-top: 16px }
.zq-msgstats th, .zq-msgstats td { border: 1px solid var(--theme-elevation-150); padding: 6px 10px; text-align: right }
.zq-msgstats th:first-child, .zq-msgstats td:first-child { text-align: left }
.zq-msgstats form { display: flex; gap: 12px; align-items: center; flex-wrap: wrap }
`

/**
 * 留言统计, /admin/message-statistics?period=quarter&year=2026&index=3: one row per site the user may see (their
 * own sites; every site for the general office), the same figures as GET /api/messages/statistics and the annual report.
 */
export async function MessageStatisticsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const query = ((await searchParams) ?? {}) as Record<string, string | undefined>
  const thisYear = Number(chinaDay().slice(0, 4))
  const asked = periodFromQuery({ period: query.period, year: query.year, index: query.index })
  const period = 'problem' in asked ? { kind: 'year' as const, year: thisYear } : asked
  const sites = await statisticsSites(req.payload, req.user, req)
  const rows: (MessageStatistics & { siteName: string })[] = []
  let problem = 'problem' in asked ? asked.problem : null
  try {
    for (const site of sites) rows.push({ ...(await messageStatistics(req.payload, site.id, period, req)), siteName: site.name })
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    problem = error.message
  }
  const api = `${req.payload.config.routes.api}/messages/statistics?period=${period.kind}&year=${period.year}${period.index ? `&index=${period.index}` : ''}`
  return (
    <AdminFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <Gutter className="zq-msgstats">
        <style>{css}</style>
        <h1>留言统计</h1>
        {sites.length === 0 ? (
          <p>您没有可查看留言统计的网站。</p>
        ) : (
          <div data-testid="message-statistics">
            <form method="get">
              <label>
                周期：
                <select name="period" defaultValue={period.kind}>
                  <option value="month">月</option>
                  <option value="quarter">季度</option>
                  <option value="year">年</option>
                </select>
              </label>
              <label>
                年份：<input type="number" name="year" min={2000} max={2999} defaultValue={period.year} style={{ width: 90 }} />
              </label>
              <label>
                第 <input type="number" name="index" min={1} max={12} defaultValue={period.index ?? ''} style={{ width: 60 }} /> 月/季度（按年统计时留空）
              </label>
              <button type="submit" className="btn btn--style-secondary btn--size-small">统计</button>
              <a href={api}>JSON</a>
            </form>
            {problem ? <p role="alert">{problem}</p> : null}
            <p>
              {rows[0]?.period.label ?? ''}（北京时间 {rows[0]?.period.firstDay} 至 {rows[0]?.period.lastDay}）。按收到留言的网站统计（转办的留言仍计入原网站）；办结以答复经审核公开之日计；办理天数为工作日。
            </p>
            <table>
              <thead>
                <tr>
                  <th>网站</th>
                  <th>收到</th>
                  <th>其中无效</th>
                  <th>办结（已答复）</th>
                  <th>按期答复</th>
                  <th>平均办理时间（工作日）</th>
                  <th>公开答复</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={String(r.site)} data-site={String(r.site)}>
                    <td>{r.siteName}</td>
                    <td>{r.received}</td>
                    <td>{r.invalid}</td>
                    <td>{r.replied}</td>
                    <td>
                      {r.onTime}
                      {r.undetermined ? `（${r.undetermined} 条期限未能计算）` : ''}
                    </td>
                    <td title={r.problem ?? undefined}>{r.averageHandlingDays ?? '—'}</td>
                    <td>{r.published}</td>
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
