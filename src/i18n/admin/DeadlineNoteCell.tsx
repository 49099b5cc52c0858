import type { DefaultServerCellComponentProps } from 'payload'
import { deadlineNoteIn } from '../storedNotes'

/** A stored deadline note as a list column, in the reader's language (see DeadlineNoteField). */
export function DeadlineNoteCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  return <span>{typeof cellData === 'string' && cellData ? deadlineNoteIn(i18n?.language, cellData) : ''}</span>
}
