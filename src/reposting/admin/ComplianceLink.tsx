import React from 'react'

type Props = { user?: { roles?: string[] | null } | null; payload?: { config?: { routes?: { api?: string } } } }

/** Above the reposts list: the compliance report (转载情况统计) as CSV or JSON, for a period. Supervisors and platform admins only. */
export function ComplianceLink(props: Props) {
  const roles = props.user?.roles ?? []
  if (!roles.includes('platform-admin') && !roles.includes('supervisor')) return null
  const api = props.payload?.config?.routes?.api ?? '/api'
  const box: React.CSSProperties = { display: 'flex', gap: '0.75rem', alignItems: 'end', flexWrap: 'wrap', margin: '0 0 1.5rem', padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }
  return (
    <form action={`${api}/reposts/compliance`} method="get" style={box} target="_blank">
      <strong style={{ width: '100%' }}>转载情况统计（专项检查）</strong>
      <label>
        起始日期（转载时限）<br />
        <input type="date" name="from" />
      </label>
      <label>
        截止日期<br />
        <input type="date" name="to" />
      </label>
      <label>
        目标网站 ID（可选）<br />
        <input type="text" name="site" size={8} />
      </label>
      <button type="submit" name="format" value="csv" className="btn btn--style-primary btn--size-small">下载 CSV</button>
      <button type="submit" name="format" value="json" className="btn btn--style-secondary btn--size-small">查看 JSON</button>
    </form>
  )
}
