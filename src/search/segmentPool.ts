import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { SegmentInput, SegmentOutput } from './segmentText'

type Pending = { resolve: (outputs: SegmentOutput[]) => void; reject: (error: Error) => void }

/**
 * Worker threads that segment text for bulk imports, so that jieba runs on the other cores while the
 * main thread writes to SQLite. The worker is loaded from its source file, which exists when running
 * under tsx (scripts, development) but not inside a bundled server; `start` then returns null and the
 * engine segments inline.
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
    const source = ['./segmentWorker.ts', './segmentWorker.js'].map((p) => new URL(p, import.meta.url)).find((url) => fs.existsSync(fileURLToPath(url)))
    if (!source || size < 1) return null
    const workers: Worker[] = []
    try {
      for (let i = 0; i < size; i++) {
        const worker = new Worker(source, { workerData: { customWords: [...customWords] } })
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
