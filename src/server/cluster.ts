import cluster, { type Worker } from 'node:cluster'
import { notifyJobsQueued, onJobsQueued } from '../jobs/promptRun'
import { applyRemoteInvalidation, setBroadcaster } from '../render/invalidation'
import { RateLimiterClusterMaster } from 'rate-limiter-flexible'
import { refusedExitCode } from '../security/productionStart'

/**
 * One server process per CPU core (`WEB_CONCURRENCY`), as production runs it: a Node process renders
 * on one core, and a 2-core machine serves twice the uncached pages with two.
 *
 * The primary process only forks and relays; it never loads Payload. The first worker (the leader)
 * starts alone: it applies the migrations and seeds the calendar, then runs the jobs queue. The others
 * start once it is ready. Each worker keeps its own page cache, site directory and column trees, so the
 * primary relays every page invalidation to the other workers, and a worker's "jobs queued" wake-up to
 * the leader. Several hosts need a network broadcaster instead (see src/render/invalidation.ts).
 */

type ClusterMessage = { zhanqun: 'ready' } | { zhanqun: 'invalidate'; tags: string[] } | { zhanqun: 'jobs-queued' }

const isClusterMessage = (message: unknown): message is ClusterMessage =>
  typeof message === 'object' && message !== null && typeof (message as { zhanqun?: unknown }).zhanqun === 'string'

/**
 * A page rendered by another worker between the writer's hook (which announces the change) and its
 * commit would read the old rows and be cached again. Remote invalidations are therefore applied on
 * arrival and once more after the writing transaction has had time to commit.
 */
const settleMs = Number(process.env.PAGE_INVALIDATION_SETTLE_MS ?? 2000)

export const workerCount = (): number => {
  const requested = Number(process.env.WEB_CONCURRENCY ?? 1)
  return Number.isInteger(requested) && requested > 1 ? requested : 1
}

export const isLeaderWorker = (): boolean => !cluster.isWorker || process.env.ZHANQUN_LEADER === '1'

/** In the primary: forks the leader, then the other workers; replaces a worker that dies. */
export function runClusterPrimary(count: number, log: (message: string) => void): void {
  let leader: Worker | null = null
  let stopping = false
  // Rate-limit counters for the whole host live here; workers ask over IPC (src/security/rateLimits.ts).
  new RateLimiterClusterMaster()

  const relay = (from: Worker, message: unknown) => {
    if (!isClusterMessage(message)) return
    if (message.zhanqun === 'invalidate') {
      for (const worker of Object.values(cluster.workers ?? {})) if (worker && worker !== from) worker.send(message)
    } else if (message.zhanqun === 'jobs-queued' && leader && leader !== from) {
      leader.send(message)
    }
  }

  const fork = (asLeader: boolean): Worker => {
    const worker = cluster.fork({ ZHANQUN_LEADER: asLeader ? '1' : '0' })
    if (asLeader) leader = worker
    worker.on('message', (message) => relay(worker, message))
    worker.on('exit', (code, signal) => {
      if (stopping) return
      if (code === refusedExitCode) {
        // The worker refused to start (unsafe production settings): restarting would only repeat it.
        stopping = true
        for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM')
        process.exitCode = refusedExitCode
        return
      }
      log(`工作进程 ${worker.process.pid} 退出（${signal ?? code}），正在重启`)
      setTimeout(() => fork(worker === leader), 1000)
    })
    return worker
  }

  let ready = 0
  cluster.on('message', (_worker, message) => {
    if (!isClusterMessage(message) || message.zhanqun !== 'ready') return
    ready += 1
    if (ready === 1) for (let i = 1; i < count; i++) fork(false)
    if (ready === count) log(`全部 ${count} 个工作进程已就绪`)
  })
  fork(true)

  const stop = () => {
    stopping = true
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM')
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

/** In a worker, once its server listens: joins the relays above and tells the primary it is ready. */
export function joinCluster(): void {
  if (!cluster.isWorker || !process.send) return
  const send = (message: ClusterMessage) => process.send?.(message)
  setBroadcaster({ publish: (tags) => send({ zhanqun: 'invalidate', tags }) })
  process.on('message', (message) => {
    if (!isClusterMessage(message)) return
    if (message.zhanqun === 'invalidate') {
      applyRemoteInvalidation(message.tags)
      setTimeout(() => applyRemoteInvalidation(message.tags), settleMs).unref()
    } else if (message.zhanqun === 'jobs-queued') {
      notifyJobsQueued()
    }
  })
  if (!isLeaderWorker()) onJobsQueued(() => send({ zhanqun: 'jobs-queued' }))
  send({ zhanqun: 'ready' })
}
