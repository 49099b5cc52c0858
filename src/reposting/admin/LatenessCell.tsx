'use client'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps, NumberFieldClient } from 'payload'
import { describeLateness } from '../lateness'

/** The reposts list shows how late a repost went out in words (1 小时 30 分钟), not as a count of minutes. */
export function LatenessCell({ cellData, rowData }: DefaultCellComponentProps<NumberFieldClient>) {
  const { i18n } = useTranslation()
  if ((rowData as { publishedAt?: unknown }).publishedAt == null) return <span>—</span>
  const minutes = typeof cellData === 'number' ? cellData : 0
  return <span>{minutes > 0 ? describeLateness(minutes, i18n.language) : i18n.language === 'en' ? 'On time' : '按时'}</span>
}
