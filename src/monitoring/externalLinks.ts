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

/**
 * Checks external URLs as they are found: each URL once, one queue per host spaced by the limiter, hosts side
 * by side under a global cap. The daily run feeds it while it reads sites, so the rate-limited waiting
 * overlaps the reading instead of following it.
 */
export class ExternalLinkChecker {
  readonly results = new Map<string, ExternalVerdict>()
  private readonly queues = new Map<string, { urls: string[]; running: Promise<void> | null }>()
  private readonly limiter: HostRateLimiter
  private budget: number
  private inFlight = 0
  private readonly waiters: (() => void)[] = []
  constructor(private readonly options: ExternalCheckOptions) {
    this.limiter = new HostRateLimiter(options.perHostPerMinute)
    this.budget = options.maxUrls
  }

  add(url: string): void {
    if (this.results.has(url)) return
    this.results.set(url, 'unchecked')
    if (this.budget-- <= 0) return
    const host = new URL(url).host
    let queue = this.queues.get(host)
    if (!queue) {
      queue = { urls: [], running: null }
      this.queues.set(host, queue)
    }
    queue.urls.push(url)
    queue.running ??= this.drain(host, queue)
  }

  /** Waits for every queued check (those past the deadline stay 'unchecked'). */
  async finish(): Promise<Map<string, ExternalVerdict>> {
    for (;;) {
      const running = [...this.queues.values()].map((q) => q.running).filter(Boolean)
      if (!running.length) return this.results
      await Promise.all(running)
    }
  }

  private async drain(host: string, queue: { urls: string[]; running: Promise<void> | null }): Promise<void> {
    try {
      for (let url = queue.urls.shift(); url; url = queue.urls.shift()) {
        const wait = this.limiter.reserve(host)
        if (this.options.deadline && Date.now() + wait > this.options.deadline) {
          queue.urls.length = 0
          return
        }
        if (wait > 0) await new Promise((r) => setTimeout(r, wait))
        while (this.inFlight >= (this.options.concurrency ?? 32)) await new Promise<void>((r) => this.waiters.push(r))
        this.inFlight++
        try {
          const outcome = await probe({ url }, this.options.timeoutMs, { maxBytes: 1 })
          this.results.set(url, verdictOf(outcome.status, outcome.ok))
        } finally {
          this.inFlight--
          this.waiters.shift()?.()
        }
      }
    } finally {
      queue.running = null
    }
  }
}

export async function checkExternalLinks(urls: Iterable<string>, options: ExternalCheckOptions): Promise<Map<string, ExternalVerdict>> {
  const checker = new ExternalLinkChecker(options)
  for (const url of urls) checker.add(url)
  return checker.finish()
}
