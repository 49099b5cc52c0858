import type { Payload } from 'payload'
import { defaultMonitoringSettings, type MonitoringSettings } from '../settings/monitoringDefaults'

let cached: Promise<MonitoringSettings> | null = null

export const forgetMonitoringSettings = (): void => {
  cached = null
}

/** Stored values over the 19号 defaults; re-read after the global changes in this process, and at each run. */
export function getMonitoringSettings(payload: Payload, fresh = false): Promise<MonitoringSettings> {
  if (fresh) cached = null
  cached ??= payload
    .findGlobal({ slug: 'monitoring-settings', overrideAccess: true, depth: 0 })
    .then((stored) => {
      const merged = defaultMonitoringSettings()
      const values = stored as unknown as Record<string, unknown>
      for (const key of Object.keys(merged) as (keyof MonitoringSettings)[]) {
        if (key === 'longStaleDaysByKind') continue
        const value = values[key]
        if (typeof value === 'number' && Number.isFinite(value)) (merged as Record<string, unknown>)[key] = value
      }
      const byKind = (values.longStaleDaysByKind ?? {}) as Record<string, unknown>
      for (const kind of Object.keys(merged.longStaleDaysByKind) as (keyof MonitoringSettings['longStaleDaysByKind'])[]) {
        const value = byKind[kind]
        if (typeof value === 'number' && Number.isFinite(value)) merged.longStaleDaysByKind[kind] = value
      }
      return merged
    })
    .catch((error: unknown) => {
      cached = null
      throw error
    })
  return cached
}
