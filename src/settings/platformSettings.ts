import type { Payload } from 'payload'
import { onPageInvalidation } from '../render/invalidation'
import { platformSettingDefaults, type PlatformSettings } from './defaults'

let cached: Promise<PlatformSettings> | null = null

// A settings change invalidates every page ('*'), in this process or, relayed, in any other.
onPageInvalidation((tags) => {
  if (tags.includes('*')) cached = null
})

/** The platform's thresholds: stored values over the national defaults. Cached until the global changes. */
export function getPlatformSettings(payload: Payload): Promise<PlatformSettings> {
  cached ??= payload
    .findGlobal({ slug: 'platform-settings', overrideAccess: true, depth: 0 })
    .then((stored) => {
      const merged: PlatformSettings = { ...platformSettingDefaults }
      for (const key of Object.keys(platformSettingDefaults) as (keyof PlatformSettings)[]) {
        const value = (stored as unknown as Record<string, unknown>)[key]
        if (typeof value === 'number' && Number.isFinite(value)) merged[key] = value
      }
      return merged
    })
    .catch((error: unknown) => {
      cached = null
      throw error
    })
  return cached
}
