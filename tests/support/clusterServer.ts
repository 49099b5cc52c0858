import { spawn } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'

export type ClusterServer = { url: string; stop(): Promise<void> }

export const freePort = (): Promise<number> =>
  new Promise<number>((resolve) => {
    const probe = http.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

/**
 * The real `src/server.ts` with WEB_CONCURRENCY=2 in its own process tree (a primary and two workers), on the
 * database this test process uses (DATABASE_URL, set by startTestPayload). Resolves once both workers are ready.
 */
export async function startClusterServer(env: Record<string, string> = {}): Promise<ClusterServer> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('src/server.ts')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', WEB_CONCURRENCY: '2', ADMIN: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('全部 2 个工作进程已就绪')) resolve()
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}
