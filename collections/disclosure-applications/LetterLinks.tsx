'use client'
import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { speaker } from '../../src/i18n/bilingual'

/**
 * 答复书 links in the application's edit view, once a reply type and result row are saved: the printable page
 * and the DOCX (src/disclosure/letterEndpoint.ts). The server checks the user's access again.
 */
export function LetterLinks() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const say = speaker(i18n)
  const replyType = useFormFields(([fields]) => fields.replyType?.initialValue)
  const resultRow = useFormFields(([fields]) => fields.resultRow?.initialValue)
  if (!id || !replyType || !resultRow) return null
  const base = `/api/disclosure-applications/${id}/letter`
  return (
    <div style={{ marginBottom: '1rem' }}>
      <strong>{say('答复书', 'Reply letter')}</strong>
      <p>
        <a href={base} target="_blank" rel="noopener">
          {say('打印答复书', 'Print the letter')}
        </a>
        {' · '}
        <a href={`${base}?format=docx`}>{say('下载 Word（DOCX）', 'Download Word (DOCX)')}</a>
      </p>
    </div>
  )
}
