import { chinaDayTime } from '../calendar/chinaTime'

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The theme's page with what makes it a preview: a robots meta tag, and a banner at the top of the body that no
 * theme can leave out (it is added here, not by the templates). Inline style attributes are what the public
 * pages' CSP allows (src/security/headers.ts); no script is added.
 */
export function withPreviewBanner(html: string, expiresAt: Date, state?: string, language: 'zh' | 'en' = 'zh'): string {
  // Only signed-in staff see it, so it speaks their admin language; the page under it stays as citizens will see it.
  const until = escapeHtml(chinaDayTime(expiresAt))
  const words =
    language === 'en'
      ? `Preview, not published <span style="font-weight:normal">(${state ? `Status: ${escapeHtml(state)}. ` : ''}For signed-in staff only; not cached or indexed. The link is valid until ${until}, Beijing time.)</span>`
      : `预览，未发布 <span style="font-weight:normal">（${state ? `当前状态：${escapeHtml(state)}。` : ''}此页面仅供已登录的工作人员预览，不会被缓存或收录；链接有效至 ${until}）</span>`
  const banner =
    '<div class="zq-preview-banner" role="status" data-preview-banner ' +
    'style="position:sticky;top:0;z-index:2147483647;background:#a61b1b;color:#fff;padding:10px 16px;font-size:16px;line-height:1.5;text-align:center;font-weight:bold">' +
    `${words}</div>`
  const robots = '<meta name="robots" content="noindex, nofollow">'
  const withMeta = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => `${m}${robots}`) : html
  return /<body[^>]*>/i.test(withMeta) ? withMeta.replace(/<body[^>]*>/i, (m) => `${m}${banner}`) : `${banner}${withMeta}`
}
