import type { DisclosureCatalog, Interpretation, PolicyDocument } from '../../payload-types'
import { idOf } from '../ids'
import { interpretationFormLabel, isPublicAttribute } from '../publishing/openness'
import { publicColumns, type ColumnNode } from './content'
import { chinaDate, publicationDate } from './dates'
import { themeEngine } from './engine'
import { pageTags } from './invalidation'
import { opennessItemUrl } from './opennessListing'
import { columnUrl, documentReader, flatten, navItems, type PageRequest, type RenderedPage } from './pages'
import { interpretationListView, interpretationView, object, policyDocumentView, shownPolicyText, type OpennessLink } from './opennessViews'
import { renderBodyWithUploads } from './storedBodyHtml'
import { siteView, type SiteView } from './siteView'
import { chinaYear } from '../calendar/chinaTime'

/**
 * Public pages of 政务公开: a policy document (/documents/<id>.html), an interpretation
 * (/interpretations/<id>.html) and the disclosure catalogue (/catalog). Every read runs with the anonymous
 * visitor's access, so a document that is not public by attribute is simply not found.
 */
const asVisitor = { overrideAccess: false, user: null } as const
const html = 'text/html; charset=utf-8'
const idPattern = /^\d+$|^[a-f0-9]{24}$/


async function chrome(request: PageRequest, currentColumnId?: string) {
  const view = siteView(request.site, request.viaPrefix, request.successor)
  const columns = await publicColumns(request.payload, request.site.id)
  return { view, columns, nav: navItems(view, columns, currentColumnId, false), year: chinaYear() }
}

function crumbs(view: SiteView, columns: ColumnNode[], columnId: string | null): { title: string; url: string }[] {
  const column = columnId ? flatten(columns).find((c) => String(c.id) === columnId) : undefined
  return column ? [{ title: column.title, url: columnUrl(view, column) }] : []
}

/** The page's own document, as the visitor reads it (or, in a preview, the signed-in user). */
async function findPublic<T>(request: PageRequest, collection: 'policy-documents' | 'interpretations', id: string, depth: number): Promise<T | null> {
  if (!idPattern.test(id)) return null
  const { payload, site } = request
  const { docs } = await payload.find({ collection, where: { and: [{ id: { equals: id } }, { site: { equals: site.id } }] }, limit: 1, depth, pagination: false, ...documentReader(request) })
  return (docs[0] as T | undefined) ?? null
}

export async function renderPolicyDocument(request: PageRequest, id: string): Promise<RenderedPage | null> {
  const { payload, site } = request
  const doc = await findPublic<PolicyDocument>(request, 'policy-documents', id, 1)
  if (!doc) return null
  const columnId = idOf(doc.column)
  const { view, columns, nav, year } = await chrome(request, columnId ?? undefined)
  const interpretations = await payload.find({
    collection: 'interpretations',
    where: { and: [{ policyDocument: { equals: doc.id } }, { site: { equals: site.id } }] },
    sort: 'publishedAt',
    limit: 50,
    depth: 0,
    select: { title: true, form: true, publishedAt: true, interpreter: true },
    ...asVisitor,
  })
  const replacedBy = object<PolicyDocument>(doc.replacedBy)
  const link: OpennessLink = (collection, linkedId) => opennessItemUrl(view.basePath, collection, linkedId)
  const body = await themeEngine(site.theme ?? 'default').renderFile('policy-document', {
    site: view,
    nav,
    year,
    page: { title: `${doc.title} - ${view.name}`, description: doc.docNumber ?? '' },
    trail: crumbs(view, columns, columnId),
    document: {
      ...policyDocumentView(doc, site.id, link, await renderBodyWithUploads(payload, shownPolicyText(doc))),
      publishedAt: publicationDate(doc.publishedAt, Boolean(request.previewUser)),
    },
    interpretations: interpretationListView(interpretations.docs, link),
  })
  return {
    status: 200,
    html: body,
    contentType: html,
    tags: [
      pageTags.site(site.id),
      pageTags.document('policy-documents', doc.id),
      ...(columnId ? [pageTags.column(columnId)] : []),
      ...(replacedBy ? [pageTags.document('policy-documents', replacedBy.id)] : []),
      ...interpretations.docs.map((i) => pageTags.document('interpretations', i.id)),
    ],
  }
}

export async function renderInterpretation(request: PageRequest, id: string): Promise<RenderedPage | null> {
  const { site } = request
  const interpretation = await findPublic<Interpretation>(request, 'interpretations', id, 1)
  if (!interpretation) return null
  const doc = object<PolicyDocument>(interpretation.policyDocument)
  // The access rule already requires a public document; without it there is nothing to link back to.
  if (!doc || !isPublicAttribute(doc.disclosureAttribute, Boolean(idOf(doc.declassifiedVersion)))) return null
  const columnId = idOf(interpretation.column) ?? idOf(doc.column)
  const { view, columns, nav, year } = await chrome(request, columnId ?? undefined)
  const body = await themeEngine(site.theme ?? 'default').renderFile('interpretation', {
    site: view,
    nav,
    year,
    page: { title: `${interpretation.title} - ${view.name}`, description: `《${doc.title}》${interpretationFormLabel(interpretation.form)}` },
    trail: crumbs(view, columns, columnId),
    interpretation: {
      ...interpretationView(interpretation, await renderBodyWithUploads(request.payload, interpretation.body)),
      date: publicationDate(interpretation.publishedAt, Boolean(request.previewUser)),
    },
    document: {
      title: doc.title,
      docNumber: doc.docNumber ?? '',
      url: opennessItemUrl(view.basePath, 'policy-documents', doc.id),
    },
  })
  return {
    status: 200,
    html: body,
    contentType: html,
    tags: [pageTags.site(site.id), pageTags.document('interpretations', interpretation.id), pageTags.document('policy-documents', doc.id), ...(columnId ? [pageTags.column(columnId)] : [])],
  }
}

type CatalogNode = {
  title: string
  code: string
  anchor: string
  isItem: boolean
  contentScope: string
  legalBasis: string
  responsibleUnit: string
  disclosureMethod: string
  timeLimit: string
  lastUpdated: string
  documents: { title: string; url: string; date: string; docNumber: string }[]
  children: CatalogNode[]
  level: number
}

/**
 * /catalog: the site's 主动公开目录. Each item lists its public documents, newest first, and its last update
 * date (the newer of the item's own change and its newest document).
 */
export async function renderCatalog(request: PageRequest): Promise<RenderedPage> {
  const { payload, site } = request
  const { view, nav, year } = await chrome(request)
  const entries = await payload.find({ collection: 'disclosure-catalog', where: { site: { equals: site.id } }, sort: 'code', limit: 0, depth: 0, joins: false, ...asVisitor })
  const itemIds = entries.docs.filter((e) => e.entryType === 'item').map((e) => e.id)
  const documents = itemIds.length
    ? await payload.find({
        collection: 'policy-documents',
        where: { and: [{ site: { equals: site.id } }, { catalogItem: { in: itemIds } }] },
        sort: '-publishedAt',
        limit: 0,
        depth: 0,
        select: { title: true, publishedAt: true, docNumber: true, catalogItem: true },
        ...asVisitor,
      })
    : { docs: [] as Pick<PolicyDocument, 'id' | 'title' | 'publishedAt' | 'docNumber' | 'catalogItem'>[] }
  const byItem = new Map<string, typeof documents.docs>()
  for (const d of documents.docs) {
    const key = idOf(d.catalogItem)
    if (key) byItem.set(key, [...(byItem.get(key) ?? []), d])
  }
  const node = (entry: DisclosureCatalog, level: number): CatalogNode => {
    const docs = byItem.get(String(entry.id)) ?? []
    const newest = [entry.updatedAt, ...docs.map((d) => d.publishedAt ?? '')].filter(Boolean).sort().at(-1)
    return {
      title: entry.title,
      code: entry.code,
      anchor: `catalog-${entry.id}`,
      isItem: entry.entryType === 'item',
      contentScope: entry.contentScope ?? '',
      legalBasis: entry.legalBasis ?? '',
      responsibleUnit: entry.responsibleUnit ?? '',
      disclosureMethod: entry.disclosureMethod ?? '',
      timeLimit: entry.timeLimit ?? '',
      lastUpdated: chinaDate(newest),
      documents: docs.map((d) => ({ title: d.title, url: opennessItemUrl(view.basePath, 'policy-documents', d.id), date: chinaDate(d.publishedAt), docNumber: d.docNumber ?? '' })),
      children: entries.docs.filter((child) => idOf(child.parent) === String(entry.id)).map((child) => node(child, Math.min(level + 1, 4))),
      level,
    }
  }
  const known = new Set(entries.docs.map((e) => String(e.id)))
  const tree = entries.docs.filter((e) => !idOf(e.parent) || !known.has(idOf(e.parent)!)).map((e) => node(e, 2))
  const body = await themeEngine(site.theme ?? 'default').renderFile('catalog', {
    site: view,
    nav,
    year,
    page: { title: `主动公开目录 - ${view.name}`, description: `${view.name}政府信息主动公开基本目录` },
    tree,
    itemCount: itemIds.length,
    documentCount: documents.docs.length,
  })
  return { status: 200, html: body, contentType: html, tags: [pageTags.site(site.id), pageTags.listings(site.id)] }
}
