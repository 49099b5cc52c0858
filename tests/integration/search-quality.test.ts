import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleGazetteFolder } from '../../src/demo/gazette'
import { seedDemo } from '../../src/demo/seed'
import { demoSites } from '../../src/demo/sites'
import type { SearchHit, SearchResult } from '../../src/search/types'
import { fetchPage } from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * The search-quality set: real queries over the sample gazette archive (samples/gazette, imported by
 * the real importer) and the demo content (src/demo), indexed by the real index-sync jobs and asked
 * through the public /search.json endpoint on the embedded engine.
 *
 * Each row gives the expected top hits by title, in tiers: a title on its own must come at that rank;
 * titles in a nested list must fill the next ranks in any order (their scores are close, and which
 * comes first is not a quality question). `only` means nothing else matches; `docNumber` is the 文号
 * the first hit must bear. Rows search the region portal unless they name another site or scope=all.
 */
type Tier = string | string[]
type QualityCase = {
  covers:
    | 'single word'
    | 'multi-word'
    | '文号'
    | 'synonym'
    | 'place name'
    | 'year filter'
    | '宁夏'
    | 'traditional'
    | 'pinyin'
    | 'initials'
    | 'typo'
  q: string
  /** The rest of the query string, as the search page's links send it. */
  filters?: string
  site?: (typeof demoSites)[number]['key']
  top: Tier[]
  only?: true
  docNumber?: string
  /** The first tier's title need only be among the first three hits. */
  top3?: true
  /** The did-you-mean the query must offer; the tiers then apply to the corrected query. */
  correctedTo?: string
}

// 政府公报 sample archive
const order91 = '宁夏回族自治区人民政府令（第91号）'
const order98 = '宁夏回族自治区人民政府令（第98号）'
const order115 = '宁夏回族自治区人民政府令（第115号）'
const filingRules = '宁夏回族自治区行政规范性文件制定和备案办法'
const employment = '自治区人民政府关于进一步做好新形势下就业创业工作的实施意见'
const appointments2017 = '自治区人民政府关于王某某等同志任免职务的通知'
const openness74 = '自治区人民政府办公厅关于印发全面推进政务公开若干重点工作实施方案的通知'
const commendation = '自治区人民政府关于表彰2016年度全区政务公开工作先进单位的通报'
const cleanupRules = '自治区人民政府关于印发宁夏回族自治区行政规范性文件清理办法的通知'
const newMedia = '自治区人民政府办公厅关于推进政务新媒体健康有序发展的实施意见'
const appointments2018 = '自治区人民政府关于张某某同志职务任免的通知'
const approvalItems = '自治区人民政府关于调整自治区行政审批事项的决定'
const serviceRatings = '自治区人民政府办公厅关于印发宁夏回族自治区政务服务“好差评”制度实施办法的通知'
const huinongBoundary = '自治区人民政府关于同意石嘴山市惠农区部分行政区域界线调整的批复'
const minimumLiving = '自治区人民政府办公厅关于印发宁夏回族自治区城乡居民最低生活保障办法的通知'
const gasPrices = '自治区发展改革委关于阶段性降低非居民用气价格支持企业复工复产的通知'
const insuranceRelief =
  '自治区人力资源社会保障厅 自治区财政厅 国家税务总局宁夏回族自治区税务局关于阶段性减免企业社会保险费的通知'
const liupanshan = '自治区人民政府关于加强六盘山区生态保护和修复的实施意见'
const appointments2020 = '自治区人民政府关于李某某等同志任免职务的通知'
const heatingRules = '宁夏回族自治区城镇供热管理办法'
const yinchuanMetro = '自治区人民政府办公厅关于推进银川都市圈建设的实施意见'
const shapotou = '自治区人民政府关于支持中卫市沙坡头区创建国家全域旅游示范区的批复'
const businessEnvironment = '自治区人民政府办公厅关于印发宁夏回族自治区进一步优化营商环境若干措施的通知'
const opennessPoints2022 = '自治区人民政府办公厅关于印发2022年全区政务公开工作要点的通知'
const appointments2022 = '自治区人民政府关于刘某某同志职务任免的通知'
// Demo content: the source notice as a portal article, policy documents and their interpretations
const noticeArticle = openness74
const interpretationNotice = '宁夏回族自治区人民政府办公厅关于进一步做好政策解读工作的通知'
const feesOpinion = '自治区发展改革委 自治区财政厅关于规范涉企收费的实施意见'
const feesExpert = '专家解读：规范涉企收费 优化营商环境'
const interpretations = [
  '一图读懂：政策解读“三同步”',
  '政策问答：政策解读工作十问十答',
  '在线访谈：政策解读如何让群众“听得懂、好明白、能理解”',
  '自治区人民政府办公厅主要负责同志解读《关于进一步做好政策解读工作的通知》',
]
const lawEnforcementNotices = ['发展和改革委员会', '教育厅', '公安厅', '民政厅', '财政厅'].map(
  (unit) => `自治区${unit}关于进一步规范行政执法公示工作的通知`,
)

/** The documents citing 宁政办发〔2017〕74号 after the one bearing it. */
const citing74 = [interpretationNotice, opennessPoints2022, noticeArticle]

const qualitySet: QualityCase[] = [
  // Single words
  { covers: 'single word', q: '好差评', top: [serviceRatings], only: true },
  {
    covers: 'single word',
    q: '政务公开',
    filters: 'type=gazette-article',
    top: [[commendation, opennessPoints2022, openness74]],
    only: true,
  },
  { covers: 'single word', q: '供热', top: [heatingRules, [order115, '全区冬季供暖工作全面启动']], only: true },
  { covers: 'single word', q: '政策解读', filters: 'type=interpretation', top: [interpretations], only: true },
  { covers: 'single word', q: '营商环境', top: [[feesExpert, businessEnvironment], feesOpinion], only: true },
  { covers: 'single word', q: '涉企收费', top: [[feesExpert, feesOpinion]], only: true },
  { covers: 'single word', q: '政务新媒体', top: [newMedia] },
  { covers: 'single word', q: '集约化', site: 'yinchuan', top: ['银川市政府网站集约化建设专题'] },

  // Several words: every one must match
  { covers: 'multi-word', q: '政务公开 工作要点', top: [opennessPoints2022], only: true },
  { covers: 'multi-word', q: '六盘山 生态', top: [liupanshan], only: true },
  { covers: 'multi-word', q: '行政规范性文件 清理', top: [cleanupRules, filingRules], only: true },
  { covers: 'multi-word', q: '复工复产 天然气', top: [gasPrices], only: true },
  { covers: 'multi-word', q: '最低生活保障 民政厅', top: [minimumLiving], only: true },
  { covers: 'multi-word', q: '冬季供暖 银川', filters: 'scope=all', top: ['银川市冬季供暖工作全面启动'], only: true },
  { covers: 'multi-word', q: '行政执法公示', filters: 'scope=all', top: [lawEnforcementNotices], only: true },

  // 文号: every bracket style and full-width digits find the document bearing it, then those citing it
  ...[
    '宁政办发〔2017〕74号',
    '宁政办发[2017]74号',
    '宁政办发（2017）74号',
    '宁政办发【2017】74号',
    '宁政办发(2017)74号',
    '宁政办发〔２０１７〕７４号',
    '宁政办发［2017］74',
  ].map(
    (q): QualityCase => ({
      covers: '文号',
      q,
      top: [openness74, citing74],
      only: true,
      docNumber: '宁政办发〔2017〕74号',
    }),
  ),
  { covers: '文号', q: '宁政发[2020]21号', top: [liupanshan], only: true, docNumber: '宁政发〔2020〕21号' },
  {
    covers: '文号',
    q: '宁政办规发【2022】1号',
    top: [businessEnvironment],
    only: true,
    docNumber: '宁政办规发〔2022〕1号',
  },
  {
    covers: '文号',
    q: '宁政办发〔2018〕21号',
    top: [newMedia, opennessPoints2022],
    only: true,
    docNumber: '宁政办发〔2018〕21号',
  },
  {
    covers: '文号',
    q: '宁夏回族自治区人民政府令第115号',
    top: [order115],
    only: true,
    docNumber: '宁夏回族自治区人民政府令第115号',
  },
  { covers: '文号', q: '政府令第98号', top: [order98], only: true, docNumber: '宁夏回族自治区人民政府令第98号' },
  { covers: '文号', q: '国办发〔2016〕80号', top: [[openness74, noticeArticle]], only: true },

  // Synonyms and abbreviations (the default groups, seeded into the search-synonyms collection)
  {
    covers: 'synonym',
    q: '发改委',
    filters: 'type=gazette-article',
    top: [gasPrices, [appointments2017, yinchuanMetro]],
    only: true,
  },
  { covers: 'synonym', q: '人社厅', filters: 'type=gazette-article', top: [insuranceRelief], only: true },
  { covers: 'synonym', q: '社保', filters: 'type=gazette-article', top: [insuranceRelief, employment], only: true },
  { covers: 'synonym', q: '低保', top: [minimumLiving], only: true },
  { covers: 'synonym', q: '工商执照', top: [businessEnvironment], only: true },
  { covers: 'synonym', q: '市场监管局', top: [businessEnvironment], only: true },
  { covers: 'synonym', q: '公积金', top: [businessEnvironment], only: true },
  { covers: 'synonym', q: '住建厅', top: [heatingRules], only: true },
  { covers: 'synonym', q: '文旅厅', top: [shapotou], only: true },
  {
    covers: 'synonym',
    q: '卫健委 政府开放日',
    filters: 'scope=all',
    top: ['自治区卫生健康委员会开展“政府开放日”活动'],
    only: true,
  },

  // Place names, short or full, alone or inside longer names
  {
    covers: 'place name',
    q: '石嘴山',
    filters: 'type=gazette-article',
    top: [huinongBoundary, yinchuanMetro],
    only: true,
  },
  { covers: 'place name', q: '惠农区', top: [huinongBoundary, yinchuanMetro], only: true },
  { covers: 'place name', q: '固原', top: [liupanshan], only: true },
  { covers: 'place name', q: '沙坡头', top: [shapotou], only: true },
  { covers: 'place name', q: '利通区', top: [yinchuanMetro], only: true },
  { covers: 'place name', q: '银川都市圈', top: [yinchuanMetro], only: true },
  { covers: 'place name', q: '宁东', top: [[yinchuanMetro, gasPrices]], only: true },
  { covers: 'place name', q: '吴忠 供暖', filters: 'scope=all', top: ['吴忠市冬季供暖工作全面启动'], only: true },

  // Year filters (the gazette's years come from its issues)
  {
    covers: 'year filter',
    q: '政府令',
    filters: 'type=gazette-article&yearFrom=2018&yearTo=2018',
    top: [order98],
    only: true,
  },
  { covers: 'year filter', q: '任免', filters: 'yearFrom=2020&yearTo=2020', top: [appointments2020], only: true },
  {
    covers: 'year filter',
    q: '任免',
    filters: 'yearFrom=2017&yearTo=2018',
    top: [[appointments2017, appointments2018]],
    only: true,
  },
  {
    covers: 'year filter',
    q: '通知',
    filters: 'type=gazette-article&yearFrom=2021&yearTo=2022',
    top: [[appointments2022, opennessPoints2022, businessEnvironment]],
    only: true,
  },
  // No words: the year's issues, newest first
  {
    covers: 'year filter',
    q: '',
    filters: 'type=gazette-article&yearFrom=2019&yearTo=2019',
    top: [
      [huinongBoundary, minimumLiving],
      [approvalItems, serviceRatings],
    ],
    only: true,
  },

  // 宁夏 inside 宁夏回族自治区人民政府
  { covers: '宁夏', q: '宁夏', filters: 'category=government-order', top: [[order91, order98, order115]], only: true },
  { covers: '宁夏', q: '宁夏', filters: 'type=policy-document', top: [interpretationNotice] },

  // Traditional characters find the simplified documents (繁简归一)
  { covers: 'traditional', q: '優化營商環境', top: [businessEnvironment], top3: true },
  { covers: 'traditional', q: '政務公開 工作要點', top: [opennessPoints2022], only: true },
  { covers: 'traditional', q: '城鎮供熱管理辦法', top: [heatingRules], top3: true },
  { covers: 'traditional', q: '六盤山 生態', top: [liupanshan], only: true },
  { covers: 'traditional', q: '最低生活保障 民政廳', top: [minimumLiving], only: true },

  // Pinyin of a title, and its initials, when the letters find nothing as words
  { covers: 'pinyin', q: 'haochaping', top: [serviceRatings], top3: true },
  { covers: 'pinyin', q: 'yinchuandushiquan', top: [yinchuanMetro], top3: true },
  { covers: 'pinyin', q: 'zuidishenghuobaozhang', top: [minimumLiving], top3: true },
  { covers: 'pinyin', q: 'ShaPoTou', top: [shapotou], top3: true },
  { covers: 'initials', q: 'hcp', top: [serviceRatings], top3: true },
  { covers: 'initials', q: 'zdshbz', top: [minimumLiving], top3: true },
  { covers: 'initials', q: 'zwxmt', top: [newMedia], top3: true },

  // Typos: did-you-mean from the titles' vocabulary, whose correction finds the document
  { covers: 'typo', q: '优化营商环竟', correctedTo: '优化营商环境', top: [businessEnvironment], top3: true },
  { covers: 'typo', q: '最低生活保樟', correctedTo: '最低生活保障', top: [minimumLiving], top3: true },
  { covers: 'typo', q: '政务新媒休', correctedTo: '政务新媒体', top: [newMedia], top3: true },
  { covers: 'typo', q: '城镇供熱管理办发', correctedTo: '城镇供热管理办法', top: [heatingRules], top3: true },
]

let server: TestServer
const sampleArticles = fs
  .readFileSync(path.join(sampleGazetteFolder, 'articles.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { title: string; issuingAgency?: string })

const siteCode = (key: QualityCase['site'] = 'nx'): string => demoSites.find((s) => s.key === key)!.siteCode

async function search(q: string, filters = '', site?: QualityCase['site']): Promise<SearchResult> {
  const query = [`q=${encodeURIComponent(q)}`, filters].filter(Boolean).join('&')
  const page = await fetchPage(server.url, `/sites/${siteCode(site)}/search.json?${query}`)
  expect(page.status, query).toBe(200)
  return (JSON.parse(page.html) as { result: SearchResult }).result
}

/** Runs the jobs queue until it is empty: the seed's index syncs, and the reposts they lead to. */
async function drainJobs(): Promise<void> {
  for (let round = 0; round < 20; round++) {
    if ((await server.payload.jobs.run({ limit: 500 })).noJobsRemaining) break
  }
  const left = await server.payload.count({ collection: 'payload-jobs', overrideAccess: true })
  expect(left.totalDocs, 'jobs left after the seed').toBe(0)
}

beforeAll(async () => {
  server = await startTestServer()
  await seedDemo(server.payload)
  await drainJobs()
}, 600_000)
afterAll(async () => server?.close())

describe('search quality over the sample gazette archive and the demo content (embedded engine)', () => {
  it('has at least 30 queries covering every kind the issue lists', () => {
    expect(qualitySet.length).toBeGreaterThanOrEqual(30)
    expect(new Set(qualitySet.map((c) => c.covers))).toEqual(
      new Set([
        ...['single word', 'multi-word', '文号', 'synonym', 'place name', 'year filter', '宁夏'],
        ...['traditional', 'pinyin', 'initials', 'typo'],
      ]),
    )
  })

  const named = qualitySet.map((c): [string, QualityCase] => [
    `${c.covers}: ${[c.q || '（无关键词）', c.site, c.filters].filter(Boolean).join(' ')}`,
    c,
  ])
  it.each(named)('%s', async (_, { covers, q, filters, site, top, only, docNumber, top3, correctedTo }) => {
    let result = await search(q, filters, site)
    if (correctedTo) {
      expect(result.didYouMean?.q, `${q} → did you mean`).toBe(correctedTo)
      result = await search(correctedTo, filters, site)
    }
    const titles = result.hits.map((h: SearchHit) => h.title)
    const seen = `${q} ${filters ?? ''} → ${titles.join(' | ')}`
    if (covers === 'pinyin' || covers === 'initials') expect(result.matchedAs, seen).toBe('pinyin')
    if (top3) {
      expect(titles.slice(0, 3), seen).toContain(top[0])
      return
    }
    let rank = 0
    for (const tier of top) {
      const expected = typeof tier === 'string' ? [tier] : tier
      expect(titles.slice(rank, rank + expected.length).sort(), seen).toEqual([...expected].sort())
      rank += expected.length
    }
    if (only) expect(result.total, seen).toBe(rank)
    if (docNumber) expect(result.hits[0]!.docNumber, seen).toBe(docNumber)
  })

  it('finds every document issued by 宁夏回族自治区人民政府 when searching 宁夏, those with 宁夏 in the title first', async () => {
    const issued = sampleArticles.filter((a) => a.issuingAgency === '宁夏回族自治区人民政府').map((a) => a.title)
    expect(issued.length).toBeGreaterThan(10)
    const result = await search('宁夏', 'agency=宁夏回族自治区人民政府')
    const titles = result.hits.map((h) => h.title)
    expect(result.total).toBe(issued.length)
    expect([...titles].sort()).toEqual([...issued].sort())
    const inTitle = issued.filter((t) => t.includes('宁夏'))
    expect(titles.slice(0, inTitle.length).sort()).toEqual([...inTitle].sort())
    expect(result.hits[0]!.titleHighlighted).toMatch(/^<mark>宁夏<\/mark>回族自治区/)
  })

  it('shows 您是不是要找 with a link to the corrected search on the search page', async () => {
    const page = await fetchPage(server.url, `/sites/${siteCode()}/search?q=${encodeURIComponent('优化营商环竟')}`)
    expect(page.status).toBe(200)
    expect(page.html).toMatch(/您是不是要找：<a href="[^"]*q=%E4%BC%98%E5%8C%96%E8%90%A5%E5%95%86%E7%8E%AF%E5%A2%83[^"]*">优化营商环境<\/a>/)
  })

  it('indexes the whole public sample archive and nothing that is not public', async () => {
    expect((await search('', 'type=gazette-article')).total).toBe(sampleArticles.length)
    // A draft article, a non-public one and a policy document still awaiting publication, all in the demo seed.
    for (const q of ['岁末年初安全生产', '内部工作规程', '每人每月提高'])
      expect((await search(q, 'scope=all')).total, q).toBe(0)
  })
})
