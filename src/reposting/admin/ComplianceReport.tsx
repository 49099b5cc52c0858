'use client'
import { Gutter, useTranslation } from '@payloadcms/ui'
import type React from 'react'
import { useEffect, useMemo, useState } from 'react'
import { type ChinaPeriod, chinaDay, chinaDayTime, chinaMonthPeriod, chinaQuarterPeriod, chinaYearPeriod } from '../../calendar/chinaTime'
import type { ComplianceReport as Report } from '../compliance'
import { describeLateness, describePeriod } from '../lateness'
import { DayInput, dayProblem } from '../../adminViews/DayInput'
import { say } from '../../i18n/adminText'
import './complianceReport.css'

export type SiteGroup = {
  label: string
  sites: { id: string; name: string; siteCode: string }[]
}

type Props = { api: string; siteGroups: SiteGroup[] }

/** A period as the [first, last] China days a date input shows. */
const days = ({ from, to }: ChinaPeriod): [string, string] => [chinaDay(from), chinaDay(to.getTime() - 1)]

/** The usual periods of a 专项检查, as [label, from, to], in China time whatever the browser's zone. */
function quickPeriods(now = new Date()): ['thisMonth' | 'lastMonth' | 'thisQuarter' | 'thisYear', string, string][] {
  const [y, m] = chinaDay(now).split('-').map(Number) as [number, number]
  const lastMonth = m === 1 ? chinaMonthPeriod(y - 1, 12) : chinaMonthPeriod(y, m - 1)
  return [
    ['thisMonth', ...days(chinaMonthPeriod(y, m))],
    ['lastMonth', ...days(lastMonth)],
    ['thisQuarter', ...days(chinaQuarterPeriod(y, Math.ceil(m / 3)))],
    ['thisYear', ...days(chinaYearPeriod(y))],
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
  const { i18n } = useTranslation()
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
  const invalid = dayProblem(from, say(i18n, 'zqCompliance:from'), i18n.language) ||
    dayProblem(to, say(i18n, 'zqCompliance:to'), i18n.language) ||
    (from && to && from > to ? say(i18n, 'zqCompliance:fromAfterTo') : '')

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
      if (!response.ok) throw new Error(body?.errors?.[0]?.message ?? say(i18n, 'zqCompliance:failed'))
      setReport(body as Report)
    } catch (caught) {
      setReport(null)
      setError(caught instanceof Error && /[\u4e00-\u9fff]/.test(caught.message) ? caught.message : say(i18n, 'zqCompliance:offline'))
    } finally {
      setLoading(false)
    }
  }

  const lateRows = report?.sites.filter((r) => r.late.length) ?? []

  return (
    <Gutter>
      <section className="zq-compliance" aria-labelledby="zq-compliance-title" data-interactive={interactive || undefined}>
        <h2 id="zq-compliance-title">{say(i18n, 'zqCompliance:title')}</h2>
        <p className="zq-hint">{say(i18n, 'zqCompliance:hint')}</p>
        <form onSubmit={load} aria-label={say(i18n, 'zqCompliance:form')} noValidate>
          <label htmlFor="zq-compliance-from">
            {say(i18n, 'zqCompliance:from')}
            <DayInput id="zq-compliance-from" name="from" value={from} onChange={setFrom} />
          </label>
          <label htmlFor="zq-compliance-to">
            {say(i18n, 'zqCompliance:to')}
            <DayInput id="zq-compliance-to" name="to" value={to} onChange={setTo} />
          </label>
          {/* biome-ignore lint/a11y/useSemanticElements: a row of quick-pick buttons inside the form; a fieldset would add a box */}
          <div className="zq-quick" role="group" aria-label={say(i18n, 'zqCompliance:quickGroup')}>
            <span>{say(i18n, 'zqCompliance:quick')}</span>
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
                {say(i18n, `zqCompliance:${label}`)}
              </button>
            ))}
          </div>
          <label>
            {say(i18n, 'zqCompliance:targetSite')}
            <select name="site" value={site} onChange={(e) => setSite(e.target.value)}>
              <option value="">{say(i18n, 'zqCompliance:allSites')}</option>
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
              {loading ? say(i18n, 'zqCompliance:running') : say(i18n, 'zqCompliance:run')}
            </button>
            <a className="btn btn--style-secondary btn--size-medium" href={invalid ? undefined : query('csv')} aria-disabled={Boolean(invalid)} download>
              {say(i18n, 'zqCompliance:download')}
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
              {say(i18n, 'zqCompliance:summary', {
                period: describePeriod(report.period),
                scope: report.site?.name ?? say(i18n, 'zqCompliance:allSites'),
                sites: report.sites.length,
                due: report.totals.due,
                onTime: report.totals.publishedOnTime,
                late: report.totals.publishedLate,
                rejected: report.totals.rejected,
                pending: report.totals.pending,
              })}
            </p>
            {report.missedSites.length ? (
              <div className="zq-missed" role="note" aria-label={say(i18n, 'zqCompliance:missed')}>
                <strong>{say(i18n, 'zqCompliance:missedCount', { count: report.missedSites.length })}</strong>
                <ul>
                  {report.missedSites.map((s) => (
                    <li key={s.id}>
                      <strong>{s.name}</strong>：
                      {[
                        s.publishedLate ? say(i18n, 'zqCompliance:missedLate', { count: s.publishedLate, longest: describeLateness(s.maxLateMinutes, i18n.language) }) : '',
                        s.overduePending ? say(i18n, 'zqCompliance:missedPending', { count: s.overduePending }) : '',
                      ]
                        .filter(Boolean)
                        .join('；')}
                    </li>
                  ))}
                </ul>
              </div>
            ) : report.sites.length ? (
              <p className="zq-ok">{say(i18n, 'zqCompliance:allOnTime')}</p>
            ) : null}
            {report.sites.length ? (
              <div className="zq-table-wrap">
                <table className="zq-sites">
                  <caption className="zq-visually-hidden">{say(i18n, 'zqCompliance:perSite')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{say(i18n, 'zqCompliance:site')}</th>
                      <th scope="col">{say(i18n, 'zqCompliance:due')}</th>
                      <th scope="col">{say(i18n, 'zqCompliance:onTime')}</th>
                      <th scope="col">{say(i18n, 'zqCompliance:late')}</th>
                      <th scope="col">{say(i18n, 'zqCompliance:longest')}</th>
                      <th scope="col">{say(i18n, 'zqCompliance:rejected')}</th>
                      <th scope="col">{say(i18n, 'zqCompliance:pending')}</th>
                      <th scope="col">{say(i18n, 'zqCompliance:overduePending')}</th>
                      <th scope="col">{say(i18n, 'zqCompliance:cancelled')}</th>
                      <th scope="col">{say(i18n, 'zqCompliance:missedColumn')}</th>
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
                        <td>{describeLateness(r.maxLateMinutes, i18n.language)}</td>
                        <td>{r.rejected}</td>
                        <td>{r.pending}</td>
                        <td>{r.overduePending}</td>
                        <td>{r.cancelled}</td>
                        <td>{r.missedDeadline ? <span className="zq-flag">{say(i18n, 'zqCompliance:overdue')}</span> : say(i18n, 'zqCompliance:notOverdue')}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <td>{say(i18n, 'zqCompliance:total')}</td>
                      <td>{report.totals.due}</td>
                      <td>{report.totals.publishedOnTime}</td>
                      <td>{report.totals.publishedLate}</td>
                      <td>{describeLateness(report.totals.maxLateMinutes, i18n.language)}</td>
                      <td>{report.totals.rejected}</td>
                      <td>{report.totals.pending}</td>
                      <td>{report.totals.overduePending}</td>
                      <td>{report.totals.cancelled}</td>
                      <td>{report.missedSites.length ? say(i18n, 'zqCompliance:sitesMissed', { count: report.missedSites.length }) : '—'}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            ) : (
              <p className="zq-ok">{say(i18n, 'zqCompliance:nothingDue')}</p>
            )}
            {lateRows.length > 0 && (
              <details>
                <summary>
                  {say(i18n, 'zqCompliance:lateDetails', { count: lateRows.reduce((n, r) => n + r.late.length, 0) })}
                </summary>
                <div className="zq-table-wrap">
                  <table className="zq-late">
                    <thead>
                      <tr>
                        <th scope="col">{say(i18n, 'zqCompliance:site')}</th>
                        <th scope="col">{say(i18n, 'zqCompliance:articleTitle')}</th>
                        <th scope="col">{say(i18n, 'zqCompliance:deadline')}</th>
                        <th scope="col">{say(i18n, 'zqCompliance:repostedAt')}</th>
                        <th scope="col">{say(i18n, 'zqCompliance:delay')}</th>
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
                            <td>{describeLateness(l.lateMinutes, i18n.language)}</td>
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
