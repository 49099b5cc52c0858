import fs from 'node:fs'
import path from 'node:path'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * The admin browser files take turns on Next's one dev server (takeAdminTurn in tests/support/admin.ts), and they
 * are the longest files. Vitest hands files to its workers in one fixed order, longest first, so all of them came
 * first and both workers spent the first quarter of a run waiting for each other (CI, PostgreSQL run: 1,323 s of
 * admin files on the two workers in 13.5 minutes). This order comes from a dry run of the workers instead: an admin
 * file goes to the first free worker when no admin file is running, every other free worker takes the longest other
 * file. So the admin files run back to back on one worker while the other runs the rest. Estimates are the last
 * run's durations (Vitest's cache), else typical ones; a wrong estimate only costs a wait, never a test.
 */
export class AdminTurnSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const workers = Number(this.ctx.config.maxWorkers) || 1
    const admin = sorted.filter((spec) => startsAdmin(spec.moduleId))
    if (workers < 2 || admin.length === 0) return sorted
    const others = sorted.filter((spec) => !admin.includes(spec))
    const free = Array.from({ length: workers }, () => 0)
    let adminFreeAt = 0
    const order: TestSpecification[] = []
    while (admin.length || others.length) {
      const worker = free.indexOf(Math.min(...free))
      const now = free[worker]!
      const takeAdmin = admin.length > 0 && (adminFreeAt <= now || others.length === 0)
      const spec = (takeAdmin ? admin : others).shift()!
      const start = takeAdmin ? Math.max(now, adminFreeAt) : now
      free[worker] = start + this.estimate(spec, takeAdmin)
      if (takeAdmin) adminFreeAt = free[worker]!
      order.push(spec)
    }
    return order
  }

  /** Seconds: the cached duration of the file's last run, else a typical one (an admin file starts Next and Chromium). */
  private estimate(spec: TestSpecification, admin: boolean): number {
    const key = `${spec.project.name}:${path.relative(this.ctx.config.root, spec.moduleId)}`
    const cached = this.ctx.cache.getFileTestResults(key)?.duration
    return cached ? cached / 1000 : admin ? 90 : 12
  }
}

const adminFiles = new Map<string, boolean>()

/** A test file that starts the admin (tests/support/admin.ts startAdminServer). */
function startsAdmin(file: string): boolean {
  let admin = adminFiles.get(file)
  if (admin === undefined) {
    admin = /\bstartAdminServer\(/.test(fs.readFileSync(file, 'utf8'))
    adminFiles.set(file, admin)
  }
  return admin
}

export default AdminTurnSequencer
