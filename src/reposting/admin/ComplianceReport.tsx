'use client'
import { Gutter } from '@payloadcms/ui'
import type React from 'react'
import { useEffect, useMemo, useState } from 'react'
import { type ChinaPeriod, chinaDay, chinaDayTime, chinaMonthPeriod, chinaQuarterPeriod, chinaYearPeriod } from '../../calendar/chinaTime'
import type { ComplianceReport as Report } from '../compliance'
import { describeLateness, describePeriod } from '../lateness'
import { DayInput, dayProblem } from '../../adminViews/DayInput'
import './complianceReport.css'

export type SiteGroup = {
  label: string
  sites: { id: string; name: string; siteCode: string }[]
}

type Props = { api: string; siteGroups: SiteGroup[] }

/** A period as the [first, last] China days a date input shows. */
const days = ({ from, to }: ChinaPeriod): [string, string] => [chinaDay(from), chinaDay(to.getTime() - 1)]

/** The usual periods of a 专项检查, as [label, from, to], in China time whatever the browser's zone. */
function quickPeriods(now = new Date()): [string, string, string][] {
  const [y, m] = chinaDay(now).split('-').map(Number) as [number, number]
  const lastMonth = m === 1 ? chinaMonthPeriod(y - 1, 12) : chinaMonthPeriod(y, m - 1)
  return [
    ['本月', ...days(chinaMonthPeriod(y, m))],
    ['上月', ...days(lastMonth)],
    ['本季度', ...days(chinaQuarterPeriod(y, Math.ceil(m / 3)))],
    ['本年', ...days(chinaYearPeriod(y))],
  ]
}

const dateTime = (iso: string) => {
  try {
    return chinaDayTime(iso)
  } catch {
    return ''
  }
}

/**
 * 转载情况统计 in the admin: choose a period (by repost deadline) and optionally one site, see per site what
 * was due, reposted on time, late and how late, rejected and still pending, with the sites that missed the
 * deadline named first, and download the same table as a spreadsheet.
 */
export function ComplianceReport({ api, siteGroups }: Props) {
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [site, setSite] = useState('')
  const [report, setReport] = useState<Report | null>(null)
  const [error, setError] = useState('')
  const [loading, setLoading] = useState(false)
  const periods = useMemo(() => quickPeriods(), [])
  // Marks the form as live: dates typed before React took over the server-rendered form would be reset.
  const [interactive, setInteractive] = useState(false)
  useEffect(() => setInteractive(true), [])

  const query = (format?: 'csv') => {
    const params = new URLSearchParams()
    if (from) params.set('from', from)
    if (to) params.set('to', to)
    if (site) params.set('site', site)
    if (format) params.set('format', format)
    return `${api}/reposts/compliance?${params.toString()}`
  }
  const invalid = dayProblem(from, '起始日期') || dayProblem(to, '截止日期') || (from && to && from > to ? '起始日期不能晚于截止日期。' : '')

  async function load(event: React.FormEvent) {
    event.preventDefault()
    if (invalid) return setError(invalid)
    setLoading(true)
    setError('')
    try {
      const response = await fetch(query(), {
        credentials: 'include',
        headers: { Accept: 'application/json' },
      })
      const body = await response.json()
      if (!response.ok) throw new Error(body?.errors?.[0]?.message ?? '统计失败，请稍后再试。')
      setReport(body as Report)
    } catch (caught) {
      setReport(null)
      setError(caught instanceof Error && /[\u4e00-\u9fff]/.test(caught.message) ? caught.message : '统计失败，请检查网络后再试。')
    } finally {
      setLoading(false)
    }
  }

  const lateRows = report?.sites.filter((r) => r.late.length) ?? []

  return (
    <Gutter>
      <section className="zq-compliance" aria-labelledby="zq-compliance-title" data-interactive={interactive || undefined}>
        <h2 id="zq-compliance-title">转载情况统计（专项检查）</h2>
        <p className="zq-hint">按转载时限所在日期统计各网站应转载、按时转载、超时转载、不予转载和待审核的数量，并列出未在时限内完成转载的网站。</p>
        <form onSubmit={load} aria-label="转载情况统计条件" noValidate>
          <label htmlFor="zq-compliance-from">
            起始日期
            <DayInput id="zq-compliance-from" name="from" value={from} onChange={setFrom} />
          </label>
          <label htmlFor="zq-compliance-to">
            截止日期
            <DayInput id="zq-compliance-to" name="to" value={to} onChange={setTo} />
          </label>
          {/* biome-ignore lint/a11y/useSemanticElements: a row of quick-pick buttons inside the form; a fieldset would add a box */}
          <div className="zq-quick" role="group" aria-label="常用统计期间">
            <span>快捷：</span>
            {periods.map(([label, start, end]) => (
              <button
                key={label}
                type="button"
                className="btn btn--style-secondary btn--size-small"
                onClick={() => {
                  setFrom(start)
                  setTo(end)
                }}
              >
                {label}
              </button>
            ))}
          </div>
          <label>
            目标网站
            <select name="site" value={site} onChange={(e) => setSite(e.target.value)}>
              <option value="">全部网站</option>
              {siteGroups.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.sites.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <div className="zq-actions">
            <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={loading}>
              {loading ? '正在统计…' : '统计'}
            </button>
            <a className="btn btn--style-secondary btn--size-medium" href={invalid ? undefined : query('csv')} aria-disabled={Boolean(invalid)} download>
              下载统计表（Excel 可打开的 CSV）
            </a>
          </div>
        </form>
        {error && (
          <p className="zq-error" role="alert">
            {error}
          </p>
        )}
        {report && (
          <div aria-live="polite">
            <p className="zq-summary">
              统计期间：{describePeriod(report.period)}
              （按转载时限）；统计范围：{report.site?.name ?? '全部网站'}；共 {report.sites.length} 个网站，应转载 {report.totals.due} 条，按时转载 {report.totals.publishedOnTime}{' '}
              条，超时转载 {report.totals.publishedLate} 条，不予转载 {report.totals.rejected} 条，待审核 {report.totals.pending} 条。
            </p>
            {report.missedSites.length ? (
              <div className="zq-missed" role="note" aria-label="未在时限内完成转载的网站">
                <strong>未在转载时限内完成转载的网站（{report.missedSites.length} 个）：</strong>
                <ul>
                  {report.missedSites.map((s) => (
                    <li key={s.id}>
                      <strong>{s.name}</strong>：
                      {[
                        s.publishedLate ? `超时转载 ${s.publishedLate} 条，最长超时 ${describeLateness(s.maxLateMinutes)}` : '',
                        s.overduePending ? `超过时限仍未处理 ${s.overduePending} 条` : '',
                      ]
                        .filter(Boolean)
                        .join('；')}
                    </li>
                  ))}
                </ul>
              </div>
            ) : report.sites.length ? (
              <p className="zq-ok">统计期间内各网站均在转载时限内完成转载。</p>
            ) : null}
            {report.sites.length ? (
              <div className="zq-table-wrap">
                <table className="zq-sites">
                  <caption className="zq-visually-hidden">各网站转载情况</caption>
                  <thead>
                    <tr>
                      <th scope="col">网站</th>
                      <th scope="col">应转载</th>
                      <th scope="col">按时转载</th>
                      <th scope="col">超时转载</th>
                      <th scope="col">最长超时</th>
                      <th scope="col">不予转载</th>
                      <th scope="col">待审核</th>
                      <th scope="col">其中已逾期</th>
                      <th scope="col">原文撤回（不计入）</th>
                      <th scope="col">是否逾期</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.sites.map((r) => (
                      <tr key={r.site.id} className={r.missedDeadline ? 'zq-missed-row' : undefined}>
                        <th scope="row">
                          {r.site.name}
                          <span className="zq-code">{r.site.siteCode}</span>
                        </th>
                        <td>{r.due}</td>
                        <td>{r.publishedOnTime}</td>
                        <td>{r.publishedLate}</td>
                        <td>{describeLateness(r.maxLateMinutes)}</td>
                        <td>{r.rejected}</td>
                        <td>{r.pending}</td>
                        <td>{r.overduePending}</td>
                        <td>{r.cancelled}</td>
                        <td>{r.missedDeadline ? <span className="zq-flag">逾期</span> : '未逾期'}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <td>合计</td>
                      <td>{report.totals.due}</td>
                      <td>{report.totals.publishedOnTime}</td>
                      <td>{report.totals.publishedLate}</td>
                      <td>{describeLateness(report.totals.maxLateMinutes)}</td>
                      <td>{report.totals.rejected}</td>
                      <td>{report.totals.pending}</td>
                      <td>{report.totals.overduePending}</td>
                      <td>{report.totals.cancelled}</td>
                      <td>{report.missedSites.length ? `${report.missedSites.length} 个网站逾期` : '—'}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            ) : (
              <p className="zq-ok">统计期间内没有应转载的信息。</p>
            )}
            {lateRows.length > 0 && (
              <details>
                <summary>
                  超时转载明细（
                  {lateRows.reduce((n, r) => n + r.late.length, 0)} 条）
                </summary>
                <div className="zq-table-wrap">
                  <table className="zq-late">
                    <thead>
                      <tr>
                        <th scope="col">网站</th>
                        <th scope="col">信息标题</th>
                        <th scope="col">转载时限</th>
                        <th scope="col">实际转载时间</th>
                        <th scope="col">超时</th>
                      </tr>
                    </thead>
                    <tbody>
                      {lateRows.flatMap((r) =>
                        r.late.map((l) => (
                          <tr key={l.repost}>
                            <td>{r.site.name}</td>
                            <td>{l.title}</td>
                            <td>{dateTime(l.dueAt)}</td>
                            <td>{dateTime(l.publishedAt)}</td>
                            <td>{describeLateness(l.lateMinutes)}</td>
                          </tr>
                        )),
                      )}
                    </tbody>
                  </table>
                </div>
              </details>
            )}
          </div>
        )}
      </section>
    </Gutter>
  )
}
