import type { PastedImage } from './cleanPastedHtml'

/**
 * Pasted images become uploads in `media` on the document's site. Only bytes the clipboard itself holds
 * are uploaded (data: URIs, blob: URLs of this page, clipboard files). Images on other servers are not
 * fetched: the browser would send the editor's request to any address the pasted HTML names (an
 * intranet host included), so they are dropped and the editor is told.
 */

export const pastedImageTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif']
/** Below the media route's own limit (MEDIA_MAX_BYTES, 20 MB); a pasted photo is rarely over 10 MB. */
export const pastedImageMaxBytes = 10 * 1024 * 1024

export type UploadedImage = { index: number; id: string | number; alt: string }
export type DroppedImage = { index: number; reason: string }
export type ImageOutcome = { uploaded: UploadedImage[]; dropped: DroppedImage[] }

const extension: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif' }

function dataUriToBlob(src: string): Blob | null {
  const match = /^data:([\w/+.-]+)?(;base64)?,(.*)$/s.exec(src)
  if (!match) return null
  const type = (match[1] ?? '').toLowerCase()
  if (!match[2]) return new Blob([decodeURIComponent(match[3]!)], { type })
  const binary = atob(match[3]!.replace(/\s+/g, ''))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return new Blob([bytes], { type })
}

async function bytesOf(image: PastedImage, files: File[], L: Speak): Promise<Blob | string> {
  if (image.kind === 'data') return dataUriToBlob(image.src) ?? L('图片数据无法识别', 'The image data is not recognised')
  if (image.kind === 'remote')
    return L('外部网址的图片不会自动下载，请另存后用“上传”插入', 'Images at outside addresses are not downloaded: save the image and insert it with “Upload”')
  // Word and WPS name their images by a local path the browser may not read; the clipboard may carry
  // the same pictures as files, in order.
  const file = files.shift()
  if (file) return file
  if (image.kind === 'blob') {
    try {
      return await (await fetch(image.src)).blob()
    } catch {
      return L('图片已失效，请重新复制', 'The image has expired: copy it again')
    }
  }
  return L('剪贴板中没有这张图片的数据，请另存后用“上传”插入', 'The clipboard holds no data for this image: save it and insert it with “Upload”')
}

type Speak = (zh: string, en: string) => string

type UploadTarget = {
  apiUrl: string
  site: string | number | null
  defaultAlt: (position: number) => string
  /** The admin signs in by cookie; other callers (tests, scripts) pass Authorization. */
  headers?: Record<string, string>
  /** The admin's language for the reasons (src/i18n/bilingual.ts `speaker`); Chinese when left out. */
  say?: Speak
}

export async function uploadPastedImages(images: PastedImage[], clipboardFiles: File[], target: UploadTarget): Promise<ImageOutcome> {
  const files = clipboardFiles.filter((file) => file.type.startsWith('image/'))
  const outcome: ImageOutcome = { uploaded: [], dropped: [] }
  const L: Speak = target.say ?? ((zh) => zh)
  for (const image of images) {
    const bytes = await bytesOf(image, files, L)
    if (typeof bytes === 'string') {
      outcome.dropped.push({ index: image.index, reason: bytes })
      continue
    }
    if (!pastedImageTypes.includes(bytes.type)) {
      const type = bytes.type || L('未知', 'unknown')
      outcome.dropped.push({ index: image.index, reason: L(`不支持的图片格式（${type}），请转换为 JPG 或 PNG 后上传`, `Unsupported image format (${type}): convert it to JPG or PNG`) })
      continue
    }
    if (bytes.size > pastedImageMaxBytes) {
      outcome.dropped.push({ index: image.index, reason: L('图片超过 10 MB，请压缩后上传', 'The image is over 10 MB: compress it and upload') })
      continue
    }
    if (target.site === null) {
      outcome.dropped.push({ index: image.index, reason: L('请先选择所属网站，再粘贴图片', 'Choose the site first, then paste the images') })
      continue
    }
    const alt = image.alt || target.defaultAlt(image.index + 1)
    const form = new FormData()
    form.append('file', bytes, `pasted-image-${image.index + 1}.${extension[bytes.type]}`)
    form.append('_payload', JSON.stringify({ alt, site: target.site }))
    const response = await fetch(`${target.apiUrl}/media`, { method: 'POST', body: form, credentials: 'include', headers: target.headers })
    const json = (await response.json().catch(() => null)) as { doc?: { id: string | number }; errors?: { message: string }[] } | null
    if (!response.ok || !json?.doc) {
      const why = json?.errors?.[0]?.message ?? response.status
      outcome.dropped.push({ index: image.index, reason: L(`上传失败：${why}`, `Upload failed: ${why}`) })
      continue
    }
    outcome.uploaded.push({ index: image.index, id: json.doc.id, alt })
  }
  return outcome
}

/** The editor confirms or corrects each default description; only changed ones are written. */
export async function saveAltTexts(apiUrl: string, changes: { id: string | number; alt: string }[]): Promise<string[]> {
  const failures: string[] = []
  for (const { id, alt } of changes) {
    const response = await fetch(`${apiUrl}/media/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ alt }),
    })
    if (!response.ok) failures.push(String(id))
  }
  return failures
}
