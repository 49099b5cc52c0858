import type { CollectionAfterChangeHook, CollectionConfig, Config, PayloadRequest, Plugin } from 'payload'
import { idOf, relationId } from '../ids'
import { contentSafetyChecker, htmlText, splitTitles, type SafetyFinding } from './contentSafety'
import { HealthWarning } from '../states'

/** Collections whose saves are checked for 错敏词, with the field holding their rendered body (if any). */
const checked: Record<string, { body?: string }> = { articles: { body: 'bodyHtml' }, 'policy-documents': {}, interpretations: {} }

export function describeFinding(f: SafetyFinding): string {
  if (f.kind === 'leaderTitle') return `领导职务错误「${f.term}」（${f.name}的职务为：${f.expected.join('、')}）`
  if (f.kind === 'misspelling') return `疑似错别字「${f.term}」${f.suggestion ? `，应为「${f.suggestion}」` : ''}`
  return `敏感词「${f.term}」`
}

/** A wrong leader title is a serious wording error: the inspection vetoes the site for it. */
const vetoes = (findings: SafetyFinding[]): boolean => findings.some((f) => f.kind === 'leaderTitle')

/** The warning a save with findings opens (stored in Chinese; src/monitoring/warningText.ts reads it in English). */
export function saveWarningMessage(title: string, findings: SafetyFinding[]): string {
  return `「${title}」${vetoes(findings) ? '有严重表述错误（单项否决）' : '有疑似错敏词'}：${findings.map(describeFinding).join('；')}`
}

/**
 * The check itself: the dictionary and the site's leaders against a document's title and body. Its reads run in the
 * saving request's transaction (`req`): a read on a second pooled connection, while publications queue on the 索引号
 * counter row, can wait for a connection that only those queued transactions would free.
 */
export async function checkDocumentText(req: PayloadRequest, siteId: string, text: string): Promise<SafetyFinding[]> {
  const words = await req.payload.find({ collection: 'sensitive-words', pagination: false, depth: 0, overrideAccess: true, req })
  const leaders = await req.payload.find({ collection: 'site-leaders', where: { site: { equals: siteId } }, pagination: false, depth: 0, overrideAccess: true, req })
  const checker = contentSafetyChecker(
    words.docs.map((w) => ({ term: w.term, kind: w.kind, suggestion: w.suggestion })),
    leaders.docs.map((l) => ({ name: l.name, titles: splitTitles(l.titles) })),
  )
  return checker.check(text)
}

/**
 * 保存时检查: after each save, the document's 错敏词 findings become one open warning for the site
 * (the reviewer sees it in 监测预警 before publishing); a clean save resolves it. The save itself is
 * never refused: the reviewer decides.
 */
const checkOnSave =
  (collection: string): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const siteId = idOf(doc.site)
    if (!siteId) return doc
    const body = checked[collection]?.body
    const text = `${doc.title ?? ''}\n${body ? htmlText(doc[body] as string) : ''}`
    const findings = await checkDocumentText(req, siteId, text)
    const code = `content:${collection}:${doc.id}`
    const existing = (
      await req.payload.find({ collection: 'health-warnings', where: { and: [{ code: { equals: code } }, { status: { equals: HealthWarning.unresolved } }] }, limit: 1, depth: 0, overrideAccess: true, req })
    ).docs[0]
    const now = new Date().toISOString()
    if (!findings.length) {
      if (existing) await req.payload.update({ collection: 'health-warnings', id: existing.id, data: { status: HealthWarning.resolved, resolvedAt: now }, overrideAccess: true, depth: 0, req })
      return doc
    }
    const message = saveWarningMessage(String(doc.title ?? ''), findings)
    const data = { site: relationId(doc.site) as number, code, level: vetoes(findings) ? ('veto' as const) : ('warning' as const), message, source: 'save' as const, documentCollection: collection, documentId: String(doc.id), lastSeenAt: now }
    if (existing) await req.payload.update({ collection: 'health-warnings', id: existing.id, data, overrideAccess: true, depth: 0, req })
    else await req.payload.create({ collection: 'health-warnings', data: { ...data, status: HealthWarning.unresolved, firstSeenAt: now }, overrideAccess: true, depth: 0, req })
    return doc
  }

export const contentCheckOnSave = (): Plugin => (config: Config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection: CollectionConfig) =>
    collection.slug in checked
      ? { ...collection, hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), checkOnSave(collection.slug)] } }
      : collection,
  ),
})
