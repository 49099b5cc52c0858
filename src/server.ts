import cluster from 'node:cluster'
import { isLeaderWorker, joinCluster, runClusterPrimary, workerCount } from './server/cluster'

const port = Number(process.env.PORT ?? 3000)
const workers = workerCount()
// Next's development server allows one per directory, so the admin in dev mode runs single-process.
const admin = process.env.ADMIN !== 'off'
const clustered = workers > 1 && (process.env.NODE_ENV === 'production' || !admin)

/**
 * Under tsx on Node 20 the import of the server's large module graph now and then never settles (the
 * loader-hooks thread stalls; scripts/bench-pages.ts saw it in about one run in ten). A process stuck
 * there would wait forever, so it gives up after a while: a cluster worker is then forked again by the
 * primary, a single process says to start again. A bundled production build has no loader hooks.
 */
async function importServer(): Promise<typeof import('./server/app')> {
  const limitMs = Number(process.env.SERVER_IMPORT_TIMEOUT_MS ?? 120_000)
  let timer: NodeJS.Timeout | undefined
  const stalled = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`加载服务端模块超过 ${limitMs / 1000} 秒未完成（tsx 加载器停滞），请重新启动。`)), limitMs)
  })
  try {
    return await Promise.race([import('./server/app'), stalled])
  } finally {
    clearTimeout(timer)
  }
}

if (clustered && cluster.isPrimary) {
  runClusterPrimary(workers, (message) => console.log(message))
  console.log(`站群以 ${workers} 个工作进程启动（WEB_CONCURRENCY）`)
} else {
  const { startServer } = await importServer().catch((error: Error) => {
    console.error(error.message)
    process.exit(75)
  })
  const running = await startServer({
    port,
    host: process.env.HOST ?? '0.0.0.0',
    admin,
    jobWorker: process.env.JOBS_WORKER !== 'off' && isLeaderWorker(),
  })
  joinCluster()
  if (isLeaderWorker()) running.payload.logger.info(`站群已启动：${running.url}${admin ? `（管理后台 ${running.url}/admin）` : ''}`)

  const shutdown = async () => {
    await running.close()
    process.exit(0)
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}
