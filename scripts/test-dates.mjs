#!/usr/bin/env node
// `npm run test:dates`: the date-sensitive tests with the clock moved, through Debian's `faketime`, to the instants
// where day, month and year boundaries in China time (UTC+8) and the end of the holiday data bite. The clock
// starts at each instant and keeps running. On SQLite: PostgreSQL's own now() runs in the server process, which
// faketime cannot reach. Options: any vitest arguments (e.g. a file) replace the default list.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { projectEnv, root } from './projectNode.mjs'

export const instants = [
  ['2026-12-31 16:30:00', '北京时间元旦 00:30：日、月、年同时翻页'],
  ['2027-01-04 01:00:00', '2027 年节假日数据尚未录入'],
  ['2028-02-29 15:59:00', '闰日 23:59（北京时间）'],
]

/**
 * The files that read the clock for days, deadlines, years or periods (the rest of the suite only orders events).
 * Unit tests of the calendar and China time, the 5-working-day rule, index numbers (the year), holidays, the
 * self-check year, repost due times and compliance periods, scheduled publishing, closure notices, site-health
 * freshness lines, server-set publication dates, the gazette's
 * and search's year filters, the admin report's quick periods, and preview links' expiry.
 */
// The admin browser files (desk, repost compliance) are left out to keep CI under an hour on 2 cores: their date
// logic is asserted by tests/integration/desk.test.ts and reposting-compliance.test.ts, which stay here. Run them
// under the instants on demand: `npm run test:dates -- tests/browser/desk.test.ts tests/browser/repost-compliance.test.ts`.
export const dateSensitiveFiles = [
  'tests/unit',
  'tests/integration/policy-documents.test.ts',
  'tests/integration/index-numbers.test.ts',
  'tests/integration/holidays.test.ts',
  'tests/integration/disclosure-clocks.test.ts',
  'tests/integration/disclosure-table3.test.ts',
  'tests/integration/disclosure-frequent.test.ts',
  'tests/integration/openness-selfcheck.test.ts',
  'tests/integration/openness-public.test.ts',
  'tests/integration/reposting.test.ts',
  'tests/integration/reposting-compliance.test.ts',
  'tests/integration/workflow.test.ts',
  'tests/integration/public-visibility.test.ts',
  'tests/integration/sites.test.ts',
  'tests/integration/gazette.test.ts',
  'tests/integration/search-quality.test.ts',
  'tests/security/publication-dates.test.ts',
  'tests/integration/monitoring.test.ts',
  'tests/integration/monitoring-drilldown.test.ts',
  'tests/security/xlsx-formulas.test.ts',
  'tests/integration/mailbox-deadlines.test.ts',
  'tests/integration/consultations.test.ts',
  'tests/security/consultation-abuse.test.ts',
  'tests/integration/mailbox-retention.test.ts',
  'tests/integration/mailbox-statistics.test.ts',
  'tests/browser/mailbox.test.ts',
  'tests/integration/desk.test.ts',
  'tests/integration/workflow-actions.test.ts',
  'tests/integration/open-days.test.ts',
  'tests/integration/preview.test.ts',
  'tests/integration/page-visits.test.ts',
  'tests/integration/annual-openness-report.test.ts',
  'tests/integration/annual-website-report.test.ts',
]

if (spawnSync('faketime', ['-f', '@2000-01-01 00:00:00', 'true']).error) {
  console.error('需要 Debian 的 faketime 软件包：apt-get install -y faketime')
  process.exit(1)
}
const files = process.argv.length > 2 ? process.argv.slice(2) : dateSensitiveFiles
let failedRuns = 0
let passed = 0
let failed = 0
for (const [instant, why] of instants) {
  console.log(`\n=== 时钟拨到 ${instant} UTC（${why}）===`)
  const report = path.join(os.tmpdir(), `zhanqun-vitest-dates-${process.pid}.json`)
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...files]
  const result = spawnSync('faketime', ['-f', `@${instant}`, 'npx', ...args], {
    cwd: root,
    stdio: 'inherit',
    // Timers and timeouts keep the real monotonic clock, so only the calendar moves.
    env: projectEnv({ TZ: 'UTC', FAKETIME_DONT_FAKE_MONOTONIC: '1', TEST_DATABASE: 'sqlite' }),
  })
  if (fs.existsSync(report)) {
    const summary = JSON.parse(fs.readFileSync(report, 'utf8'))
    passed += summary.numPassedTests
    failed += summary.numFailedTests
    console.log(`${instant} UTC: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed`)
    fs.rmSync(report)
  }
  if (result.status !== 0) {
    failedRuns++
    console.error(`在 ${instant} UTC 有测试失败。`)
  }
}
console.log(`\ndates: ${passed} passed, ${failed} failed`)
process.exit(failedRuns || failed ? 1 : 0)
