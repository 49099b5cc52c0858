import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { defaultGazetteSiteCode, importGazette } from '../gazette/import'

/** The sample gazette archive shipped in samples/gazette, imported into the region portal. */
export const sampleGazetteFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../samples/gazette')

export async function seedDemoGazette(payload: Payload, log: (message: string) => void = () => {}): Promise<void> {
  const report = await importGazette(payload, { folder: sampleGazetteFolder, siteCode: defaultGazetteSiteCode })
  for (const r of report.rejections) log(`政府公报导入：${r.file}:${r.line}: ${r.reason}`)
  log(`政府公报：新建 ${report.created}，未变 ${report.unchanged}，更新 ${report.updated}，拒绝 ${report.rejected}`)
}
