import cluster from 'node:cluster'
import { describeError, reportSilentExits } from './cli/steps'
import { isLeaderWorker, joinCluster, runClusterPrimary, workerCount } from './server/cluster'
import { ProductionStartRefused, refusedExitCode, secretProblem } from './security/productionStart'

reportSilentExits('站群启动')

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
  }).catch((error: unknown) => {
    if (error instanceof ProductionStartRefused) return refuse(error.message)
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
    console.error(inUse ? `站群启动失败：端口 ${port} 已被占用，请关闭占用它的程序或设置 PORT。` : `站群启动失败：${describeError(error)}`)
    if (process.env.DEBUG && error instanceof Error) console.error(error.stack)
    process.exit(1)
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
