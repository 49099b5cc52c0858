import type { CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../src/ids'
import { speaker } from '../../src/i18n/bilingual'
import { requiresNonDisclosureReason } from '../../src/publishing/disclosure'
import { fail, merged, type Problem } from './hookData'

/** Column, catalogue item and attachments belong to the document's own site; non-public attributes carry a reason. */
export const validatePolicyDocument: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const siteId = idOf(merged(data, originalDoc, 'site'))
  const problems: Problem[] = []
  const L = speaker(req)
  const sameSite = async (collection: 'columns' | 'disclosure-catalog' | 'files', ids: string[], path: string, message: string) => {
    if (!ids.length) return
    const found = await req.payload.find({ collection, where: { id: { in: ids } }, depth: 0, limit: 0, overrideAccess: true, req })
    if (found.docs.length !== ids.length || found.docs.some((d) => idOf((d as { site?: unknown }).site) !== siteId)) problems.push({ path, message })
  }
  const ids = (value: unknown): string[] => (Array.isArray(value) ? value : value ? [value] : []).map(idOf).filter((v): v is string => Boolean(v))
  await sameSite('columns', ids(merged(data, originalDoc, 'column')), 'column', L('所选栏目不属于本网站。', 'The chosen column is not on this site.'))
  await sameSite('disclosure-catalog', ids(merged(data, originalDoc, 'catalogItem')), 'catalogItem', L('所选主动公开目录事项不属于本网站。', 'The chosen disclosure catalogue item is not on this site.'))
  await sameSite('files', [...ids(merged(data, originalDoc, 'attachments')), ...ids(merged(data, originalDoc, 'declassifiedVersion'))], 'attachments', L('附件必须属于本网站。', 'Attachments must belong to this site.'))
  const attribute = merged(data, originalDoc, 'disclosureAttribute')
  if (requiresNonDisclosureReason(attribute) && !String(merged(data, originalDoc, 'nonDisclosureReason') ?? '').trim()) {
    problems.push({ path: 'nonDisclosureReason', message: L('公开属性不是“此件公开发布”时，必须依法依规说明理由。', 'A document not “published openly” needs the legal reason for it.') })
  }
  const agencies = (merged(data, originalDoc, 'issuingAgencies') ?? []) as { name?: string; lead?: boolean }[]
  if (agencies.filter((a) => a.lead).length > 1) problems.push({ path: 'issuingAgencies', message: L('联合发文只能有一个牵头单位。', 'A joint document has only one lead agency.') })
  if (problems.length) fail(problems)
  return data
}
