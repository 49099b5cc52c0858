import type { AdminViewServerProps } from 'payload'
import { AdminFrame } from '../../adminViews/AdminFrame'
import { Gutter } from '@payloadcms/ui'
import { AvailabilityChart } from './AvailabilityChart'
import { canViewSiteHealth, siteDetailData, type SiteDetail } from './siteDetailData'
import { monitorCss } from './styles'

const kindLabels: Record<string, string> = { internal: '内部链接', attachment: '附件', external: '外部链接' }
const verdictLabels: Record<string, string> = { broken: '无法打开', unknown: '无法确认（超时或拒绝连接）', unchecked: '本次未检查' }

/** 网站详情: /admin/monitoring/site/:siteId. Checked on the server: a site admin of another site gets nothing. */
export async function SiteHealthDetail({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const segments = ((await params)?.segments ?? []) as string[]
  const siteId = segments[2] ?? ''
  const allowed = /^[\w-]{1,64}$/.test(siteId) && canViewSiteHealth(req.user, siteId)
  const data = allowed ? await siteDetailData(req.payload, siteId) : null
  const admin = req.payload.config.routes.admin
  return (
    <AdminFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <Gutter className="zq-monitor">
        <style>{monitorCss}</style>
        {!allowed ? (
          <>
            <h1>网站监测详情</h1>
            <p data-testid="site-health-denied">只有平台管理员、监管人员和本网站的网站管理员可以查看该网站的监测详情。</p>
          </>
        ) : !data ? (
          <>
            <h1>网站监测详情</h1>
            <p>没有找到该网站。请从监测中心的网站列表进入。</p>
          </>
        ) : (
          <Detail data={data} admin={admin} />
        )}
      </Gutter>
    </AdminFrame>
  )
}

function Detail({ data, admin }: { data: SiteDetail; admin: string }) {
  const edit = (collection: string, id: string) => `${admin}/collections/${collection}/${id}`
  const { report } = data
  return (
    <div data-testid="site-health-detail">
      <p className="zq-hint">
        <a href={`${admin}/monitoring`}>监测中心</a> › {data.site.name}
      </p>
      <h1>{data.site.name}</h1>
      <p className="zq-hint">
        网站标识码 {data.site.siteCode}
        {report ? `；最近监测：${report.day}，扣分后得分 ${report.score}` : '；尚未监测'}
        {report ? (
          <>
            {' '}
            （<a href={edit('site-health-reports', report.id)}>完整报告</a>）
          </>
        ) : null}
      </p>

      <h2>单项否决预测</h2>
      <table data-testid="site-health-vetoes">
        <thead>
          <tr>
            <th>指标</th>
            <th>预测</th>
            <th>本站情况</th>
            <th>否决线</th>
          </tr>
        </thead>
        <tbody>
          {data.vetoes.map((v) => (
            <tr key={v.item}>
              <td>{v.label}</td>
              <td>{v.vetoed ? <span className="zq-veto">预计否决</span> : <span className="zq-ok">未触及</span>}</td>
              <td>{v.figure}</td>
              <td>{v.line}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>扣分明细{report ? `（得分 ${report.score}）` : ''}</h2>
      {data.deductions.length ? (
        <ul data-testid="site-health-deductions">
          {data.deductions.map((d) => (
            <li key={`${d.group}:${d.reason}`}>
              −{d.points} 分：{d.reason}
            </li>
          ))}
        </ul>
      ) : (
        <p className="zq-ok">无扣分项</p>
      )}

      <h2>可用性趋势（近 30 天）</h2>
      <AvailabilityChart days={data.availability} />

      <h2>问题栏目（{data.columns.filter((c) => !c.excused).length}）</h2>
      {data.columns.length ? (
        <table data-testid="site-health-columns">
          <thead>
            <tr>
              <th>栏目</th>
              <th>问题</th>
              <th>距上次更新</th>
              <th>整改</th>
            </tr>
          </thead>
          <tbody>
            {data.columns.map((c) => (
              <tr key={`${c.id}-${c.problem}`}>
                <td>{c.title}</td>
                <td>{c.excused ? c.problem : <span className="zq-veto">{c.problem}</span>}</td>
                <td>{c.daysSince === null ? '从未发布' : `${c.daysSince} 天${c.lineDay ? `（应不早于 ${c.lineDay}）` : ''}`}</td>
                <td>
                  <a href={edit('columns', c.id)}>{c.problem.startsWith('空白') ? '编辑栏目（发布信息或填写空白说明）' : '编辑栏目'}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="zq-ok">没有问题栏目</p>
      )}

      <h2>错链（{data.brokenLinks.length + data.externalLinks.length}）</h2>
      {data.brokenLinks.length + data.externalLinks.length ? (
        <table data-testid="site-health-links">
          <thead>
            <tr>
              <th>链接</th>
              <th>类型</th>
              <th>原因</th>
              <th>所在页面</th>
            </tr>
          </thead>
          <tbody>
            {data.brokenLinks.map((l) => (
              <tr key={`${l.page.collection}:${l.page.id}:${l.href}`}>
                <td className="zq-url">{l.href}</td>
                <td>{kindLabels[l.kind] ?? l.kind}</td>
                <td>{l.reason}</td>
                <td>
                  <a href={edit(l.page.collection, l.page.id)}>{l.page.title}</a>
                </td>
              </tr>
            ))}
            {data.externalLinks.map((l) => (
              <tr key={`external:${l.url}`}>
                <td className="zq-url">{l.url}</td>
                <td>外部链接</td>
                <td>{verdictLabels[l.verdict] ?? l.verdict}</td>
                <td>
                  {l.pages.map((p) => (
                    <a key={`${p.collection}${p.id}`} href={edit(p.collection, p.id)} style={{ display: 'block' }}>
                      {p.title}
                    </a>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="zq-ok">没有发现错链</p>
      )}

      {data.contentSafety.length ? (
        <>
          <h2>错敏词（{data.contentSafety.length}）</h2>
          <ul>
            {data.contentSafety.map((f) => (
              <li key={`${f.page.collection}:${f.page.id}:${f.kind}:${f.term}:${f.excerpt}`}>
                「{f.term}」{f.kind === 'leaderTitle' ? `职务应为 ${f.expected.join('、')}` : f.suggestion ? `，建议改为「${f.suggestion}」` : ''}，见 <a href={edit(f.page.collection, f.page.id)}>{f.page.title}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {data.footer.length ? (
        <>
          <h2>页面底部要素</h2>
          <p>
            缺少：{data.footer.map((f) => f.label).join('、')}。<a href={edit('sites', data.site.id)}>在网站设置中补充</a>
          </p>
        </>
      ) : null}

      <h2>未解决的预警（{data.warnings.length}）</h2>
      {data.warnings.length ? (
        <ul data-testid="site-health-warnings">
          {data.warnings.map((w) => (
            <li key={w.id}>
              <span className={w.level === 'veto' ? 'zq-veto' : undefined}>{w.level === 'veto' ? '预计否决' : '预警'}</span> <a href={edit('health-warnings', w.id)}>{w.message}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="zq-ok">没有未解决的预警</p>
      )}
    </div>
  )
}
