import type { Payload } from 'payload'
import type { Column, Site } from '../../payload-types'
import { runDailyProbe } from '../../src/monitoring/dailyRun'
import { createColumn, createSite } from './fixtures'
import { lexicalWithLinks } from './monitoring'

const daysAgo = (n: number, from = Date.now()) => new Date(from - n * 86_400_000).toISOString()

/**
 * A demo-like troubled site for the drill-down and the bulletin: a stale news column (部门动态, 20 days),
 * five empty columns (a predicted veto), a broken internal link and a broken attachment on a fresh article, an interaction
 * channel, and a week of availability probes with failures; then daily runs on the last `runs` days.
 * Relative to `now`, so it holds at any instant. Each run day needs its own database (the daily run lock).
 */
export async function seedTroubledSite(
  payload: Payload,
  options: { name?: string; now?: Date } = {},
): Promise<{ site: Site; columns: Record<string, string>; articleId: string }> {
  const now = (options.now ?? new Date()).getTime()
  const site = await createSite(payload, { name: options.name ?? '吴忠市人民政府', level: 'city' })
  const news = await createColumn(payload, site, { title: '要闻动态', slug: 'ywdt', kind: 'news' })
  const stale = await createColumn(payload, site, { title: '部门动态', slug: 'bmdt', kind: 'news' })
  const ask = await createColumn(payload, site, { title: '咨询建议', slug: 'zxjy', kind: 'interaction' })
  const columns: Record<string, string> = {
    要闻动态: String(news.id),
    部门动态: String(stale.id),
    咨询建议: String(ask.id),
  }
  for (const [i, title] of ['领导之窗', '统计数据', '财政预决算', '应急管理', '建议提案办理'].entries())
    columns[title] = String((await createColumn(payload, site, { title, slug: `kb${i}`, kind: 'other' })).id)
  const publish = (column: Column, title: string, at: string, links: { url: string }[] = []) =>
    payload.create({
      collection: 'articles',
      overrideAccess: true,
      data: {
        site: site.id,
        columns: [column.id],
        title,
        workflowStatus: 'published',
        publishedAt: at,
        disclosureAttribute: 'public',
        body: lexicalWithLinks(`${title}。`, links) as never,
      },
    })
  const article = await publish(news, '全市安全生产工作会议召开', daysAgo(0.1, now), [
    { url: '/articles/99999999.html' },
    { url: '/api/files/file/gongnuan-2026.pdf' },
  ])
  await publish(stale, '部门工作简报', daysAgo(20, now))
  await publish(ask, '在线咨询入口', daysAgo(30, now))
  // A week of probes, 20 a day: a bad day (5 of 20 failed) three days ago: 3.57 %, past the 3 % warning, under the 5 % veto.
  for (let d = 6; d >= 0; d--) {
    for (let i = 0; i < 20; i++) {
      const failed = d === 3 && i < 5
      const at = new Date(now - d * 86_400_000 - (i + 1) * 60_000)
      await payload.create({
        collection: 'availability-checks',
        overrideAccess: true,
        data: {
          site: site.id,
          domain: site.domains?.[0]?.domain ?? 'example.gov.cn',
          checkedAt: at.toISOString(),
          ok: !failed,
          status: failed ? null : 200,
          ms: failed ? 15000 : 40,
          error: failed ? '超时' : null,
        },
      })
    }
  }
  return { site, columns, articleId: String(article.id) }
}

/** Daily runs on each of the last `days` days (oldest first), for a trend. */
export async function runDailyProbes(payload: Payload, days: number, now = new Date()): Promise<void> {
  for (let d = days - 1; d >= 0; d--)
    await runDailyProbe(payload, { now: new Date(now.getTime() - d * 86_400_000), externalBudgetMs: 1000 })
}
