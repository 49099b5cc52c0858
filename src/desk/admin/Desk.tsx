import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'
import { say } from '../../i18n/adminText'
import { inLanguage } from '../../i18n/bilingual'
import { isPlatformAdmin } from '../../access/roles'
import { healthWarningIn } from '../../monitoring/warningText'
import { deskData, type DeskItem, type DeskSection } from '../deskData'
import { deskCss } from './deskStyles'

type Props = { payload?: Payload; user?: unknown; i18n?: I18nClient }

const levelClass: Record<NonNullable<DeskItem['level']>, string> = { overdue: 'zq-overdue', near: 'zq-near', veto: 'zq-veto', warning: 'zq-warning' }

type SectionProps = { title: string; testId: string; section: DeskSection; admin: string; empty: string; i18n: I18nClient }

function Section({ title, testId, section, admin, empty, i18n }: SectionProps) {
  return (
    <section data-testid={testId}>
      <h3>
        {title}
        <span className="zq-count">{say(i18n, 'zqDesk:count', { count: section.total })}</span>
      </h3>
      {section.items.length ? (
        <ul>
          {section.items.map((item) => (
            // A report not yet drafted is "create" for each site and kind: the title and site tell them apart.
            <li key={`${item.collection}-${item.id}-${item.site ?? ''}-${item.title}`}>
              <a href={`${admin}/collections/${item.collection}/${item.id}`}>{item.collection === 'health-warnings' ? healthWarningIn(i18n.language, item.title) : item.title}</a>
              <span className="zq-meta">
                {[item.site, item.when].filter(Boolean).join(' · ')}
                {item.note ? (
                  <>
                    {' · '}
                    <span className={item.level ? levelClass[item.level] : undefined}>{typeof item.note === 'string' ? item.note : inLanguage(i18n, item.note)}</span>
                  </>
                ) : null}
              </span>
            </li>
          ))}
          {section.total > section.items.length ? <li className="zq-empty">{say(i18n, 'zqDesk:more', { count: section.total - section.items.length })}</li> : null}
        </ul>
      ) : (
        <p className="zq-empty">{empty}</p>
      )}
    </section>
  )
}

/** 我的工作台, above the dashboard's collection cards: the signed-in user's own queue. */
export async function Desk({ payload, user, i18n }: Props) {
  if (!payload || !user || !i18n) return null
  const desk = await deskData(payload, user)
  const admin = payload.config.routes.admin
  return (
    <div className="zq-desk" data-testid="desk">
      <style>{deskCss}</style>
      <h2>{say(i18n, 'zqDesk:title')}</h2>
      {desk.missingHolidayYear ? (
        <p className="zq-alert" role="alert" data-testid="holiday-warning">
          {say(i18n, 'zqDesk:holidayMissing1', { year: desk.missingHolidayYear })}
          <a href={`${admin}/collections/holidays`}>{say(i18n, 'zqDesk:holidayMissingLink')}</a>
          {say(i18n, 'zqDesk:holidayMissing2', { year: desk.missingHolidayYear })}
        </p>
      ) : null}
      {desk.hasSites ? (
        <>
          <p className="zq-hint">
            {say(i18n, 'zqDesk:hint', { today: desk.today })}
            <a href={`${admin}/overdue`}>{say(i18n, 'zqDesk:overdueLink')}</a>
            {say(i18n, 'zqDesk:end')}
          </p>
          <div className="zq-grid">
            <Section title={say(i18n, 'zqDesk:toReview')} testId="desk-review" section={desk.toReview} admin={admin} empty={say(i18n, 'zqDesk:toReviewEmpty')} i18n={i18n} />
            <Section title={say(i18n, 'zqDesk:sentBack')} testId="desk-sent-back" section={desk.sentBack} admin={admin} empty={say(i18n, 'zqDesk:sentBackEmpty')} i18n={i18n} />
            <Section title={say(i18n, 'zqDesk:scheduled')} testId="desk-scheduled" section={desk.scheduled} admin={admin} empty={say(i18n, 'zqDesk:scheduledEmpty')} i18n={i18n} />
            <Section title={say(i18n, 'zqDesk:deadlines')} testId="desk-deadlines" section={desk.policyDeadlines} admin={admin} empty={say(i18n, 'zqDesk:deadlinesEmpty')} i18n={i18n} />
            <Section title={say(i18n, 'zqDesk:disclosure')} testId="desk-disclosure" section={desk.disclosureDeadlines} admin={admin} empty={say(i18n, 'zqDesk:disclosureEmpty')} i18n={i18n} />
            <Section title={say(i18n, 'zqDesk:reposts')} testId="desk-reposts" section={desk.reposts} admin={admin} empty={say(i18n, 'zqDesk:repostsEmpty')} i18n={i18n} />
            <Section title={say(i18n, 'zqDesk:warnings')} testId="desk-warnings" section={desk.healthWarnings} admin={admin} empty={say(i18n, 'zqDesk:warningsEmpty')} i18n={i18n} />
            <Section title={say(i18n, 'zqDesk:annualReports')} testId="desk-annual-reports" section={desk.annualReports} admin={admin} empty={say(i18n, 'zqDesk:annualReportsEmpty')} i18n={i18n} />
          </div>
        </>
      ) : (
        <p className="zq-hint">
          {isPlatformAdmin(user) ? say(i18n, 'zqDesk:platformAdmin') : ''}
          {say(i18n, 'zqDesk:allSites1')}
          <a href={`${admin}/monitoring`}>{say(i18n, 'zqDesk:monitoringLink')}</a>
          {say(i18n, 'zqDesk:and')}
          <a href={`${admin}/overdue`}>{say(i18n, 'zqDesk:overdueLink')}</a>
          {say(i18n, 'zqDesk:end')}
        </p>
      )}
    </div>
  )
}
