import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

export type AuditAction = 'create' | 'update' | 'delete' | 'publish' | 'withdraw' | 'submit' | 'reject' | 'schedule' | 'login' | 'alert' | 'export' | 'erase'

type AuditEntry = {
  action: AuditAction
  collection: string
  documentId: number | string
  summary: string
  site?: number | string | null
}

/** Appends one entry to the audit log, inside the request's transaction. */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  await req.payload.create({
    collection: 'audit-log',
    overrideAccess: true,
    req,
    data: {
      action: entry.action,
      targetCollection: entry.collection,
      documentId: String(entry.documentId),
      summary: entry.summary.slice(0, 500),
      site: entry.site ?? undefined,
      user: req.user?.collection === 'users' ? req.user.id : undefined,
      userLabel: req.user ? String((req.user as { email?: string }).email ?? req.user.id) : '系统',
      actorName: req.user ? String((req.user as { name?: string }).name ?? '用户') : '系统',
      at: new Date().toISOString(),
    } as never,
  })
}

const siteOf = (doc: Record<string, unknown>): number | string | null => {
  const site = doc.site
  if (site && typeof site === 'object') return (site as { id: number | string }).id
  return (site as number | string | undefined) ?? null
}

const titleOf = (doc: Record<string, unknown>): string =>
  String(doc.title ?? doc.name ?? doc.email ?? doc.filename ?? doc.id)

/** Changed top-level field names, so an entry says what moved without copying the content. */
function changedFields(doc: Record<string, unknown>, previous: Record<string, unknown>): string[] {
  const ignored = new Set(['updatedAt', 'createdAt', 'workflowLog'])
  return Object.keys(doc).filter(
    (key) => !ignored.has(key) && JSON.stringify(doc[key]) !== JSON.stringify(previous[key]),
  )
}

export const auditAfterChange =
  (collection: string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req, context }) => {
    if (context.skipAudit) return doc
    const changed = operation === 'update' ? changedFields(doc, previousDoc ?? {}) : []
    if (operation === 'update' && changed.length === 0) return doc
    await recordAudit(req, {
      action: operation,
      collection,
      documentId: doc.id,
      site: collection === 'sites' ? doc.id : siteOf(doc),
      summary: operation === 'create' ? `新建「${titleOf(doc)}」` : `修改「${titleOf(doc)}」：${changed.join(', ')}`,
    })
    return doc
  }

export const auditAfterDelete =
  (collection: string): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await recordAudit(req, {
      action: 'delete',
      collection,
      documentId: doc.id,
      site: collection === 'sites' ? null : siteOf(doc),
      summary: `删除「${titleOf(doc)}」`,
    })
  }
