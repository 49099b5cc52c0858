import path from 'node:path'
import type { TestSpecification } from 'vitest/node'
import { describe, expect, it } from 'vitest'
import { AdminTurnSequencer } from '../support/sequencer'

/** The test-file order (tests/support/sequencer.ts): admin browser files back to back on one worker, not all first. */

const root = path.resolve(import.meta.dirname, '../..')
const project = { name: '', config: { sequence: { groupOrder: 0 }, isolate: true } }
const spec = (file: string) => ({ moduleId: path.join(root, file), project }) as unknown as TestSpecification

function sequencer(durations: Record<string, number>, maxWorkers = 2) {
  const ctx = {
    config: { root, maxWorkers },
    cache: {
      getFileTestResults: (key: string) => {
        const ms = durations[key.replace(/^:/, '')]
        return ms === undefined ? undefined : { duration: ms, failed: false }
      },
      getFileStats: () => ({ size: 1 }),
    },
  }
  return new AdminTurnSequencer(ctx as never)
}

const admin = ['tests/browser/admin-chinese.test.ts', 'tests/browser/desk.test.ts', 'tests/browser/preview.test.ts']
const others = [
  'tests/integration/smoke.test.ts',
  'tests/integration/sites.test.ts',
  'tests/security/headers.test.ts',
  'tests/security/csrf.test.ts',
  'tests/integration/holidays.test.ts',
  'tests/integration/workflow.test.ts',
]
const durations: Record<string, number> = {
  [admin[0]!]: 250_000,
  [admin[1]!]: 100_000,
  [admin[2]!]: 90_000,
  ...Object.fromEntries(others.map((file, i) => [file, 60_000 + i * 10_000])),
}

/** Replays the order on `workers` workers (first free worker takes the next file) and returns when admin files ran. */
function replay(order: TestSpecification[], workers: number): { start: number; end: number }[] {
  const free = Array.from({ length: workers }, () => 0)
  const adminRuns: { start: number; end: number }[] = []
  for (const s of order) {
    const file = path.relative(root, s.moduleId)
    const worker = free.indexOf(Math.min(...free))
    const start = free[worker]!
    free[worker] = start + durations[file]!
    if (admin.includes(file)) adminRuns.push({ start, end: free[worker]! })
  }
  return adminRuns
}

describe('AdminTurnSequencer', () => {
  it('starts an admin file at once and never has two admin files running at the same time', async () => {
    const files = [...admin, ...others].map(spec)
    const order = await sequencer(durations).sort(files)
    expect(order.map((s) => s.moduleId).sort()).toEqual(files.map((s) => s.moduleId).sort())
    const runs = replay(order, 2)
    expect(runs[0]!.start).toBe(0)
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.start).toBeGreaterThanOrEqual(runs[i - 1]!.end)
    // Vitest's own order (longest first) would start two admin files together.
    const plain = [...files].sort((a, b) => durations[path.relative(root, b.moduleId)]! - durations[path.relative(root, a.moduleId)]!)
    const plainRuns = replay(plain, 2)
    expect(plainRuns[1]!.start).toBeLessThan(plainRuns[0]!.end)
  })

  it('keeps the longest-first order on one worker, where files cannot meet', async () => {
    const files = [...admin, ...others].map(spec)
    const order = await sequencer(durations, 1).sort(files)
    const longestFirst = Object.keys(durations).sort((a, b) => durations[b]! - durations[a]!)
    expect(order.map((s) => path.relative(root, s.moduleId))).toEqual(longestFirst)
  })
})
