import { themeDirectory, themeNames } from '../../src/render/themes'

/** 网站标识码: 10 digits (6-digit division code + serial) for local sites, `bm` + 8 digits for ministries. */
export const siteCodePattern = /^(\d{10}|bm\d{8})$/

export function validateSiteCode(value: unknown, language = 'zh'): true | string {
  if (typeof value !== 'string' || !siteCodePattern.test(value)) {
    return language === 'en'
      ? 'Site code: 10 digits (e.g. 6400000001), or bm and 8 digits (e.g. bm07000001).'
      : '网站标识码格式不正确：应为 10 位数字（如 6400000001），或 bm 加 8 位数字（如 bm07000001）。'
  }
  return true
}

const label = /^(?!-)[a-z0-9\u4e00-\u9fff-]{1,63}(?<!-)$/

/**
 * Government domains end in .gov.cn or .政务 (国办函〔2018〕55号). .localhost and .test serve development and tests
 * only: a production cluster that accepted them could publish a site no citizen can reach.
 */
export function validateDomain(value: unknown, production = process.env.NODE_ENV === 'production', language = 'zh'): true | string {
  const L = (zh: string, en: string) => (language === 'en' ? en : zh)
  if (typeof value !== 'string' || !value.trim()) return L('请填写域名，例如 www.nx.gov.cn。', 'Enter a domain, e.g. www.nx.gov.cn.')
  const domain = value.trim().toLowerCase()
  if (domain.includes('/') || domain.includes(':')) return L(`域名「${value}」不应包含协议、端口或路径，只填主机名，例如 www.nx.gov.cn。`, `The domain “${value}” must be a host name only, without protocol, port or path, e.g. www.nx.gov.cn.`)
  const labels = domain.split('.')
  if (labels.length < 2 || !labels.every((part) => label.test(part))) return L(`域名「${value}」格式不正确。`, `The domain “${value}” is malformed.`)
  if (production && (domain.endsWith('.localhost') || domain.endsWith('.test'))) {
    return L(
      `域名「${value}」只用于开发和测试，正式环境不接受：请填写以 .gov.cn 或 .政务 结尾的域名。`,
      `The domain “${value}” is for development and tests only; in production use a domain ending in .gov.cn or .政务.`,
    )
  }
  const allowed = ['.gov.cn', '.政务', '.localhost', '.test']
  if (!allowed.some((suffix) => domain.endsWith(suffix))) {
    return L(
      `域名「${value}」不符合要求：政府网站英文域名须以 .gov.cn 结尾，中文域名须以 .政务 结尾（国办函〔2018〕55号）。`,
      `The domain “${value}” is not allowed: government sites end in .gov.cn, or .政务 for Chinese domains.`,
    )
  }
  return true
}

export const normalizeDomain = (value: string): string => value.trim().toLowerCase().replace(/\.$/, '')

/** A site's theme must be a theme folder that exists (src/render/themes.ts). */
export function validateTheme(value: unknown, language = 'zh'): true | string {
  if (value === undefined || value === null || value === '') return true
  if (typeof value === 'string' && themeDirectory(value)) return true
  if (language === 'en') return `There is no theme “${String(value)}”: enter a theme folder's name; available: ${themeNames().join(', ')}.`
  return `主题「${String(value)}」不存在：请填写主题文件夹的名称，可用的主题有 ${themeNames().join('、')}。`
}
