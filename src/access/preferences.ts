import type { Endpoint, PayloadRequest, Plugin, Where } from 'payload'

/**
 * Payload's admin preferences (payload-preferences) are read and written by key, one set per user.
 * Payload's own key endpoints select and delete with a condition on the polymorphic `user` field, which
 * the SQLite adapter cannot delete by (500 "no such column"). These replacements find the caller's own
 * preference first, by that condition (which every adapter reads correctly), and then act on its id:
 * someone else's preference is never in reach, and a missing one is a clean 404 on both databases.
 * The id routes (PATCH /:id) keep Payload's own-user access, which answers 403 for another user's.
 */

const slug = 'payload-preferences'

type Preference = { id: number | string; key?: string; value?: unknown }

const unauthorized = (req: PayloadRequest) =>
  Response.json({ errors: [{ message: req.t('error:unauthorized') }] }, { status: 401 })
const notFound = (req: PayloadRequest) =>
  Response.json({ errors: [{ message: req.t('general:notFound') }], value: null }, { status: 404 })

const keyOf = (req: PayloadRequest): string => String(req.routeParams?.key ?? '')

async function ownPreference(req: PayloadRequest, key: string): Promise<Preference | null> {
  const user = req.user!
  const where: Where = {
    and: [
      { key: { equals: key } },
      { 'user.value': { equals: user.id } },
      { 'user.relationTo': { equals: user.collection } },
    ],
  }
  const { docs } = await req.payload.db.find({
    collection: slug,
    where,
    limit: 1,
    pagination: false,
    sort: '-updatedAt',
    req,
  })
  return (docs[0] as Preference | undefined) ?? null
}

async function bodyOf(req: PayloadRequest): Promise<Record<string, unknown>> {
  if (req.data) return req.data as Record<string, unknown>
  try {
    return ((await req.json?.()) ?? {}) as Record<string, unknown>
  } catch {
    return {}
  }
}

const read: Endpoint = {
  path: '/:key',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return unauthorized(req)
    const found = await ownPreference(req, keyOf(req))
    return found ? Response.json(found) : notFound(req)
  },
}

const write: Endpoint = {
  path: '/:key',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return unauthorized(req)
    const key = keyOf(req)
    const data = await bodyOf(req)
    const value = data.value || data
    const found = await ownPreference(req, key)
    const doc = found
      ? await req.payload.db.updateOne({ collection: slug, id: found.id, data: { value }, req })
      : await req.payload.db.create({
          collection: slug,
          data: { key, value, user: { relationTo: req.user.collection, value: req.user.id } },
          req,
        })
    return Response.json({ doc, message: req.t('general:updatedSuccessfully') })
  },
}

const remove: Endpoint = {
  path: '/:key',
  method: 'delete',
  handler: async (req) => {
    if (!req.user) return unauthorized(req)
    const found = await ownPreference(req, keyOf(req))
    if (!found) return notFound(req)
    await req.payload.db.deleteOne({ collection: slug, where: { id: { equals: found.id } }, req })
    return Response.json({ ...found, message: req.t('general:deletedSuccessfully') })
  },
}

/** Replaces the key endpoints of Payload's built-in preferences collection (it exists only once the config is sanitized). */
export const ownPreferencesOnly = (): Plugin => (config) => ({
  ...config,
  onInit: async (payload) => {
    const preferences = payload.collections[slug]?.config
    if (preferences) {
      const replacements = [read, write, remove]
      const others = (preferences.endpoints || []).filter(
        (e) => !replacements.some((r) => r.path === e.path && r.method === e.method),
      )
      preferences.endpoints = [...replacements, ...others]
    }
    await config.onInit?.(payload)
  },
})
