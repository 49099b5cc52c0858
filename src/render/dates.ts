import { chinaDay, chinaDayTime } from '../calendar/chinaTime'

/** Dates on public pages are shown in China Standard Time, whatever the server's zone; a missing or bad value shows nothing. */
function shown(value: string | Date | null | undefined, format: (moment: string | Date) => string): string {
  if (!value) return ''
  try {
    return format(value)
  } catch {
    return ''
  }
}

export const chinaDate = (value: string | Date | null | undefined): string => shown(value, chinaDay)

/**
 * The 发布日期 a document page shows: its China date; in a preview of a document not yet published, a note saying
 * so instead of an empty date (the server sets the date on publication).
 */
export const publicationDate = (value: string | Date | null | undefined, preview: boolean): string =>
  chinaDate(value) || (preview ? '未发布（预览）' : '')

export const chinaDateTime = (value: string | Date | null | undefined): string => shown(value, chinaDayTime)

export function chinaLongDate(value: string | Date | null | undefined): string {
  const day = chinaDate(value)
  if (!day) return ''
  const [year, month, date] = day.split('-')
  return `${year}年${Number(month)}月${Number(date)}日`
}
