'use client'
import { toast, useConfig, useFormFields, useTranslation } from '@payloadcms/ui'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { $generateNodesFromDOM } from '@payloadcms/richtext-lexical/lexical/html'
import { $dfs } from '@payloadcms/richtext-lexical/lexical/utils'
import { $isUploadNode } from '@payloadcms/richtext-lexical/client'
import {
  $getRoot,
  $getSelection,
  $insertNodes,
  $isElementNode,
  $setSelection,
  type BaseSelection,
  COMMAND_PRIORITY_HIGH,
  type LexicalEditor,
  PASTE_COMMAND,
} from '@payloadcms/richtext-lexical/lexical'
import { useEffect, useRef, useState } from 'react'
import { cleanPastedHtml } from './cleanPastedHtml'
import { AltReview, type Review } from './AltReview'
import { speaker } from '../../i18n/bilingual'
import { uploadPastedImages } from './pastedImages'

type Target = { apiUrl: string; site: string | number | null; title: string; say: (zh: string, en: string) => string }

const idOf = (value: unknown): string | number | null => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: string | number }).id
  return null
}

async function pasteHtml(editor: LexicalEditor, html: string, files: File[], saved: BaseSelection | null, target: Target): Promise<Review | null> {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const { images } = cleanPastedHtml(doc)
  const L = target.say
  if (images.length) toast.info(L(`正在上传粘贴的 ${images.length} 张图片…`, `Uploading ${images.length} pasted image(s)…`))
  const outcome = await uploadPastedImages(images, files, {
    apiUrl: target.apiUrl,
    site: target.site,
    // A stored description, read on the public site: Chinese whatever the admin language.
    defaultAlt: (n) => `${target.title.trim() || '正文'} 插图${n}`,
    say: L,
  })
  const uploaded = new Map(outcome.uploaded.map((image) => [String(image.index), image]))
  const ids = new Map(outcome.uploaded.map((image) => [String(image.id), image.id]))
  for (const img of Array.from(doc.body.querySelectorAll('img'))) {
    const image = uploaded.get(img.getAttribute('data-paste-image') ?? '')
    // An <img> left in would become one of Lexical's pending uploads, which fetch any URL from the browser.
    if (!image) {
      img.remove()
      continue
    }
    img.setAttribute('data-lexical-upload-id', String(image.id))
    img.setAttribute('data-lexical-upload-relation-to', 'media')
  }
  editor.update(() => {
    if (!$getSelection()) {
      if (saved) $setSelection(saved)
      else $getRoot().selectEnd()
    }
    const nodes = $generateNodesFromDOM(editor, doc)
    // The DOM carries ids as strings; the body stores them as the database's ids (numbers on SQL).
    for (const node of nodes.flatMap((top) => ($isElementNode(top) ? $dfs(top).map((entry) => entry.node) : [top]))) {
      if (!$isUploadNode(node)) continue
      const data = node.getData()
      const id = ids.get(String(data.value))
      if (id !== undefined) node.setData({ ...data, value: id })
    }
    $insertNodes(nodes)
  })
  return images.length ? { uploaded: outcome.uploaded, dropped: outcome.dropped } : null
}

/**
 * Paste from Word and WPS (and any HTML): the clipboard HTML is cleaned (./cleanPastedHtml), its images
 * uploaded to the document's site, and the result inserted; the editor then confirms the image descriptions.
 * Runs before Lexical's own HTML paste, and leaves copies between Lexical editors to Lexical.
 */
export function PasteFromWordPlugin() {
  const [editor] = useLexicalComposerContext()
  const { config } = useConfig()
  const site = useFormFields(([fields]) => fields.site?.value)
  const title = useFormFields(([fields]) => fields.title?.value)
  const L = speaker(useTranslation().i18n)
  const target = useRef<Target>({ apiUrl: '', site: null, title: '', say: L })
  target.current = { apiUrl: `${config.serverURL}${config.routes.api}`, site: idOf(site), title: typeof title === 'string' ? title : '', say: L }
  const [review, setReview] = useState<Review | null>(null)

  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          if (!(event instanceof ClipboardEvent) || !event.clipboardData) return false
          const data = event.clipboardData
          if (data.types.includes('application/x-lexical-editor')) return false
          const html = data.getData('text/html')
          if (!html.trim()) return false
          event.preventDefault()
          const files = Array.from(data.files)
          const saved = editor.getEditorState().read(() => $getSelection()?.clone() ?? null)
          pasteHtml(editor, html, files, saved, { ...target.current })
            .then((result) => result && setReview(result))
            .catch((error: unknown) => {
              const why = error instanceof Error ? error.message : String(error)
              toast.error(target.current.say(`粘贴失败：${why}`, `Paste failed: ${why}`))
            })
          return true
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  )

  return review ? <AltReview apiUrl={target.current.apiUrl} review={review} onDone={() => setReview(null)} /> : null
}
