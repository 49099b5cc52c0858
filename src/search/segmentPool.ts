import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { SegmentInput, SegmentOutput } from './segmentText'

/**
 * Node 20 does not pass tsx's module hooks on to worker threads, so a TypeScript worker is started by
 * a small script that imports it through tsx's API. Null when neither form of the worker can be loaded.
 */
// Paths are built with node:path rather than `new URL('./x', import.meta.url)`: Next's bundler
// (which compiles the Payload config for the admin) would try to resolve that pattern as an asset.
const here = path.dirname(fileURLToPath(import.meta.url))
const tsxApiSpecifier = 'tsx/esm/api'
/** The threads' name in /proc and in profiles (bench:pipeline reports their CPU by it). */
const threadName = 'search-segment'

function workerFactory(): ((workerData: unknown) => Worker) | null {
  const compiled = pathToFileURL(path.join(here, 'segmentWorker.js'))
  if (fs.existsSync(fileURLToPath(compiled))) return (workerData) => new Worker(compiled, { workerData, name: threadName })
  const source = pathToFileURL(path.join(here, 'segmentWorker.ts'))
  if (!fs.existsSync(fileURLToPath(source))) return null
  let tsxApi: string
  try {
    tsxApi = import.meta.resolve(tsxApiSpecifier)
  } catch {
    return null
  }
  const bootstrap = `const { workerData } = require('node:worker_threads')
import(workerData.tsxApi).then(({ tsImport }) => tsImport(workerData.entry, workerData.entry))`
  return (workerData) =>
    new Worker(bootstrap, { eval: true, name: threadName, workerData: { ...(workerData as object), tsxApi, entry: source.href } })
}

type Pending = { resolve: (outputs: SegmentOutput[]) => void; reject: (error: Error) => void }

/**
 * Worker threads that segment text for bulk imports, so that jieba runs on the other cores while the
 * main thread writes to SQLite. The worker is loaded from its own file, which a bundled server does
 * not have; `start` then returns null and the engine segments on the calling thread.
 */
export class SegmentPool {
  private readonly pending = new Map<number, Pending>()
  private nextId = 0
  private turn = 0

  private constructor(private readonly workers: Worker[]) {
    for (const worker of workers) {
      worker.on('message', (message: { id?: number; outputs?: SegmentOutput[] }) => {
        if (message.id === undefined) return
        const waiting = this.pending.get(message.id)
        this.pending.delete(message.id)
        waiting?.resolve(message.outputs ?? [])
      })
      worker.on('error', (error) => {
        for (const waiting of this.pending.values()) waiting.reject(error)
        this.pending.clear()
      })
    }
  }

  static async start(size: number, customWords: readonly string[]): Promise<SegmentPool | null> {
    const spawn = workerFactory()
    if (!spawn || size < 1) return null
    const workers: Worker[] = []
    try {
      for (let i = 0; i < size; i++) {
        const worker = spawn({ customWords: [...customWords] })
        workers.push(worker)
        await new Promise<void>((resolve, reject) => {
          worker.once('message', () => resolve())
          worker.once('error', reject)
        })
      }
      return new SegmentPool(workers)
    } catch {
      await Promise.all(workers.map((w) => w.terminate()))
      return null
    }
  }

  get size(): number {
    return this.workers.length
  }

  segment(inputs: SegmentInput[]): Promise<SegmentOutput[]> {
    const id = this.nextId++
    const worker = this.workers[this.turn++ % this.workers.length]!
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      worker.postMessage({ id, inputs })
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()))
  }
}
