// One-off codemod: relative imports without the .js suffix (Turbopack does not map .js to .ts).
import fs from 'node:fs'
import path from 'node:path'
const roots = process.argv.slice(2)
const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
  const p = path.join(dir, e.name)
  if (e.isDirectory()) return ['node_modules', '.next', 'data', 'dist'].includes(e.name) ? [] : walk(p)
  return /\.(ts|tsx|mts)$/.test(e.name) ? [p] : []
})
let changed = 0
for (const root of roots) for (const file of fs.statSync(root).isDirectory() ? walk(root) : [root]) {
  const text = fs.readFileSync(file, 'utf8')
  const next = text.replace(/((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+?)\.js(['"])/g, '$1$2$3')
  if (next !== text) { fs.writeFileSync(file, next); changed++ }
}
console.log(`updated ${changed} files`)
