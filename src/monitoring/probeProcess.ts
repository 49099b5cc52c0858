/**
 * 可用性监测进程 (`npm run monitor`): the availability probe in its own process, so that hundreds of slow or
 * hanging home pages never sit in the web server's event loop. Supervised by the server (probeSupervisor.ts)
 * or run on its own (MONITOR_PROCESS=external). The database run lock (`availability:<slot>`) keeps any number
 * of these processes from probing a slot twice.
 *
 * Rounds run on the availability cron; `--round-now` adds one at start. `--once` runs one round and exits;
 * `--now=<ISO>` fixes the rounds' instant (tests).
 */
import cron from 'node-cron'
import { getPayload } from 'payload'
import { availabilityCron } from './availability'
import { runAvailabilityProbe, type AvailabilityRunResult } from './availabilityRun'
import { monitoringDefaults } from '../settings/monitoringDefaults'

type Message = { type: 'ready'; pid: number } | { type: 'round'; pid: number; result: AvailabilityRunResult } | { type: 'error'; pid: number; message: string }

const send = (message: Message) => {
  if (process.send) process.send(message)
  else process.stdout.write(`${JSON.stringify(message)}\n`)
}

const args = process.argv.slice(2)
const once = args.includes('--once')
const nowArg = args.find((a) => a.startsWith('--now='))?.slice(6)

const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
send({ type: 'ready', pid: process.pid })

let running: Promise<void> | null = null
const round = () => {
  // One round at a time in this process; a cron tick during a long round is dropped, not queued.
  running ??= runAvailabilityProbe(payload, nowArg ? { now: new Date(nowArg) } : {})
    .then((result) => send({ type: 'round', pid: process.pid, result }))
    .catch((error: unknown) => {
      payload.logger.error({ err: error, msg: '可用性监测失败' })
      send({ type: 'error', pid: process.pid, message: (error as Error).message })
    })
    .finally(() => {
      running = null
    })
  return running
}

const stop = async (code = 0) => {
  await running
  await payload.destroy().catch(() => {})
  process.exit(code)
}

if (once) {
  await round()
  await stop(0)
} else {
  const task = cron.schedule(availabilityCron(Number(process.env.MONITOR_PROBES_PER_DAY ?? monitoringDefaults.availabilityProbesPerDay)), round)
  if (args.includes('--round-now')) void round()
  const shutdown = () => {
    void task.stop()
    void stop(0)
  }
  process.on('SIGTERM', shutdown)
  process.on('SIGINT', shutdown)
  // Started by the server: when the server goes, so does its probe process.
  process.on('disconnect', shutdown)
}
