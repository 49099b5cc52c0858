'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'

/**
 * 答复书 links in the application's edit view, once a reply type and result row are saved: the printable page
 * and the DOCX (src/disclosure/letterEndpoint.ts). The server checks the user's access again.
 */
export function LetterLinks() {
  const { id } = useDocumentInfo()
  const replyType = useFormFields(([fields]) => fields.replyType?.initialValue)
  const resultRow = useFormFields(([fields]) => fields.resultRow?.initialValue)
  if (!id || !replyType || !resultRow) return null
  const base = `/api/disclosure-applications/${id}/letter`
  return (
    <div style={{ marginBottom: '1rem' }}>
      <strong>答复书</strong>
      <p>
        <a href={base} target="_blank" rel="noopener">
          打印答复书
        </a>
        {' · '}
        <a href={`${base}?format=docx`}>下载 Word（DOCX）</a>
      </p>
    </div>
  )
}
