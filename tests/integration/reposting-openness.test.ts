import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Column, File, Interpretation, PolicyDocument, Repost, Site } from '../../payload-types'
import { minimalPdf } from '../../src/demo/pdf'
import { plainTextToLexical } from '../../src/render/richText'
import { createColumn, createSite, fetchPage as fetchOnce, sitePath } from '../support/fixtures'
import { as, createOpennessFixture, publish, reviewed, submitted, type OpennessFixture } from '../support/openness'
import { startTestServer, type TestServer } from '../support/payload'

/** On this loaded machine a reused keep-alive connection is sometimes reset by the server as it times out; one retry. */
const fetchPage: typeof fetchOnce = (base, path, headers) =>
  fetchOnce(base, path, headers).catch(() => fetchOnce(base, path, headers))

/**
 * 协同联动 for 政务公开: a rule covering policy documents, and one covering interpretations, send the
 * source department's released documents to the city and county sites. On every target the repost is
 * the original itself, in the target's theme, with what the original's own public page must show
 * (metadata table, 附注, declassified text only) and the links between a document and its interpretation.
 */

let server: TestServer
let payload: Payload
let f: OpennessFixture

type Target = { site: Site; columns: Record<string, Column> }
let cityA: Target
let cityB: Target
let county: Target
let offlineCity: Target

async function target(name: string, level: Site['level'], kinds: Column['kind'][], parent?: Site): Promise<Target> {
  const site = await createSite(payload, { name, level })
  if (parent)
    await payload.update({ collection: 'sites', id: site.id, data: { parent: parent.id }, overrideAccess: true })
  const columns: Record<string, Column> = {}
  for (const [i, kind] of kinds.entries())
    columns[kind] = await createColumn(payload, site, {
      title: `${name}${kind}栏目`,
      slug: `c-${kind}`,
      kind,
      order: i + 1,
    })
  return { site, columns }
}

async function pdf(title: string): Promise<File> {
  const data = minimalPdf(title)
  return payload.create({
    collection: 'files',
    data: { site: f.site.id, title } as never,
    file: { data, mimetype: 'application/pdf', name: `${title}.pdf`, size: data.byteLength },
  })
}

const runJobs = () => payload.jobs.run({ limit: 100 })

async function repostsOf(collection: 'policy-documents' | 'interpretations', id: number | string): Promise<Repost[]> {
  const { docs } = await payload.find({
    collection: 'reposts',
    where: { and: [{ originalCollection: { equals: collection } }, { originalId: { equals: String(id) } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

const idOf = (value: unknown) => String(value && typeof value === 'object' ? (value as { id: unknown }).id : value)
const targetIds = (reposts: Repost[]) => reposts.map((r) => idOf(r.targetSite)).sort()
const ids = (...targets: Target[]) => targets.map((t) => String(t.site.id)).sort()
const on = (reposts: Repost[], t: Target) => reposts.find((r) => idOf(r.targetSite) === String(t.site.id))!
const repostPath = (t: Target, r: Repost) => sitePath(t.site, `/reposts/${r.id}.html`)
const columnPath = (t: Target, kind: string) => sitePath(t.site, `/columns/${t.columns[kind]!.slug}/`)
const sourceUrl = (path: string) => `${server.url}${sitePath(f.site, path)}`
/** The cell next to a row heading of the document's metadata table. */
const metaCell = (html: string, label: string) =>
  html.match(new RegExp(`<th scope="row">${label}</th><td[^>]*>(?:<time[^>]*>)?([^<]*)`))?.[1]
/** A document released through both reviews by the fixture site's staff. */
const release = async (overrides: Record<string, unknown>) =>
  publish(payload, f, (await reviewed(payload, f, await submitted(payload, f, overrides))).id)

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  f = await createOpennessFixture(payload, '6400000081')
  cityA = await target('甲市人民政府', 'city', ['news', 'notice', 'policy', 'interpretation'])
  cityB = await target('乙市人民政府', 'city', ['news', 'notice'])
  county = await target('甲县人民政府', 'county', ['news', 'interpretation'], cityA.site)
  offlineCity = await target('丙市人民政府', 'city', ['policy'])
  await payload.update({
    collection: 'sites',
    id: offlineCity.site.id,
    data: { status: 'temporarily-offline' },
    overrideAccess: true,
  })

  const rule = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'repost-rules',
      overrideAccess: true,
      data: { sourceType: 'sites', sourceSites: [f.site.id], deadlineHours: 24, mode: 'automatic', ...data } as never,
    })
  await rule({
    name: '测试厅政策文件转至各市',
    contentKinds: ['policy-documents'],
    targetType: 'levels',
    targetLevels: ['city'],
  })
  await rule({
    name: '测试厅政策解读转至甲市、甲县',
    contentKinds: ['interpretations'],
    targetType: 'list',
    targetSites: [cityA.site.id, county.site.id],
  })
}, 300_000)
afterAll(async () => server?.close())

describe('a published 公开发布 policy document and its interpretation', () => {
  let doc: PolicyDocument
  let interpretation: Interpretation
  let docReposts: Repost[]
  let interpretationReposts: Repost[]

  beforeAll(async () => {
    const attachment = await pdf('实施细则附件')
    const draft = await submitted(payload, f, {
      title: '关于推进政务公开标准化的实施意见',
      attachments: [attachment.id],
      interpretationRequired: true,
    })
    interpretation = await payload.create({
      collection: 'interpretations',
      data: {
        site: f.site.id,
        policyDocument: draft.id,
        column: f.interpretationColumn,
        title: '一图读懂政务公开标准化实施意见',
        form: 'graphic',
        interpreter: { name: '张三', title: '厅长', isPrincipal: true },
        body: plainTextToLexical('解读正文：标准化的三项重点。'),
      } as never,
      ...as(f.editor),
    })
    await payload.update({
      collection: 'interpretations',
      id: interpretation.id,
      data: { approvalStatus: 'approved' },
      ...as(f.reviewer),
    })
    doc = await publish(payload, f, (await reviewed(payload, f, draft)).id)
    expect(doc.workflowStatus).toBe('published')
    expect(await repostsOf('policy-documents', doc.id)).toHaveLength(0) // publishing only queued the fan-out
    await runJobs()
    docReposts = await repostsOf('policy-documents', doc.id)
    interpretationReposts = await repostsOf('interpretations', interpretation.id)
  })

  it('fans the document out to the live city sites, into their policy column or the fallback', () => {
    expect(targetIds(docReposts)).toEqual(ids(cityA, cityB))
    expect(docReposts.every((r) => r.status === 'reposted' && r.publishedAt && r.lateMinutes === 0)).toBe(true)
    expect(idOf(on(docReposts, cityA).targetColumn)).toBe(String(cityA.columns.policy!.id))
    expect(on(docReposts, cityA).columnChoice).toContain('「政策文件」')
    expect(idOf(on(docReposts, cityB).targetColumn)).toBe(String(cityB.columns.notice!.id))
    expect(on(docReposts, cityB).columnChoice).toBe('回退：通知公告栏目（无「政策文件」栏目）')
    const due = Date.parse(docReposts[0]!.dueAt) - Date.parse(doc.publishedAt!)
    expect(Math.abs(due - 24 * 3600_000)).toBeLessThan(60_000)
  })

  it('fans the interpretation, published with its document, out to the listed sites’ interpretation columns', () => {
    expect(targetIds(interpretationReposts)).toEqual(ids(cityA, county))
    expect(idOf(on(interpretationReposts, cityA).targetColumn)).toBe(String(cityA.columns.interpretation!.id))
    expect(idOf(on(interpretationReposts, county).targetColumn)).toBe(String(county.columns.interpretation!.id))
    expect(interpretationReposts.every((r) => r.status === 'reposted')).toBe(true)
  })

  it('lists the document in the target columns', async () => {
    for (const path of [columnPath(cityA, 'policy'), columnPath(cityB, 'notice'), sitePath(cityA.site, '/')]) {
      const page = await fetchPage(server.url, path)
      expect(page.status, path).toBe(200)
      expect(page.html, path).toContain('关于推进政务公开标准化的实施意见')
    }
    expect((await fetchPage(server.url, columnPath(cityA, 'policy'))).html).toContain(
      `/reposts/${on(docReposts, cityA).id}.html`,
    )
    expect((await fetchPage(server.url, columnPath(county, 'interpretation'))).html).toContain(
      `/reposts/${on(interpretationReposts, county).id}.html`,
    )
  })

  it('shows the document on a target in the target’s theme, with source, canonical link, date, metadata table and 附注', async () => {
    const page = await fetchPage(server.url, repostPath(cityB, on(docReposts, cityB)))
    expect(page.status).toBe(200)
    const html = page.html
    // The target's own header and navigation, not the source's.
    expect(html).toMatch(
      /<a class="site-title" href="\/sites\/\d+\/">\s*<span class="emblem" aria-hidden="true"><\/span>\s*<span>乙市人民政府<\/span>/,
    )
    expect(html).toContain(`${cityB.columns.notice!.title}`)
    expect(html).toContain('来源：测试厅')
    expect(html).toContain(`<link rel="canonical" href="${sourceUrl(`/documents/${doc.id}.html`)}">`)
    expect(html).toContain(`href="${sourceUrl(`/documents/${doc.id}.html`)}"`)
    const day = new Date(Date.parse(doc.publishedAt!) + 8 * 3600_000).toISOString().slice(0, 10)
    expect(metaCell(html, '索引号')).toBe(doc.indexNumber)
    expect(metaCell(html, '发布机构')).toBe('测试厅')
    expect(metaCell(html, '文号')).toBe(doc.docNumber)
    expect(metaCell(html, '成文日期')).toBe('2026-09-28')
    expect(metaCell(html, '发布日期')).toBe(day)
    expect(metaCell(html, '主题分类')).toBe('综合政务')
    expect(metaCell(html, '有效性')).toBe('现行有效')
    expect(html).toContain('<p class="document-note">（此件公开发布）</p>')
    expect(html).toContain('第一条 为了测试，制定本办法。')
    expect(html).toContain('实施细则附件')
    // The canonical original is really there.
    const original = await fetch(sourceUrl(`/documents/${doc.id}.html`))
    expect(original.status).toBe(200)
    expect(await original.text()).toContain('关于推进政务公开标准化的实施意见')
  })

  it('links the document and its interpretation to each other on the same target when both are reposted there', async () => {
    const docPage = repostPath(cityA, on(docReposts, cityA))
    const interpretationPage = repostPath(cityA, on(interpretationReposts, cityA))
    const documentHtml = (await fetchPage(server.url, docPage)).html
    expect(documentHtml).toContain('相关解读')
    expect(documentHtml).toContain(`href="${interpretationPage}"`)
    const page = await fetchPage(server.url, interpretationPage)
    expect(page.status).toBe(200)
    expect(page.html).toContain('一图读懂政务公开标准化实施意见')
    expect(page.html).toContain('来源：测试厅')
    expect(page.html).toContain(
      `<link rel="canonical" href="${sourceUrl(`/interpretations/${interpretation.id}.html`)}">`,
    )
    expect(page.html).toContain('解读正文：标准化的三项重点。')
    expect(page.html).toContain('解读人：张三（厅长）')
    expect(page.html).toMatch(/解读文件：<a href="[^"]+">关于推进政务公开标准化的实施意见<\/a>/)
    const link = page.html.match(/解读文件：<a href="([^"]+)">/)![1]!
    expect(link).toBe(docPage)
    const followed = await fetchPage(server.url, link)
    expect(followed.status).toBe(200)
    expect(followed.html).toContain('<p class="document-note">（此件公开发布）</p>')
  })

  it('links an interpretation reposted without its document to the document on the source site', async () => {
    const page = await fetchPage(server.url, repostPath(county, on(interpretationReposts, county)))
    expect(page.status).toBe(200)
    const link = page.html.match(/解读文件：<a href="([^"]+)">/)?.[1]
    expect(link).toBe(sourceUrl(`/documents/${doc.id}.html`))
    expect((await fetch(link!)).status).toBe(200)
  })

  it('takes the document and its interpretation off every target page when the document is withdrawn, cache notwithstanding', async () => {
    const pages = [
      repostPath(cityA, on(docReposts, cityA)),
      repostPath(cityB, on(docReposts, cityB)),
      repostPath(cityA, on(interpretationReposts, cityA)),
      repostPath(county, on(interpretationReposts, county)),
    ]
    const listings = [
      columnPath(cityA, 'policy'),
      columnPath(cityB, 'notice'),
      columnPath(cityA, 'interpretation'),
      columnPath(county, 'interpretation'),
      sitePath(cityA.site, '/'),
      sitePath(cityB.site, '/feed.xml'),
    ]
    for (const path of [...pages, ...listings]) expect((await fetchPage(server.url, path)).status, path).toBe(200)
    // The pages really are cached: a change that bypasses every hook is not seen.
    await payload.db.updateOne({ collection: 'policy-documents', id: doc.id, data: { title: '绕过钩子的标题' } })
    expect((await fetchPage(server.url, pages[1]!)).html).toContain('关于推进政务公开标准化的实施意见')
    await payload.db.updateOne({ collection: 'policy-documents', id: doc.id, data: { title: doc.title } })

    await payload.update({
      collection: 'policy-documents',
      id: doc.id,
      data: { workflowStatus: 'withdrawn', reviewComment: '需修改后重新发布' },
      ...as(f.reviewer),
    })
    // At once, before the queue has run.
    for (const path of pages) expect((await fetchPage(server.url, path)).status, path).toBe(404)
    for (const path of listings) {
      const html = (await fetchPage(server.url, path)).html
      expect(html, path).not.toContain('关于推进政务公开标准化的实施意见')
      expect(html, path).not.toContain('一图读懂政务公开标准化实施意见')
    }
    await runJobs()
    for (const r of [
      ...(await repostsOf('policy-documents', doc.id)),
      ...(await repostsOf('interpretations', interpretation.id)),
    ]) {
      expect(r).toMatchObject({ status: 'taken-down', withdrawnBy: 'original' })
    }
  })
})

describe('policy documents that are not public', () => {
  it('never reposts a 依申请公开 or 不公开 document, released or not', async () => {
    const onApplication = await release({
      title: '依申请公开的内部管理办法',
      disclosureAttribute: 'on-application',
      nonDisclosureReason: '涉及第三方合法权益。',
    })
    const notPublic = await release({
      title: '不公开的工作方案',
      disclosureAttribute: 'not-public',
      nonDisclosureReason: '内部事务信息。',
    })
    expect(onApplication.workflowStatus).toBe('published')
    expect(notPublic.workflowStatus).toBe('published')
    const draft = await submitted(payload, f, { title: '尚在审核的公开文件' })
    await runJobs()
    for (const id of [onApplication.id, notPublic.id, draft.id])
      expect(await repostsOf('policy-documents', id)).toHaveLength(0)
    for (const path of [
      columnPath(cityA, 'policy'),
      columnPath(cityB, 'notice'),
      sitePath(cityA.site, '/'),
      sitePath(cityA.site, '/feed.xml'),
    ]) {
      const html = (await fetchPage(server.url, path)).html
      for (const title of ['依申请公开的内部管理办法', '不公开的工作方案', '尚在审核的公开文件'])
        expect(html, path).not.toContain(title)
    }
  })

  it('reposts a 依申请公开 document only once it is converted to 主动公开', async () => {
    const doc = await release({
      title: '转为主动公开的实施办法',
      disclosureAttribute: 'on-application',
      nonDisclosureReason: '涉及第三方合法权益。',
    })
    await runJobs()
    expect(await repostsOf('policy-documents', doc.id)).toHaveLength(0)
    const converted = Date.now()
    await payload.update({
      collection: 'policy-documents',
      id: doc.id,
      data: { disclosureAttribute: 'public' },
      ...as(f.reviewer),
    })
    await runJobs()
    const reposts = await repostsOf('policy-documents', doc.id)
    expect(targetIds(reposts)).toEqual(ids(cityA, cityB))
    // The 24 hours run from the day it became public, not from its first release.
    expect(Math.abs(Date.parse(reposts[0]!.dueAt) - (converted + 24 * 3600_000))).toBeLessThan(60_000)
    const html = (await fetchPage(server.url, repostPath(cityA, on(reposts, cityA)))).html
    expect(html).toContain('<p class="document-note">（此件公开发布）</p>')
  })

  it('shows only the declassified version of a 脱密后公开 document on the targets', async () => {
    const original = await pdf('原件内部附件')
    const declassifiedFile = await pdf('脱密版本文件')
    const doc = await release({
      title: '脱密后公开的专项工作通知',
      disclosureAttribute: 'after-declassification',
      nonDisclosureReason: '原文含工作秘密。',
      body: plainTextToLexical('原文正文含工作秘密，不得公开。'),
      attachments: [original.id],
      declassifiedVersion: declassifiedFile.id,
      declassifiedBody: plainTextToLexical('脱密后的正文，可以公开。'),
    })
    expect(doc.workflowStatus).toBe('published')
    await runJobs()
    const reposts = await repostsOf('policy-documents', doc.id)
    expect(targetIds(reposts)).toEqual(ids(cityA, cityB))
    for (const t of [cityA, cityB]) {
      const page = await fetchPage(server.url, repostPath(t, on(reposts, t)))
      expect(page.status).toBe(200)
      expect(page.html).toContain('<p class="document-note">（此件脱密后公开）</p>')
      expect(page.html).toContain('脱密后的正文，可以公开。')
      expect(page.html).toContain('脱密版本文件（脱密后版本）')
      expect(page.html).not.toContain('原文正文含工作秘密')
      expect(page.html).not.toContain('原件内部附件')
      expect(page.html).not.toContain(encodeURIComponent(original.filename!))
    }
    // The declassified file the targets link to is really downloadable by a visitor.
    const href = (await fetchPage(server.url, repostPath(cityA, on(reposts, cityA)))).html.match(
      /<a class="attachment" href="([^"]+)">/,
    )![1]!
    expect(href).toContain(encodeURIComponent(declassifiedFile.filename!))
    expect((await fetch(new URL(href, server.url))).status).toBe(200)
  })
})

describe('targets outside the rules', () => {
  it('leave out offline sites, sites of other levels and the source itself', async () => {
    const { docs } = await payload.find({
      collection: 'reposts',
      where: { targetSite: { in: [offlineCity.site.id, f.otherSite.id, f.site.id] } },
      overrideAccess: true,
      limit: 0,
    })
    expect(docs).toEqual([])
  })
})
