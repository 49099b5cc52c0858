import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { AdminFrame } from '../../adminViews/AdminFrame'
import { chinaDay } from '../../calendar/chinaTime'
import { BilingualError, errorMessageIn, inLanguage, speaker } from '../../i18n/bilingual'
import { deadlineNoteIn } from '../../i18n/storedNotes'
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
  const L = speaker(req)
  const query = ((await searchParams) ?? {}) as Record<string, string | undefined>
  const thisYear = Number(chinaDay().slice(0, 4))
  const asked = periodFromQuery({ period: query.period, year: query.year, index: query.index })
  const period = 'problem' in asked ? { kind: 'year' as const, year: thisYear } : asked
  const sites = await statisticsSites(req.payload, req.user, req)
  const rows: (MessageStatistics & { siteName: string })[] = []
  let problem = 'problem' in asked ? inLanguage(req, asked.problem) : null
  try {
    for (const site of sites) rows.push({ ...(await messageStatistics(req.payload, site.id, period, req)), siteName: site.name })
  } catch (error) {
    if (!(error instanceof BilingualError || error instanceof RangeError)) throw error
    problem = errorMessageIn(req, error)
  }
  const periodEn =
    period.kind === 'year' ? String(period.year) : period.kind === 'quarter' ? `Q${period.index} ${period.year}` : `${period.year}-${String(period.index).padStart(2, '0')}`
  const api = `${req.payload.config.routes.api}/messages/statistics?period=${period.kind}&year=${period.year}${period.index ? `&index=${period.index}` : ''}`
  return (
    <AdminFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <Gutter className="zq-msgstats">
        <style>{css}</style>
        <h1>{L('留言统计', 'Message statistics')}</h1>
        {sites.length === 0 ? (
          <p>{L('您没有可查看留言统计的网站。', 'You have no site whose message statistics you may see.')}</p>
        ) : (
          <div data-testid="message-statistics">
            <form method="get">
              <label>
                {L('周期：', 'Period: ')}
                <select name="period" defaultValue={period.kind}>
                  <option value="month">{L('月', 'Month')}</option>
                  <option value="quarter">{L('季度', 'Quarter')}</option>
                  <option value="year">{L('年', 'Year')}</option>
                </select>
              </label>
              <label>
                {L('年份：', 'Year: ')}
                <input type="number" name="year" min={2000} max={2999} defaultValue={period.year} style={{ width: 90 }} />
              </label>
              <label>
                {L('第 ', 'Month or quarter ')}
                <input type="number" name="index" min={1} max={12} defaultValue={period.index ?? ''} style={{ width: 60 }} />
                {L(' 月/季度（按年统计时留空）', ' (empty for a whole year)')}
              </label>
              <button type="submit" className="btn btn--style-secondary btn--size-small">
                {L('统计', 'Show')}
              </button>
              <a href={api}>JSON</a>
            </form>
            {problem ? <p role="alert">{problem}</p> : null}
            <p>
              {rows[0]
                ? L(
                    `${rows[0].period.label}（北京时间 ${rows[0].period.firstDay} 至 ${rows[0].period.lastDay}）。`,
                    `${periodEn} (Beijing time ${rows[0].period.firstDay} to ${rows[0].period.lastDay}). `,
                  )
                : ''}
              {L(
                '按收到留言的网站统计（转办的留言仍计入原网站）；办结以答复经审核公开之日计；办理天数为工作日。',
                'Counted by the site that received the message (transferred messages stay with it); a message is concluded when its reviewed reply is published; handling days are working days.',
              )}
            </p>
            <table>
              <thead>
                <tr>
                  <th>{L('网站', 'Site')}</th>
                  <th>{L('收到', 'Received')}</th>
                  <th>{L('其中无效', 'Invalid')}</th>
                  <th>{L('办结（已答复）', 'Concluded (replied)')}</th>
                  <th>{L('按期答复', 'Replied on time')}</th>
                  <th>{L('平均办理时间（工作日）', 'Average handling (working days)')}</th>
                  <th>{L('公开答复', 'Replies published')}</th>
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
                      {r.undetermined ? L(`（${r.undetermined} 条期限未能计算）`, ` (${r.undetermined} without a computable deadline)`) : ''}
                    </td>
                    <td title={r.problem ? deadlineNoteIn(req.i18n.language, r.problem) : undefined}>{r.averageHandlingDays ?? '—'}</td>
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
