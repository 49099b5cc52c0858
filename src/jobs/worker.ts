import cron from 'node-cron'
import type { Payload } from 'payload'
import { onJobsQueued } from './promptRun'
import { availabilityCron } from '../monitoring/availability'
import { monitoringDefaults } from '../settings/monitoringDefaults'

const batchSize = 100
/** Enough for a large import in one go; a queue still full after it yields to the next tick rather than spin. */
const maxBatchesPerRun = 500

/**
 * How often the worker looks for due jobs it was not told about: jobs queued by another process (the import
 * CLI, another cluster worker's transaction that committed after its wake-up) or whose retry delay ran out.
 * One indexed read of the queue; without it such work waited for the next minute.
 */
const pollMs = Number(process.env.JOBS_POLL_MS ?? 1000)
/** A wake-up waits this long so the queuing transaction (a REST save) has committed when the worker reads. */
const wakeDelayMs = Number(process.env.JOBS_WAKE_DELAY_MS ?? 150)

async function hasDueJobs(payload: Payload): Promise<boolean> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { processing: { equals: false } },
        { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: new Date().toISOString() } }] },
      ],
    },
    limit: 1,
    depth: 0,
    pagination: false,
    select: { completedAt: true },
    overrideAccess: true,
  })
  return docs.length > 0
}

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
 * Runs the durable jobs queue in this process: at once when this process (or, through the cluster primary,
 * another worker) queues work, within JOBS_POLL_MS when another process did, and housekeeping on its schedule.
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
    }, wakeDelayMs)
  })
  let stopped = false
  let poll: NodeJS.Timeout | null = null
  const pollDue = async () => {
    try {
      if (!running && (await hasDueJobs(payload))) await runDueJobs()
    } catch (error) {
      payload.logger.error({ err: error, msg: 'job worker poll failed' })
    }
    if (!stopped) poll = setTimeout(pollDue, pollMs)
  }
  if (pollMs > 0) poll = setTimeout(pollDue, pollMs)
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
    stopped = true
    if (poll) clearTimeout(poll)
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
