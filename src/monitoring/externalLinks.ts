import { probe } from './httpProbe'

export type ExternalVerdict = 'ok' | 'broken' | 'unknown' | 'unchecked'

/**
 * Spaces the requests to one host so that no rolling minute holds more than `perMinute` of them,
 * whatever the number of sites linking there. Hosts do not wait for one another.
 */
export class HostRateLimiter {
  private readonly nextStart = new Map<string, number>()
  private readonly spacingMs: number
  constructor(perMinute: number) {
    // One more millisecond than the even spacing: N starts at exact multiples would put N + 1 in a closed minute.
    this.spacingMs = Math.ceil(60_000 / Math.max(1, perMinute)) + 1
  }
  /** The delay before this host may be asked again, and the reservation of that slot. */
  reserve(host: string, now = Date.now()): number {
    const at = Math.max(now, this.nextStart.get(host) ?? 0)
    this.nextStart.set(host, at + this.spacingMs)
    return at - now
  }
}

export type ExternalCheckOptions = {
  timeoutMs: number
  perHostPerMinute: number
  /** At most this many URLs are checked; the rest are 'unchecked'. */
  maxUrls: number
  /** Requests in flight across all hosts. */
  concurrency?: number
  /** Stop starting requests after this instant; what is left is 'unchecked'. */
  deadline?: number
}

/** 404 and 410 are broken; no answer, timeouts and other refusals (403 to robots, 5xx) are unknown. */
export function verdictOf(status: number | null, ok: boolean): ExternalVerdict {
  if (ok) return 'ok'
  if (status === 404 || status === 410) return 'broken'
  return 'unknown'
}

export async function checkExternalLinks(urls: Iterable<string>, options: ExternalCheckOptions): Promise<Map<string, ExternalVerdict>> {
  const results = new Map<string, ExternalVerdict>()
  const byHost = new Map<string, string[]>()
  let budget = options.maxUrls
  for (const url of urls) {
    if (results.has(url)) continue
    if (budget-- <= 0) {
      results.set(url, 'unchecked')
      continue
    }
    results.set(url, 'unchecked')
    const host = new URL(url).host
    const list = byHost.get(host) ?? []
    list.push(url)
    byHost.set(host, list)
  }
  const limiter = new HostRateLimiter(options.perHostPerMinute)
  let inFlight = 0
  const waiters: (() => void)[] = []
  const slot = async () => {
    while (inFlight >= (options.concurrency ?? 32)) await new Promise<void>((r) => waiters.push(r))
    inFlight++
  }
  const release = () => {
    inFlight--
    waiters.shift()?.()
  }
  // One chain per host, each spaced by the limiter; chains run side by side under the global cap.
  await Promise.all(
    [...byHost].map(async ([host, list]) => {
      for (const url of list) {
        const wait = limiter.reserve(host)
        if (options.deadline && Date.now() + wait > options.deadline) return
        if (wait > 0) await new Promise((r) => setTimeout(r, wait))
        await slot()
        try {
          const outcome = await probe({ url }, options.timeoutMs, { maxBytes: 1 })
          results.set(url, verdictOf(outcome.status, outcome.ok))
        } finally {
          release()
        }
      }
    }),
  )
  return results
}
