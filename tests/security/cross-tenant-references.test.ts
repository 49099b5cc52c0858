import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CollectionConfig, Field } from 'payload'
import type { File, Media } from '../../payload-types'
import { internalReferenceExemptions } from '../../src/access/sameSiteReferences'
import {
  client,
  clientAs,
  createArticle,
  createSiteWithStaff,
  localFile,
  pdfDocument,
  pngImage,
  type Client,
  type SiteWithStaff,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * Issue #10 row 1: an editor of site A points a published document of A at a private upload of site B,
 * which would make B's file public. Every tenant-pointing reference must refuse another site's document.
 */

let server: TestServer
let a: SiteWithStaff
let b: SiteWithStaff
let bFile: File
let bMedia: Media
let editorA: Client
let reviewerA: Client
const anonymous = () => client(server.url)

beforeAll(async () => {
  server = await startTestServer()
  const { payload } = server
  a = await createSiteWithStaff(payload, 'A')
  b = await createSiteWithStaff(payload, 'B')
  bFile = await payload.create({
    collection: 'files',
    overrideAccess: true,
    data: { site: b.site.id, title: 'B站内部附件' },
    file: localFile(pdfDocument('b private'), 'b-private.pdf', 'application/pdf'),
  })
  bMedia = await payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { site: b.site.id, alt: 'B站图片' },
    file: localFile(await pngImage(), 'b-private.png', 'image/png'),
  })
  editorA = await clientAs(server.url, a.editor)
  reviewerA = await clientAs(server.url, a.reviewer)
}, 120_000)
afterAll(async () => server?.close())

describe('every tenant-pointing reference in the built config is checked or explicitly exempt', () => {
  const tenantOf = (c: CollectionConfig): string | null =>
    (c.custom as { tenantField?: string } | undefined)?.tenantField ??
    (c.fields.some((f) => 'name' in f && f.name === 'site' && f.type === 'relationship' && f.relationTo === 'sites')
      ? 'site'
      : null)

  type Found = {
    collection: string
    path: string
    field: Field & { custom?: Record<string, unknown>; filterOptions?: unknown; relationTo: string | string[] }
  }
  function walk(collection: string, fields: Field[], tenants: Set<string>, path: string, out: Found[]): void {
    for (const field of fields) {
      const here = 'name' in field && field.name ? `${path}${path ? '.' : ''}${field.name}` : path
      if (field.type === 'relationship' || field.type === 'upload') {
        const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
        if (targets.some((t) => tenants.has(t))) out.push({ collection, path: here, field: field as Found['field'] })
      }
      if ('fields' in field && Array.isArray(field.fields)) walk(collection, field.fields, tenants, here, out)
      if (field.type === 'tabs')
        for (const tab of field.tabs)
          walk(
            collection,
            tab.fields,
            tenants,
            'name' in tab && tab.name ? `${path}${path ? '.' : ''}${tab.name}` : path,
            out,
          )
      if (field.type === 'blocks')
        for (const block of field.blocks) walk(collection, block.fields, tenants, `${here}#${block.slug}`, out)
    }
  }

  it('finds the references, and each has the check (or a stated reason to cross sites)', async () => {
    const collections = server.payload.config.collections as unknown as CollectionConfig[]
    const tenants = new Set(collections.filter((c) => tenantOf(c)).map((c) => c.slug))
    expect([...tenants]).toEqual(
      expect.arrayContaining([
        'articles',
        'files',
        'media',
        'columns',
        'gazette-issues',
        'gazette-articles',
        'policy-documents',
        'interpretations',
      ]),
    )
    const found: Found[] = []
    for (const c of collections) walk(c.slug, c.fields, tenants, '', found)
    // The walk reaches nested groups, tabs and arrays, not just top-level fields.
    expect(found.map((f) => `${f.collection}.${f.path}`)).toEqual(
      expect.arrayContaining([
        'gazette-issues.pdf',
        'articles.attachments',
        'policy-documents.declassifiedVersion',
        'self-checks.items.policyDocument',
      ]),
    )
    const missing: string[] = []
    for (const f of found) {
      if (internalReferenceExemptions[f.collection]) continue
      const custom = f.field.custom ?? {}
      if (typeof custom.crossSite === 'string' && custom.crossSite.length > 10) continue
      const collection = collections.find((c) => c.slug === f.collection)!
      const hooked = (collection.hooks?.beforeChange ?? []).some((h) =>
        (h as { sameSiteReferences?: string[] }).sameSiteReferences?.includes(f.path),
      )
      if (custom.sameSite !== true || !hooked || typeof f.field.filterOptions !== 'function')
        missing.push(`${f.collection}.${f.path}`)
    }
    expect(missing).toEqual([])
  })

  it('the admin pickers list only the same site', async () => {
    const gazette = server.payload.config.collections.find((c) => c.slug === 'gazette-issues')!
    const pdf = gazette.fields.find((f) => 'name' in f && f.name === 'pdf') as {
      filterOptions: (args: unknown) => unknown
    }
    const filter = await pdf.filterOptions({
      data: { site: a.site.id },
      siblingData: {},
      relationTo: 'files',
      id: undefined,
      user: a.editor,
      req: {},
    })
    expect(JSON.stringify(filter)).toContain(JSON.stringify({ site: { equals: String(a.site.id) } }))
  })
})

describe('an editor of site A cannot publish site B’s private upload through a document of A', () => {
  it('gazette issue with another site’s PDF: refused, and the file stays private', async () => {
    const res = await reviewerA.post('/api/gazette-issues', {
      site: a.site.id,
      year: 2026,
      issueNumber: 1,
      totalNumber: 1,
      publishedAt: '2026-01-15T00:00:00.000Z',
      pdf: bFile.id,
      status: 'published',
    })
    expect(res.status).toBe(400)
    expect(res.text).toContain('不属于本网站')
    expect((await anonymous().get(`/api/files/${bFile.id}`)).status).not.toBe(200)
    expect((await fetch(`${server.url}${bFile.url}`)).status).not.toBe(200)
  })

  it('gazette article with another site’s PDF or issue: refused', async () => {
    const issue = await server.payload.create({
      collection: 'gazette-issues',
      overrideAccess: true,
      data: {
        site: a.site.id,
        year: 2025,
        issueNumber: 1,
        totalNumber: 100,
        publishedAt: '2025-01-15T00:00:00.000Z',
        status: 'draft',
      },
    })
    const bIssue = await server.payload.create({
      collection: 'gazette-issues',
      overrideAccess: true,
      data: {
        site: b.site.id,
        year: 2025,
        issueNumber: 1,
        totalNumber: 100,
        publishedAt: '2025-01-15T00:00:00.000Z',
        status: 'draft',
      },
    })
    const withPdf = await editorA.post('/api/gazette-articles', {
      site: a.site.id,
      issue: issue.id,
      title: '越站PDF',
      pdf: bFile.id,
    })
    expect(withPdf.status).toBe(400)
    const withIssue = await editorA.post('/api/gazette-articles', {
      site: a.site.id,
      issue: bIssue.id,
      title: '越站期刊',
    })
    expect(withIssue.status).toBe(400)
    expect(withIssue.text).toContain('不属于本网站')
  })

  it('article cover image and attachments of another site: refused on create and on update', async () => {
    const created = await editorA.post('/api/articles', {
      site: a.site.id,
      columns: [a.column.id],
      title: '越站封面',
      coverImage: bMedia.id,
      disclosureAttribute: 'public',
    })
    expect(created.status).toBe(400)
    const draft = await createArticle(server.payload, { site: a.site, column: a.column, title: 'A草稿' })
    const patched = await editorA.patch(`/api/articles/${draft.id}`, { attachments: [bFile.id] })
    expect(patched.status).toBe(400)
    expect(patched.text).toContain('附件不属于本网站')
    const gql = await editorA.graphql(
      `mutation($id: Int!, $f: [Int]) { updateArticle(id: $id, data: { attachments: $f }) { id } }`,
      { id: draft.id, f: [bFile.id] },
    )
    expect(gql.errors.length).toBeGreaterThan(0)
    const stored = await server.payload.findByID({
      collection: 'articles',
      id: draft.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.attachments ?? []).toEqual([])
  })

  it('the same site’s upload is accepted', async () => {
    const own = await server.payload.create({
      collection: 'files',
      overrideAccess: true,
      data: { site: a.site.id, title: 'A站附件' },
      file: localFile(pdfDocument('a own'), 'a-own.pdf', 'application/pdf'),
    })
    const res = await reviewerA.post('/api/gazette-issues', {
      site: a.site.id,
      year: 2026,
      issueNumber: 2,
      totalNumber: 2,
      publishedAt: '2026-01-31T00:00:00.000Z',
      pdf: own.id,
    })
    expect(res.status).toBe(201)
  })
})
