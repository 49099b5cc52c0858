import cluster from 'node:cluster'
import { isLeaderWorker, joinCluster, runClusterPrimary, workerCount } from './server/cluster'
import { ProductionStartRefused, refusedExitCode, secretProblem } from './security/productionStart'

const port = Number(process.env.PORT ?? 3000)
const workers = workerCount()
// Next's development server allows one per directory, so the admin in dev mode runs single-process.
const admin = process.env.ADMIN !== 'off'
const clustered = workers > 1 && (process.env.NODE_ENV === 'production' || !admin)

const refuse = (message: string): never => {
  console.error(message)
  process.exit(refusedExitCode)
}
if (process.env.NODE_ENV === 'production') {
  const problem = secretProblem()
  if (problem) refuse(problem)
}

if (clustered && cluster.isPrimary) {
  runClusterPrimary(workers, (message) => console.log(message))
  console.log(`站群以 ${workers} 个工作进程启动（WEB_CONCURRENCY）`)
} else {
  const { startServer } = await import('./server/app')
  const running = await startServer({
    port,
    host: process.env.HOST ?? '0.0.0.0',
    admin,
    jobWorker: process.env.JOBS_WORKER !== 'off' && isLeaderWorker(),
  }).catch((error: unknown) => (error instanceof ProductionStartRefused ? refuse(error.message) : Promise.reject(error)))
  joinCluster()
  if (isLeaderWorker()) running.payload.logger.info(`站群已启动：${running.url}${admin ? `（管理后台 ${running.url}/admin）` : ''}`)

  const shutdown = async () => {
    await running.close()
    process.exit(0)
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}
