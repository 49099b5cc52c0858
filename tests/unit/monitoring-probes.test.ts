import { describe, expect, it } from 'vitest'
import { defaultMonitoringSettings } from '../../src/settings/monitoringDefaults'
import { availabilityFigure, availabilitySlot } from '../../src/monitoring/availability'
import { addCalendarMonths, calendarDaysBetween, chinaDay } from '../../src/calendar/chinaTime'
import { columnFreshness, type ColumnFacts } from '../../src/monitoring/freshness'
import {
  classifyLink,
  extractLinks,
  resolveInternal,
  type PublishedIndex,
  type SiteHosts,
} from '../../src/monitoring/links'
import { HostRateLimiter, verdictOf } from '../../src/monitoring/externalLinks'
import { footerProblems } from '../../src/monitoring/footer'
import { interactionFinding } from '../../src/monitoring/interaction'
import { contentSafetyChecker, htmlText, TermMatcher } from '../../src/monitoring/contentSafety'
import { deductionScore, earlyWarnings, predictVetoes, type SiteFigures } from '../../src/monitoring/scoring'

const settings = defaultMonitoringSettings()
// Dates are built relative to a pinned instant, so the tests hold under faketime at any date.
const now = new Date('2026-06-15T04:00:00Z') // 12:00 China time
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString()

const column = (over: Partial<ColumnFacts>): ColumnFacts => ({
  id: '1',
  title: '要闻',
  slug: 'yw',
  kind: 'news',
  topLevel: true,
  lastPublishedAt: daysAgo(1),
  itemCount: 3,
  ...over,
})

describe('column freshness (19号 lines)', () => {
  it('a news column exactly 14 China days old is fresh, 15 is stale', () => {
    const r = columnFreshness(
      [column({ id: 'a', lastPublishedAt: daysAgo(14) }), column({ id: 'b', lastPublishedAt: daysAgo(15) })],
      now,
      settings,
    )
    expect(r.staleNewsNotice.map((f) => f.column.id)).toEqual(['b'])
    expect(r.staleNewsNotice[0]!.daysSince).toBe(15)
  })
  it('day boundaries are China days: 23:59 China time on the line day still counts', () => {
    // 2026-06-01 23:59 China = 2026-06-01T15:59Z; the line for 2026-06-15 is 2026-06-01.
    const r = columnFreshness(
      [
        column({ lastPublishedAt: '2026-06-01T15:59:00Z' }),
        column({ id: 'x', lastPublishedAt: '2026-05-31T15:59:00Z' }),
      ],
      now,
      settings,
    )
    expect(r.staleNewsNotice.map((f) => f.column.id)).toEqual(['x'])
  })
  it('notice/policy top-level columns use 6 calendar months', () => {
    expect(addCalendarMonths(chinaDay(now), -6)).toBe('2025-12-15')
    expect(addCalendarMonths('2026-08-31', -6)).toBe('2026-02-28')
    const r = columnFreshness(
      [
        column({ id: 'n1', kind: 'notice', lastPublishedAt: '2025-12-15T01:00:00Z' }),
        column({ id: 'n2', kind: 'policy', lastPublishedAt: '2025-12-14T01:00:00Z' }),
      ],
      now,
      settings,
    )
    expect(r.staleNewsNotice.map((f) => f.column.id)).toEqual(['n2'])
  })
  it('empty columns without a note are counted apart from stale ones; a note excuses them', () => {
    const r = columnFreshness(
      [
        column({ id: 'e1', itemCount: 0, lastPublishedAt: null }),
        column({ id: 'e2', itemCount: 0, lastPublishedAt: null, emptyReason: '本年度无此类信息' }),
        column({ id: 'p', kind: 'personnel', lastPublishedAt: daysAgo(400) }),
      ],
      now,
      settings,
    )
    expect(r.empty.map((f) => f.column.id)).toEqual(['e1'])
    expect(r.excusedEmpty.map((f) => f.column.id)).toEqual(['e2'])
    expect(r.longStale.map((f) => f.column.id)).toEqual(['p'])
    expect(r.staleNewsNotice).toEqual([])
  })
  it('China days between instants', () => {
    expect(calendarDaysBetween('2026-06-14T16:00:00Z', '2026-06-15T15:59:00Z')).toBe(0)
  })
})

describe('availability', () => {
  it('failure ratio and probe slots', () => {
    expect(availabilityFigure([{ ok: true }, { ok: false }, { ok: true }, { ok: true }])).toEqual({
      total: 4,
      failed: 1,
      failedPercent: 25,
    })
    expect(availabilityFigure([])).toEqual({ total: 0, failed: 0, failedPercent: 0 })
    expect(availabilitySlot(new Date('2026-06-15T04:59:59Z'), 24)).toBe('2026-06-15T04:00:00.000Z')
  })
})

describe('links from stored content', () => {
  const hosts: SiteHosts = {
    siteId: '1',
    siteCode: '6400000001',
    siteByHost: new Map([
      ['www.a.gov.cn', '1'],
      ['www.b.gov.cn', '2'],
    ]),
    siteByCode: new Map([['6400000002', '2']]),
  }
  const index: PublishedIndex = {
    documents: new Map([
      ['articles:5', '1'],
      ['articles:6', '2'],
    ]),
    columns: new Set(['1:yw']),
    uploads: new Map([
      ['ok.pdf', { siteId: '1', onDisk: true }],
      ['gone.pdf', { siteId: '1', onDisk: false }],
    ]),
  }
  it('extracts anchors and images, decoding entities', () => {
    expect(
      extractLinks(
        '<p><a class="x" href="/articles/5.html">a</a><img src=\'/api/media/file/x.png\'><a href=https://e.org/?a=1&amp;b=2>e</a></p>',
      ),
    ).toEqual([
      { href: '/articles/5.html', tag: 'a' },
      { href: '/api/media/file/x.png', tag: 'img' },
      { href: 'https://e.org/?a=1&b=2', tag: 'a' },
    ])
  })
  it('classifies and resolves internal links without fetching', () => {
    const check = (href: string) => {
      const c = classifyLink(href, hosts)
      return c.type === 'internal' ? resolveInternal(c, index).ok : c.type
    }
    expect(check('/articles/5.html')).toBe(true)
    expect(check('/articles/6.html')).toBe(false) // another site's article under this site's domain
    expect(check('http://www.b.gov.cn/articles/6.html')).toBe(true)
    expect(check('/sites/6400000002/articles/6.html')).toBe(true)
    expect(check('/columns/yw/')).toBe(true)
    expect(check('/columns/nope')).toBe(false)
    expect(check('/api/files/file/ok.pdf')).toBe(true)
    expect(check('/api/files/file/gone.pdf')).toBe(false)
    expect(check('/api/files/file/missing.pdf')).toBe(false)
    expect(check('https://www.gov.cn/zhengce/')).toBe('external')
    expect(check('mailto:a@b.cn')).toBe('ignored')
  })
  it('external verdicts and the per-host spacing', () => {
    expect(verdictOf(404, false)).toBe('broken')
    expect(verdictOf(null, false)).toBe('unknown')
    expect(verdictOf(503, false)).toBe('unknown')
    const limiter = new HostRateLimiter(30)
    const t = 1_000_000
    const waits = Array.from({ length: 31 }, () => limiter.reserve('h', t))
    expect(limiter.reserve('other', t)).toBe(0)
    // 30 a minute: the 31st request starts more than a minute after the first.
    expect(waits[30]!).toBeGreaterThan(60_000)
    expect(waits[29]!).toBeLessThan(60_000)
  })
})

describe('footer, interaction, content safety', () => {
  it('footer elements (47号)', () => {
    expect(
      footerProblems({
        siteCode: '6400000001',
        sponsor: '办公厅',
        contact: { phone: '0951-1' },
        filings: { icpNumber: 'x', publicSecurityNumber: 'y', partyGovLabelCode: 'z' },
      }),
    ).toEqual([])
    expect(
      footerProblems({
        siteCode: '6400000001',
        sponsor: '',
        filings: { icpNumber: 'x', publicSecurityNumber: '' },
      }).map((p) => p.element),
    ).toEqual(['sponsor', 'contact', 'publicSecurityNumber', 'partyGovLabelCode'])
  })
  it('interaction: an empty interaction column is no channel; 信访 does not count', () => {
    expect(interactionFinding([{ id: '1', title: '网上信访', kind: 'interaction', itemCount: 4 }]).channel).toBe(false)
    expect(interactionFinding([{ id: '1', title: '咨询建议', kind: 'interaction', itemCount: 0 }]).channel).toBe(false)
    expect(interactionFinding([{ id: '1', title: '咨询建议', kind: 'interaction', itemCount: 1 }]).channel).toBe(true)
    // The site's own mailbox is a channel even without any interaction column.
    expect(interactionFinding([], { channels: ['咨询'], overThreeMonths: 0, warnings: 0 }).channel).toBe(true)
  })
  it('multi-pattern matcher finds overlapping terms', () => {
    const m = new TermMatcher(['he', 'she', 'hers', 'his'])
    expect([...m.matches('ushers')].map((x) => `${m.terms[x.term]}@${x.end}`).sort()).toEqual([
      'he@4',
      'hers@6',
      'she@4',
    ])
  })
  it('dictionary words, misspellings and leaders’ titles', () => {
    const checker = contentSafetyChecker(
      [
        { term: '法轮', kind: 'sensitive' },
        { term: '黄粱一梦', kind: 'misspelling', suggestion: '黄粱一梦' },
        { term: '既往不究', kind: 'misspelling', suggestion: '既往不咎' },
      ],
      [
        { name: '张三', titles: ['副市长'] },
        { name: '李四', titles: ['市委书记'] },
      ],
    )
    expect(
      checker.check('副市长张三出席会议。张三副市长指出。常务副市长张三').filter((f) => f.kind === 'leaderTitle'),
    ).toEqual([])
    const wrong = checker.check('市长张三出席会议，对既往不究问题作出部署。李四市委书记讲话。')
    expect(wrong.map((f) => f.term)).toEqual(['既往不究', '市长张三'])
    expect(wrong[0]).toMatchObject({ kind: 'misspelling', suggestion: '既往不咎' })
    expect(checker.check('书记李四').map((f) => f.term)).toEqual(['书记李四'])
    expect(htmlText('<p>a&amp;b<script>x</script></p>')).toBe('a&b')
  })
})

describe('scoring', () => {
  const clean: SiteFigures = {
    availability: { total: 140, failed: 0, failedPercent: 0 },
    home: { lastPublishedAt: daysAgo(1), daysSince: 1 },
    columns: { staleNewsNotice: [], longStale: [], empty: [], excusedEmpty: [] },
    links: {
      brokenHome: 0,
      brokenInner: 0,
      brokenAttachments: 0,
      brokenExternal: 0,
      unknownExternal: 0,
      uncheckedExternal: 0,
    },
    footer: [],
    reposting: { late: 0, overduePending: 0 },
    interaction: { channel: true, workingColumns: ['咨询'], reason: null, overThreeMonths: 0, twoMonthWarnings: 0 },
    contentSafety: [],
  }
  const empties = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      column: { id: String(i), title: `空${i}`, slug: `e${i}`, kind: 'other' as const },
      class: 'longStale' as const,
      daysSince: null,
      lineDay: null,
    }))
  it('a clean site: no veto, full score, no warning', () => {
    const v = predictVetoes(clean, settings)
    expect(v.map((x) => x.item)).toEqual(['security', 'unreachable', 'homeStale', 'columnsStale', 'interaction'])
    expect(v.every((x) => !x.vetoed)).toBe(true)
    expect(deductionScore(clean, settings).score).toBe(100)
    expect(earlyWarnings(clean, v, settings)).toEqual([])
  })
  it('veto lines and warning lines', () => {
    const at = (over: Partial<SiteFigures>) => {
      const f = { ...clean, ...over }
      const v = predictVetoes(f, settings)
      return {
        vetoed: v.filter((x) => x.vetoed).map((x) => x.item),
        warnings: earlyWarnings(f, v, settings).map((w) => w.code),
      }
    }
    expect(at({ availability: { total: 100, failed: 5, failedPercent: 5 } })).toEqual({
      vetoed: ['unreachable'],
      warnings: ['veto:unreachable'],
    })
    expect(at({ availability: { total: 100, failed: 3, failedPercent: 3 } })).toEqual({
      vetoed: [],
      warnings: ['warn:unreachable'],
    })
    expect(at({ home: { lastPublishedAt: null, daysSince: 14 } })).toEqual({ vetoed: [], warnings: ['warn:homeStale'] })
    expect(at({ home: { lastPublishedAt: null, daysSince: 15 } }).vetoed).toEqual(['homeStale'])
    expect(at({ columns: { ...clean.columns, empty: empties(3) } })).toEqual({
      vetoed: [],
      warnings: ['warn:emptyColumns'],
    })
    expect(at({ columns: { ...clean.columns, empty: empties(5) } }).vetoed).toEqual(['columnsStale'])
    expect(at({ columns: { ...clean.columns, longStale: empties(7) } })).toEqual({
      vetoed: [],
      warnings: ['warn:staleColumns'],
    })
    expect(
      at({ interaction: { channel: false, workingColumns: [], reason: '无', overThreeMonths: 0, twoMonthWarnings: 0 } })
        .vetoed,
    ).toEqual(['interaction'])
    // 19号 ②: a channel, but one valid message unanswered for more than 3 months.
    expect(at({ interaction: { ...clean.interaction, overThreeMonths: 1 } }).vetoed).toEqual(['interaction'])
    expect(at({ interaction: { ...clean.interaction, twoMonthWarnings: 2 } }).vetoed).toEqual([])
    expect(
      at({
        contentSafety: [
          { kind: 'leaderTitle', term: '市长张三', name: '张三', found: '市长', expected: ['副市长'], excerpt: '' },
        ],
      }).vetoed,
    ).toEqual(['security'])
  })
  it('deductions are weighted and capped per group', () => {
    const r = deductionScore(
      {
        ...clean,
        columns: { ...clean.columns, empty: empties(40) },
        footer: [{ element: 'sponsor', label: '主办单位' }],
      },
      settings,
    )
    expect(r.deductions.find((d) => d.group === 'updates')!.points).toBe(30)
    expect(r.score).toBe(100 - 30 - 2)
  })
})
