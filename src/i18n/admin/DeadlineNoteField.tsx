'use client'
import { TextareaInput, useField, useTranslation } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { deadlineNoteIn } from '../storedNotes'

/**
 * A read-only deadline note (期限说明, 期限计算问题) in the reader's language. The field holds the Chinese the
 * server stored; this shows its English for an English admin without putting it in the form, so a save keeps
 * the Chinese.
 */
export const DeadlineNoteField: TextFieldClientComponent = ({ field, path }) => {
  const { value } = useField<string>({ path: path ?? field.name })
  const { i18n } = useTranslation()
  if (!value) return null
  // A textarea: the notes are whole sentences, which a one-line input would cut off.
  return <TextareaInput path={path ?? field.name} label={field.label} description={field.admin?.description} readOnly rows={2} value={deadlineNoteIn(i18n.language, value)} />
}
