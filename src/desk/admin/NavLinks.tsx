import type { ServerProps } from 'payload'
import { say } from '../../i18n/adminText'

/** 工作台 and 逾期清单 in the admin's navigation, for every signed-in user. */
export function DeskNavLinks({ user, payload, i18n }: ServerProps) {
  if (!user) return null
  const admin = payload.config.routes.admin
  const style = { display: 'block', padding: '4px 0', fontWeight: 600 }
  return (
    <>
      <a className="nav__link" href={admin} style={style}>
        {say(i18n, 'zqDesk:navDesk')}
      </a>
      <a className="nav__link" href={`${admin}/overdue`} style={style}>
        {say(i18n, 'zqDesk:navOverdue')}
      </a>
    </>
  )
}
