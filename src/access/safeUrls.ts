import type { TextField } from 'payload'
import { type Bilingual, inLanguage } from '../i18n/bilingual'

/**
 * URLs that staff type in (the report-an-error link, an interpretation's audio or video) end up in `href`
 * attributes of public pages served on the same origin as /admin. Only web addresses are accepted, and
 * `mailto:`/`tel:` for contact links: a `javascript:` or `data:` URL would run in a citizen's browser (or an
 * administrator's). Checked on save and again when rendering, so a value stored before this rule cannot
 * reach a page either.
 */

export type UrlKind = 'web' | 'contact'

const allowedProtocols: Record<UrlKind, string[]> = {
  web: ['http:', 'https:'],
  contact: ['http:', 'https:', 'mailto:', 'tel:'],
}

/** The URL, normalised, when it is absolute and of an allowed scheme; otherwise null. */
export function safeUrl(value: unknown, kind: UrlKind = 'web'): string | null {
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  // Control characters and whitespace inside a scheme are how "java\tscript:" slips past naive checks.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point of this check
  if (!trimmed || /[\u0000-\u001f\u007f]/.test(trimmed)) return null
  let parsed: URL
  try {
    parsed = new URL(trimmed)
  } catch {
    return null
  }
  if (!allowedProtocols[kind].includes(parsed.protocol)) return null
  if ((parsed.protocol === 'http:' || parsed.protocol === 'https:') && !parsed.hostname) return null
  return parsed.href
}

const message: Record<UrlKind, Bilingual> = {
  web: { zh: '请填写以 http:// 或 https:// 开头的完整网址，例如 https://www.example.gov.cn/。', en: 'Enter a full address starting with http:// or https://, e.g. https://www.example.gov.cn/.' },
  contact: { zh: '请填写以 http://、https://、mailto: 或 tel: 开头的完整地址。', en: 'Enter a full address starting with http://, https://, mailto: or tel:.' },
}

/** Payload `validate` for a URL field: empty is fine unless required. */
export const validateUrl =
  (kind: UrlKind = 'web') =>
  (value: unknown, { required, req }: { required?: boolean; req?: { i18n?: { language?: string } } } = {}): true | string => {
    if (value === null || value === undefined || value === '') return required ? inLanguage(req, { zh: '此项必填。', en: 'This field is required.' }) : true
    return safeUrl(value, kind) ? true : inLanguage(req, message[kind])
  }

/** A text field holding a URL: validated on save, marked so tests can find every URL field. */
export function urlField(field: Omit<TextField, 'type' | 'validate'>, kind: UrlKind = 'web'): TextField {
  return {
    ...field,
    type: 'text',
    validate: validateUrl(kind) as TextField['validate'],
    custom: { ...(field.custom ?? {}), url: kind },
    admin: { ...(field.admin ?? {}), placeholder: field.admin?.placeholder ?? (kind === 'web' ? 'https://' : { zh: 'https:// 或 mailto: 或 tel:', en: 'https:// or mailto: or tel:' }) },
  } as TextField
}
