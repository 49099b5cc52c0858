'use client'
import { useTranslation } from '@payloadcms/ui'
import type React from 'react'

/** A China calendar day as the admin writes it everywhere: yyyy-MM-dd. */
export const dayPattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

export const dayProblem = (value: string, label: string, language = 'zh'): string =>
  !value || dayPattern.test(value) ? '' : language === 'en' ? `${label}: enter as yyyy-MM-dd, e.g. 2026-03-01.` : `${label}请按“年-月-日”填写，例如 2026-03-01。`

type Props = Omit<React.InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange'> & { value: string; onChange: (value: string) => void }

/**
 * A day input that reads yyyy-MM-dd whatever the browser's language: the native date input follows the browser
 * (mm/dd/yyyy in an English browser), which the admin's Chinese users must not meet. English reads yyyy-MM-dd too:
 * one unambiguous form in both languages, the same the date pickers (src/i18n/dateFormats.ts) and the exports use. Quick-pick buttons beside it
 * cover the usual periods.
 */
export function DayInput({ value, onChange, ...rest }: Props) {
  const { i18n } = useTranslation()
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      placeholder={i18n.language === 'en' ? 'yyyy-MM-dd' : '年-月-日'}
      pattern="\d{4}-\d{2}-\d{2}"
      value={value}
      onChange={(e) => onChange(e.target.value.trim())}
    />
  )
}
