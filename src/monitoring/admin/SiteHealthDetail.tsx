import type { AdminViewServerProps } from 'payload'
import { AdminFrame } from '../../adminViews/AdminFrame'
import { Gutter } from '@payloadcms/ui'
import { speaker } from '../../i18n/bilingual'
import { AvailabilityChart } from './AvailabilityChart'
import { canViewSiteHealth, siteDetailData, type SiteDetail } from './siteDetailData'
import { monitorCss } from './styles'
import { footerElementsEn } from '../footer'
import { deductionReasonIn, healthWarningIn, linkReasonIn, vetoLabelIn } from '../warningText'

type Speak = ReturnType<typeof speaker>

const kindLabels = (L: Speak): Record<string, string> => ({
  internal: L('内部链接', 'Internal link'),
  attachment: L('附件', 'Attachment'),
  external: L('外部链接', 'External link'),
})
const verdictLabels = (L: Speak): Record<string, string> => ({
  broken: L('无法打开', 'Does not open'),
  unknown: L('无法确认（超时或拒绝连接）', 'Unconfirmed (timeout or refused)'),
  unchecked: L('本次未检查', 'Not checked this time'),
})

/** The footer elements (src/monitoring/footer.ts, stored with their Chinese labels) for an English admin. */
/** 网站详情: /admin/monitoring/site/:siteId. Checked on the server: a site admin of another site gets nothing. */
export async function SiteHealthDetail({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const segments = ((await params)?.segments ?? []) as string[]
  const siteId = segments[2] ?? ''
  const allowed = /^[\w-]{1,64}$/.test(siteId) && canViewSiteHealth(req.user, siteId)
  const data = allowed ? await siteDetailData(req.payload, siteId) : null
  const admin = req.payload.config.routes.admin
  const L = speaker(req)
  return (
    <AdminFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <Gutter className="zq-monitor">
        <style>{monitorCss}</style>
        {!allowed ? (
          <>
            <h1>{L('网站监测详情', 'Site monitoring')}</h1>
            <p data-testid="site-health-denied">
              {L(
                '只有平台管理员、监管人员和本网站的网站管理员可以查看该网站的监测详情。',
                'Only platform administrators, supervisors and this site’s administrators may see its monitoring details.',
              )}
            </p>
          </>
        ) : !data ? (
          <>
            <h1>{L('网站监测详情', 'Site monitoring')}</h1>
            <p>
              {L(
                '没有找到该网站。请从监测中心的网站列表进入。',
                'Site not found. Open it from the monitoring centre’s list of sites.',
              )}
            </p>
          </>
        ) : (
          <Detail data={data} admin={admin} L={L} language={req.i18n.language} />
        )}
      </Gutter>
    </AdminFrame>
  )
}

function Detail({ data, admin, L, language }: { data: SiteDetail; admin: string; L: Speak; language: string }) {
  const edit = (collection: string, id: string) => `${admin}/collections/${collection}/${id}`
  const { report } = data
  return (
    <div data-testid="site-health-detail">
      <p className="zq-hint">
        <a href={`${admin}/monitoring`}>{L('监测中心', 'Monitoring centre')}</a> › {data.site.name}
      </p>
      <h1>{data.site.name}</h1>
      <p className="zq-hint">
        {L('网站标识码', 'Site code')} {data.site.siteCode}
        {report
          ? L(
              `；最近监测：${report.day}，扣分后得分 ${report.score}`,
              `; last checked ${report.day}, score after deductions ${report.score}`,
            )
          : L('；尚未监测', '; not checked yet')}
        {report ? (
          <>
            {' '}
            （<a href={edit('site-health-reports', report.id)}>{L('完整报告', 'full report')}</a>）
          </>
        ) : null}
      </p>

      <h2>{L('单项否决预测', 'Veto forecast')}</h2>
      <table data-testid="site-health-vetoes">
        <thead>
          <tr>
            <th>{L('指标', 'Indicator')}</th>
            <th>{L('预测', 'Forecast')}</th>
            <th>{L('本站情况', 'This site')}</th>
            <th>{L('否决线', 'Veto line')}</th>
          </tr>
        </thead>
        <tbody>
          {data.vetoes.map((v) => (
            <tr key={v.item}>
              <td>{vetoLabelIn(language, v.item)}</td>
              <td>
                {v.vetoed ? (
                  <span className="zq-veto">{L('预计否决', 'Veto expected')}</span>
                ) : (
                  <span className="zq-ok">{L('未触及', 'Clear')}</span>
                )}
              </td>
              <td>{healthWarningIn(language, v.figure)}</td>
              <td>{healthWarningIn(language, v.line)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>
        {L('扣分明细', 'Deductions')}
        {report ? L(`（得分 ${report.score}）`, ` (score ${report.score})`) : ''}
      </h2>
      {data.deductions.length ? (
        <ul data-testid="site-health-deductions">
          {data.deductions.map((d) => (
            <li key={`${d.group}:${d.reason}`}>
              −{d.points} {L('分：', 'points: ')}
              {deductionReasonIn(language, d.reason)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="zq-ok">{L('无扣分项', 'No deductions')}</p>
      )}

      <h2>{L('可用性趋势（近 30 天）', 'Availability (last 30 days)')}</h2>
      <AvailabilityChart days={data.availability} />

      <h2>
        {L(`问题栏目（${data.columns.filter((c) => !c.excused).length}）`, `Columns with problems (${data.columns.filter((c) => !c.excused).length})`)}
      </h2>
      {data.columns.length ? (
        <table data-testid="site-health-columns">
          <thead>
            <tr>
              <th>{L('栏目', 'Column')}</th>
              <th>{L('问题', 'Problem')}</th>
              <th>{L('距上次更新', 'Since last update')}</th>
              <th>{L('整改', 'Fix')}</th>
            </tr>
          </thead>
          <tbody>
            {data.columns.map((c) => (
              <tr key={`${c.id}-${c.problem}`}>
                <td>{c.title}</td>
                <td>{c.excused ? L(c.problem, c.problemEn) : <span className="zq-veto">{L(c.problem, c.problemEn)}</span>}</td>
                <td>
                  {c.daysSince === null
                    ? L('从未发布', 'Never published')
                    : L(
                        `${c.daysSince} 天${c.lineDay ? `（应不早于 ${c.lineDay}）` : ''}`,
                        `${c.daysSince} days${c.lineDay ? ` (due by ${c.lineDay})` : ''}`,
                      )}
                </td>
                <td>
                  <a href={edit('columns', c.id)}>
                    {c.kind === 'empty' || c.kind === 'excusedEmpty'
                      ? L('编辑栏目（发布信息或填写空白说明）', 'Edit column (publish or explain the gap)')
                      : L('编辑栏目', 'Edit column')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="zq-ok">{L('没有问题栏目', 'No columns with problems')}</p>
      )}

      <h2>
        {L(`错链（${data.brokenLinks.length + data.externalLinks.length}）`, `Broken links (${data.brokenLinks.length + data.externalLinks.length})`)}
      </h2>
      {data.brokenLinks.length + data.externalLinks.length ? (
        <table data-testid="site-health-links">
          <thead>
            <tr>
              <th>{L('链接', 'Link')}</th>
              <th>{L('类型', 'Kind')}</th>
              <th>{L('原因', 'Reason')}</th>
              <th>{L('所在页面', 'On page')}</th>
            </tr>
          </thead>
          <tbody>
            {data.brokenLinks.map((l) => (
              <tr key={`${l.page.collection}:${l.page.id}:${l.href}`}>
                <td className="zq-url">{linkReasonIn(language, l.href)}</td>
                <td>{kindLabels(L)[l.kind] ?? l.kind}</td>
                <td>{linkReasonIn(language, l.reason)}</td>
                <td>
                  <a href={edit(l.page.collection, l.page.id)}>{l.page.title}</a>
                </td>
              </tr>
            ))}
            {data.externalLinks.map((l) => (
              <tr key={`external:${l.url}`}>
                <td className="zq-url">{l.url}</td>
                <td>{L('外部链接', 'External link')}</td>
                <td>{verdictLabels(L)[l.verdict] ?? l.verdict}</td>
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
        <p className="zq-ok">{L('没有发现错链', 'No broken links found')}</p>
      )}

      {data.contentSafety.length ? (
        <>
          <h2>
            {L(`错敏词（${data.contentSafety.length}）`, `Wrong and sensitive words (${data.contentSafety.length})`)}
          </h2>
          <ul>
            {data.contentSafety.map((f) => (
              <li key={`${f.page.collection}:${f.page.id}:${f.kind}:${f.term}:${f.excerpt}`}>
                {L(`「${f.term}」`, `“${f.term}”: `)}
                {f.kind === 'leaderTitle'
                  ? L(`职务应为 ${f.expected.join('、')}`, `title should be ${f.expected.join(', ')}`)
                  : f.suggestion
                    ? L(`，建议改为「${f.suggestion}」`, `, suggest “${f.suggestion}”`)
                    : ''}
                {L('，见', ', on')} <a href={edit(f.page.collection, f.page.id)}>{f.page.title}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {data.footer.length ? (
        <>
          <h2>{L('页面底部要素', 'Page footer')}</h2>
          <p>
            {L('缺少：', 'Missing: ')}
            {data.footer.map((f) => L(f.label, footerElementsEn[f.element] ?? f.element)).join(L('、', ', '))}
            {L('。', '. ')}
            <a href={edit('sites', data.site.id)}>{L('在网站设置中补充', 'Add them in the site settings')}</a>
          </p>
        </>
      ) : null}

      <h2>
        {L(`未解决的预警（${data.warnings.length}）`, `Open warnings (${data.warnings.length})`)}
      </h2>
      {data.warnings.length ? (
        <ul data-testid="site-health-warnings">
          {data.warnings.map((w) => (
            <li key={w.id}>
              <span className={w.level === 'veto' ? 'zq-veto' : undefined}>
                {w.level === 'veto' ? L('预计否决', 'Veto expected') : L('预警', 'Warning')}
              </span>{' '}
              <a href={edit('health-warnings', w.id)}>{healthWarningIn(language, w.message)}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="zq-ok">{L('没有未解决的预警', 'No open warnings')}</p>
      )}
    </div>
  )
}
