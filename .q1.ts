import fs from 'node:fs'
import Database from 'better-sqlite3'
import { EmbeddedSearchEngine } from './src/search/embeddedEngine.ts'
const e = new EmbeddedSearchEngine({ path: '/tmp/zhanqun-bench-search/search-100000.db' }) as any
const qs = ['管理', '安全 生产', '政府', '供养', '铁路运输', '宁政发〔2001〕5号', '人民政府', '应当', '国务院 规定', '行政许可']
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
for (const q of qs) await e.search({ q })
for (const q of qs) {
  const c0 = cpu(); const t0 = performance.now()
  const r = await e.search({ q })
  const c1 = cpu(); const t1 = performance.now()
  // phases
  const { parseQuery } = await import('./src/search/query.ts')
  const parsed = parseQuery(q, e.tokenizer, e.synonyms)
  const nq = { q, page: 1, pageSize: 20, sort: 'relevance', types: [], siteIds: [], issuingAgencies: [], gazetteCategories: [] }
  const expr = e.matchExpression(parsed, nq)
  let c = cpu(); const rows = e.statements.matches.all(expr); const tMatch = cpu() - c
  c = cpu(); const n = e.statements.count.get(expr); const tCount = cpu() - c
  c = cpu(); const ranked = e.db.prepare(`SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rank MATCH 'bm25(10.0, 1.0, 3.0, 0.0, 100.0, 2.0)' ORDER BY rank LIMIT 20`).pluck().all(expr); const tRank = cpu() - c
  c = cpu(); e.countFacets(rows); const tFacets = cpu() - c
  c = cpu(); e.loadHits(ranked, parsed); const tHits = cpu() - c
  console.log(q.padEnd(16), 'total', String(r.total).padStart(6), 'wall', (t1 - t0).toFixed(0).padStart(5), 'cpu', (c1 - c0).toFixed(0).padStart(5), '| matches+bm25', tMatch.toFixed(0), 'count', tCount.toFixed(0), 'rankLimit', tRank.toFixed(0), 'facets', tFacets.toFixed(0), 'hits', tHits.toFixed(0))
}
