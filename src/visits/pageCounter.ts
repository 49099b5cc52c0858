import { createHmac } from 'node:crypto'
import type { Request } from 'express'
import type { Payload, Where } from 'payload'
import { chinaDay } from '../calendar/chinaTime'
import { addVisitor, decodeSketch, emptySketch, encodeSketch, estimateVisitors, mergeSketches, type VisitorSketch } from './visitorSketch'

/** How long a shutdown waits for the last counts to be written. */
const CLOSE_FLUSH_MS = 5_000

/**
 * 访问统计: the platform's own page counter for the public sites (no third-party script, no cookie).
 *
 * - Counted on the server when a public page is sent, cache hit or not, the participation pages (mailbox,
 *   依申请公开, 意见征集, 开放日) included (src/server/publicSites.ts calls
 *   `record` for every 200/304 HTML answer), so the page cache keeps working and cached views still count.
 * - Not counted: HEAD, prefetches, crawlers and scripts (by user agent, or none), signed-in staff (the Payload
 *   session cookie), and everything outside the public router (admin, API, 预览).
 * - Unique visitors: a keyed hash of address + user agent, keyed by a salt of the China day derived from the
 *   server secret, so every process and instance hashes a visitor alike and their sketches merge. The hash lives
 *   only for the instant of `record`; what is kept is a HyperLogLog sketch (src/visits/visitorSketch.ts) that
 *   cannot give an address back, and the stored sketch of a day is dropped once the day is over, leaving the two
 *   numbers. No address, user agent or hash is ever written.
 * - Writes are batched: one upsert per site and day every `flushMs` (60 s by default), not one per view.
 */

type Pending = { siteId: number | string; day: string; views: number; sketch: VisitorSketch }

const botAgents = /bot|spider|crawl|slurp|curl|wget|python|java\/|go-http|httpclient|headless|lighthouse|monitor|probe|fetch|scrapy|axios|node|preview/i

/** Whether a request is a person's view of a public page. */
export function countableView(req: Request): boolean {
  if (req.method !== 'GET') return false
  const agent = req.get('user-agent') ?? ''
  if (!agent || botAgents.test(agent)) return false
  const purpose = `${req.get('sec-purpose') ?? ''} ${req.get('purpose') ?? ''} ${req.get('x-moz') ?? ''}`
  if (/prefetch|prerender/i.test(purpose)) return false
  if (/(^|;\s*)payload-token=/.test(req.get('cookie') ?? '')) return false
  return true
}

export class PageCounter {
  private pending = new Map<string, Pending>()
  private timer: NodeJS.Timeout | null = null
  private flushing: Promise<void> = Promise.resolve()

  constructor(
    private readonly payload: Payload,
    private readonly secret = process.env.PAYLOAD_SECRET ?? '',
    readonly flushMs = Number(process.env.PAGE_VISITS_FLUSH_SECONDS ?? 60) * 1000,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Counts one view of a site's page if the request is a person's view. */
  record(req: Request, siteId: number | string): void {
    if (!countableView(req)) return
    const day = chinaDay(this.now())
    const key = `${siteId}|${day}`
    let entry = this.pending.get(key)
    if (!entry) this.pending.set(key, (entry = { siteId, day, views: 0, sketch: emptySketch() }))
    entry.views++
    const salt = createHmac('sha256', this.secret).update(`page-visits:${day}`).digest()
    addVisitor(entry.sketch, createHmac('sha256', salt).update(`${req.ip ?? ''}\n${req.get('user-agent')}`).digest())
    if (!this.timer && this.flushMs > 0) {
      this.timer = setTimeout(() => {
        this.timer = null
        void this.flush()
      }, this.flushMs)
      this.timer.unref()
    }
  }

  /** Writes the views counted since the last flush; flushes run one after another. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write()).catch((err) => {
      this.payload.logger.error({ err, msg: '访问统计写入失败' })
    })
    return this.flushing
  }

  /**
   * Writes what is pending, but never holds a shutdown for more than a few seconds: the counts are best-effort, and a
   * database that no longer answers (a pool already ended) must not keep the process from stopping.
   */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    let giveUp: NodeJS.Timeout | undefined
    const timedOut = new Promise<void>((resolve) => {
      giveUp = setTimeout(() => {
        this.payload.logger.error({ msg: '访问统计：关闭时写入超时，未写入的计数已丢弃' })
        resolve()
      }, CLOSE_FLUSH_MS)
      giveUp.unref()
    })
    await Promise.race([this.flush(), timedOut])
    clearTimeout(giveUp)
  }

  private async write(): Promise<void> {
    const batch = [...this.pending.values()]
    this.pending = new Map()
    const today = chinaDay(this.now())
    for (const entry of batch) await this.upsert(entry, today)
    await this.forgetClosedDays(today)
  }

  private async upsert(entry: Pending, today: string): Promise<void> {
    const where: Where = { and: [{ site: { equals: entry.siteId } }, { day: { equals: entry.day } }] }
    for (let attempt = 0; attempt < 2; attempt++) {
      const found = await this.payload.find({ collection: 'page-visits', where, limit: 1, depth: 0, overrideAccess: true })
      const row = found.docs[0]
      const sketch = mergeSketches(decodeSketch(row?.sketch), entry.sketch)
      const data = {
        views: (row?.views ?? 0) + entry.views,
        visitors: estimateVisitors(sketch),
        sketch: entry.day < today ? null : encodeSketch(sketch),
      }
      try {
        if (row) await this.payload.update({ collection: 'page-visits', id: row.id, data, overrideAccess: true, depth: 0 })
        else await this.payload.create({ collection: 'page-visits', data: { ...data, site: entry.siteId as number, day: entry.day }, overrideAccess: true, depth: 0 })
        return
      } catch (error) {
        // Another process created the row between our read and write (unique site+day): read again once.
        if (attempt === 1) throw error
      }
    }
  }

  /** A finished day's sketch is no longer needed: only its two numbers stay. */
  private async forgetClosedDays(today: string): Promise<void> {
    await this.payload.update({
      collection: 'page-visits',
      where: { and: [{ day: { less_than: today } }, { sketch: { exists: true } }, { sketch: { not_equals: null } }] },
      data: { sketch: null },
      overrideAccess: true,
      depth: 0,
    })
  }
}
