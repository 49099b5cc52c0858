import type { AdminViewServerProps } from 'payload'
import { Gutter } from '@payloadcms/ui'
import { AdminFrame } from '../../adminViews/AdminFrame'
import { chinaDateTime } from '../../render/dates'
import { seatCounts } from '../openDaySeats'
import { CheckInForm } from './CheckInForm'
import { speaker } from '../../i18n/bilingual'

/**
 * 开放日签到: the reception desk's page. Type or scan a confirmation code to check the person in, and see
 * each open day's figures (名额、已报名、候补、已签到). Only the open days of the user's own sites are listed
 * (read with the user's access), and the check-in endpoint refuses other sites' codes.
 */
export async function CheckInView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const L = speaker(req)
  const since = new Date(Date.now() - 2 * 86_400_000).toISOString()
  const { docs } = req.user
    ? await req.payload.find({
        collection: 'open-days',
        where: { endsAt: { greater_than: since } },
        sort: 'startsAt',
        limit: 50,
        depth: 0,
        overrideAccess: false,
        user: req.user,
      })
    : { docs: [] }
  const rows = await Promise.all(docs.map(async (d) => ({ day: d, counts: await seatCounts(req.payload, d) })))
  const admin = req.payload.config.routes.admin
  return (
    <AdminFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <Gutter data-testid="open-day-check-in">
        <h1>{L('开放日签到', 'Open-day check-in')}</h1>
        <p>
          {L(
            '输入或扫描报名确认码，核对姓名和身份证号后 4 位后完成签到。候补中、已取消的报名不能签到。',
            'Type or scan the confirmation code, check the name and the last 4 digits of the ID number, and the person is checked in. Waiting or cancelled registrations cannot check in.',
          )}
        </p>
        <CheckInForm />
        <h2 style={{ marginTop: 32 }}>{L('近期开放日', 'Coming open days')}</h2>
        {rows.length === 0 ? (
          <p>{L('暂无近期的开放日活动。', 'No open day coming up.')}</p>
        ) : (
          <table data-testid="open-day-counts" style={{ borderCollapse: 'collapse', width: '100%' }}>
            <thead>
              <tr>
                {[L('活动名称', 'Event'), L('开始时间', 'Starts'), L('名额', 'Capacity'), L('已报名', 'Registered'), L('候补', 'Waiting'), L('已签到', 'Checked in')].map((h) => (
                  <th key={h} style={{ textAlign: 'left', borderBottom: '1px solid var(--theme-elevation-150)', padding: 8 }}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ day, counts }) => (
                <tr key={day.id} data-open-day-row={day.id}>
                  <td style={{ padding: 8 }}>
                    <a href={`${admin}/collections/open-days/${day.id}`}>{day.title}</a>
                  </td>
                  <td style={{ padding: 8 }}>{chinaDateTime(day.startsAt)}</td>
                  <td style={{ padding: 8 }} data-count="capacity">{counts.capacity}</td>
                  <td style={{ padding: 8 }} data-count="confirmed">{counts.confirmed + counts.checkedIn}</td>
                  <td style={{ padding: 8 }} data-count="waiting">{counts.waiting}</td>
                  <td style={{ padding: 8 }} data-count="checked-in">{counts.checkedIn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Gutter>
    </AdminFrame>
  )
}
