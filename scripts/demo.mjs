#!/usr/bin/env node
// `npm run demo`: install if needed, load the demo cluster into ./data (SQLite), start the platform, and print
// where to look and how to sign in once it answers. Plain Node with no dependencies, so it works on a fresh clone
// (with the system's Node) before anything is installed; everything after the install runs on the project's Node.
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
import { binDir, installed, projectEnv, projectNodeMajor, root } from './projectNode.mjs'

const port = process.env.PORT ?? '3000'
const fail = (message) => {
  console.error(`\n演示启动失败：${message}`)
  process.exit(1)
}

console.log('[1/3] 安装依赖')
if (installed()) console.log('      已安装，跳过。')
else {
  console.log('      npm ci（首次约 2–3 分钟：下载依赖、项目自带的 Node.js 24，并为其编译 better-sqlite3）…')
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, stdio: 'inherit' })
  if (install.status !== 0) fail(`依赖安装失败（npm ci 退出码 ${install.status}）。请检查网络和上面的错误信息后重试。`)
}
if (projectNodeMajor() < 24) fail(`需要 Node.js 24 或更高版本（当前 ${process.version}，且未安装项目自带的 Node.js）。`)

console.log('[2/3] 载入演示数据')
const seed = spawnSync(path.join(binDir, 'tsx'), ['scripts/seed.ts'], { cwd: root, stdio: 'inherit', env: projectEnv() })
if (seed.status !== 0) fail(seed.status === null ? `载入被信号 ${seed.signal} 中断。` : `载入演示数据的进程以退出码 ${seed.status} 结束，见上方的出错步骤。`)

console.log('[3/3] 启动站群')
const server = spawn(path.join(binDir, 'tsx'), ['src/server.ts'], { cwd: root, stdio: 'inherit', env: projectEnv({ PORT: port }) })
server.on('exit', (code, signal) => {
  if (code && code !== 0) fail(`服务进程以退出码 ${code} 结束，见上方的错误信息。`)
  process.exit(signal ? 0 : (code ?? 0))
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))

const started = Date.now()
for (;;) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`)
    if (response.ok) break
  } catch {}
  if (Date.now() - started > 180_000) fail('三分钟内服务没有响应 /healthz，见上方的日志。')
  await new Promise((resolve) => setTimeout(resolve, 300))
}
console.log(`
站群演示已就绪（启动用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒）：
  集群首页      http://localhost:${port}/
  自治区门户    http://nx.localhost:${port}/      （或 http://localhost:${port}/sites/6400000001/）
  银川市门户    http://yinchuan.localhost:${port}/
  关停公告示例  http://xxb.localhost:${port}/
  管理后台      http://localhost:${port}/admin    （首次打开需编译约 30 秒）

演示账号（密码均为 Zhanqun#2026，仅限演示）：
  admin@zhanqun.demo               平台管理员（自治区办公厅）
  supervisor@zhanqun.demo          监管人员（只读）
  siteadmin@nx.zhanqun.demo        自治区门户 网站管理员
  editor@nx.zhanqun.demo           自治区门户 编辑
  reviewer@nx.zhanqun.demo         自治区门户 审核人
  openness@nx.zhanqun.demo         自治区门户 政务公开专员
  editor@yinchuan.zhanqun.demo     银川市 编辑
  reviewer@yinchuan.zhanqun.demo   银川市 审核人

按 Ctrl+C 停止。`)
