#!/usr/bin/env node
// `npm run demo`: install if needed, load the demo cluster into ./data (SQLite), start the platform.
// Plain Node with no dependencies, so it works on a fresh clone before anything is installed.
import { spawnSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' })

if (!fs.existsSync(path.join(root, 'node_modules', '.bin', 'tsx'))) {
  console.log('安装依赖（npm ci，约 1–2 分钟）…')
  if (run('npm', ['ci', '--no-audit', '--no-fund']).status !== 0) process.exit(1)
}
console.log('载入演示数据…')
if (run('npx', ['tsx', 'scripts/seed.ts']).status !== 0) process.exit(1)

const port = process.env.PORT ?? '3000'
console.log(`
站群演示已就绪：
  集群首页      http://localhost:${port}/
  自治区门户    http://nx.localhost:${port}/      （或 http://localhost:${port}/sites/6400000001/）
  银川市门户    http://yinchuan.localhost:${port}/
  管理后台      http://localhost:${port}/admin    （首次打开需编译约 30 秒）
  演示账号见 README，密码均为 Zhanqun#2026
`)
const server = spawn('npx', ['tsx', 'src/server.ts'], { cwd: root, stdio: 'inherit', env: { ...process.env, PORT: port } })
server.on('exit', (code) => process.exit(code ?? 0))
process.on('SIGINT', () => server.kill('SIGINT'))
