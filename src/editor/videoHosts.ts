import type { PayloadRequest } from 'payload'
import { speaker } from '../i18n/bilingual'

/**
 * 允许嵌入视频的网站: the hosts whose video addresses a body may embed, kept by the platform admin in
 * platform-settings.videoHosts (one host a line). A host also allows its subdomains.
 */

export const parseVideoHosts = (text: unknown): string[] =>
  String(text ?? '')
    .split(/[\s,，;；]+/)
    .map((host) =>
      host
        .trim()
        .toLowerCase()
        .replace(/^\.+|\.+$/g, ''),
    )
    .filter(Boolean)

export const hostAllowed = (host: string, allowed: string[]): boolean =>
  allowed.some((entry) => host === entry || host.endsWith(`.${entry}`))

export async function allowedVideoHosts(req: PayloadRequest): Promise<string[]> {
  const settings = await req.payload.findGlobal({ slug: 'platform-settings', depth: 0, overrideAccess: true, req })
  return parseVideoHosts((settings as { videoHosts?: string | null }).videoHosts)
}

/** A message in the admin's language saying what to fix, or null when the address may be embedded. */
export async function videoUrlProblem(req: PayloadRequest, value: unknown, hosts?: string[]): Promise<string | null> {
  const L = speaker(req)
  const text = typeof value === 'string' ? value.trim() : ''
  if (!text) return L('请填写视频网址，或改选本网站图片库中的视频。', "Enter the video's address, or choose a video from this site's media instead.")
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return L(`视频网址“${text.slice(0, 80)}”格式不正确，应以 http:// 或 https:// 开头。`, `The video address “${text.slice(0, 80)}” is malformed; it starts with http:// or https://.`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return L('视频网址只能以 http:// 或 https:// 开头。', 'A video address starts with http:// or https:// only.')
  const allowed = hosts ?? (await allowedVideoHosts(req))
  if (!hostAllowed(url.hostname.toLowerCase(), allowed)) {
    return L(
      `视频网站 ${url.hostname} 不在平台允许的名单中。请改用本网站图片库中的视频，或请平台管理员在“平台设置”中添加该网站。`,
      `The video site ${url.hostname} is not on the platform's allowed list. Use a video from this site's media, or ask a platform administrator to add the site in Platform settings.`,
    )
  }
  return null
}
