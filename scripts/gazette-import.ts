/**
 * npm run gazette:import -- <folder> [--site <siteCode>]
 * Imports a gazette archive (docs/gazette-import.md) into one site, 6400000001 (the region portal) by default.
 */
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'
import config from '../payload.config'
import { migrateDatabase } from '../src/db/migrate'
import { defaultGazetteSiteCode, importGazette } from '../src/gazette/import'
import { progressBar } from '../src/gazette/progress'
import { reportSilentExits } from '../src/cli/steps'

reportSilentExits('公报导入')

const { values, positionals } = parseArgs({ allowPositionals: true, options: { site: { type: 'string', short: 's' } } })
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
const report = await importGazette(payload, { folder, siteCode: values.site ?? defaultGazetteSiteCode, signal: controller.signal, onProgress: bar.update })
bar.finish()
for (const r of report.rejections) console.error(`${r.file}:${r.line}: ${r.reason}`)
console.log(`共 ${report.total} 条记录：新建 ${report.created}，未变 ${report.unchanged}，更新 ${report.updated}，拒绝 ${report.rejected}`)
if (report.interrupted) console.log('导入被中断，重新运行同一命令即可继续。')
else if (report.created === 0 && report.updated === 0) console.log('没有任何变化：数据库中已是最新。')
process.exit(report.rejected ? 1 : 0)
