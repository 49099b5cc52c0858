#!/usr/bin/env node
// The one test command (README): the whole suite on SQLite, then on PostgreSQL.
// Plain Node with no dependencies, so it also works before `npm ci` has run.
// Everything after the install runs on the project's own Node LTS (scripts/projectNode.mjs).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { installed, projectEnv, projectNodeMajor, root } from './projectNode.mjs'

const run = (cmd, args, env = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: projectEnv(env) })

if (!installed()) {
  console.log('首次运行：安装依赖（npm ci，约 2–3 分钟）…')
  if (run('npm', ['ci', '--no-audit', '--no-fund']).status !== 0) process.exit(1)
}
if (projectNodeMajor() < 24) {
  console.error(`测试需要 Node.js 24 或更高版本（当前 ${process.version}，且未安装项目自带的 Node.js）。`)
  process.exit(1)
}

const extraArgs = process.argv.slice(2)
const engines = [{ name: 'SQLite', env: { TEST_DATABASE: 'sqlite' } }]
const postgresUrl = process.env.TEST_POSTGRES_URL
if (postgresUrl) engines.push({ name: 'PostgreSQL', env: { TEST_DATABASE: 'postgres', TEST_POSTGRES_URL: postgresUrl } })
else if (process.env.CI) {
  console.error('CI 必须在 PostgreSQL 上运行测试：请设置 TEST_POSTGRES_URL。')
  process.exit(1)
} else {
  console.log('提示：未设置 TEST_POSTGRES_URL，本次只在 SQLite 上运行。PostgreSQL 运行方法见 README。')
}

let passed = 0
let failed = 0
let skipped = 0
let failedRuns = 0
for (const engine of engines) {
  console.log(`\n=== 测试数据库：${engine.name} ===`)
  const report = path.join(os.tmpdir(), `zhanqun-vitest-${engine.env.TEST_DATABASE}-${process.pid}.json`)
  const result = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs], engine.env)
  if (result.status !== 0) failedRuns++
  if (fs.existsSync(report)) {
    const summary = JSON.parse(fs.readFileSync(report, 'utf8'))
    passed += summary.numPassedTests
    failed += summary.numFailedTests
    skipped += summary.numPendingTests + summary.numTodoTests
    console.log(`${engine.name}: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed`)
    fs.rmSync(report)
  } else {
    failedRuns++
  }
}
console.log(`\ntotal: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failedRuns > 0 || failed > 0 ? 1 : 0)
