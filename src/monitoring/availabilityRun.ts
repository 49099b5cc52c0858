import type { Payload, Where } from 'payload'
import { availabilitySlot } from './availability'
import { probe } from './httpProbe'
import { acquireRunLock } from './lock'
import { getMonitoringSettings } from './settings'
import { SiteLifecycle } from '../states'

export type AvailabilityRunOptions = {
  now?: Date
  /**
   * Connect here instead of resolving each domain (MONITOR_PROBE_ORIGIN): the platform serves every domain itself.
   * A function picks per domain, as a hosts file would (tests point one domain at a server that hangs).
   */
  connectTo?: string | null | ((domain: string) => string | null)
  /** Scheme of the public URL when connecting by DNS (MONITOR_PROBE_SCHEME, default https). */
  scheme?: 'http' | 'https'
  concurrency?: number
  /** Override of the 15 s setting, for tests of the timeout itself. */
  timeoutMs?: number
  /** Only these sites (a re-probe, or a sample in the benchmark); all live sites when absent. */
  siteIds?: (number | string)[]
}

export type AvailabilityRunResult = { skipped: true; key: string } | { skipped: false; key: string; probes: number; failed: number; ms: number }

/**
 * One round of 可用性监测: every live site's home page on each of its domains, once per slot across all workers.
 * Records older than the window (plus a day) are pruned, so the table stays at about a week of probes.
 */
export async function runAvailabilityProbe(payload: Payload, options: AvailabilityRunOptions = {}): Promise<AvailabilityRunResult> {
  const started = Date.now()
  const now = options.now ?? new Date()
  const settings = await getMonitoringSettings(payload, true)
  const key = `availability:${availabilitySlot(now, settings.availabilityProbesPerDay)}`
  const lock = await acquireRunLock(payload, key, 30 * 60_000, { now, keepDoneMs: 86_400_000 })
  if (!lock) return { skipped: true, key }
  try {
    const configured = options.connectTo !== undefined ? options.connectTo : (process.env.MONITOR_PROBE_ORIGIN ?? null)
    const connectTo = typeof configured === 'function' ? configured : () => configured
    const scheme = options.scheme ?? (process.env.MONITOR_PROBE_SCHEME === 'http' ? 'http' : 'https')
    const timeoutMs = options.timeoutMs ?? settings.availabilityTimeoutSeconds * 1000
    const where: Where = options.siteIds ? { and: [{ status: { equals: SiteLifecycle.live } }, { id: { in: options.siteIds } }] } : { status: { equals: SiteLifecycle.live } }
    const sites = (await payload.find({ collection: 'sites', where, pagination: false, depth: 0, overrideAccess: true, select: { domains: true, siteCode: true } })).docs
    const targets = sites.flatMap((site) => (site.domains ?? []).map((row) => ({ siteId: site.id, domain: row.domain })))
    let failed = 0
    const queue = [...targets]
    const worker = async () => {
      for (let target = queue.shift(); target; target = queue.shift()) {
        const outcome = await probe({ url: `${scheme}://${target.domain}/`, connectTo: connectTo(target.domain) }, timeoutMs)
        if (!outcome.ok) failed++
        await payload.create({
          collection: 'availability-checks',
          data: { site: target.siteId, domain: target.domain, checkedAt: now.toISOString(), ok: outcome.ok, status: outcome.status, ms: outcome.ms, error: outcome.error },
          overrideAccess: true,
          depth: 0,
        })
      }
    }
    await Promise.all(Array.from({ length: options.concurrency ?? 32 }, worker))
    const horizon = new Date(now.getTime() - (settings.availabilityWindowDays + 1) * 86_400_000).toISOString()
    await payload.delete({ collection: 'availability-checks', where: { checkedAt: { less_than: horizon } }, overrideAccess: true, depth: 0 })
    await lock.finish()
    return { skipped: false, key, probes: targets.length, failed, ms: Date.now() - started }
  } catch (error) {
    await lock.release()
    throw error
  }
}
