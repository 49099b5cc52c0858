import { getPayload } from 'payload'
import config from '../payload.config'
import { migrateDatabase } from '../src/db/migrate'
import { closePlatformSearchEngine } from '../src/searchSync/engine'
import { reindexEverything } from '../src/searchSync/reindex'
import { ensureSearchSynonymDefaults } from '../src/searchSync/synonyms'
import { reportSilentExits } from '../src/cli/steps'

reportSilentExits('重建搜索索引')

const payload = await getPayload({ config })
await migrateDatabase(payload)
await ensureSearchSynonymDefaults(payload)
const started = Date.now()
const bar = (done: number, total: number) => {
  const width = 30
  const filled = total ? Math.round((done / total) * width) : width
  const elapsed = (Date.now() - started) / 1000
  const rate = done / Math.max(elapsed, 0.001)
  const eta = rate > 0 ? Math.round((total - done) / rate) : 0
  process.stderr.write(`\r重建索引 [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total}  ${rate.toFixed(0)} 条/秒  剩余约 ${eta} 秒 `)
}
const indexed = await reindexEverything(payload, bar)
process.stderr.write('\n')
console.log(`完成：索引 ${indexed} 条公开信息，全部已可检索，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`)
await closePlatformSearchEngine()
process.exit(0)
