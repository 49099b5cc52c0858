import type { Payload } from 'payload'
import { isPlatformAdmin } from '../../access/roles'
import { deskData, type DeskItem, type DeskSection } from '../deskData'
import { deskCss } from './deskStyles'

type Props = { payload?: Payload; user?: unknown }

const levelClass: Record<NonNullable<DeskItem['level']>, string> = { overdue: 'zq-overdue', near: 'zq-near', veto: 'zq-veto', warning: 'zq-warning' }

function Section({ title, testId, section, admin, empty }: { title: string; testId: string; section: DeskSection; admin: string; empty: string }) {
  return (
    <section data-testid={testId}>
      <h3>
        {title}
        <span className="zq-count">{section.total} 项</span>
      </h3>
      {section.items.length ? (
        <ul>
          {section.items.map((item) => (
            <li key={`${item.collection}-${item.id}`}>
              <a href={`${admin}/collections/${item.collection}/${item.id}`}>{item.title}</a>
              <span className="zq-meta">
                {[item.site, item.when].filter(Boolean).join(' · ')}
                {item.note ? (
                  <>
                    {' · '}
                    <span className={item.level ? levelClass[item.level] : undefined}>{item.note}</span>
                  </>
                ) : null}
              </span>
            </li>
          ))}
          {section.total > section.items.length ? <li className="zq-empty">另有 {section.total - section.items.length} 项未列出</li> : null}
        </ul>
      ) : (
        <p className="zq-empty">{empty}</p>
      )}
    </section>
  )
}

/** 我的工作台, above the dashboard's collection cards: the signed-in user's own queue. */
export async function Desk({ payload, user }: Props) {
  if (!payload || !user) return null
  const desk = await deskData(payload, user)
  const admin = payload.config.routes.admin
  return (
    <div className="zq-desk" data-testid="desk">
      <style>{deskCss}</style>
      <h2>我的工作台</h2>
      {desk.missingHolidayYear ? (
        <p className="zq-alert" role="alert" data-testid="holiday-warning">
          {desk.missingHolidayYear} 年节假日安排尚未录入。政策文件“5 个工作日内公开”的期限跨年计算需要它：请在国务院办公厅发布通知后，到
          <a href={`${admin}/collections/holidays`}>“系统 → 节假日”</a>录入 {desk.missingHolidayYear} 年的放假和调休上班日期。
        </p>
      ) : null}
      {desk.hasSites ? (
        <>
          <p className="zq-hint">
            {desk.today} · 以下为您所在网站需要处理的事项，点击标题进入编辑。逾期清单见<a href={`${admin}/overdue`}>“逾期清单”</a>。
          </p>
          <div className="zq-grid">
            <Section title="待我审核" testId="desk-review" section={desk.toReview} admin={admin} empty="没有待审核的稿件。" />
            <Section title="退回给我修改" testId="desk-sent-back" section={desk.sentBack} admin={admin} empty="没有被退回的稿件。" />
            <Section title="定时发布" testId="desk-scheduled" section={desk.scheduled} admin={admin} empty="没有定时发布的稿件。" />
            <Section title="政策文件公开期限" testId="desk-deadlines" section={desk.policyDeadlines} admin={admin} empty="没有临近或超过公开期限的政策文件。" />
            <Section title="依申请公开答复期限" testId="desk-disclosure" section={desk.disclosureDeadlines} admin={admin} empty="没有临近或超过答复期限的政府信息公开申请。" />
            <Section title="待接收的转载" testId="desk-reposts" section={desk.reposts} admin={admin} empty="没有临近转载时限的转载。" />
            <Section title="本网站监测预警" testId="desk-warnings" section={desk.healthWarnings} admin={admin} empty="没有未解决的监测预警。" />
            <Section title="年度报告" testId="desk-annual-reports" section={desk.annualReports} admin={admin} empty="上一年度的年度报告均已发布。" />
          </div>
        </>
      ) : (
        <p className="zq-hint">
          {isPlatformAdmin(user) ? '您是平台管理员。' : ''}全部网站的情况见<a href={`${admin}/monitoring`}>“监测中心”</a>和<a href={`${admin}/overdue`}>“逾期清单”</a>。
        </p>
      )}
    </div>
  )
}
