import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { minimalPdf } from '../../src/demo/pdf'
import { plainTextToLexical } from '../../src/render/richText'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * An anonymous visitor, over HTTP, on every public route: a document that is not public by attribute
 * (依申请公开, 不公开), an unpublished one, and the interpretation of a non-public one appear nowhere.
 */
let server: TestServer
let base: string
const ids: Record<string, number | string> = {}
const secrets = [
  'SECRET-依申请公开文件',
  'SECRET-不公开文件',
  'SECRET-草稿文件',
  'SECRET-不公开文件的解读',
  'SECRET-未上传脱密版本',
]

async function release(payload: Payload, data: Record<string, unknown>) {
  return payload.create({
    collection: 'policy-documents',
    data: {
      issuingAgencies: [{ name: '宁夏回族自治区测试厅', lead: true }],
      writtenAt: '2026-11-02',
      subjectCategory: 'general',
      workflowStatus: 'published',
      confidentialityReview: { result: 'passed' },
      opennessReview: { result: 'passed' },
      body: plainTextToLexical(`${String(data.title)}的正文。`),
      ...data,
    } as never,
  })
}

beforeAll(async () => {
  server = await startTestServer()
  const { payload } = server
  const site = await payload.create({
    collection: 'sites',
    data: {
      name: '测试公开厅',
      siteCode: '6400000061',
      level: 'department',
      status: 'live',
      sponsor: '测试公开厅',
      filings: { icpNumber: '宁ICP备1号', publicSecurityNumber: '宁公网安备 1号' },
      domains: [{ domain: 'gk.test.gov.cn' }],
    },
  })
  base = `${server.url}/sites/${site.siteCode}`
  const column = async (slug: string, title: string, kind: string) =>
    (await payload.create({ collection: 'columns', data: { site: site.id, slug, title, kind, order: 10 } as never })).id
  const policyColumn = await column('zcwj', '政策文件', 'policy')
  const interpretationColumn = await column('zcjd', '政策解读', 'interpretation')
  const category = await payload.create({
    collection: 'disclosure-catalog',
    data: { site: site.id, entryType: 'category', code: '01', title: '政策文件类' } as never,
  })
  const item = await payload.create({
    collection: 'disclosure-catalog',
    data: {
      site: site.id,
      entryType: 'item',
      code: '01.01',
      parent: category.id,
      title: '行政规范性文件',
      contentScope: '本机关制发的行政规范性文件',
      legalBasis: '《政府信息公开条例》第二十条',
      responsibleUnit: '办公室',
      disclosureMethod: '政府网站',
      timeLimit: '印发后 5 个工作日内',
    } as never,
  })
  ids.item = item.id
  const common = { site: site.id, column: policyColumn, catalogItem: item.id }
  ids.public = (
    await release(payload, {
      ...common,
      title: '公开发布的办法',
      docNumber: '宁测规发〔2026〕1号',
      disclosureAttribute: 'public',
    })
  ).id
  const pdf = minimalPdf('declassified')
  const file = await payload.create({
    collection: 'files',
    data: { site: site.id, title: '脱密后版本' } as never,
    file: { data: pdf, mimetype: 'application/pdf', name: 'declassified.pdf', size: pdf.byteLength },
  })
  ids.declassified = (
    await release(payload, {
      ...common,
      title: '脱密后公开的通知',
      disclosureAttribute: 'after-declassification',
      nonDisclosureReason: '原文含工作秘密。',
      declassifiedVersion: file.id,
      declassifiedBody: plainTextToLexical('脱密后的正文。'),
    })
  ).id
  ids.onApplication = (
    await release(payload, {
      ...common,
      title: secrets[0],
      disclosureAttribute: 'on-application',
      nonDisclosureReason: '涉及第三方。',
    })
  ).id
  const hidden = await payload.create({
    collection: 'policy-documents',
    data: {
      ...common,
      title: secrets[1],
      issuingAgencies: [{ name: '测试厅' }],
      writtenAt: '2026-11-02',
      disclosureAttribute: 'not-public',
      nonDisclosureReason: '内部事务信息。',
      workflowStatus: 'submitted',
      confidentialityReview: { result: 'passed' },
      opennessReview: { result: 'passed' },
    } as never,
  })
  const hiddenInterpretation = await payload.create({
    collection: 'interpretations',
    data: {
      site: site.id,
      policyDocument: hidden.id,
      column: interpretationColumn,
      title: secrets[3],
      form: 'text',
      interpreter: { name: '王五', isPrincipal: true },
      approvalStatus: 'approved',
    } as never,
  })
  await payload.update({ collection: 'policy-documents', id: hidden.id, data: { workflowStatus: 'published' } })
  ids.notPublic = hidden.id
  ids.hiddenInterpretation = hiddenInterpretation.id
  expect((await payload.findByID({ collection: 'interpretations', id: hiddenInterpretation.id })).workflowStatus).toBe(
    'published',
  )
  ids.draft = (
    await payload.create({
      collection: 'policy-documents',
      data: {
        ...common,
        title: secrets[2],
        issuingAgencies: [{ name: '测试厅' }],
        writtenAt: '2026-11-02',
        disclosureAttribute: 'public',
      } as never,
    })
  ).id
  ids.noDeclassified = (
    await payload.create({
      collection: 'policy-documents',
      data: {
        ...common,
        title: secrets[4],
        issuingAgencies: [{ name: '测试厅' }],
        writtenAt: '2026-11-02',
        disclosureAttribute: 'after-declassification',
        nonDisclosureReason: '待脱密。',
        workflowStatus: 'submitted',
      } as never,
    })
  ).id
  // A public document with its interpretation, published together.
  const withInterpretation = await payload.create({
    collection: 'policy-documents',
    data: {
      ...common,
      title: '须同步解读的实施意见',
      issuingAgencies: [{ name: '测试厅', lead: true }],
      writtenAt: '2026-11-02',
      disclosureAttribute: 'public',
      interpretationRequired: true,
      workflowStatus: 'submitted',
      confidentialityReview: { result: 'passed' },
    } as never,
  })
  const interpretation = await payload.create({
    collection: 'interpretations',
    data: {
      site: site.id,
      policyDocument: withInterpretation.id,
      column: interpretationColumn,
      title: '一图读懂实施意见',
      form: 'graphic',
      interpreter: { name: '赵六', title: '厅长', isPrincipal: true },
      approvalStatus: 'approved',
    } as never,
  })
  await payload.update({
    collection: 'policy-documents',
    id: withInterpretation.id,
    data: { workflowStatus: 'published' },
  })
  ids.withInterpretation = withInterpretation.id
  ids.interpretation = interpretation.id
}, 300_000)
afterAll(async () => server?.close())

const get = async (path: string, init?: RequestInit) => {
  const response = await fetch(path.startsWith('http') ? path : `${base}${path}`, init)
  return { status: response.status, text: await response.text() }
}
const expectNoSecrets = (text: string, where: string) => {
  for (const secret of secrets) expect(text.includes(secret), `${secret} leaked on ${where}`).toBe(false)
}

describe('non-public documents on public routes', () => {
  it('never appear on the public pages, the feed, the sitemap or the catalogue', async () => {
    for (const path of ['/', '/columns/zcwj/', '/columns/zcjd/', '/feed.xml', '/sitemap.xml', '/sitemap-documents-1.xml', '/catalog', '/sitemap']) {
      const { status, text } = await get(path)
      expect(status, path).toBe(200)
      expectNoSecrets(text, path)
    }
    const listing = (await get('/columns/zcwj/')).text
    expect(listing).toContain('公开发布的办法')
    expect(listing).toContain('脱密后公开的通知')
    expect(listing).toContain(`/documents/${ids.public}.html`)
    expect((await get('/feed.xml')).text).toContain(`/documents/${ids.public}.html`)
    expect((await get('/sitemap-documents-1.xml')).text).toContain(`/interpretations/${ids.interpretation}.html`)
    for (const id of [ids.onApplication, ids.notPublic, ids.draft, ids.noDeclassified]) {
      const { status, text } = await get(`/documents/${id}.html`)
      expect(status).toBe(404)
      expectNoSecrets(text, `/documents/${id}.html`)
    }
    expect((await get(`/interpretations/${ids.hiddenInterpretation}.html`)).status).toBe(404)
  })

  it('never appear over REST, including relationship depth, joins and versions', async () => {
    for (const path of [
      '/api/policy-documents?limit=100&depth=2',
      '/api/interpretations?limit=100&depth=2',
      '/api/disclosure-catalog?limit=100&depth=2',
      `/api/disclosure-catalog/${ids.item}?depth=2`,
      `/api/policy-documents/${ids.public}?depth=2`,
      '/api/policy-documents/versions?limit=100',
      '/api/interpretations/versions?limit=100',
    ]) {
      const { text } = await get(`${server.url}${path}`)
      expectNoSecrets(text, path)
    }
    for (const id of [ids.onApplication, ids.notPublic, ids.draft]) {
      expect((await get(`${server.url}/api/policy-documents/${id}`)).status).toBeGreaterThanOrEqual(403)
    }
    const list = JSON.parse((await get(`${server.url}/api/policy-documents?limit=100`)).text) as {
      docs: {
        title: string
        body?: unknown
        nonDisclosureReason?: string
        confidentialityReview?: unknown
        workflowLog?: unknown
      }[]
    }
    expect(list.docs.map((d) => d.title).sort()).toEqual(
      ['公开发布的办法', '脱密后公开的通知', '须同步解读的实施意见'].sort(),
    )
    const declassified = list.docs.find((d) => d.title === '脱密后公开的通知')!
    expect(declassified.body).toBeUndefined()
    expect(declassified.nonDisclosureReason).toBeUndefined()
    // Reviews, logs and reasons are internal: absent, or (arrays) empty.
    expect(
      list.docs.every(
        (d) => d.confidentialityReview === undefined && !(d.workflowLog as unknown[] | undefined)?.length,
      ),
    ).toBe(true)
    const catalog = JSON.parse((await get(`${server.url}/api/disclosure-catalog/${ids.item}?depth=1`)).text) as {
      documents: { docs: { title: string }[] }
    }
    expect(catalog.documents.docs.map((d) => d.title).sort()).toEqual(
      ['公开发布的办法', '脱密后公开的通知', '须同步解读的实施意见'].sort(),
    )
  })

  it('never appear over GraphQL', async () => {
    const query = `{
      PolicyDocuments(limit: 100) { docs { title interpretations { docs { title } } } }
      Interpretations(limit: 100) { docs { title policyDocument { title } } }
      DisclosureCatalogEntries(limit: 100) { docs { title documents { docs { title } } } }
    }`
    const { status, text } = await get(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
    })
    expect(status).toBe(200)
    expectNoSecrets(text, 'GraphQL')
    const data = JSON.parse(text) as {
      data: { PolicyDocuments: { docs: { title: string }[] }; Interpretations: { docs: { title: string }[] } }
    }
    expect(data.data.PolicyDocuments.docs).toHaveLength(3)
    expect(data.data.Interpretations.docs.map((d) => d.title)).toEqual(['一图读懂实施意见'])
  })
})

describe('public pages of openness documents', () => {
  it('shows the metadata table, the 附注, the interpretation link and the way back', async () => {
    const { status, text } = await get(`/documents/${ids.withInterpretation}.html`)
    expect(status).toBe(200)
    for (const label of ['索引号', '发布机构', '成文日期', '发布日期', '文号', '主题分类', '有效性'])
      expect(text).toContain(`<th scope="row">${label}</th>`)
    expect(text).toMatch(/6400000061\/\d{4}-\d{5}/)
    expect(text).toContain('（此件公开发布）')
    expect(text).toContain(`/interpretations/${ids.interpretation}.html`)
    const interpretation = await get(`/interpretations/${ids.interpretation}.html`)
    expect(interpretation.status).toBe(200)
    expect(interpretation.text).toContain(`/documents/${ids.withInterpretation}.html`)
    expect(interpretation.text).toContain('赵六')
    const declassified = await get(`/documents/${ids.declassified}.html`)
    expect(declassified.text).toContain('（此件脱密后公开）')
    expect(declassified.text).toContain('脱密后的正文。')
    expect(declassified.text).not.toContain('脱密后公开的通知的正文。')
  })

  it('puts a validity banner on a repealed document, linking to its replacement', async () => {
    const { payload } = server
    await payload.update({
      collection: 'policy-documents',
      id: ids.public,
      data: { validity: 'repealed', validityChangedAt: '2026-11-20', replacedBy: ids.withInterpretation as number },
    })
    const { text } = await get(`/documents/${ids.public}.html`)
    expect(text).toContain('本文件已废止')
    expect(text).toContain(`/documents/${ids.withInterpretation}.html`)
  })

  it('lists each catalogue item’s public documents with its last update date', async () => {
    const { text } = await get('/catalog')
    expect(text).toContain('行政规范性文件')
    expect(text).toContain('《政府信息公开条例》第二十条')
    expect(text).toContain(`/documents/${ids.declassified}.html`)
    expect(text).toContain('更新日期')
    expect(text).toMatch(/<dt>更新日期<\/dt><dd>\d{4}-\d{2}-\d{2}<\/dd>/)
  })
})
