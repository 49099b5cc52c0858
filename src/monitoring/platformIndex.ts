import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Site } from '../../payload-types'
import { idOf } from '../ids'
import { uploadDirectory } from '../storage/uploadDirectory'
import { splitTitles, type DictionaryEntry, type Leader } from './contentSafety'
import type { PublishedIndex, SiteHosts } from './links'
import { Repost, SiteLifecycle, Workflow } from '../states'

/**
 * What one daily run needs to know about the whole platform before it looks at any site: which
 * documents, columns and uploads exist (to resolve internal links without fetching them), every
 * domain, the 错敏词 dictionary and each site's leaders. IDs and small fields only; bodies are read per site.
 */
export type PlatformIndex = {
  sites: Site[]
  published: PublishedIndex
  /** File id → file name, for articles' attachment relations. */
  fileNames: Map<string, string>
  siteByHost: Map<string, string>
  siteByCode: Map<string, string>
  dictionary: DictionaryEntry[]
  leadersBySite: Map<string, Leader[]>
}

const publishedDocuments = [
  { collection: 'articles', site: 'site', where: { workflowStatus: { equals: Workflow.published } } },
  { collection: 'policy-documents', site: 'site', where: { workflowStatus: { equals: Workflow.published } } },
  { collection: 'interpretations', site: 'site', where: { workflowStatus: { equals: Workflow.published } } },
  { collection: 'reposts', site: 'targetSite', where: { status: { equals: Repost.reposted } } },
] as const

export async function buildPlatformIndex(payload: Payload): Promise<PlatformIndex> {
  const sites = (await payload.find({ collection: 'sites', where: { status: { equals: SiteLifecycle.live } }, pagination: false, depth: 0, overrideAccess: true })).docs
  const allSites = (await payload.find({ collection: 'sites', pagination: false, depth: 0, overrideAccess: true, select: { siteCode: true, domains: true } })).docs
  const siteByHost = new Map<string, string>()
  const siteByCode = new Map<string, string>()
  for (const site of allSites) {
    siteByCode.set(site.siteCode, String(site.id))
    for (const row of site.domains ?? []) siteByHost.set(row.domain.toLowerCase(), String(site.id))
  }
  const documents = new Map<string, string>()
  for (const source of publishedDocuments) {
    // Keyset pages of a few thousand: a single find over 200,000 documents holds them all (and their hooks' copies) at once.
    let after: number | string | null = null
    for (;;) {
      const where = after === null ? source.where : { and: [source.where, { id: { greater_than: after } }] }
      const { docs } = await payload.find({
        collection: source.collection,
        where,
        sort: 'id',
        limit: 5000,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { [source.site]: true },
      } as Parameters<Payload['find']>[0])
      for (const doc of docs as unknown as Record<string, unknown>[]) documents.set(`${source.collection}:${doc.id}`, idOf(doc[source.site]) ?? '')
      if (docs.length < 5000) break
      after = docs[docs.length - 1]!.id as number | string
    }
  }
  const columns = new Set<string>()
  for (const column of (await payload.find({ collection: 'columns', pagination: false, depth: 0, overrideAccess: true, select: { site: true, slug: true } })).docs) {
    columns.add(`${idOf(column.site)}:${column.slug}`)
  }
  const uploads: PublishedIndex['uploads'] = new Map()
  const fileNames = new Map<string, string>()
  for (const collection of ['files', 'media'] as const) {
    const dir = path.join(uploadDirectory(), collection)
    const { docs } = await payload.find({ collection, pagination: false, depth: 0, overrideAccess: true, select: { site: true, filename: true } })
    for (const doc of docs) {
      if (!doc.filename) continue
      uploads.set(doc.filename, { siteId: idOf(doc.site) ?? '', onDisk: fs.existsSync(path.join(dir, doc.filename)) })
      if (collection === 'files') fileNames.set(String(doc.id), doc.filename)
    }
  }
  const dictionary = (await payload.find({ collection: 'sensitive-words', pagination: false, depth: 0, overrideAccess: true })).docs.map((d) => ({
    term: d.term,
    kind: d.kind,
    suggestion: d.suggestion ?? null,
  }))
  const leadersBySite = new Map<string, Leader[]>()
  for (const leader of (await payload.find({ collection: 'site-leaders', pagination: false, depth: 0, overrideAccess: true })).docs) {
    const siteId = idOf(leader.site) ?? ''
    const list = leadersBySite.get(siteId) ?? []
    list.push({ name: leader.name, titles: splitTitles(leader.titles) })
    leadersBySite.set(siteId, list)
  }
  return { sites, published: { documents, columns, uploads }, fileNames, siteByHost, siteByCode, dictionary, leadersBySite }
}

export const siteHosts = (index: PlatformIndex, site: Site): SiteHosts => ({ siteId: String(site.id), siteCode: site.siteCode, siteByHost: index.siteByHost, siteByCode: index.siteByCode })
