'use client'
import type React from 'react'

/** A China calendar day as the admin writes it everywhere: yyyy-MM-dd. */
export const dayPattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

export const dayProblem = (value: string, label: string): string =>
  value && !dayPattern.test(value) ? `${label}请按“年-月-日”填写，例如 2026-03-01。` : ''

type Props = Omit<React.InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange'> & { value: string; onChange: (value: string) => void }

/**
 * A day input that reads yyyy-MM-dd whatever the browser's language: the native date input follows the browser
 * (mm/dd/yyyy in an English browser), which the admin's Chinese users must not meet. Quick-pick buttons beside it
 * cover the usual periods.
 */
export function DayInput({ value, onChange, ...rest }: Props) {
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      placeholder="年-月-日"
      pattern="\d{4}-\d{2}-\d{2}"
      value={value}
      onChange={(e) => onChange(e.target.value.trim())}
    />
  )
}
