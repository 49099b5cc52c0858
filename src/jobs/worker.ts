import cron from 'node-cron'
import type { Payload } from 'payload'
import { onJobsQueued } from './promptRun'
import { availabilityCron } from '../monitoring/availability'
import { monitoringDefaults } from '../settings/monitoringDefaults'

const batchSize = 100
/** Enough for a large import in one go; a queue still full after it yields to the next tick rather than spin. */
const maxBatchesPerRun = 500

/**
 * Runs due jobs batch after batch while full batches come back. Work queued by another process (the import
 * CLI, a second worker) never notifies this one, and one batch a minute left a 20,000-article import
 * unsearchable for hours.
 */
async function runUntilDrained(payload: Payload): Promise<void> {
  for (let batch = 0; batch < maxBatchesPerRun; batch++) {
    const result = await payload.jobs.run({ limit: batchSize })
    const ran = Object.keys(result.jobStatus ?? {}).length
    if (result.noJobsRemaining || ran < batchSize) return
  }
}

/**
 * Runs the durable jobs queue in this process: due jobs every minute, housekeeping every hour.
 * The jobs themselves live in the database, so a restart loses nothing.
 */
export function startJobWorker(payload: Payload, options: { availabilityInQueue?: boolean } = {}): () => void {
  let running = false
  let requestedWhileRunning = false
  const runDueJobs = async () => {
    if (running) {
      requestedWhileRunning = true
      return
    }
    running = true
    try {
      do {
        requestedWhileRunning = false
        await runUntilDrained(payload)
      } while (requestedWhileRunning)
    } catch (error) {
      payload.logger.error({ err: error, msg: 'job worker run failed' })
    } finally {
      running = false
    }
  }
  const every = cron.schedule('* * * * *', runDueJobs)
  let prompt: NodeJS.Timeout | null = null
  const stopListening = onJobsQueued(() => {
    prompt ??= setTimeout(() => {
      prompt = null
      void runDueJobs()
    }, 500)
  })
  // Work queued while the server was down (or by the demo seed) runs at once, not at the next minute.
  void runDueJobs()
  const hourly = cron.schedule('7 * * * *', async () => {
    await payload.jobs.queue({ task: 'closeSitesPastNotice', input: {} })
    await runDueJobs()
  })
  // Pending reposts past their deadline are flagged overdue for the admin list (转载逾期).
  const overdue = cron.schedule('*/10 * * * *', async () => {
    await payload.jobs.queue({ task: 'markOverdueReposts', input: {} })
    await runDueJobs()
  })
  // 网站监测: the daily probe at 02:30 China time, availability ≥ 20 times a day. Every worker queues them;
  // the run locks (src/monitoring/lock.ts) let only one of the copies do the work.
  const monitorDaily = cron.schedule('30 2 * * *', async () => {
    await payload.jobs.queue({ task: 'monitorDaily', input: {} })
    await runDueJobs()
  }, { timezone: 'Asia/Shanghai' })
  // 留言个人信息保存期满删除 (src/participation/messageRetention.ts), daily at 03:15 China time.
  const retention = cron.schedule('15 3 * * *', async () => {
    await payload.jobs.queue({ task: 'eraseMessagePersonalData', input: {} })
    await runDueJobs()
  }, { timezone: 'Asia/Shanghai' })
  // Availability normally runs in its own process (src/monitoring/probeProcess.ts); MONITOR_PROCESS=inline keeps it here.
  const monitorAvailability = options.availabilityInQueue
    ? cron.schedule(availabilityCron(Number(process.env.MONITOR_PROBES_PER_DAY ?? monitoringDefaults.availabilityProbesPerDay)), async () => {
        await payload.jobs.queue({ task: 'monitorAvailability', input: {} })
        await runDueJobs()
      })
    : null
  return () => {
    stopListening()
    void monitorDaily.stop()
    void retention.stop()
    void monitorAvailability?.stop()
    if (prompt) clearTimeout(prompt)
    void every.stop()
    void hourly.stop()
    void overdue.stop()
  }
}
