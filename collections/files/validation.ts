import { fileTypeFromBuffer } from 'file-type'

/** Attachment kinds citizens download, by the type their bytes reveal (not the name they carry). */
export const allowedAttachmentTypes: Record<string, string> = {
  pdf: 'PDF',
  docx: 'Word（DOCX）',
  xlsx: 'Excel（XLSX）',
  cfb: 'Word / Excel 97-2003（DOC / XLS）',
  zip: 'ZIP 压缩包',
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

/** Returns a message naming what to fix, or null when the attachment is acceptable. */
export async function attachmentProblem(data: Buffer, name: string, maxBytes = maxAttachmentBytes()): Promise<string | null> {
  if (data.byteLength > maxBytes) {
    return `附件「${name}」大小为 ${humanSize(data.byteLength)}，超过 ${humanSize(maxBytes)} 的上限，请压缩或拆分后再上传。`
  }
  const detected = await fileTypeFromBuffer(data)
  if (!detected || !(detected.ext in allowedAttachmentTypes)) {
    return `附件「${name}」的实际内容不是允许的类型（${detected ? detected.mime : '无法识别'}）。只能上传 ${Object.values(allowedAttachmentTypes).join('、')}。`
  }
  return null
}
