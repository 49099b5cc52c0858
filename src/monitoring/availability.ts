/**
 * 站点无法访问 (19号): over the monitoring window (1 week), the share of failed home-page probes.
 * Every domain of the site is probed; a probe of any domain counts.
 */
export type AvailabilitySample = { ok: boolean }

export type AvailabilityFigure = { total: number; failed: number; failedPercent: number }

export function availabilityFigure(samples: AvailabilitySample[]): AvailabilityFigure {
  const failed = samples.filter((s) => !s.ok).length
  const total = samples.length
  return { total, failed, failedPercent: total ? Math.round((failed / total) * 10_000) / 100 : 0 }
}

/** The cron expression for `perDay` probes spread over the day (at least 20 a day stays the caller's concern). */
export function availabilityCron(perDay: number): string {
  const minutes = Math.max(1, Math.floor(1440 / Math.max(1, perDay)))
  if (minutes < 60) return `*/${minutes} * * * *`
  const hours = Math.max(1, Math.floor(minutes / 60))
  return `3 */${hours} * * *`
}

/** The probe slot a moment belongs to: the lock key, so that each slot is probed once across workers. */
export function availabilitySlot(now: Date, perDay: number): string {
  const slotMs = Math.max(60_000, Math.floor(86_400_000 / Math.max(1, perDay)))
  return new Date(Math.floor(now.getTime() / slotMs) * slotMs).toISOString()
}
