/**
 * npm run gazette:import -- <folder> [--site <siteCode>] [--no-wait]
 * Imports a gazette archive (docs/gazette-import.md) into one site, 6400000001 (the region portal) by default,
 * then waits until the imported articles are searchable and says so (--no-wait: leave that to the server).
 */
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'
import config from '../payload.config'
import { migrateDatabase } from '../src/db/migrate'
import { defaultGazetteSiteCode, importGazette } from '../src/gazette/import'
import { progressBar } from '../src/gazette/progress'
import { reportSilentExits } from '../src/cli/steps'
import { waitForSearchSync } from '../src/searchSync/searchable'
import { closePlatformSearchEngine } from '../src/searchSync/engine'

reportSilentExits('公报导入')

const { values, positionals } = parseArgs({ allowPositionals: true, options: { site: { type: 'string', short: 's' }, 'no-wait': { type: 'boolean', default: false } } })
const folder = positionals[0]
if (!folder) {
  console.error('用法：npm run gazette:import -- <目录> [--site 网站标识码]（默认 6400000001）')
  process.exit(2)
}

const payload = await getPayload({ config })
await migrateDatabase(payload)
const controller = new AbortController()
process.once('SIGINT', () => {
  console.error('\n收到中断信号：完成当前记录后停止，重新运行即可继续。')
  controller.abort()
})
const bar = progressBar(process.stderr)
const started = Date.now()
const report = await importGazette(payload, { folder, siteCode: values.site ?? defaultGazetteSiteCode, signal: controller.signal, onProgress: bar.update })
bar.finish()
for (const r of report.rejections) console.error(`${r.file}:${r.line}: ${r.reason}`)
console.log(`共 ${report.total} 条记录：新建 ${report.created}，未变 ${report.unchanged}，更新 ${report.updated}，拒绝 ${report.rejected}`)
if (report.interrupted) console.log('导入被中断，重新运行同一命令即可继续。')
else if (report.created === 0 && report.updated === 0) console.log('没有任何变化：数据库中已是最新。')
const imported = (Date.now() - started) / 1000
console.log(`导入用时 ${imported.toFixed(1)} 秒。`)
if (report.searchJobs.length && !values['no-wait']) {
  // The server's job worker indexes them; without a running server this process does it after a short wait.
  const wait = await waitForSearchSync(payload, report.searchJobs)
  await closePlatformSearchEngine()
  const total = imported + wait.ms / 1000
  if (wait.failed || wait.pending)
    console.log(`搜索索引：${wait.failed + wait.pending} 个同步任务未完成（失败 ${wait.failed}，等待重试 ${wait.pending}），请查看 系统 → 操作日志 的告警，或运行 npm run search:reindex。`)
  else console.log(`导入的文章全部已可检索：导入后再等 ${(wait.ms / 1000).toFixed(1)} 秒，共 ${total.toFixed(1)} 秒${wait.ranHere ? `（站群服务未处理，由本进程建索引 ${wait.ranHere} 批）` : ''}。`)
}
process.exit(report.rejected ? 1 : 0)
