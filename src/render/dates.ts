/** Dates on public pages are shown in China Standard Time, whatever the server's zone. */
const chinaOffsetMs = 8 * 60 * 60 * 1000

export function chinaDate(value: string | Date | null | undefined): string {
  if (!value) return ''
  const time = typeof value === 'string' ? Date.parse(value) : value.getTime()
  if (Number.isNaN(time)) return ''
  return new Date(time + chinaOffsetMs).toISOString().slice(0, 10)
}

export function chinaDateTime(value: string | Date | null | undefined): string {
  if (!value) return ''
  const time = typeof value === 'string' ? Date.parse(value) : value.getTime()
  if (Number.isNaN(time)) return ''
  return new Date(time + chinaOffsetMs).toISOString().slice(0, 16).replace('T', ' ')
}

export function chinaLongDate(value: string | Date | null | undefined): string {
  const day = chinaDate(value)
  if (!day) return ''
  const [year, month, date] = day.split('-')
  return `${year}年${Number(month)}月${Number(date)}日`
}
