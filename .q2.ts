import Database from 'better-sqlite3'
const db = new Database('/tmp/zhanqun-bench-search/search-100000.db', { readonly: true })
db.pragma('mmap_size = 1073741824'); db.pragma('cache_size = -65536')
const expr = '{title body extra} : ("管理")'
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
const t = (name: string, f: () => unknown) => { let best = 1e9; for (let i = 0; i < 5; i++) { const s = cpu(); f(); best = Math.min(best, cpu() - s) } console.log(name.padEnd(40), best.toFixed(1), 'ms') }
t('count', () => db.prepare('select count(*) from search_fts where search_fts match ?').pluck().get(expr))
t('rowids', () => db.prepare('select rowid from search_fts where search_fts match ?').pluck().all(expr))
t('rank limit 20', () => db.prepare(`select rowid from search_fts where search_fts match ? and rank match 'bm25(10.0, 1.0, 3.0, 0.0, 100.0, 2.0)' order by rank limit 20`).pluck().all(expr))
t('bm25 all rows', () => db.prepare(`select rowid, bm25(search_fts, 10.0, 1.0, 3.0, 0.0, 100.0, 2.0) from search_fts where search_fts match ?`).raw().all(expr))
t('join facets', () => db.prepare(`select f.rowid, f.published, f.type, f.site, f.year, f.category, f.agencies from search_fts join search_facets f on f.rowid = search_fts.rowid where search_fts match ?`).raw().all(expr))
t('full matches stmt', () => db.prepare(`SELECT f.rowid, bm25(search_fts, 10.0, 1.0, 3.0, 0.0, 100.0, 2.0), f.published, f.type, f.site, f.year, f.category, f.agencies FROM search_fts JOIN search_facets f ON f.rowid = search_fts.rowid WHERE search_fts MATCH ?`).raw().all(expr))
t('title only count', () => db.prepare('select count(*) from search_fts where search_fts match ?').pluck().get('{title} : ("管理")'))
t('facets table scan', () => db.prepare('select rowid, published, type, site, year, category, agencies from search_facets').raw().all())
