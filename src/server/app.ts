import http from 'node:http'
import express from 'express'
import { getPayload, type Payload } from 'payload'
import config from '../../payload.config'
import { migrateDatabase } from '../db/migrate'
import { ensureHolidayCalendar } from '../calendar/holidayCalendar'
import { ensureSearchSynonymDefaults } from '../searchSync/synonyms'
import { startJobWorker } from '../jobs/worker'
import { useDatabaseReplayStore } from '../security/challengeReplayStore'
import { superviseProbeProcess } from '../monitoring/probeSupervisor'
import { payloadApiHandlers } from './payloadHttp'
import { publicSites, type PublicSites } from './publicSites'
import { adminHeaders, apiHeaders } from '../security/headers'
import { adminHostOnly } from '../security/adminHosts'
import { csrfGuard } from '../security/csrf'
import { apiQueryBounds } from '../security/queryBounds'
import { limitBody, requireDeclaredLength } from '../security/bodyLimits'
import { loginLimits } from '../security/loginLimits'
import { databaseHealth, outageMessage, retryAfterSeconds, survivePoolErrors } from '../security/health'
import { assertProductionReady } from '../security/productionStart'
import compression from 'compression'
import { sweepIncomingUploadsPeriodically } from '../storage/incomingUploads'
import { playgroundOnlyWithIntrospection } from '../security/graphqlIntrospection'
import { trustProxy } from '../security/settings'
import { previewRoutes } from '../preview/route'

export type ServerOptions = {
  port?: number
  host?: string
  /** Serve the admin through Next (off in API-only tests and benchmarks). */
  admin?: boolean
  dev?: boolean
  /** Run the jobs queue in this process on a schedule. */
  jobWorker?: boolean
  pageCache?: boolean
}

export type RunningServer = { url: string; payload: Payload; sites: PublicSites; close(): Promise<void> }

/** Admin language defaults to Simplified Chinese unless the user picked another one. */
function defaultAdminLanguage(req: express.Request, _res: express.Response, next: express.NextFunction) {
  const cookie = req.headers.cookie ?? ''
  if (!/(^|;\s*)payload-lng=/.test(cookie)) req.headers.cookie = cookie ? `${cookie}; payload-lng=zh` : 'payload-lng=zh'
  next()
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  await ensureHolidayCalendar(payload)
  await ensureSearchSynonymDefaults(payload)
  await assertProductionReady(payload)
  // Solved challenges are remembered in the database, so a replay to another worker process is refused too.
  useDatabaseReplayStore(payload)
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxy())
  const health = databaseHealth(payload)
  survivePoolErrors(payload)
  // Leftover temp files of uploads (src/storage/incomingUploads.ts).
  const stopSweeper = sweepIncomingUploadsPeriodically()

  // Public: only "ok" or "degraded"; the cause is in the server log, never in the response.
  app.get('/healthz', apiHeaders(), async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store')
    if (await health.healthy()) return void res.json({ status: 'ok' })
    res.setHeader('Retry-After', String(retryAfterSeconds))
    res.status(503).json({ status: 'degraded' })
  })

  // The API and the admin: admin hosts only, same-origin writes only, bounded queries and bodies.
  const apiGuards = [apiHeaders(), adminHostOnly(), csrfGuard(), apiQueryBounds, limitBody(), defaultAdminLanguage, compression()]
  const api = payloadApiHandlers(config, health)
  const playground = playgroundOnlyWithIntrospection()
  app.all(['/api', '/api/{*rest}'], ...apiGuards, loginLimits(), (req, res, next) => {
    if (req.path.startsWith('/api/graphql-playground')) return playground(req, res, next)
    if (req.path === '/api/graphql' && req.method === 'POST') return void api.graphql(req, res).catch(next)
    api.rest(req, res).catch(next)
  })

  const sites = publicSites(payload, { cacheEnabled: options.pageCache })
  // Guards before Next: they answer on the admin paths even when the admin is not served (API-only tests).
  const adminGuards = [adminHeaders(), adminHostOnly(), csrfGuard(), requireDeclaredLength()]
  app.all(['/admin', '/admin/{*rest}', '/_next/{*rest}'], ...adminGuards)

  let closeNext: () => Promise<void> = async () => {}
  if (options.admin !== false) {
    process.env.NEXT_TELEMETRY_DISABLED ??= '1'
    const { default: next } = await import('next')
    const dev = options.dev ?? process.env.NODE_ENV !== 'production'
    const nextApp = next({ dev, dir: process.cwd(), hostname: options.host ?? 'localhost', port: options.port ?? 3000 })
    const handle = nextApp.getRequestHandler()
    await nextApp.prepare()
    app.all(['/admin', '/admin/{*rest}', '/_next/{*rest}', '/api/graphql-playground', '/__nextjs_original-stack-frames'], defaultAdminLanguage, (req, res) => handle(req, res))
    app.get('/favicon.ico', adminHeaders(), (req, res) => handle(req, res))
    closeNext = () => nextApp.close()
  } else {
    app.all(['/admin', '/admin/{*rest}', '/_next/{*rest}'], (_req, res) => void res.status(404).type('text/plain; charset=utf-8').send('此服务器未启用管理后台。'))
  }

  // 预览 (src/preview/route.ts): on the admin host, before the public sites' catch-all.
  app.use(previewRoutes(payload, sites.directory))
  app.use(sites.router)

  app.use(async (error: Error, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    payload.logger.error({ err: error, msg: 'request failed' })
    if (res.headersSent) return
    const json = req.path.startsWith('/api') || req.path.endsWith('.json')
    const send = (status: number, message: string) => (json ? res.status(status).json({ errors: [{ message }] }) : res.status(status).type('text/plain; charset=utf-8').send(message))
    if (await health.healthy()) return void send(500, '服务器内部错误，请稍后再试。')
    res.setHeader('Retry-After', String(retryAfterSeconds))
    send(503, outageMessage)
  })

  const server = http.createServer(app)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 3000, options.host ?? '0.0.0.0', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  // MONITOR_PROCESS: `child` (default) supervises the availability probe process, `external` leaves it to a
  // separately run `npm run monitor`, `inline` runs it on this process's jobs queue (single-process setups).
  const monitorMode = process.env.MONITOR_PROCESS ?? 'child'
  const stopWorker = options.jobWorker ? startJobWorker(payload, { availabilityInQueue: monitorMode === 'inline' }) : () => {}
  const probes = options.jobWorker && monitorMode === 'child' ? superviseProbeProcess({ logger: { info: (m) => payload.logger.info(m), error: (m) => payload.logger.error(m) }, delayMs: process.env.NODE_ENV === 'production' ? 10_000 : 0 }) : null

  return {
    url: `http://127.0.0.1:${port}`,
    payload,
    sites,
    async close() {
      stopWorker()
      await probes?.stop()
      await sites.close()
      stopSweeper()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await closeNext()
    },
  }
}
