import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'

/** Attachment kinds citizens download, by the type their bytes reveal (not the name they carry). */
export const allowedAttachmentTypes: Record<string, { zh: string; en: string }> = {
  pdf: { zh: 'PDF', en: 'PDF' },
  docx: { zh: 'Word（DOCX）', en: 'Word (DOCX)' },
  xlsx: { zh: 'Excel（XLSX）', en: 'Excel (XLSX)' },
  cfb: { zh: 'Word / Excel 97-2003（DOC / XLS）', en: 'Word / Excel 97-2003 (DOC / XLS)' },
  zip: { zh: 'ZIP 压缩包', en: 'ZIP archive' },
}

export const allowedMimeTypes = [
  'application/pdf',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/zip',
  'application/x-zip-compressed',
  'application/x-cfb',
]

export const defaultMaxAttachmentBytes = 50 * 1024 * 1024

/** The attachment size limit: `ATTACHMENT_MAX_BYTES` when a deployment sets it, otherwise 50 MB. */
export function maxAttachmentBytes(): number {
  const configured = Number(process.env.ATTACHMENT_MAX_BYTES)
  return Number.isFinite(configured) && configured > 0 ? configured : defaultMaxAttachmentBytes
}

const humanSize = (bytes: number): string =>
  bytes >= 1048576 ? `${Number((bytes / 1048576).toFixed(1))} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`

/** An upload as Payload hands it over: in memory (Local API), or on disk while it streamed in (HTTP). */
export type UploadedFile = { data: Buffer; name: string; size?: number; tempFilePath?: string }

/** Returns a message naming what to fix, in the admin's language, or null when the attachment is acceptable. */
export async function attachmentProblem(file: UploadedFile, maxBytes = maxAttachmentBytes(), language: 'zh' | 'en' = 'zh'): Promise<string | null> {
  const L = (zh: string, en: string) => (language === 'en' ? en : zh)
  const { name } = file
  const onDisk = Boolean(file.tempFilePath && !file.data?.byteLength)
  const size = onDisk ? (file.size ?? 0) : file.data.byteLength
  if (size > maxBytes) {
    return L(
      `附件「${name}」大小为 ${humanSize(size)}，超过 ${humanSize(maxBytes)} 的上限，请压缩或拆分后再上传。`,
      `The attachment “${name}” is ${humanSize(size)}, over the limit of ${humanSize(maxBytes)}: compress or split it, then upload again.`,
    )
  }
  // On disk only the first bytes are read to tell the type, never the whole file.
  const detected = onDisk ? await fileTypeFromFile(file.tempFilePath!) : await fileTypeFromBuffer(file.data)
  if (!detected || !(detected.ext in allowedAttachmentTypes)) {
    return L(
      `附件「${name}」的实际内容不是允许的类型（${detected ? detected.mime : '无法识别'}）。只能上传 ${Object.values(allowedAttachmentTypes).map((t) => t.zh).join('、')}。`,
      `The content of the attachment “${name}” is not an allowed type (${detected ? detected.mime : 'not recognised'}). Allowed: ${Object.values(allowedAttachmentTypes).map((t) => t.en).join(', ')}.`,
    )
  }
  return null
}
