import type { TaskConfig } from 'payload'
import { runAvailabilityProbe } from './availabilityRun'
import { runDailyProbe } from './dailyRun'

/** Jobs-queue tasks; the run locks make a second worker's copy of the same run a no-op. */
export const monitorDailyTask: TaskConfig<'monitorDaily'> = {
  slug: 'monitorDaily',
  label: '每日网站监测',
  inputSchema: [],
  outputSchema: [{ name: 'summary', type: 'json' }],
  retries: 1,
  handler: async ({ req }) => ({ output: { summary: await runDailyProbe(req.payload) } }),
}

export const monitorAvailabilityTask: TaskConfig<'monitorAvailability'> = {
  slug: 'monitorAvailability',
  label: '网站可访问性监测',
  inputSchema: [],
  outputSchema: [{ name: 'summary', type: 'json' }],
  retries: 0,
  handler: async ({ req }) => ({ output: { summary: await runAvailabilityProbe(req.payload) } }),
}
