/**
 * Security settings of the HTTP layer, read from the environment on each call (tests change them
 * between servers). Every setting has a safe default derived from PUBLIC_URL, so a deployment that
 * sets only PUBLIC_URL is already locked down.
 */

export const isProduction = (): boolean => process.env.NODE_ENV === 'production'

/**
 * Whether browsers reach the platform over https (HSTS, `Secure` session cookies, upgrade-insecure-requests):
 * when PUBLIC_URL is an https:// URL, and always in production (TLS ends in a proxy in front; a production
 * platform is never served over plain http). The demo and development over http://localhost stay plain,
 * so signing in there still works; a development server behind https sets PUBLIC_URL=https://….
 */
export const servedOverHttps = (): boolean => isProduction() || /^https:\/\//i.test(process.env.PUBLIC_URL ?? '')

/**
 * GraphQL introspection (`__schema`, `__type`) is off in every mode, the demo included: the schema maps every
 * collection and field for an attacker. `GRAPHQL_INTROSPECTION=on` turns it on outside production only, for
 * a developer's GraphQL tools; production ignores it.
 */
export const graphqlIntrospection = (): boolean => !isProduction() && /^(on|true|1)$/i.test(process.env.GRAPHQL_INTROSPECTION ?? '')

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean)

const hostOf = (url: string): string | null => {
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return null
  }
}

const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin.toLowerCase()
  } catch {
    return null
  }
}

const developmentHosts = ['localhost', '127.0.0.1', '::1', '[::1]']

/**
 * Hostnames on which `/admin` and `/api` answer (管理后台域名): `ADMIN_HOSTS` (comma separated), else
 * the host of PUBLIC_URL; outside production localhost and 127.0.0.1 too. Agency domains never.
 */
export function adminHosts(): Set<string> {
  const hosts = list(process.env.ADMIN_HOSTS)
  const publicHost = process.env.PUBLIC_URL ? hostOf(process.env.PUBLIC_URL) : null
  if (!hosts.length && publicHost) hosts.push(publicHost)
  if (!isProduction() || !hosts.length) hosts.push(...developmentHosts)
  return new Set(hosts)
}

/**
 * Origins whose pages may send cookie-authenticated writes (`TRUSTED_ORIGINS`, comma separated):
 * by default PUBLIC_URL's origin and https:// (http:// outside production) on every admin host,
 * on any port outside production.
 */
export function trustedOrigins(): { origins: Set<string>; anyPortHosts: Set<string> } {
  const origins = new Set(list(process.env.TRUSTED_ORIGINS).map((o) => originOf(o) ?? o))
  if (process.env.PUBLIC_URL) {
    const origin = originOf(process.env.PUBLIC_URL)
    if (origin) origins.add(origin)
  }
  const anyPortHosts = new Set<string>()
  for (const host of adminHosts()) {
    origins.add(`https://${host}`)
    if (!isProduction()) anyPortHosts.add(host)
  }
  return { origins, anyPortHosts }
}

const positive = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/** Largest JSON or form body on the API (`JSON_MAX_BYTES`, 1 MB). */
export const jsonMaxBytes = (): number => positive('JSON_MAX_BYTES', 1024 * 1024)

/** Largest body of an admin server function (`ADMIN_BODY_MAX_BYTES`, 4 MB: form state of a long document). */
export const adminBodyMaxBytes = (): number => positive('ADMIN_BODY_MAX_BYTES', 4 * 1024 * 1024)

/** Largest image (`MEDIA_MAX_BYTES`, 20 MB). */
export const mediaMaxBytes = (): number => positive('MEDIA_MAX_BYTES', 20 * 1024 * 1024)

/** Rows an anonymous list request may ask for (`ANONYMOUS_LIST_MAX`, 100). */
export const anonymousListMax = (): number => positive('ANONYMOUS_LIST_MAX', 100)

export const positiveSetting = positive

/**
 * Which proxies' X-Forwarded-For Express believes (`TRUST_PROXY`: `off`, `loopback`, addresses or subnets,
 * comma separated). Production: loopback, the TLS proxy on the same host. Elsewhere nothing: the demo has no
 * proxy in front, and trusting loopback there let anyone on the machine name a new address for every login
 * attempt and so step around the per-address limit.
 */
export function trustProxy(): string | false {
  const configured = (process.env.TRUST_PROXY ?? '').trim()
  if (/^(off|false|0|none)$/i.test(configured)) return false
  if (configured) return configured
  return isProduction() ? 'loopback' : false
}
