import { configDefaults, defineConfig } from 'vitest/config'
import { AdminTurnSequencer } from './tests/support/sequencer'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The language walks read the admin's words, which do not depend on the database: once, on SQLite, saves
    // about ten minutes of the PostgreSQL run.
    exclude: process.env.TEST_DATABASE === 'postgres' ? [...configDefaults.exclude, 'tests/browser/admin-chinese.test.ts'] : configDefaults.exclude,
    pool: 'forks',
    // Each file starts its own Payload on its own database; two at a time fit this 2-core machine.
    maxWorkers: Number(process.env.TEST_WORKERS ?? 2),
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
    globalSetup: ['tests/support/globalSetup.ts'],
    // Admin browser files back to back on one worker, the rest on the other (see the sequencer).
    sequence: { sequencer: AdminTurnSequencer },
  },
})
