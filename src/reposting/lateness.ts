import { chinaDay } from '../calendar/chinaTime'

/** How late a repost was, as an office worker reads it at a glance: 45 分钟, 3 小时 20 分钟, 2 天 4 小时. */
function latenessInEnglish(minutes: number): string {
  if (minutes < 60) return `${minutes} min`
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const rest = minutes % 60
  if (days) return hours ? `${days} d ${hours} h` : `${days} d`
  return rest ? `${hours} h ${rest} min` : `${hours} h`
}

export function describeLateness(minutes: number, language = 'zh'): string {
  if (minutes <= 0) return '—'
  if (language === 'en') return latenessInEnglish(minutes)
  if (minutes < 60) return `${minutes} 分钟`
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const rest = minutes % 60
  if (days) return hours ? `${days} 天 ${hours} 小时` : `${days} 天`
  return rest ? `${hours} 小时 ${rest} 分钟` : `${hours} 小时`
}

/** A period bound of the report (an instant) as the China Standard Time day it falls on; `to` is exclusive. */
export function periodDay(value: string | null, exclusiveEnd = false): string {
  if (!value) return ''
  const time = Date.parse(value) - (exclusiveEnd ? 1 : 0)
  return Number.isFinite(time) ? chinaDay(time) : ''
}

/** 2026-11-01 至 2026-11-30, or 不限 for an open end. */
export const describePeriod = (period: { from: string | null; to: string | null }): string =>
  `${periodDay(period.from) || '不限'} 至 ${periodDay(period.to, true) || '不限'}`
