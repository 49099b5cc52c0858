import { ValidationError, type CollectionBeforeChangeHook, type Field, type FieldAccess } from 'payload'
import { idOf } from '../ids'
import { allowedVideoHosts, videoUrlProblem } from './videoHosts'

/**
 * 正文引用: the uploads a body uses (inline images, videos of the media library, links to attachments),
 * kept beside the body in two hidden upload fields, `bodyMedia` and `bodyFiles` (a policy document's
 * declassified text has its own, `declassifiedBodyMedia` and `declassifiedBodyFiles`). Being ordinary upload
 * fields, they take part in everything the platform already does for uploads:
 * - src/access/sameSiteReferences.ts refuses an upload of another site (its hook runs after this one);
 * - src/access/publicUploads.ts counts them as public uses while the document is public, and
 *   publicUploadSync recomputes them when the body changes or the document is withdrawn;
 * - src/access/releasedUploads.ts protects them once the document is released.
 * The hook also refuses video addresses outside the platform's allow-list, whatever route the body came by.
 */

type Node = { type?: string; children?: Node[]; relationTo?: string; value?: unknown; fields?: Record<string, unknown> }

export type BodyReferences = { media: string[]; files: string[]; videoUrls: string[] }

/** Every upload and video address a Lexical body names, in order, without repeats. */
export function bodyReferences(body: unknown): BodyReferences {
  const media = new Set<string>()
  const files = new Set<string>()
  const videoUrls: string[] = []
  const add = (slug: unknown, value: unknown) => {
    const id = idOf(value)
    if (!id) return
    if (slug === 'media') media.add(id)
    else if (slug === 'files') files.add(id)
  }
  const visit = (node: Node | undefined) => {
    if (!node || typeof node !== 'object') return
    if (node.type === 'upload') add(node.relationTo, node.value)
    if ((node.type === 'link' || node.type === 'autolink') && node.fields?.linkType === 'internal') {
      const doc = node.fields.doc as { relationTo?: string; value?: unknown } | undefined
      add(doc?.relationTo, doc?.value)
    }
    if (node.type === 'block' && node.fields?.blockType === 'video') {
      if (node.fields.source === 'url') videoUrls.push(String(node.fields.url ?? ''))
      else add('media', node.fields.media)
    }
    for (const child of node.children ?? []) visit(child)
  }
  if (body && typeof body === 'object' && 'root' in body) visit((body as { root: Node }).root)
  return { media: [...media], files: [...files], videoUrls }
}

const storedId = (id: string): number | string => (/^\d+$/.test(id) ? Number(id) : id)

/** The two hidden fields that hold the uploads of the rich-text field `body` (`body` → bodyMedia, bodyFiles). */
export const referenceFieldNames = (body: string) => ({ media: `${body}Media`, files: `${body}Files` })

/** Derived from the body on every save: hidden from the admin and the API; writing them directly has no effect. */
export const bodyReferenceFieldsFor = (
  body: string,
  label: { zh: string; en: string } = { zh: '正文', en: 'body' },
  /** The rich-text field's own read rule, when it has one: what names the body's uploads is read as the body is. */
  read?: FieldAccess,
): Field[] => {
  const names = referenceFieldNames(body)
  const access = read ? { access: { read } } : {}
  return [
    {
      name: names.media,
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { zh: `${label.zh}中的图片或视频`, en: `Images in the ${label.en}` },
      admin: { hidden: true },
      ...access,
    },
    {
      name: names.files,
      type: 'upload',
      relationTo: 'files',
      hasMany: true,
      label: { zh: `${label.zh}中链接的附件`, en: `Attachments linked in the ${label.en}` },
      admin: { hidden: true },
      ...access,
    },
  ]
}

export const bodyReferenceFields: Field[] = bodyReferenceFieldsFor('body')

/**
 * The hook for a collection whose rich text lives in `fields` (top-level names). Each rich-text field keeps
 * its own pair (bodyReferenceFieldsFor): a body and its declassified version are public under different rules.
 */
export const collectBodyReferences =
  (fields: string[] = ['body']): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req, collection }) => {
    const all = fields.map((name) => ({ name, refs: bodyReferences(name in data ? data[name] : originalDoc?.[name]) }))
    const videoUrls = all.flatMap(({ refs }) => refs.videoUrls)
    if (videoUrls.length) {
      const hosts = await allowedVideoHosts(req)
      for (const { name, refs } of all) {
        for (const url of refs.videoUrls) {
          const problem = await videoUrlProblem(req, url, hosts)
          if (problem)
            throw new ValidationError({ collection: collection.slug, errors: [{ path: name, message: problem }] })
        }
      }
    }
    for (const { name, refs } of all) {
      const names = referenceFieldNames(name)
      // Stored as the database's own IDs (numbers on SQL), not the strings used to compare them.
      data[names.media] = refs.media.map(storedId)
      data[names.files] = refs.files.map(storedId)
    }
    return data
  }
