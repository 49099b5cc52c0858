import { startServer } from './server/app'

const port = Number(process.env.PORT ?? 3000)
const running = await startServer({ port, host: process.env.HOST ?? '0.0.0.0', jobWorker: process.env.JOBS_WORKER !== 'off' })
running.payload.logger.info(`站群已启动：${running.url}（管理后台 ${running.url}/admin）`)

const shutdown = async () => {
  await running.close()
  process.exit(0)
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
