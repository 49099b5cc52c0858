import path from 'node:path'
import type { Payload } from 'payload'
import { defaultGazetteSiteCode, importGazette } from '../gazette/import'
import { projectRoot } from '../projectRoot'

/** The sample gazette archive shipped in samples/gazette, imported into the region portal. */
export const sampleGazetteFolder = path.join(projectRoot, 'samples', 'gazette')

export async function seedDemoGazette(payload: Payload, log: (message: string) => void = () => {}): Promise<void> {
  const report = await importGazette(payload, { folder: sampleGazetteFolder, siteCode: defaultGazetteSiteCode })
  for (const r of report.rejections) log(`政府公报导入：${r.file}:${r.line}: ${r.reason}`)
  log(`政府公报：新建 ${report.created}，未变 ${report.unchanged}，更新 ${report.updated}，拒绝 ${report.rejected}`)
}
