import http from 'node:http'
import https from 'node:https'

export type ProbeOutcome = {
  /** 'ok': answered 2xx/3xx; 'failed': error status, refused, or not open within the timeout. */
  ok: boolean
  status: number | null
  ms: number
  error: string | null
}

export type ProbeTarget = {
  /** The URL as the public would type it (http(s)://domain/path). */
  url: string
  /**
   * Where to connect instead of the URL's host (MONITOR_PROBE_ORIGIN), keeping the URL's host in the Host header:
   * the platform serves every domain itself, so a probe can go through the real stack without DNS.
   */
  connectTo?: string | null
}

/**
 * One HTTP GET through the real stack. The whole exchange, body included, must finish within the timeout:
 * a page that starts answering and then hangs is "still not open" for 19号. Redirects are not followed
 * (a 3xx answer means the server is up). The body is read and discarded, capped at `maxBytes`.
 */
export function probe(target: ProbeTarget, timeoutMs: number, options: { method?: 'GET' | 'HEAD'; maxBytes?: number } = {}): Promise<ProbeOutcome> {
  const started = performance.now()
  const url = new URL(target.url)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return Promise.resolve({ ok: false, status: null, ms: 0, error: '仅支持 http(s) 地址' })
  const connect = target.connectTo ? new URL(target.connectTo) : url
  const client = connect.protocol === 'https:' ? https : http
  const maxBytes = options.maxBytes ?? 2_000_000
  return new Promise((resolve) => {
    let settled = false
    const finish = (outcome: Omit<ProbeOutcome, 'ms'>) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      request.destroy()
      resolve({ ...outcome, ms: Math.round(performance.now() - started) })
    }
    const request = client.request(
      {
        method: options.method ?? 'GET',
        host: connect.hostname,
        port: connect.port || (connect.protocol === 'https:' ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        headers: { host: url.host, 'user-agent': 'zhanqun-monitor/1 (site health probe)', accept: 'text/html,*/*' },
        servername: connect === url ? url.hostname : undefined,
        agent: false,
      },
      (response) => {
        const status = response.statusCode ?? 0
        let bytes = 0
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length
          if (bytes > maxBytes) finish({ ok: status < 400, status, error: null })
        })
        response.on('end', () => finish({ ok: status >= 200 && status < 400, status, error: status >= 400 ? `HTTP ${status}` : null }))
        response.on('error', (error) => finish({ ok: false, status, error: error.message }))
      },
    )
    const timer = setTimeout(() => finish({ ok: false, status: null, error: `${Math.round(timeoutMs / 1000)} 秒内未打开` }), timeoutMs)
    request.on('error', (error) => finish({ ok: false, status: null, error: (error as NodeJS.ErrnoException).code ?? error.message }))
    request.end()
  })
}
