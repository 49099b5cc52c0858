'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type React from 'react'
import { useCallback, useEffect, useState } from 'react'

type Link = { url: string; expiresAt: number }

const texts = {
  zh: { label: '预览', title: '在新窗口中按网站主题预览已保存的内容（未保存的修改不会显示）', failed: '暂时无法生成预览链接，请保存后重试。' },
  en: { label: 'Preview', title: 'Opens the saved version as the site will show it, in a new window (unsaved changes are not shown)', failed: 'Could not create a preview link; save and try again.' },
}

/**
 * 预览 in the edit view of a publishable document: a link to its signed preview (src/preview/route.ts). The link is
 * fetched when the view opens and again shortly before it expires; a click on a stale one fetches a new one first.
 */
export function PreviewButton(): React.ReactElement | null {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text = i18n.language === 'en' ? texts.en : texts.zh
  const [link, setLink] = useState<Link | null>(null)
  const [failed, setFailed] = useState(false)
  const api = config.routes?.api ?? '/api'

  const fetchLink = useCallback(async (): Promise<Link | null> => {
    if (!id || !collectionSlug) return null
    try {
      const response = await fetch(`${api}/preview-link/${collectionSlug}/${id}`, { credentials: 'include', headers: { Accept: 'application/json' } })
      if (!response.ok) throw new Error(String(response.status))
      const body = (await response.json()) as { url: string; expiresAt: string }
      const fresh = { url: body.url, expiresAt: Date.parse(body.expiresAt) }
      setLink(fresh)
      setFailed(false)
      return fresh
    } catch {
      setFailed(true)
      return null
    }
  }, [api, collectionSlug, id])

  useEffect(() => {
    void fetchLink()
  }, [fetchLink])

  // Renew at four fifths of the link's life, so the link on the page keeps working while the view stays open.
  useEffect(() => {
    if (!link) return
    const timer = setTimeout(() => void fetchLink(), Math.max(5_000, (link.expiresAt - Date.now()) * 0.8))
    return () => clearTimeout(timer)
  }, [link, fetchLink])

  if (!id) return null

  const open = (event: React.MouseEvent<HTMLAnchorElement>) => {
    if (link && link.expiresAt - Date.now() > 30_000) return
    event.preventDefault()
    const target = window.open('about:blank', '_blank')
    void fetchLink().then((fresh) => {
      if (fresh && target) target.location.href = fresh.url
      else target?.close()
    })
  }

  return (
    <span className="zq-preview">
      <a
        className="btn btn--style-secondary btn--size-medium btn--withoutPopup"
        style={{ margin: 0 }}
        href={link?.url ?? '#'}
        target="_blank"
        rel="noopener"
        title={text.title}
        data-preview-link
        onClick={open}
      >
        {text.label}
      </a>
      {failed && (
        <span role="alert" style={{ marginInlineStart: 8, color: 'var(--theme-error-500)' }}>
          {text.failed}
        </span>
      )}
    </span>
  )
}
