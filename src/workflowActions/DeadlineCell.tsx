import type { DefaultServerCellComponentProps } from 'payload'
import { DeadlineBadge } from './DeadlineBadge'
import { deadlineStandingOf, type DeadlineDoc } from './deadlineStanding'

/** The list column 公开期限: the working days left or past, in words, for each row. */
export async function DeadlineCell({ rowData, payload, i18n }: DefaultServerCellComponentProps) {
  return <DeadlineBadge standing={await deadlineStandingOf(payload, rowData as DeadlineDoc, new Date(), i18n?.language)} />
}
