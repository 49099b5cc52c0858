import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EmbeddedSearchEngine } from '../../src/search/embeddedEngine'
import { createSearchEngine } from '../../src/search/index'
import { DEFAULT_SYNONYM_GROUPS } from '../../src/search/synonyms'
import type { SearchDocument, SearchResult } from '../../src/search/types'

const corpus = JSON.parse(
  fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/search-corpus.json'), 'utf8'),
) as SearchDocument[]

let dir: string
let engine: EmbeddedSearchEngine

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-search-'))
  engine = new EmbeddedSearchEngine({ path: path.join(dir, 'search.db') })
  await engine.ensureSettings()
  await engine.upsert(corpus)
})

afterAll(async () => {
  await engine?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const ids = (result: SearchResult): string[] => result.hits.map((h) => h.id)
const search = (q: string, extra: Omit<Parameters<EmbeddedSearchEngine['search']>[0], 'q'> = {}) =>
  engine.search({ q, ...extra })

describe('embedded search engine (SQLite FTS5 over jieba-segmented text)', () => {
  it('finds a single word and ranks title matches first', async () => {
    const result = await search('政务公开')
    expect(new Set(ids(result))).toEqual(
      new Set(['articles:1', 'interpretations:1', 'gazette-articles:5', 'gazette-articles:1']),
    )
    for (const hit of result.hits) expect(hit.title).toContain('政务公开')
    expect(result.hits[0]!.titleHighlighted).toContain('<mark>政务公开</mark>')
  })

  it('requires every word of a multi-word query', async () => {
    const result = await search('政务公开 平台建设')
    expect(ids(result)).toEqual(['gazette-articles:5', 'gazette-articles:1'])
    expect(ids(await search('冬季供暖 银川'))).toEqual(expect.arrayContaining(['policy-documents:7', 'articles:2']))
  })

  it('finds 宁夏, 自治区 and 人民政府 inside 宁夏回族自治区人民政府', async () => {
    for (const q of ['宁夏', '自治区', '人民政府', '宁夏回族自治区人民政府']) {
      expect(ids(await search(q, { pageSize: 100 })), q).toContain('gazette-articles:2')
    }
    const hit = (await search('宁夏', { pageSize: 100 })).hits.find((h) => h.id === 'gazette-articles:2')!
    expect(hit.titleHighlighted).toBe(
      '<mark>宁夏</mark>回族自治区人民政府关于印发深化“放管服”改革优化营商环境实施方案的通知',
    )
  })

  it.each([
    '宁政办发〔2017〕74号',
    '宁政办发[2017]74号',
    '宁政办发（2017）74号',
    '宁政办发【2017】74号',
    '宁政办发(2017)74号',
    '宁政办发〔２０１７〕７４号',
    '宁政办发［2017］74',
  ])('looks up the 文号 %s as an exact key: the document first, then those citing it', async (q) => {
    const result = await search(q)
    expect(ids(result)[0]).toBe('gazette-articles:1')
    expect(ids(result).slice(1).sort()).toEqual(['gazette-articles:5', 'interpretations:1'])
    expect(result.hits[0]!.docNumber).toBe('宁政办发〔2017〕74号')
    // The citation is highlighted in the excerpt as printed, brackets and all.
    expect(result.hits.find((h) => h.id === 'gazette-articles:5')!.snippet).toContain(
      '<mark>宁政办发〔2017〕74号</mark>',
    )
  })

  it('does not confuse neighbouring 文号', async () => {
    expect(ids(await search('宁政办发〔2017〕75号'))).toEqual([])
    expect(ids(await search('宁政办发〔2018〕30号'))).toEqual(['gazette-articles:5'])
    expect(ids(await search('国务院令第711号')).sort()).toEqual(['articles:8', 'gazette-articles:3'])
    expect(ids(await search('自治区人民政府令第98号'))[0]).toBe('gazette-articles:3')
  })

  it('combines a 文号 with other words', async () => {
    expect(ids(await search('宁政办发〔2017〕74号 平台')).sort()).toEqual(['gazette-articles:1', 'gazette-articles:5'])
  })

  it('expands synonyms at query time: 发改委 = 发展改革委 = 发展和改革委员会', async () => {
    const result = await search('发改委')
    expect(ids(result).sort()).toEqual(['articles:3', 'policy-documents:1', 'policy-documents:2'])
    const titles = result.hits.map((h) => h.titleHighlighted).join('\n')
    expect(titles).toContain('<mark>发改委</mark>')
    expect(titles).toContain('<mark>发展改革委</mark>')
    expect(titles).toContain('<mark>发展和改革委员会</mark>')
    expect(ids(await search('人社厅'))).toEqual(expect.arrayContaining(['policy-documents:3', 'policy-documents:4']))
    expect(ids(await search('低保'))).toEqual(['gazette-articles:7'])
    expect(ids(await search('社保'))).toContain('articles:4')
  })

  it('accepts new synonym groups from an administrator', async () => {
    expect((await search('暖气')).total).toBe(0)
    await engine.setSynonyms([['暖气', '供暖']])
    expect(ids(await search('暖气'))).toEqual(expect.arrayContaining(['policy-documents:7', 'articles:2']))
    // The default groups are gone: only the literal word matches now.
    expect(ids(await search('发改委'))).toEqual(['articles:3'])
    await engine.setSynonyms(DEFAULT_SYNONYM_GROUPS)
    expect((await search('发改委')).total).toBe(3)
  })

  it('finds place names', async () => {
    expect(ids(await search('石嘴山'))).toEqual(['policy-documents:8'])
    expect(ids(await search('兴庆区'))).toEqual(['policy-documents:6'])
    expect(ids(await search('红寺堡'))).toEqual(['articles:6'])
    expect(ids(await search('六盘山')).sort()).toEqual(['articles:5', 'gazette-articles:6'])
    expect(ids(await search('宁东'))).toContain('articles:11')
  })

  it('matches case- and width-insensitively', async () => {
    expect(ids(await search('covid'))).toEqual(['articles:10'])
    expect(ids(await search('ＣＯＶＩＤ－１９'))).toEqual(['articles:10'])
  })

  it('puts title matches first, newest first, when there are too many matches to score them all', async () => {
    const bounded = new EmbeddedSearchEngine({ path: engine.path, rankAllLimit: 3 })
    try {
      const exact = await search('通知', { pageSize: 100 })
      const all = await bounded.search({ q: '通知', pageSize: 100 })
      expect(all.total).toBe(exact.total)
      expect(new Set(ids(all))).toEqual(new Set(ids(exact)))
      const inTitle = all.hits.filter((h) => h.title.includes('通知'))
      expect(all.hits.slice(0, inTitle.length)).toEqual(inTitle)
      const tierDates = (hits: typeof all.hits): string[] => hits.map((h) => h.publishedAt)
      expect(tierDates(inTitle)).toEqual([...tierDates(inTitle)].sort().reverse())
      const paged: string[] = []
      for (let page = 1; page <= Math.ceil(all.total / 4); page++)
        paged.push(...ids(await bounded.search({ q: '通知', pageSize: 4, page })))
      expect(paged).toEqual(ids(all))
    } finally {
      await bounded.close()
    }
  })

  it('sees documents that another process indexed into the same file', async () => {
    const other = new EmbeddedSearchEngine({ path: engine.path })
    try {
      expect((await search('沙湖')).total).toBe(0)
      await other.upsert([
        {
          ...corpus[0]!,
          id: 'articles:950',
          siteId: 9,
          siteName: '石嘴山市人民政府',
          title: '沙湖景区迎来旅游旺季',
          body: '沙湖景区游客大幅增加。',
          year: 2024,
          publishedAt: '2024-07-01T00:00:00Z',
        },
      ])
      const result = await search('沙湖')
      expect(ids(result)).toEqual(['articles:950'])
      expect(result.facets.sites).toEqual([{ value: '9', label: '石嘴山市人民政府', count: 1 }])
      expect(result.facets.years).toEqual([{ value: '2024', count: 1 }])
      await engine.upsert([{ ...corpus[1]!, id: 'articles:951', title: '沙湖湿地保护', body: '沙湖湿地。' }])
      expect(ids(await other.search({ q: '沙湖', sort: 'date' }))).toEqual(['articles:950', 'articles:951'])
    } finally {
      await other.remove(['articles:950', 'articles:951'])
      await other.close()
    }
    expect((await search('沙湖')).total).toBe(0)
  })

  it('treats FTS5 syntax in a query as plain words', async () => {
    for (const q of [
      '"政务公开',
      '政务公开 OR *',
      'NEAR(政务 公开)',
      '{title} : 政务',
      "'; DROP TABLE search_docs; --",
      '？？？',
      '^政务',
      'a'.repeat(500),
    ]) {
      await expect(search(q), q).resolves.toMatchObject({ page: 1 })
    }
    expect(ids(await search('"政务公开"'))).toHaveLength(4)
  })

  it('filters by year range, type, site, agency and gazette category', async () => {
    const byYear = await search('通知', { yearFrom: 2020, yearTo: 2021, pageSize: 100 })
    expect(byYear.total).toBeGreaterThan(0)
    for (const hit of byYear.hits)
      expect(hit.publishedAt.slice(0, 4) >= '2020' && hit.publishedAt.slice(0, 4) <= '2021').toBe(true)
    expect(byYear.facets.years.map((b) => b.value).sort()).toEqual(['2020', '2021'])

    const gazette = await search('', { types: ['gazette-article'], pageSize: 100 })
    expect(gazette.total).toBe(corpus.filter((d) => d.type === 'gazette-article').length)

    expect(ids(await search('', { siteIds: [2], pageSize: 100 })).sort()).toEqual(
      corpus
        .filter((d) => d.siteId === 2)
        .map((d) => d.id)
        .sort(),
    )
    expect(ids(await search('', { issuingAgencies: ['宁夏回族自治区财政厅'] }))).toEqual(['policy-documents:4'])
    expect(ids(await search('', { gazetteCategories: ['rules'] })).sort()).toEqual([
      'gazette-articles:3',
      'gazette-articles:7',
    ])
    expect((await search('', { siteIds: ['no-such-site'] })).total).toBe(0)
  })

  it('counts facets over the matches', async () => {
    const result = await search('通知', { pageSize: 5 })
    const sum = (buckets: { count: number }[]): number => buckets.reduce((n, b) => n + b.count, 0)
    expect(sum(result.facets.types)).toBe(result.total)
    expect(sum(result.facets.sites)).toBe(result.total)
    expect(sum(result.facets.years)).toBe(result.total)
    expect(result.facets.types.find((b) => b.value === 'policy-document')).toMatchObject({ label: '政策文件' })
    expect(result.facets.sites.find((b) => b.value === '2')).toMatchObject({ label: '银川市人民政府' })
    // A joint issuance counts once for each agency.
    expect(result.facets.issuingAgencies.find((b) => b.value === '宁夏回族自治区财政厅')?.count).toBe(1)
    expect(result.facets.gazetteCategories.find((b) => b.value === 'normative-document')?.count).toBeGreaterThan(0)
    const years = result.facets.years.map((b) => Number(b.value))
    expect(years).toEqual([...years].sort((a, b) => b - a))
  })

  it('sorts by date, and lists an empty query newest first', async () => {
    const byDate = await search('政务公开', { sort: 'date' })
    const dates = byDate.hits.map((h) => h.publishedAt)
    expect(dates).toEqual([...dates].sort().reverse())
    const all = await search('', { pageSize: 100 })
    expect(all.total).toBe(corpus.length)
    expect(all.hits[0]!.id).toBe('articles:5')
  })

  it('pages through the results without overlap', async () => {
    const first = await search('', { pageSize: 10, page: 1 })
    const pages = [first]
    for (let page = 2; page <= Math.ceil(first.total / 10); page++) pages.push(await search('', { pageSize: 10, page }))
    const seen = pages.flatMap(ids)
    expect(seen).toHaveLength(corpus.length)
    expect(new Set(seen).size).toBe(corpus.length)
    const beyond = await search('', { pageSize: 10, page: 99 })
    expect(beyond.hits).toEqual([])
    expect(beyond.total).toBe(corpus.length)
    expect(beyond.page).toBe(99)
    expect((await search('', { pageSize: 1000 })).pageSize).toBe(100)
    expect((await search('')).pageSize).toBe(20)
  })

  it('cuts excerpts from the original text and escapes HTML', async () => {
    const hit = (await search('兴庆区')).hits[0]!
    expect(hit.snippet).toContain('《<mark>兴庆区</mark>老旧小区改造实施方案》')
    await engine.upsert([
      {
        ...corpus[0]!,
        id: 'articles:900',
        title: '<script>alert(1)</script>政务公开 & 测试',
        body: '正文<b>加粗</b>政务公开',
      },
    ])
    const unsafe = (await search('政务公开')).hits.find((h) => h.id === 'articles:900')!
    expect(unsafe.titleHighlighted).toBe('&lt;script&gt;alert(1)&lt;/script&gt;<mark>政务公开</mark> &amp; 测试')
    expect(unsafe.snippet).toBe('正文&lt;b&gt;加粗&lt;/b&gt;<mark>政务公开</mark>')
    await engine.remove(['articles:900'])
  })

  it('suggests what to try when nothing matches', async () => {
    const fewer = await search('政务公开 火星')
    expect(fewer.total).toBe(0)
    expect(fewer.suggestions).toContainEqual({ q: '政务公开', total: 4, reason: 'fewer-words', dropFilters: false })

    const filtered = await search('政务公开', { types: ['article'], yearFrom: 2015, yearTo: 2015 })
    expect(filtered.total).toBe(0)
    expect(filtered.suggestions?.[0]).toEqual({ q: '政务公开', total: 4, reason: 'without-filters', dropFilters: true })

    const related = await search('卫健')
    expect(related.total).toBe(0)
    expect(related.suggestions).toContainEqual({ q: '卫健委', total: 1, reason: 'related-term', dropFilters: false })

    expect((await search('量子引力')).suggestions).toEqual([])
    expect((await search('政务公开')).suggestions).toBeUndefined()
  })

  it('replaces a document on upsert and keeps one copy', async () => {
    const original = corpus.find((d) => d.id === 'articles:12')!
    await engine.upsert([{ ...original, title: '银川市开展政务服务“好差评”工作' }])
    expect(ids(await search('好差评'))).toEqual(['articles:12'])
    expect(ids(await search('满意度调查'))).toEqual(['articles:12'])
    expect(ids(await search('满意度'))).toEqual(['articles:12'])
    await engine.upsert([original])
    expect((await search('好差评')).total).toBe(0)
    expect((await engine.health()).documents).toBe(corpus.length)
  })

  it('removes documents', async () => {
    await engine.remove(['gazette-articles:1', 'no-such-id'])
    const result = await search('宁政办发〔2017〕74号')
    expect(ids(result).sort()).toEqual(['gazette-articles:5', 'interpretations:1'])
    expect((await search('', { pageSize: 100 })).total).toBe(corpus.length - 1)
    await engine.upsert([corpus[0]!])
    expect(ids(await search('宁政办发〔2017〕74号'))[0]).toBe('gazette-articles:1')
  })

  it('rejects a malformed document loudly', async () => {
    await expect(engine.upsert([{ ...corpus[0]!, id: 'articles:901', publishedAt: 'yesterday' }])).rejects.toThrow(
      /publishedAt/,
    )
    await expect(engine.upsert([{ ...corpus[0]!, id: 'articles:902', type: 'poster' as never }])).rejects.toThrow(
      /type/,
    )
  })

  it('keeps its index in its own file across restarts, and is chosen when MEILI_HOST is unset', async () => {
    const reopened = createSearchEngine({ env: { SEARCH_DB_PATH: engine.path } })
    try {
      expect(reopened.kind).toBe('embedded')
      expect(await reopened.health()).toMatchObject({ ok: true, engine: 'embedded', documents: corpus.length })
      expect(ids(await reopened.search({ q: '石嘴山' }))).toEqual(['policy-documents:8'])
    } finally {
      await reopened.close()
    }
    expect(fs.existsSync(path.join(dir, 'search.db-wal'))).toBe(true)
  })

  it('segments in worker threads for bulk imports, with the same index as inline segmenting', async () => {
    // Workers load their TypeScript source, which needs tsx's loader: run the import in a child process.
    const file = path.join(dir, 'workers.db')
    const script = path.join(dir, 'import-with-workers.mts')
    const engineModule = path.resolve(
      path.dirname(fileURLToPath(import.meta.url)),
      '../../src/search/embeddedEngine.ts',
    )
    const corpusFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/search-corpus.json')
    fs.writeFileSync(
      script,
      `import fs from 'node:fs'
import { EmbeddedSearchEngine } from ${JSON.stringify(engineModule)}
const engine = new EmbeddedSearchEngine({ path: ${JSON.stringify(file)}, segmentWorkers: 2, batchSize: 5 })
await engine.upsert(JSON.parse(fs.readFileSync(${JSON.stringify(corpusFile)}, 'utf8')))
process.stdout.write(String(await engine.segmentingWorkers()))
await engine.close()
`,
    )
    const workers = execFileSync(process.execPath, ['--import', 'tsx', script], {
      cwd: path.dirname(engineModule),
      encoding: 'utf8',
    })
    expect(workers).toBe('2')
    expect(await engine.segmentingWorkers()).toBe(0)
    const viaWorkers = new EmbeddedSearchEngine({ path: file })
    try {
      for (const q of ['政务公开', '宁政办发〔2017〕74号', '发改委', '石嘴山', '']) {
        const [a, b] = [await viaWorkers.search({ q, pageSize: 100 }), await search(q, { pageSize: 100 })]
        expect(ids(a), q).toEqual(ids(b))
        expect(a.facets, q).toEqual(b.facets)
      }
    } finally {
      await viaWorkers.close()
    }
  })

  it('clears the index', async () => {
    await engine.clear()
    expect((await search('')).total).toBe(0)
    expect((await engine.health()).documents).toBe(0)
    await engine.upsert(corpus)
    expect((await search('石嘴山')).total).toBe(1)
  })
})
