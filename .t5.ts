import fs from 'node:fs'
import { EmbeddedSearchEngine } from './src/search/embeddedEngine.ts'
const docs = JSON.parse(fs.readFileSync('tests/fixtures/search-corpus.json', 'utf8'))
fs.rmSync('/tmp/zq-exp/s.db', { force: true })
const e = new EmbeddedSearchEngine({ path: '/tmp/zq-exp/s.db' })
await e.ensureSettings()
await e.upsert(docs)
for (const q of process.argv.slice(2)) {
  const r = await e.search({ q })
  console.log(`== ${q}: total ${r.total} ${r.tookMs}ms`, r.suggestions ? JSON.stringify(r.suggestions) : '')
  for (const h of r.hits.slice(0, 5)) console.log('  ', h.id, h.titleHighlighted, '|', h.snippet.slice(0, 100))
}
const r = await e.search({ q: '通知' }); console.log(JSON.stringify(r.facets))
