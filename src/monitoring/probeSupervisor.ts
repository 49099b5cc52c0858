import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../projectRoot'

export type ProbeProcessMessage = { type: 'ready' | 'round' | 'error'; pid: number; [key: string]: unknown }

export type ProbeSupervisor = {
  /** The running child's process id (never the server's own). */
  pid(): number | undefined
  stop(): Promise<void>
}

type Logger = { info(msg: string): void; error(msg: string): void }

/** The probe process's command: the bundle beside the production server, or the TypeScript source through tsx. */
export function probeProcessCommand(): { command: string; args: string[] } {
  const bundled = path.join(projectRoot, 'dist/monitor.js')
  if (process.env.NODE_ENV === 'production' && fs.existsSync(bundled)) return { command: process.execPath, args: [bundled] }
  return { command: process.execPath, args: ['--import', 'tsx', path.join(projectRoot, 'src/monitoring/probeProcess.ts')] }
}

/**
 * Runs the availability probe process beside the server and restarts it when it dies (1 s, doubling to a
 * minute; reset after a minute of life). The child inherits the environment (DATABASE_URL, MONITOR_*) and
 * reports over IPC; it exits on its own when the server's end of the channel closes.
 */
export function superviseProbeProcess(options: { logger: Logger; args?: string[]; onMessage?: (message: ProbeProcessMessage) => void; delayMs?: number }): ProbeSupervisor {
  let child: ChildProcess | null = null
  let stopped = false
  let delay = 1000
  let restartTimer: NodeJS.Timeout | null = null
  const start = () => {
    const { command, args } = probeProcessCommand()
    const startedAt = Date.now()
    const current = spawn(command, [...args, ...(options.args ?? [])], { cwd: projectRoot, env: process.env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    child = current
    current.on('message', (message: ProbeProcessMessage) => options.onMessage?.(message))
    current.on('exit', (code, signal) => {
      if (child === current) child = null
      if (stopped) return
      if (Date.now() - startedAt > 60_000) delay = 1000
      options.logger.error(`可用性监测进程退出（${signal ?? code}），${Math.round(delay / 1000)} 秒后重启`)
      restartTimer = setTimeout(start, delay)
      delay = Math.min(delay * 2, 60_000)
    })
  }
  // A delay lets a production start serve its first pages before a second Payload boots beside it.
  restartTimer = setTimeout(start, options.delayMs ?? 0)
  options.logger.info('可用性监测在独立进程中运行')
  return {
    pid: () => child?.pid,
    async stop() {
      stopped = true
      if (restartTimer) clearTimeout(restartTimer)
      const running = child
      if (!running || running.exitCode !== null) return
      await new Promise<void>((resolve) => {
        const kill = setTimeout(() => running.kill('SIGKILL'), 10_000)
        running.once('exit', () => {
          clearTimeout(kill)
          resolve()
        })
        running.kill('SIGTERM')
      })
    },
  }
}
