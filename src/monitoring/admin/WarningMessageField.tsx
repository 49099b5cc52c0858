'use client'
import { DefaultCell, TextareaInput, useField, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps, TextareaFieldClientComponent } from 'payload'
import { healthWarningIn } from '../warningText'

/**
 * A health warning's message in the reader's language. Only the monitor writes warnings (no one saves them in the
 * admin), so the field is shown read-only; the form keeps the stored Chinese.
 */
export const WarningMessageField: TextareaFieldClientComponent = ({ field, path }) => {
  const { value } = useField<string>({ path: path ?? field.name })
  const { i18n } = useTranslation()
  return <TextareaInput path={path ?? field.name} label={field.label} required={field.required} readOnly value={healthWarningIn(i18n.language, value ?? '')} />
}

/** The list column of the message, in the reader's language; Payload's own cell keeps the row link. */
export function WarningMessageCell(props: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  return <DefaultCell {...props} cellData={typeof props.cellData === 'string' ? healthWarningIn(i18n.language, props.cellData) : props.cellData} />
}
