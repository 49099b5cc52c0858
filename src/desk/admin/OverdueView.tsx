import type { AdminViewServerProps } from 'payload'
import { AdminFrame } from '../../adminViews/AdminFrame'
import { Gutter } from '@payloadcms/ui'
import { overdueReport } from '../../../collections/policy-documents/endpoints'
import { overdueReposts } from '../overdueReposts'
import { deskCss } from './deskStyles'

const statusLabels: Record<string, string> = { draft: '草稿', submitted: '待审核', scheduled: '定时发布' }

/**
 * 逾期清单: policy documents past their 5-working-day deadline (and those whose deadline cannot be computed, and
 * those published late), and reposts past their deadline. The same report as GET /api/policy-documents/overdue.
 */
export async function OverdueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const site = typeof searchParams?.site === 'string' && searchParams.site ? searchParams.site : null
  const result = await overdueReport(req, site)
  const reposts = req.user ? await overdueReposts(req.payload, req.user, site) : []
  const admin = req.payload.config.routes.admin
  const link = (collection: string, id: number | string, title: string) => <a href={`${admin}/collections/${collection}/${id}`}>{title}</a>
  return (
    <AdminFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <Gutter className="zq-desk" data-testid="overdue-view">
        <style>{deskCss}</style>
        <h1>逾期清单</h1>
        <p className="zq-hint">政策文件须在印发后 5 个工作日内公开发布（宁政办发〔2017〕74号）；转载须在转载时限内处理。数据也可通过 /api/policy-documents/overdue 获取。</p>
        {!result.ok ? (
          <p>{result.message}</p>
        ) : (
          <>
            <h2>超过公开期限未发布的政策文件（{result.report.overdue.length}）</h2>
            <table data-testid="overdue-policy">
              <thead>
                <tr>
                  <th>标题</th>
                  <th>网站</th>
                  <th>成文日期</th>
                  <th>公开期限</th>
                  <th>逾期（工作日）</th>
                  <th>状态</th>
                </tr>
              </thead>
              <tbody>
                {result.report.overdue.map((r) => (
                  <tr key={r.id}>
                    <td>{link('policy-documents', r.id, r.title)}</td>
                    <td>{r.siteName}</td>
                    <td>{r.writtenAt ?? '—'}</td>
                    <td>{r.deadline ?? '—'}</td>
                    <td className="zq-overdue">{r.workdaysOverdue ?? '节假日安排未录入'}</td>
                    <td>{statusLabels[r.workflowStatus] ?? r.workflowStatus}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {result.report.deadlineUnknown.length ? (
              <>
                <h2>无法计算公开期限的政策文件（{result.report.deadlineUnknown.length}）</h2>
                <ul>
                  {result.report.deadlineUnknown.map((r) => (
                    <li key={r.id}>
                      {link('policy-documents', r.id, r.title)} · {r.siteName} · {r.note ?? ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <h2>逾期发布的政策文件（{result.report.publishedLate.length}）</h2>
            <table data-testid="late-policy">
              <thead>
                <tr>
                  <th>标题</th>
                  <th>网站</th>
                  <th>公开期限</th>
                  <th>发布日期</th>
                  <th>超期（工作日）</th>
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
        <h2>超过转载时限仍未处理的转载（{reposts.length}）</h2>
        <table data-testid="overdue-reposts">
          <thead>
            <tr>
              <th>原文标题</th>
              <th>目标网站</th>
              <th>转载时限</th>
              <th>已超时（小时）</th>
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
