import http from 'node:http'
import express from 'express'
import { getPayload, type Payload } from 'payload'
import config from '../../payload.config'
import { migrateDatabase } from '../db/migrate'
import { ensureHolidayCalendar } from '../calendar/holidayCalendar'
import { ensureSearchSynonymDefaults } from '../searchIndex/synonyms'
import { startJobWorker } from '../jobs/worker'
import { payloadApiHandlers } from './payloadHttp'
import { publicSites, type PublicSites } from './publicSites'

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
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback')

  app.get('/healthz', async (_req, res) => {
    try {
      await payload.count({ collection: 'sites', overrideAccess: true })
      res.json({ status: 'ok', time: new Date().toISOString() })
    } catch (error) {
      res.status(503).json({ status: 'error', message: (error as Error).message })
    }
  })

  const api = payloadApiHandlers(config)
  app.all('/api/graphql', defaultAdminLanguage, (req, res, next) => (req.method === 'POST' ? api.graphql(req, res).catch(next) : next()))
  app.all(['/api', '/api/{*rest}'], defaultAdminLanguage, (req, res, next) => {
    if (req.path.startsWith('/api/graphql-playground')) return next()
    api.rest(req, res).catch(next)
  })

  const sites = publicSites(payload, { cacheEnabled: options.pageCache })

  let closeNext: () => Promise<void> = async () => {}
  if (options.admin !== false) {
    process.env.NEXT_TELEMETRY_DISABLED ??= '1'
    const { default: next } = await import('next')
    const dev = options.dev ?? process.env.NODE_ENV !== 'production'
    const nextApp = next({ dev, dir: process.cwd(), hostname: options.host ?? 'localhost', port: options.port ?? 3000 })
    const handle = nextApp.getRequestHandler()
    await nextApp.prepare()
    app.all(['/admin', '/admin/{*rest}', '/_next/{*rest}', '/api/graphql-playground', '/__nextjs_original-stack-frames', '/favicon.ico'], defaultAdminLanguage, (req, res) => handle(req, res))
    closeNext = () => nextApp.close()
  }

  app.use(sites.router)

  app.use((error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    payload.logger.error({ err: error, msg: 'request failed' })
    if (!res.headersSent) res.status(500).type('text/plain; charset=utf-8').send('服务器内部错误，请稍后再试。')
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
  const stopWorker = options.jobWorker ? startJobWorker(payload) : () => {}

  return {
    url: `http://127.0.0.1:${port}`,
    payload,
    sites,
    async close() {
      stopWorker()
      sites.close()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await closeNext()
    },
  }
}
