import type { Payload } from 'payload'
import { addCalendarDays, chinaDay } from '../calendar/chinaTime'
import { loggableQuery } from './privacy'

/** Rows older than this many days are deleted at a flush: counts for 热门搜索 need only the recent weeks. */
export const QUERY_LOG_RETENTION_DAYS = 90

type Pending = { site: string; day: string; query: string; count: number }

/**
 * The search query log: counts are aggregated in memory per (site, China day, query) and written in
 * batches, so a burst of searches costs one row update per distinct query, not one write per search.
 * Counts not yet flushed when the process stops are lost; hot queries do not need them.
 */
export class HotQueryLog {
  private pending = new Map<string, Pending>()
  private timer: NodeJS.Timeout | null = null
  private flushing: Promise<void> = Promise.resolve()

  constructor(
    private readonly payload: Payload,
    private readonly options: { flushMs: number; maxPending: number },
  ) {}

  /** Counts one search; nothing is kept of a query that may carry personal data. */
  record(siteId: string | number, q: string, now: Date = new Date()): void {
    const query = loggableQuery(q)
    if (!query) return
    const day = chinaDay(now)
    const key = `${siteId}\u0000${day}\u0000${query}`
    const entry = this.pending.get(key)
    if (entry) entry.count++
    else this.pending.set(key, { site: String(siteId), day, query, count: 1 })
    if (this.pending.size >= this.options.maxPending) void this.flush()
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.options.flushMs)
      this.timer.unref()
    }
  }

  /** Writes the pending counts; flushes run one after another. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const batch = [...this.pending.values()]
    this.pending = new Map()
    this.flushing = this.flushing.then(() => this.write(batch)).catch((error) => this.payload.logger.error({ err: error, msg: 'search query log flush failed' }))
    return this.flushing
  }

  private async write(batch: Pending[]): Promise<void> {
    if (!batch.length) return
    for (const entry of batch) {
      const { docs } = await this.payload.find({
        collection: 'search-queries',
        where: { and: [{ site: { equals: entry.site } }, { day: { equals: entry.day } }, { query: { equals: entry.query } }] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        select: { count: true },
      })
      const existing = docs[0]
      if (existing) await this.payload.update({ collection: 'search-queries', id: existing.id, data: { count: (existing.count ?? 0) + entry.count }, depth: 0, overrideAccess: true })
      else await this.payload.create({ collection: 'search-queries', data: { site: Number(entry.site) || (entry.site as never), day: entry.day, query: entry.query, count: entry.count }, depth: 0, overrideAccess: true })
    }
    const before = addCalendarDays(chinaDay(), -QUERY_LOG_RETENTION_DAYS)
    await this.payload.delete({ collection: 'search-queries', where: { day: { less_than: before } }, overrideAccess: true })
  }
}

const logs = new WeakMap<Payload, HotQueryLog>()

/** The process's query log for this Payload instance. SEARCH_LOG_FLUSH_SECONDS sets how often it writes (60 by default). */
export function hotQueryLog(payload: Payload): HotQueryLog {
  let log = logs.get(payload)
  if (!log) {
    const seconds = Number(process.env.SEARCH_LOG_FLUSH_SECONDS ?? 60)
    log = new HotQueryLog(payload, { flushMs: (seconds > 0 ? seconds : 60) * 1000, maxPending: 500 })
    logs.set(payload, log)
  }
  return log
}
