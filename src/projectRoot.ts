import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The repository's root, where package.json is. Modules find themes, migrations, samples and the data
 * directory from here rather than from their own location, which differs between src/ (tsx), the bundled
 * production server in dist/ and Next's compiled admin in .next/.
 */
function findProjectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir)
    if (parent === dir) return process.cwd()
    dir = parent
  }
  return dir
}

export const projectRoot = findProjectRoot()
