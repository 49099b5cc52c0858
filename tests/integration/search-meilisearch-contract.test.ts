import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { EmbeddedSearchEngine } from '../../src/search/embeddedEngine'
import { createSearchEngine } from '../../src/search/index'
import { MeilisearchSearchEngine, meilisearchPrimaryKey, meilisearchSettings, toMeilisearchDocument } from '../../src/search/meilisearchEngine'
import { createTokenizer } from '../../src/search/tokenizer'
import type { SearchDocument, SearchEngine } from '../../src/search/types'
import { closePlatformSearchEngine, platformSearchEngine } from '../../src/searchSync/engine'
import { ensureSearchSynonymDefaults } from '../../src/searchSync/synonyms'
import { createUser } from '../support/fixtures'
import { startTestPayload, type TestPlatform } from '../support/payload'

const corpus = JSON.parse(
  fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/search-corpus.json'), 'utf8'),
) as SearchDocument[]

type Recorded = { method: string; path: string; query: Record<string, string>; body: unknown; authorization?: string }
type Task = {
  uid: number
  indexUid: string
  type: string
  polls: number
  error: { code: string; message: string } | null
}
type SearchBody = Record<string, unknown> & { q?: string; filter?: string; hitsPerPage?: number }

/**
 * A stand-in for Meilisearch's HTTP API: it records every request and answers with task objects,
 * index stats and whatever search response the test sets. Tasks report `processing` on their first
 * poll, so the engine's waiting is exercised too.
 */
class MeilisearchStub {
  readonly requests: Recorded[] = []
  private readonly server = http.createServer((req, res) => void this.handle(req, res))
  private readonly tasks = new Map<number, Task>()
  private readonly documents = new Map<string, unknown>()
  private nextTask = 1
  indexExists = false
  failNextSettings = false
  failNextSynonyms = false
  onSearch: (body: SearchBody) => unknown = MeilisearchStub.noHits
  url = ''

  static noHits(this: void, body: SearchBody): unknown {
    return {
      hits: [],
      totalHits: 0,
      page: 1,
      hitsPerPage: body.hitsPerPage ?? 20,
      totalPages: 0,
      processingTimeMs: 1,
      query: body.q ?? '',
    }
  }

  async start(): Promise<void> {
    // The client keeps connections alive; a stub that closed them first would race its next request.
    this.server.keepAliveTimeout = 60_000
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  reset(): void {
    this.requests.length = 0
    this.indexExists = false
    this.failNextSettings = false
    this.failNextSynonyms = false
    this.documents.clear()
    this.onSearch = MeilisearchStub.noHits
  }

  sent(method: string, pathPrefix: string): Recorded[] {
    return this.requests.filter((r) => r.method === method && r.path.startsWith(pathPrefix))
  }

  private enqueue(res: http.ServerResponse, indexUid: string, type: string, error: Task['error'] = null): void {
    const uid = this.nextTask++
    this.tasks.set(uid, { uid, indexUid, type, polls: 0, error })
    this.reply(res, 202, { taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt: new Date().toISOString() })
  }

  private reply(res: http.ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', 'http://stub')
    const body = raw ? (JSON.parse(raw) as unknown) : undefined
    const method = req.method ?? 'GET'
    this.requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      authorization: req.headers.authorization,
    })

    const index = /^\/indexes\/([^/]+)(\/.*)?$/.exec(url.pathname)
    const task = /^\/tasks\/(\d+)$/.exec(url.pathname)
    if (method === 'GET' && url.pathname === '/health') return this.reply(res, 200, { status: 'available' })
    if (method === 'GET' && task) {
      const t = this.tasks.get(Number(task[1]))
      if (!t)
        return this.reply(res, 404, {
          message: 'task not found',
          code: 'task_not_found',
          type: 'invalid_request',
          link: '',
        })
      t.polls++
      const status = t.polls === 1 ? 'processing' : t.error ? 'failed' : 'succeeded'
      const now = new Date().toISOString()
      return this.reply(res, 200, {
        uid: t.uid,
        batchUid: t.uid,
        indexUid: t.indexUid,
        status,
        type: t.type,
        canceledBy: null,
        details: {},
        error: status === 'failed' ? { ...t.error, type: 'invalid_request', link: '' } : null,
        duration: status === 'processing' ? null : 'PT0.001S',
        enqueuedAt: now,
        startedAt: now,
        finishedAt: status === 'processing' ? null : now,
      })
    }
    if (method === 'POST' && url.pathname === '/indexes') {
      const uid = (body as { uid: string }).uid
      const exists = this.indexExists
      this.indexExists = true
      return this.enqueue(
        res,
        uid,
        'indexCreation',
        exists ? { code: 'index_already_exists', message: `Index \`${uid}\` already exists.` } : null,
      )
    }
    if (!index)
      return this.reply(res, 404, { message: 'not found', code: 'not_found', type: 'invalid_request', link: '' })
    const [, uid, rest = ''] = index
    if (method === 'PATCH' && rest === '/settings') {
      const failed = this.failNextSettings
      this.failNextSettings = false
      return this.enqueue(
        res,
        uid!,
        'settingsUpdate',
        failed ? { code: 'invalid_settings_dictionary', message: 'bad dictionary' } : null,
      )
    }
    if (method === 'PUT' && rest === '/settings/synonyms') {
      const failed = this.failNextSynonyms
      this.failNextSynonyms = false
      return this.enqueue(res, uid!, 'settingsUpdate', failed ? { code: 'internal', message: 'disk full' } : null)
    }
    if (method === 'POST' && rest === '/documents') {
      for (const doc of body as { pk: string }[]) this.documents.set(doc.pk, doc)
      return this.enqueue(res, uid!, 'documentAdditionOrUpdate')
    }
    if (method === 'POST' && rest === '/documents/delete-batch') {
      for (const pk of body as string[]) this.documents.delete(pk)
      return this.enqueue(res, uid!, 'documentDeletion')
    }
    if (method === 'DELETE' && rest === '/documents') {
      this.documents.clear()
      return this.enqueue(res, uid!, 'documentDeletion')
    }
    if (method === 'GET' && rest === '/stats') {
      return this.reply(res, 200, {
        numberOfDocuments: this.documents.size,
        isIndexing: false,
        fieldDistribution: {},
        indexSize: 0,
        usedIndexSize: 0,
      })
    }
    if (method === 'POST' && rest === '/search') return this.reply(res, 200, this.onSearch(body as SearchBody))
    if (method === 'POST' && rest === '/facet-search') {
      // Facet search as Meilisearch answers it: values starting with the query, counted over the documents.
      const { facetName, facetQuery = '' } = body as { facetName: string; facetQuery?: string }
      const counts = new Map<string, number>()
      for (const doc of this.documents.values()) {
        for (const value of new Set((doc as Record<string, unknown>)[facetName] as string[] | undefined))
          if (value.startsWith(facetQuery)) counts.set(value, (counts.get(value) ?? 0) + 1)
      }
      const facetHits = [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count)
      return this.reply(res, 200, { facetHits: facetHits.slice(0, 100), facetQuery, processingTimeMs: 1 })
    }
    return this.reply(res, 404, {
      message: `no route ${method} ${url.pathname}`,
      code: 'not_found',
      type: 'invalid_request',
      link: '',
    })
  }
}

const stub = new MeilisearchStub()
let engine: MeilisearchSearchEngine

beforeAll(async () => {
  // Loading jieba's dictionary blocks the event loop, the stub's included; do it before the first request.
  createTokenizer()
  await stub.start()
  engine = new MeilisearchSearchEngine({ host: stub.url, apiKey: 'test-key', batchSize: 20, taskTimeoutMs: 5000 })
})
afterAll(async () => stub.stop())
beforeEach(() => stub.reset())

/** Private-use characters are the highlight tags the engine asks for. */
const PRE = '\uE000'
const POST = '\uE001'

/** What Meilisearch answers for 养老金: one hit with its formatted fields, and the facet distribution. */
const pensionResponse = (body: SearchBody): unknown => ({
  hits: [
    {
      id: 'policy-documents:4',
      type: 'policy-document',
      title: '关于<调整>退休人员基本养老金的通知',
      url: '/policy-documents/4',
      siteId: '1',
      siteName: '宁夏回族自治区人民政府',
      publishedAt: '2021-07-15T08:00:00.000Z',
      docNumber: '宁人社发〔2021〕40号',
      issuingAgency: ['宁夏回族自治区人力资源和社会保障厅', '宁夏回族自治区财政厅'],
      _formatted: {
        title: `关于<调整>退休人员基本${PRE}养老金${POST}的通知`,
        body: `…按月领取基本${PRE}养老金${POST}的企业 & 机关事业单位\n退休人员…`,
      },
    },
  ],
  query: body.q,
  processingTimeMs: 3,
  page: 1,
  hitsPerPage: 20,
  totalHits: 41,
  totalPages: 3,
  facetDistribution: {
    type: { 'policy-document': 30, 'gazette-article': 11 },
    siteFacet: { '1|宁夏回族自治区人民政府': 40, '2|银川市人民政府': 1 },
    year: { '2019': 5, '2021': 36 },
    issuingAgency: { 宁夏回族自治区财政厅: 12, 宁夏回族自治区人力资源和社会保障厅: 29 },
    gazetteCategory: { 'normative-document': 11 },
  },
})

describe('Meilisearch engine (contract test against a local HTTP stub, no real Meilisearch)', () => {
  it('creates the index and sends the settings, waiting for each task', async () => {
    await engine.ensureSettings()
    const [create] = stub.sent('POST', '/indexes')
    expect(create!.body).toEqual({ uid: 'zhanqun-content', primaryKey: 'pk' })
    expect(create!.authorization).toBe('Bearer test-key')

    const [settingsRequest] = stub.sent('PATCH', '/indexes/zhanqun-content/settings')
    const settings = settingsRequest!.body as Record<string, unknown>
    expect((settings.searchableAttributes as string[])[0]).toBe('title')
    expect(settings.searchableAttributes).toEqual([
      'title',
      'docNumber',
      'issuingAgency',
      'body',
      'siteName',
      'titlePinyin',
      'titleInitials',
    ])
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining([
        'type',
        'siteId',
        'year',
        'issuingAgency',
        'gazetteCategory',
        'docNumberKey',
        'docNumberRefKeys',
        'siteFacet',
        'titleTerms',
        'titleTermPinyin',
      ]),
    )
    expect(settings.sortableAttributes).toEqual(['publishedAt', 'year'])
    expect(settings.localizedAttributes).toEqual([
      { attributePatterns: ['title', 'body', 'docNumber', 'issuingAgency', 'siteName'], locales: ['cmn'] },
    ])
    const synonyms = settings.synonyms as Record<string, string[]>
    expect(synonyms['发改委']).toEqual(['发展改革委', '发展和改革委员会'])
    expect(synonyms['发展和改革委员会']).toEqual(['发改委', '发展改革委'])
    expect(synonyms['人社厅']).toContain('人力资源和社会保障厅')
    expect(settings.dictionary).toEqual(expect.arrayContaining(['宁政办发', '石嘴山市', '发改委']))
    expect(settings.pagination).toEqual({ maxTotalHits: 10000 })

    // Each task was polled until it left `processing`.
    const polls = stub.sent('GET', '/tasks/').map((r) => r.path)
    expect(polls.length).toBe(4)
    expect(new Set(polls).size).toBe(2)
  })

  it('accepts an index that already exists, and fails loudly when a settings task fails', async () => {
    stub.indexExists = true
    await expect(engine.ensureSettings()).resolves.toBeUndefined()
    expect(stub.sent('PATCH', '/indexes/zhanqun-content/settings')).toHaveLength(1)
    stub.failNextSettings = true
    await expect(engine.ensureSettings()).rejects.toThrow(/更新索引设置失败.*bad dictionary/)
  })

  it('sends documents with a Meilisearch-safe primary key, the 文号 keys and ISO dates, in batches', async () => {
    await engine.upsert(corpus)
    const posts = stub.sent('POST', '/indexes/zhanqun-content/documents')
    expect(posts.map((p) => (p.body as unknown[]).length)).toEqual([20, 12])
    expect(posts[0]!.query).toEqual({ primaryKey: 'pk' })
    const sentDocs = posts.flatMap((p) => p.body as Record<string, unknown>[])
    const gazette = sentDocs.find((d) => d.id === 'gazette-articles:1')!
    expect(gazette).toMatchObject({
      pk: 'gazette-articles_003a1',
      type: 'gazette-article',
      siteId: '1',
      siteName: '宁夏回族自治区人民政府',
      siteFacet: '1|宁夏回族自治区人民政府',
      docNumber: '宁政办发〔2017〕74号',
      docNumberKey: '宁政办发2017n74',
      issuingAgency: ['宁夏回族自治区人民政府办公厅'],
      gazetteCategory: 'normative-document',
      publishedAt: '2017-04-20T08:00:00.000Z',
      year: 2017,
      url: '/gazette-articles/1',
    })
    expect(sentDocs.find((d) => d.id === 'gazette-articles:5')!.docNumberRefKeys).toContain('宁政办发2017n74')
    // A shorter form of a document's own 文号 finds it, as in the embedded engine.
    expect(gazette.docNumberRefKeys).toContain('政办发2017n74')
    expect(sentDocs.find((d) => d.id === 'policy-documents:4')!.issuingAgency).toEqual([
      '宁夏回族自治区人力资源和社会保障厅',
      '宁夏回族自治区财政厅',
    ])
    expect(sentDocs.find((d) => d.id === 'interpretations:1')).toMatchObject({
      docNumber: null,
      docNumberKey: null,
      gazetteCategory: null,
    })
    expect(new Set(sentDocs.map((d) => d.pk)).size).toBe(corpus.length)
    expect(await engine.health()).toEqual({
      ok: true,
      engine: 'meilisearch',
      documents: corpus.length,
      detail: 'zhanqun-content',
    })
  })

  it('escapes primary keys so that different ids never collide', () => {
    expect(meilisearchPrimaryKey('articles:12')).toBe('articles_003a12')
    expect(meilisearchPrimaryKey('a_b')).not.toBe(meilisearchPrimaryKey('a:b'))
    expect(meilisearchPrimaryKey('policy-documents:65f0c3a2')).toMatch(/^[A-Za-z0-9_-]+$/)
  })

  it('maps a query with filters to the search body', async () => {
    await engine.search({
      q: '政务公开',
      types: ['gazette-article', 'policy-document'],
      siteIds: [1, '3'],
      yearFrom: 2017,
      yearTo: 2020,
      issuingAgencies: ['宁夏回族自治区人民政府办公厅', '引号"机关'],
      gazetteCategories: ['normative-document'],
      page: 2,
      pageSize: 5,
    })
    const [request] = stub.sent('POST', '/indexes/zhanqun-content/search')
    expect(request!.body).toEqual({
      q: '政务公开',
      filter:
        'type IN ["gazette-article", "policy-document"] AND siteId IN ["1", "3"] AND year >= 2017 AND year <= 2020 ' +
        'AND issuingAgency IN ["宁夏回族自治区人民政府办公厅", "引号\\"机关"] AND gazetteCategory IN ["normative-document"]',
      facets: ['type', 'siteFacet', 'year', 'issuingAgency', 'gazetteCategory'],
      page: 2,
      hitsPerPage: 5,
      attributesToRetrieve: [
        'id',
        'type',
        'title',
        'url',
        'siteId',
        'siteName',
        'publishedAt',
        'docNumber',
        'issuingAgency',
        'body',
      ],
      attributesToHighlight: ['title', 'body'],
      attributesToCrop: ['body'],
      cropLength: 40,
      cropMarker: '…',
      highlightPreTag: PRE,
      highlightPostTag: POST,
      matchingStrategy: 'all',
      locales: ['cmn'],
      attributesToSearchOn: ['title', 'docNumber', 'issuingAgency', 'body', 'siteName'],
    })
  })

  it('filters by 有效性 and sends each document\'s validity', async () => {
    await engine.search({ q: '', validities: ['repealed'], siteIds: [2] })
    const [request] = stub.sent('POST', '/indexes/zhanqun-content/search')
    expect((request!.body as SearchBody).filter).toBe('siteId IN ["2"] AND validity IN ["repealed"]')
    expect(meilisearchSettings().filterableAttributes).toContain('validity')
    expect(toMeilisearchDocument({ ...corpus[0]!, validity: 'repealed' }).validity).toBe('repealed')
    expect(toMeilisearchDocument({ ...corpus[0]!, validity: undefined }).validity).toBeNull()
  })

  it('filters by column (a column with its sub-columns), sends each document\'s columns, and makes them filterable', async () => {
    await engine.search({ q: '供水', siteIds: [2], columnIds: [12, '13', 12, ' '] })
    const [request] = stub.sent('POST', '/indexes/zhanqun-content/search')
    expect((request!.body as SearchBody).filter).toBe('siteId IN ["2"] AND columnIds IN ["12", "13"]')
    // Quoted like every other value: a column id cannot end the expression.
    stub.reset()
    await engine.search({ q: '', columnIds: ['1"] OR siteId != "0'] })
    expect((stub.sent('POST', '/indexes/zhanqun-content/search')[0]!.body as SearchBody).filter).toBe('columnIds IN ["1\\"] OR siteId != \\"0"]')
    expect(meilisearchSettings().filterableAttributes).toContain('columnIds')
    stub.reset()
    await engine.ensureSettings()
    const settings = stub.sent('PATCH', '/indexes/zhanqun-content/settings')[0]!.body as { filterableAttributes: string[] }
    expect(settings.filterableAttributes).toContain('columnIds')
    await engine.upsert([{ ...corpus[0]!, columnIds: [7, '8', 7] }, { ...corpus[1]!, columnIds: undefined }])
    const sentDocs = stub.sent('POST', '/indexes/zhanqun-content/documents').flatMap((p) => p.body as Record<string, unknown>[])
    expect(sentDocs.map((d) => d.columnIds)).toEqual([['7', '8'], []])
    // Dropping the filters for a no-hit suggestion drops the column too.
    stub.reset()
    stub.onSearch = (body) => ({ hits: [], query: body.q, processingTimeMs: 1, page: 1, hitsPerPage: body.hitsPerPage ?? 20, totalPages: 0, totalHits: body.filter === undefined && body.hitsPerPage === 0 ? 3 : 0 })
    const result = await engine.search({ q: '供水', columnIds: [12] })
    expect(result.suggestions?.[0]).toEqual({ q: '供水', total: 3, reason: 'without-filters', dropFilters: true })
  })

  it('asks for title suggestions of one site with a title-only prefix search', async () => {
    stub.onSearch = () => ({ hits: [{ id: 'articles:7', type: 'article', title: '营商环境评价报告', url: '/sites/640100/articles/7.html' }], estimatedTotalHits: 1, limit: 8, offset: 0, processingTimeMs: 1, query: '营商' })
    const titles = await engine.suggestTitles(3, '  营商 ', 8)
    expect(titles).toEqual([{ id: 'articles:7', type: 'article', title: '营商环境评价报告', url: '/sites/640100/articles/7.html' }])
    const [request] = stub.sent('POST', '/indexes/zhanqun-content/search')
    expect(request!.body).toEqual({
      q: '营商',
      filter: 'siteId = "3"',
      attributesToSearchOn: ['title'],
      attributesToRetrieve: ['id', 'type', 'title', 'url'],
      limit: 8,
      matchingStrategy: 'all',
      locales: ['cmn'],
    })
    expect(await engine.suggestTitles(3, '   ', 8)).toEqual([])
  })

  it('sorts by date on request, and lists an empty query newest first', async () => {
    await engine.search({ q: '通知', sort: 'date' })
    await engine.search({ q: '' })
    const [byDate, empty] = stub.sent('POST', '/indexes/zhanqun-content/search').map((r) => r.body as SearchBody)
    expect(byDate!.sort).toEqual(['publishedAt:desc'])
    expect(empty).toMatchObject({ q: '', sort: ['publishedAt:desc'], page: 1, hitsPerPage: 20 })
    expect(empty!.filter).toBeUndefined()
  })

  it('looks up a 文号 as an exact key, then falls back to documents citing it', async () => {
    stub.onSearch = (body) => ({
      hits: [],
      page: 1,
      hitsPerPage: 20,
      totalPages: 0,
      processingTimeMs: 1,
      query: body.q ?? '',
      totalHits: String(body.filter).includes('docNumberRefKeys') ? 2 : 0,
    })
    const result = await engine.search({ q: '宁政办发（２０１７）７４号', types: ['gazette-article'] })
    const bodies = stub.sent('POST', '/indexes/zhanqun-content/search').map((r) => r.body as SearchBody)
    expect(bodies.map((b) => [b.q, b.filter, b.sort])).toEqual([
      ['', 'type IN ["gazette-article"] AND docNumberKey = "宁政办发2017n74"', ['publishedAt:desc']],
      ['', 'type IN ["gazette-article"] AND docNumberRefKeys = "宁政办发2017n74"', ['publishedAt:desc']],
    ])
    expect(result.total).toBe(2)
  })

  it('maps the response to the shared SearchResult shape, escaping text and keeping only <mark>', async () => {
    stub.onSearch = pensionResponse
    const result = await engine.search({ q: '养老金' })
    expect(result).toMatchObject({ total: 41, page: 1, pageSize: 20 })
    expect(result.suggestions).toBeUndefined()
    expect(result.hits).toEqual([
      {
        id: 'policy-documents:4',
        type: 'policy-document',
        title: '关于<调整>退休人员基本养老金的通知',
        url: '/policy-documents/4',
        siteId: '1',
        siteName: '宁夏回族自治区人民政府',
        publishedAt: '2021-07-15T08:00:00.000Z',
        docNumber: '宁人社发〔2021〕40号',
        issuingAgency: '宁夏回族自治区人力资源和社会保障厅、宁夏回族自治区财政厅',
        titleHighlighted: '关于&lt;调整&gt;退休人员基本<mark>养老金</mark>的通知',
        snippet: '…按月领取基本<mark>养老金</mark>的企业 &amp; 机关事业单位 退休人员…',
      },
    ])
    expect(result.facets).toEqual({
      types: [
        { value: 'policy-document', label: '政策文件', count: 30 },
        { value: 'gazette-article', label: '政府公报', count: 11 },
      ],
      sites: [
        { value: '1', label: '宁夏回族自治区人民政府', count: 40 },
        { value: '2', label: '银川市人民政府', count: 1 },
      ],
      years: [
        { value: '2021', count: 36 },
        { value: '2019', count: 5 },
      ],
      issuingAgencies: [
        { value: '宁夏回族自治区人力资源和社会保障厅', count: 29 },
        { value: '宁夏回族自治区财政厅', count: 12 },
      ],
      gazetteCategories: [{ value: 'normative-document', count: 11 }],
    })
    expect(typeof result.tookMs).toBe('number')
  })

  it('returns exactly the shape the embedded engine returns', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-search-shape-'))
    const embedded = new EmbeddedSearchEngine({ path: path.join(dir, 'search.db') })
    try {
      await embedded.upsert(corpus)
      stub.onSearch = pensionResponse
      const local = await embedded.search({ q: '养老金' })
      const remote = await engine.search({ q: '养老金' })
      expect(Object.keys(remote).sort()).toEqual(Object.keys(local).sort())
      expect(Object.keys(remote.facets).sort()).toEqual(Object.keys(local.facets).sort())
      const hitKeys = (hit: object): string[] => Object.keys(hit).sort()
      expect(hitKeys(remote.hits[0]!)).toEqual(hitKeys(local.hits.find((h) => h.id === 'policy-documents:4')!))
      expect(Object.keys(remote.facets.sites[0]!).sort()).toEqual(Object.keys(local.facets.sites[0]!).sort())
    } finally {
      await embedded.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('counts the query without its filters to suggest dropping them when nothing matches', async () => {
    stub.onSearch = (body) => ({
      hits: [],
      query: body.q,
      processingTimeMs: 1,
      page: 1,
      hitsPerPage: body.hitsPerPage ?? 20,
      totalPages: 0,
      totalHits: body.filter === undefined && body.hitsPerPage === 0 ? 4 : 0,
    })
    const result = await engine.search({ q: '政务公开', yearFrom: 2015, yearTo: 2015 })
    expect(result.total).toBe(0)
    expect(result.suggestions).toEqual([{ q: '政务公开', total: 4, reason: 'without-filters', dropFilters: true }])
    const count = stub.sent('POST', '/indexes/zhanqun-content/search')[1]!.body
    expect(count).toEqual({
      q: '政务公开',
      page: 1,
      hitsPerPage: 0,
      matchingStrategy: 'all',
      locales: ['cmn'],
      attributesToSearchOn: ['title', 'docNumber', 'issuingAgency', 'body', 'siteName'],
    })
  })

  it('removes, clears and replaces synonyms through tasks', async () => {
    await engine.remove(['articles:12', 'gazette-articles:1'])
    expect(stub.sent('POST', '/indexes/zhanqun-content/documents/delete-batch')[0]!.body).toEqual([
      'articles_003a12',
      'gazette-articles_003a1',
    ])
    await engine.clear()
    expect(stub.sent('DELETE', '/indexes/zhanqun-content/documents')).toHaveLength(1)
    await engine.setSynonyms([['暖气', '供暖', '供热']])
    expect(stub.sent('PUT', '/indexes/zhanqun-content/settings/synonyms')[0]!.body).toEqual({
      暖气: ['供暖', '供热'],
      供暖: ['暖气', '供热'],
      供热: ['暖气', '供暖'],
    })
    await engine.remove([])
    expect(stub.sent('POST', '/indexes/zhanqun-content/documents/delete-batch')).toHaveLength(1)
  })

  it('is chosen when MEILI_HOST is set, with MEILI_API_KEY and MEILI_INDEX', async () => {
    const chosen: SearchEngine = createSearchEngine({
      env: { MEILI_HOST: stub.url, MEILI_API_KEY: 'env-key', MEILI_INDEX: 'site-cluster' },
    })
    expect(chosen.kind).toBe('meilisearch')
    await chosen.search({ q: '通知' })
    const [request] = stub.sent('POST', '/indexes/site-cluster/search')
    expect(request!.authorization).toBe('Bearer env-key')
  })

  it('reports an unreachable server as unhealthy instead of throwing', async () => {
    const down = new MeilisearchSearchEngine({ host: 'http://127.0.0.1:9' })
    const health = await down.health()
    expect(health.ok).toBe(false)
    expect(health.engine).toBe('meilisearch')
  })
})

describe('synonym groups edited in the CMS reach Meilisearch (contract test against the local HTTP stub)', () => {
  let platform: TestPlatform
  const synonymsSent = () =>
    stub.sent('PUT', '/indexes/zhanqun-content/settings/synonyms').map((r) => r.body as Record<string, string[]>)
  const runJobs = () => platform.payload.jobs.run({ limit: 10 })

  beforeAll(async () => {
    platform = await startTestPayload()
    process.env.MEILI_HOST = stub.url
    await ensureSearchSynonymDefaults(platform.payload)
    // Seeding queues one sync of its own; it is not what these tests look at.
    await runJobs()
  })
  afterAll(async () => {
    await closePlatformSearchEngine()
    delete process.env.MEILI_HOST
    await platform?.close()
  })

  it('creates the platform engine with the stored groups in its settings', async () => {
    await platform.payload.create({
      collection: 'search-synonyms',
      data: { terms: '宁东 = 宁东能源化工基地' },
      overrideAccess: true,
      context: { skipSynonymSync: true },
    })
    await closePlatformSearchEngine()
    expect((await platformSearchEngine(platform.payload)).kind).toBe('meilisearch')
    const [settings] = stub.sent('PATCH', '/indexes/zhanqun-content/settings')
    const synonyms = (settings!.body as { synonyms: Record<string, string[]> }).synonyms
    expect(synonyms['宁东']).toEqual(['宁东能源化工基地'])
    expect(synonyms['发改委']).toEqual(['发展改革委', '发展和改革委员会'])
  })

  it('sends the whole updated synonyms setting after each create, update and delete', async () => {
    const admin = await createUser(platform.payload, { roles: ['platform-admin'] })
    const asAdmin = { user: admin, overrideAccess: false } as const
    const group = await platform.payload.create({
      collection: 'search-synonyms',
      data: { terms: '宁大，宁夏大学' },
      ...asAdmin,
    })
    expect(synonymsSent()).toEqual([])
    await runJobs()
    expect(synonymsSent()).toHaveLength(1)
    expect(synonymsSent()[0]).toMatchObject({
      宁大: ['宁夏大学'],
      宁夏大学: ['宁大'],
      宁东: ['宁东能源化工基地'],
      发改委: ['发展改革委', '发展和改革委员会'],
    })

    await platform.payload.update({
      collection: 'search-synonyms',
      id: group.id,
      data: { terms: '宁大 = 宁夏大学 = 宁夏大学本部' },
      ...asAdmin,
    })
    await runJobs()
    expect(synonymsSent()[1]).toMatchObject({ 宁大: ['宁夏大学', '宁夏大学本部'], 宁夏大学本部: ['宁大', '宁夏大学'] })

    await platform.payload.delete({ collection: 'search-synonyms', id: group.id, ...asAdmin })
    await runJobs()
    expect(synonymsSent()).toHaveLength(3)
    expect(synonymsSent()[2]!['宁大']).toBeUndefined()
    expect(synonymsSent()[2]!['宁东']).toEqual(['宁东能源化工基地'])
  })

  it('keeps the change in the jobs queue while Meilisearch fails it, and sends it on the retry', async () => {
    await platform.payload.create({
      collection: 'search-synonyms',
      data: { terms: '暖气 = 供暖 = 供热' },
      overrideAccess: true,
    })
    stub.failNextSynonyms = true
    await runJobs()
    expect(synonymsSent()).toHaveLength(1)
    const pending = await platform.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'syncSearchSynonyms' } },
      overrideAccess: true,
    })
    expect(pending.docs).toHaveLength(1)
    expect(pending.docs[0]!.hasError).toBeFalsy()
    // The first retry waits about 2 s (exponential backoff).
    await new Promise((resolve) => setTimeout(resolve, 2500))
    await runJobs()
    expect(synonymsSent()).toHaveLength(2)
    expect(synonymsSent()[1]!['暖气']).toEqual(['供暖', '供热'])
    expect((await platform.payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs).toBe(0)
  })
})

describe('traditional, pinyin and did-you-mean on Meilisearch (contract test against the local HTTP stub)', () => {
  const oneHit = (body: SearchBody, title: string) => ({
    hits: [
      {
        id: 'articles:901',
        type: 'article',
        title,
        url: '/articles/901',
        siteId: '1',
        siteName: '宁夏',
        publishedAt: '2024-01-01T00:00:00.000Z',
      },
    ],
    query: body.q,
    processingTimeMs: 1,
    page: 1,
    hitsPerPage: body.hitsPerPage ?? 20,
    totalHits: 1,
    totalPages: 1,
  })

  it('sends each title with its pinyin, initials and vocabulary', async () => {
    await engine.upsert(corpus)
    const sentDocs = stub
      .sent('POST', '/indexes/zhanqun-content/documents')
      .flatMap((p) => p.body as Record<string, unknown>[])
    const doc = sentDocs.find((d) => d.id === 'gazette-articles:2')!
    expect(doc.titlePinyin).toContain('you hua ying shang huan jing')
    expect(doc.titleInitials).toContain('y h y s h j')
    expect(doc.titleTerms).toEqual(expect.arrayContaining(['营商', '环境']))
    expect(doc.titleTermPinyin).toEqual(expect.arrayContaining(['huanjing|环境']))
  })

  it('leaves traditional characters to Meilisearch, which folds them to simplified itself', async () => {
    await engine.search({ q: '自動駕駛汽車' })
    expect((stub.sent('POST', '/indexes/zhanqun-content/search')[0]!.body as SearchBody).q).toBe('自動駕駛汽車')
  })

  it('retries letters that found nothing as a phrase over the title pinyin, then the initials', async () => {
    stub.onSearch = (body) =>
      (body.attributesToSearchOn as string[] | undefined)?.[0] === 'titleInitials' && body.q === '"z d j s"'
        ? oneHit(body, '自动驾驶汽车')
        : MeilisearchStub.noHits(body)
    const result = await engine.search({ q: 'zdjs' })
    expect(result.matchedAs).toBe('pinyin')
    expect(result.hits.map((h) => h.title)).toEqual(['自动驾驶汽车'])
    const bodies = stub.sent('POST', '/indexes/zhanqun-content/search').map((r) => r.body as SearchBody)
    expect(bodies[0]).toMatchObject({
      q: 'zdjs',
      attributesToSearchOn: ['title', 'docNumber', 'issuingAgency', 'body', 'siteName'],
    })
    expect(bodies[1]).toMatchObject({ q: '"z d j s"', attributesToSearchOn: ['titleInitials'] })

    stub.reset()
    stub.onSearch = (body) =>
      (body.attributesToSearchOn as string[] | undefined)?.[0] === 'titlePinyin' && body.q === '"zi dong jia shi"'
        ? oneHit(body, '自动驾驶汽车')
        : MeilisearchStub.noHits(body)
    expect((await engine.search({ q: 'zidongjiashi' })).matchedAs).toBe('pinyin')
    // A word with hits is never read as pinyin.
    stub.reset()
    stub.onSearch = (body) => oneHit(body, 'COVID-19 防控')
    expect((await engine.search({ q: 'covid' })).matchedAs).toBeUndefined()
    expect(stub.sent('POST', '/indexes/zhanqun-content/search')).toHaveLength(1)
  })

  it('corrects a typo towards the title vocabulary through facet search, and counts the correction', async () => {
    await engine.upsert(corpus)
    stub.onSearch = (body) =>
      body.q === '优化营商环境' ? { ...(MeilisearchStub.noHits(body) as object), totalHits: 2 } : MeilisearchStub.noHits(body)
    const result = await engine.search({ q: '优化营商环竟' })
    expect(result.didYouMean).toEqual({ q: '优化营商环境', total: 2, reason: 'did-you-mean', dropFilters: false })
    expect(result.suggestions![0]).toEqual(result.didYouMean)
    const facetSearches = stub
      .sent('POST', '/indexes/zhanqun-content/facet-search')
      .map((r) => r.body as { facetName: string; facetQuery: string })
    expect(facetSearches).toContainEqual({
      facetName: 'titleTermPinyin',
      facetQuery: 'huanjing',
      exhaustiveFacetCount: true,
    })
    expect(facetSearches.some((f) => f.facetName === 'titleTerms')).toBe(true)
  })
})
