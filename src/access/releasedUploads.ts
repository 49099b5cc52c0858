import { APIError, type CollectionBeforeOperationHook, type CollectionSlug, type Field, type PayloadRequest, type Where } from 'payload'
import { publisherRoles } from '../publishing/workflow'
import { asAccessUser, isPlatformAdmin, rolesOnSite } from './roles'
import { inLanguage } from '../i18n/bilingual'
import { idOf } from '../ids'
import { Workflow } from '../states'

/**
 * An attachment or image used by a document that has left the draft state (submitted, scheduled,
 * published) is part of that document: like the document itself, only a reviewer or site admin may
 * change it. Otherwise an editor could swap the PDF behind a published article without review.
 */

const unreleasedStatuses = [Workflow.draft, Workflow.withdrawn]

/** Query paths of the fields that hold uploads of `slug`, through groups, named tabs and arrays. */
export function uploadPaths(fields: Field[], slug: string, prefix = ''): string[] {
  const paths: string[] = []
  for (const field of fields) {
    if ((field.type === 'upload' || field.type === 'relationship') && field.relationTo === slug) {
      paths.push(`${prefix}${field.name}`)
    } else if (field.type === 'group' || field.type === 'array') {
      const named = 'name' in field && typeof field.name === 'string' && field.name
      paths.push(...uploadPaths(field.fields, slug, named ? `${prefix}${field.name}.` : prefix))
    } else if (field.type === 'row' || field.type === 'collapsible') {
      paths.push(...uploadPaths(field.fields, slug, prefix))
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) paths.push(...uploadPaths(tab.fields, slug, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix))
    }
  }
  return paths
}

/** Whether any document with a workflow, past its draft state, uses the upload. */
async function usedByReleasedDocument(req: PayloadRequest, slug: string, id: number | string): Promise<boolean> {
  for (const collection of req.payload.config.collections) {
    if (!collection.fields.some((f) => 'name' in f && f.name === 'workflowStatus')) continue
    const paths = uploadPaths(collection.fields, slug)
    if (!paths.length) continue
    const where: Where = {
      and: [{ workflowStatus: { not_in: unreleasedStatuses } }, { or: paths.map((path) => ({ [path]: { in: [id] } })) }],
    }
    const { totalDocs } = await req.payload.count({ collection: collection.slug as CollectionSlug, where, overrideAccess: true, req })
    if (totalDocs > 0) return true
  }
  return false
}

/**
 * Runs before an update of an upload (and before Payload removes a replaced file from storage):
 * refuses it when the user is not a publisher on the upload's site and a released document uses it.
 */
export const guardReleasedUploads =
  (slug: 'files' | 'media', noun: string): CollectionBeforeOperationHook =>
  async ({ args, operation, overrideAccess, req }) => {
    if (operation !== 'update') return args
    const user = asAccessUser(req.user)
    // Trusted server code (Local API with access overridden) and the general office are not held back.
    if (!user || isPlatformAdmin(user) || overrideAccess) return args
    const { id, where } = args as { id?: number | string; where?: Where }
    const ids =
      id !== undefined
        ? [id]
        : (await req.payload.find({ collection: slug, where, depth: 0, limit: 0, pagination: false, overrideAccess: false, user: req.user, req })).docs.map((d) => d.id)
    for (const uploadId of ids) {
      const upload = await req.payload.findByID({ collection: slug, id: uploadId, depth: 0, overrideAccess: true, req, disableErrors: true })
      if (!upload) continue
      const roles = rolesOnSite(user, idOf(upload.site))
      // Not a member of the upload's site: the access rules refuse the update, without telling why.
      if (!roles.length || roles.some((role) => publisherRoles.includes(role))) continue
      if (await usedByReleasedDocument(req, slug, uploadId)) {
        throw new APIError(
          inLanguage(req, {
            zh: `该${noun}已被已提交或已发布的信息引用，只有审核人或网站管理员可以修改。`,
            en: `This ${slug === 'files' ? 'attachment' : 'image'} is used by submitted or published content: only reviewers or site administrators may change it.`,
          }),
          403,
          null,
          true,
        )
      }
    }
    return args
  }
