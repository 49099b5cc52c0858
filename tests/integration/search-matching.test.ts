import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EmbeddedSearchEngine } from '../../src/search/embeddedEngine'
import { SCHEMA_VERSION } from '../../src/search/embeddedStore'
import type { SearchDocument, SearchResult } from '../../src/search/types'

/**
 * 搜索即服务 matching on the embedded engine: traditional and simplified characters, pinyin and its
 * initials, did-you-mean, and the upgrade of an index file written before them.
 */
const corpus = JSON.parse(
  fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/search-corpus.json'), 'utf8'),
) as SearchDocument[]

const base = corpus.find((d) => d.id === 'articles:1')!
const extra: SearchDocument[] = [
  {
    ...base,
    id: 'articles:901',
    title: '自治区促进自动驾驶汽车道路测试和示范应用的通知',
    body: '为规范自动驾驶汽车道路测试，明确测试主体、测试驾驶人和测试车辆的条件。',
  },
  {
    ...base,
    id: 'articles:902',
    title: '香港特區政府推動綠色金融發展',
    body: '特區政府今日公佈綠色債券計劃，支持環境保護項目。',
  },
]

let dir: string
let engine: EmbeddedSearchEngine

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanqun-matching-'))
  engine = new EmbeddedSearchEngine({ path: path.join(dir, 'search.db') })
  await engine.ensureSettings()
  await engine.upsert([...corpus, ...extra])
})

afterAll(async () => {
  await engine?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const ids = (result: SearchResult): string[] => result.hits.map((h) => h.id)
const search = (q: string) => engine.search({ q })

describe('traditional and simplified characters find the same documents', () => {
  it('finds a simplified document with a traditional query', async () => {
    const result = await search('自動駕駛汽車')
    expect(ids(result)[0]).toBe('articles:901')
    expect(result.hits[0]!.titleHighlighted).toContain('<mark>自动驾驶汽车</mark>')
    expect(ids(await search('優化營商環境'))).toContain('gazette-articles:2')
  })

  it('finds a traditional document with a simplified query, and marks the traditional words', async () => {
    for (const q of ['绿色金融', '綠色金融', '特区政府']) expect(ids(await search(q)), q).toEqual(['articles:902'])
    const hit = (await search('绿色金融')).hits[0]!
    expect(hit.title).toBe('香港特區政府推動綠色金融發展')
    expect(hit.titleHighlighted).toContain('<mark>綠色金融</mark>')
  })
})

describe('pinyin and initials find titles', () => {
  it('reads letters that found nothing as words as the pinyin of a title', async () => {
    for (const q of ['zidongjiashi', 'zdjs', 'ZiDong JiaShi', 'zidongjiashiqiche']) {
      const result = await search(q)
      expect(ids(result), q).toEqual(['articles:901'])
      expect(result.matchedAs).toBe('pinyin')
    }
    expect(ids(await search('youhuayingshanghuanjing'))).toEqual(
      expect.arrayContaining(['gazette-articles:2', 'interpretations:2']),
    )
    expect(ids(await search('lvsejinrong'))).toEqual(['articles:902'])
  })

  it('keeps real words first: letters with hits as words are not read as pinyin', async () => {
    const covid = await search('covid')
    expect(ids(covid)).toEqual(['articles:10'])
    expect(covid.matchedAs).toBeUndefined()
    // Pinyin is of titles only: a body word spelled in pinyin finds nothing.
    expect((await search('ceshizhuti')).total).toBe(0)
  })
})

describe('did you mean', () => {
  it('corrects a homophone typo towards the title vocabulary, first among the no-hit suggestions', async () => {
    const result = await search('优化营商环竟')
    expect(result.total).toBe(0)
    expect(result.didYouMean).toMatchObject({ q: '优化营商环境', reason: 'did-you-mean' })
    expect(result.didYouMean!.total).toBe((await search('优化营商环境')).total)
    expect(result.suggestions![0]).toEqual(result.didYouMean)
    // Traditional input is corrected too, and the correction is offered in simplified form.
    expect((await search('優化營商環竟')).didYouMean?.q).toBe('优化营商环境')
  })

  it('corrects a character that looks alike but sounds different', async () => {
    expect((await search('冬季供暧')).didYouMean?.q).toBe('冬季供暖')
  })

  it('offers nothing when the query already finds enough, or nothing better exists', async () => {
    expect((await search('政务公开')).didYouMean).toBeUndefined()
    expect((await search('量子纠缠')).didYouMean).toBeUndefined()
  })

  it('keeps the vocabulary in step with removals', async () => {
    const doc = extra[0]!
    await engine.upsert([{ ...doc, id: 'articles:903', title: '关于智能网联汽车道路测试的通知' }])
    expect((await search('智能网连汽车')).didYouMean?.q).toBe('智能网联汽车')
    await engine.remove(['articles:903'])
    expect((await search('智能网连汽车')).didYouMean).toBeUndefined()
  })
})

describe('an index written before these features', () => {
  it('is dropped and reported until it is rebuilt', async () => {
    const file = path.join(dir, 'old.db')
    const old = new Database(file)
    old.exec(`CREATE TABLE search_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO search_settings VALUES ('synonyms', '[["低保","最低生活保障"]]');
      CREATE TABLE search_docs (rowid INTEGER PRIMARY KEY, id TEXT);
      CREATE VIRTUAL TABLE search_fts USING fts5(title, body, extra, meta, dockey, refkeys, content = '', contentless_delete = 1);`)
    old.close()
    const upgraded = new EmbeddedSearchEngine({ path: file })
    try {
      const health = await upgraded.health()
      expect(health.documents).toBe(0)
      expect(health.detail).toContain('npm run search:reindex')
      await upgraded.clear()
      await upgraded.upsert(extra)
      expect(ids(await upgraded.search({ q: 'zdjs' }))).toEqual(['articles:901'])
      expect((await upgraded.health()).detail).not.toContain('reindex')
    } finally {
      await upgraded.close()
    }
    const db = new Database(file, { readonly: true })
    const row = db.prepare<[], { value: string }>("SELECT value FROM search_settings WHERE key = 'schemaVersion'").get()
    expect(row?.value).toBe(String(SCHEMA_VERSION))
    expect(db.prepare("SELECT value FROM search_settings WHERE key = 'synonyms'").get()).toEqual({
      value: '[["低保","最低生活保障"]]',
    })
    db.close()
  })
})
