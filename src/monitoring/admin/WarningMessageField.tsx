'use client'
import { DefaultCell, TextareaInput, useDocumentTitle, useField, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps, TextareaFieldClientComponent } from 'payload'
import { useEffect } from 'react'
import { healthWarningIn } from '../warningText'

/**
 * A health warning's message in the reader's language. Only the monitor writes warnings (no one saves them in the
 * admin), so the field is shown read-only; the form keeps the stored Chinese.
 */
export const WarningMessageField: TextareaFieldClientComponent = ({ field, path }) => {
  const { value } = useField<string>({ path: path ?? field.name })
  const { i18n } = useTranslation()
  const shown = healthWarningIn(i18n.language, value ?? '')
  // The message is the collection's title, shown in the header too. Payload's provider sets the title from the
  // stored data in its own effect, which runs after this one; the English is put in after it, each time the title
  // is the stored text again.
  const { title, setDocumentTitle } = useDocumentTitle()
  useEffect(() => {
    if (!value || title !== value || shown === value) return
    const later = setTimeout(() => setDocumentTitle(shown), 0)
    return () => clearTimeout(later)
  }, [title, value, shown, setDocumentTitle])
  return <TextareaInput path={path ?? field.name} label={field.label} required={field.required} readOnly value={shown} />
}

/** The list column of the message, in the reader's language; Payload's own cell keeps the row link. */
export function WarningMessageCell(props: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  return <DefaultCell {...props} cellData={typeof props.cellData === 'string' ? healthWarningIn(i18n.language, props.cellData) : props.cellData} />
}
