'use client'
import { toast, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'
import { createPortal } from 'react-dom'
import { speaker } from '../../i18n/bilingual'
import { type DroppedImage, saveAltTexts, type UploadedImage } from './pastedImages'

export type Review = { uploaded: UploadedImage[]; dropped: DroppedImage[] }

const overlay = {
  position: 'fixed',
  inset: 0,
  zIndex: 1000,
  background: 'rgba(0,0,0,0.45)',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
} as const
const panel = { background: 'var(--theme-elevation-0, #fff)', color: 'var(--theme-text, #222)', padding: 24, borderRadius: 6, width: 'min(560px, 92vw)', maxHeight: '85vh', overflow: 'auto' } as const

/**
 * After a paste with images: the image description (alt text) is required, and the one the paste guessed
 * must be confirmed or corrected by a person; images that could not be pasted are named with the reason.
 */
export function AltReview({ apiUrl, review, onDone }: { apiUrl: string; review: Review; onDone: () => void }) {
  const L = speaker(useTranslation().i18n)
  const [alts, setAlts] = useState(() => review.uploaded.map((image) => image.alt))
  const [busy, setBusy] = useState(false)
  const empty = alts.some((alt) => !alt.trim())

  const confirm = async () => {
    setBusy(true)
    const changes = review.uploaded.flatMap((image, i) => (alts[i]!.trim() === image.alt ? [] : [{ id: image.id, alt: alts[i]!.trim() }]))
    const failures = await saveAltTexts(apiUrl, changes)
    setBusy(false)
    if (failures.length) {
      toast.error(L('部分图片说明未能保存，请在“图片”中修改', 'Some image descriptions were not saved: correct them under “Media”'))
      return
    }
    if (review.uploaded.length) toast.success(L('图片说明已确认', 'Image descriptions confirmed'))
    onDone()
  }

  return createPortal(
    <div style={overlay}>
      <div role="dialog" aria-modal="true" aria-labelledby="zq-paste-review-title" style={panel} className="zq-paste-review">
        <h2 id="zq-paste-review-title" style={{ marginTop: 0 }}>
          {L('核对粘贴的图片', 'Check the pasted images')}
        </h2>
        {review.uploaded.length > 0 && (
          <p>
            {L(
              `已将 ${review.uploaded.length} 张图片上传到本网站的图片库。图片说明供视障读者和搜索使用，必须填写：请逐一确认或修改。`,
              `${review.uploaded.length} image(s) were uploaded to this site’s media. Descriptions serve visually impaired readers and search and are required: confirm or correct each one.`,
            )}
          </p>
        )}
        {review.uploaded.map((image, i) => (
          <label key={image.index} style={{ display: 'block', marginBottom: 12 }}>
            {L(`第 ${image.index + 1} 张图片的说明`, `Description of image ${image.index + 1}`)}
            <input
              className="zq-paste-alt"
              value={alts[i]}
              onChange={(event) => setAlts(alts.map((alt, j) => (j === i ? event.target.value : alt)))}
              style={{ display: 'block', width: '100%', marginTop: 4, padding: 6 }}
            />
          </label>
        ))}
        {review.dropped.length > 0 && (
          <div role="alert" className="zq-paste-dropped">
            <p style={{ fontWeight: 600 }}>{L('以下图片未能粘贴，正文中未保留：', 'These images could not be pasted and are not in the body:')}</p>
            <ul>
              {review.dropped.map((image) => (
                <li key={image.index}>
                  {L(`第 ${image.index + 1} 张：`, `Image ${image.index + 1}: `)}
                  {image.reason}
                </li>
              ))}
            </ul>
          </div>
        )}
        {empty && <p style={{ color: 'var(--theme-error-500, #b00)' }}>{L('图片说明不能为空。', 'An image description cannot be empty.')}</p>}
        <button type="button" className="btn btn--style-primary" disabled={busy || empty} onClick={confirm}>
          {review.uploaded.length ? L('确认图片说明', 'Confirm descriptions') : L('知道了', 'OK')}
        </button>
      </div>
    </div>,
    document.body,
  )
}
