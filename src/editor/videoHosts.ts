import type { PayloadRequest } from 'payload'

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

/** A Chinese message saying what to fix, or null when the address may be embedded. */
export async function videoUrlProblem(req: PayloadRequest, value: unknown, hosts?: string[]): Promise<string | null> {
  const text = typeof value === 'string' ? value.trim() : ''
  if (!text) return '请填写视频网址，或改选本网站图片库中的视频。'
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return `视频网址“${text.slice(0, 80)}”格式不正确，应以 http:// 或 https:// 开头。`
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '视频网址只能以 http:// 或 https:// 开头。'
  const allowed = hosts ?? (await allowedVideoHosts(req))
  if (!hostAllowed(url.hostname.toLowerCase(), allowed)) {
    return `视频网站 ${url.hostname} 不在平台允许的名单中。请改用本网站图片库中的视频，或请平台管理员在“平台设置”中添加该网站。`
  }
  return null
}
