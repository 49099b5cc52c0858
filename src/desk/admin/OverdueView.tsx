import type { AdminViewServerProps } from 'payload'
import { AdminFrame } from '../../adminViews/AdminFrame'
import { Gutter } from '@payloadcms/ui'
import { overdueReport } from '../../../collections/policy-documents/endpoints'
import { calendarNoteIn } from '../../calendar/workingDays'
import { overdueReposts } from '../overdueReposts'
import { deskCss } from './deskStyles'
import { type Bilingual, inLanguage, speaker } from '../../i18n/bilingual'

const statusLabels: Record<string, Bilingual> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '待审核', en: 'Submitted' },
  scheduled: { zh: '定时发布', en: 'Scheduled' },
}

/**
 * 逾期清单: policy documents past their 5-working-day deadline (and those whose deadline cannot be computed, and
 * those published late), and reposts past their deadline. The same report as GET /api/policy-documents/overdue.
 */
export async function OverdueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const L = speaker(req.i18n)
  const site = typeof searchParams?.site === 'string' && searchParams.site ? searchParams.site : null
  const result = await overdueReport(req, site)
  const reposts = req.user ? await overdueReposts(req.payload, req.user, site) : []
  const admin = req.payload.config.routes.admin
  const link = (collection: string, id: number | string, title: string) => <a href={`${admin}/collections/${collection}/${id}`}>{title}</a>
  return (
    <AdminFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <Gutter className="zq-desk" data-testid="overdue-view">
        <style>{deskCss}</style>
        <h1>{L('逾期清单', 'Overdue')}</h1>
        <p className="zq-hint">
          {L(
            '政策文件须在印发后 5 个工作日内公开发布（宁政办发〔2017〕74号）；转载须在转载时限内处理。数据也可通过 /api/policy-documents/overdue 获取。',
            'Policy documents must be published within 5 working days of issue; reposts within their deadline. The same data: /api/policy-documents/overdue.',
          )}
        </p>
        {!result.ok ? (
          <p>{result.message}</p>
        ) : (
          <>
            <h2>
              {L(`超过公开期限未发布的政策文件（${result.report.overdue.length}）`, `Unpublished policy documents past their deadline (${result.report.overdue.length})`)}
            </h2>
            <table data-testid="overdue-policy">
              <thead>
                <tr>
                  <th>{L('标题', 'Title')}</th>
                  <th>{L('网站', 'Site')}</th>
                  <th>{L('成文日期', 'Written')}</th>
                  <th>{L('公开期限', 'Deadline')}</th>
                  <th>{L('逾期（工作日）', 'Overdue (working days)')}</th>
                  <th>{L('状态', 'Status')}</th>
                </tr>
              </thead>
              <tbody>
                {result.report.overdue.map((r) => (
                  <tr key={r.id}>
                    <td>{link('policy-documents', r.id, r.title)}</td>
                    <td>{r.siteName}</td>
                    <td>{r.writtenAt ?? '—'}</td>
                    <td>{r.deadline ?? '—'}</td>
                    <td className="zq-overdue">{r.workdaysOverdue ?? L('节假日安排未录入', 'Holiday calendar not entered')}</td>
                    <td>{statusLabels[r.workflowStatus] ? inLanguage(req, statusLabels[r.workflowStatus]!) : r.workflowStatus}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {result.report.deadlineUnknown.length ? (
              <>
                <h2>
                  {L(`无法计算公开期限的政策文件（${result.report.deadlineUnknown.length}）`, `Policy documents whose deadline cannot be computed (${result.report.deadlineUnknown.length})`)}
                </h2>
                <ul>
                  {result.report.deadlineUnknown.map((r) => (
                    <li key={r.id}>
                      {link('policy-documents', r.id, r.title)} · {r.siteName} · {r.note ? calendarNoteIn(req.i18n.language, r.note) : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <h2>
              {L(`逾期发布的政策文件（${result.report.publishedLate.length}）`, `Policy documents published late (${result.report.publishedLate.length})`)}
            </h2>
            <table data-testid="late-policy">
              <thead>
                <tr>
                  <th>{L('标题', 'Title')}</th>
                  <th>{L('网站', 'Site')}</th>
                  <th>{L('公开期限', 'Deadline')}</th>
                  <th>{L('发布日期', 'Published')}</th>
                  <th>{L('超期（工作日）', 'Late (working days)')}</th>
                </tr>
              </thead>
              <tbody>
                {result.report.publishedLate.map((r) => (
                  <tr key={r.id}>
                    <td>{link('policy-documents', r.id, r.title)}</td>
                    <td>{r.siteName}</td>
                    <td>{r.deadline ?? '—'}</td>
                    <td>{r.publishedAt ?? '—'}</td>
                    <td>{r.workdaysLate ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        <h2>
          {L(`超过转载时限仍未处理的转载（${reposts.length}）`, `Reposts past their deadline (${reposts.length})`)}
        </h2>
        <table data-testid="overdue-reposts">
          <thead>
            <tr>
              <th>{L('原文标题', 'Original title')}</th>
              <th>{L('目标网站', 'Target site')}</th>
              <th>{L('转载时限', 'Repost deadline')}</th>
              <th>{L('已超时（小时）', 'Overdue (hours)')}</th>
            </tr>
          </thead>
          <tbody>
            {reposts.map((r) => (
              <tr key={r.id}>
                <td>{link('reposts', r.id, r.title)}</td>
                <td>{r.targetSiteName}</td>
                <td>{r.dueAt}</td>
                <td className="zq-overdue">{r.hoursOverdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Gutter>
    </AdminFrame>
  )
}
