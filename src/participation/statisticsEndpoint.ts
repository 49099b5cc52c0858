import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { readsWholeCluster, siteIdsWithRole } from '../access/roles'
import { chinaDay } from '../calendar/chinaTime'
import { type Bilingual, BilingualError, errorMessageIn, inLanguage, speaker } from '../i18n/bilingual'
import { messageStatistics, periodKindProblem, type MessageStatistics, type StatisticsPeriod, type StatisticsPeriodKind } from './messageStatistics'

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/** The sites whose statistics the user may see: every site for the general office (平台管理员、监管人员), else their own. */
export async function statisticsSites(payload: Payload, user: unknown, req?: PayloadRequest): Promise<{ id: string | number; name: string }[]> {
  const whole = readsWholeCluster(user)
  const own = siteIdsWithRole(user)
  if (!whole && own.length === 0) return []
  const { docs } = await payload.find({
    collection: 'sites',
    where: whole ? {} : { id: { in: own } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true },
    sort: 'id',
    req,
  })
  return docs.map((d) => ({ id: d.id, name: String(d.name ?? d.id) }))
}

/** Reads ?period=month|quarter|year&year=&index= (defaults: the current China year); a problem in both languages when wrong. */
export function periodFromQuery(query: Record<string, unknown>): StatisticsPeriod | { problem: Bilingual } {
  const kind = (typeof query.period === 'string' && query.period ? query.period : 'year') as StatisticsPeriodKind
  if (!['month', 'quarter', 'year'].includes(kind)) return { problem: periodKindProblem }
  const year = query.year === undefined || query.year === '' ? Number(chinaDay().slice(0, 4)) : Number(query.year)
  const index = query.index === undefined || query.index === '' ? undefined : Number(query.index)
  if (kind !== 'year' && index === undefined)
    return { problem: kind === 'month' ? { zh: '请指定月份（index=1…12）。', en: 'Name the month (index=1…12).' } : { zh: '请指定季度（index=1…4）。', en: 'Name the quarter (index=1…4).' } }
  return { kind, year, index }
}

/**
 * GET /api/messages/statistics?period=quarter&year=2026&index=3[&site=ID]: 留言统计 per site. Staff see their
 * own sites, the general office every site; asking for another site is refused (403), not filtered.
 */
export const statisticsEndpoint: Endpoint = {
  path: '/statistics',
  method: 'get',
  handler: async (req) => {
    const L = speaker(req)
    if (!req.user) return json({ errors: [{ message: L('请先登录。', 'Please sign in.') }] }, 401)
    const query = req.query as Record<string, unknown>
    const period = periodFromQuery(query)
    if ('problem' in period) return json({ errors: [{ message: inLanguage(req, period.problem) }] }, 400)
    const sites = await statisticsSites(req.payload, req.user, req)
    const asked = typeof query.site === 'string' && query.site ? query.site : null
    const chosen = asked ? sites.filter((s) => String(s.id) === asked) : sites
    if (asked && chosen.length === 0) return json({ errors: [{ message: L('只能查看本网站的留言统计。', 'You may see only your own sites’ message statistics.') }] }, 403)
    if (chosen.length === 0) return json({ errors: [{ message: L('您没有可查看留言统计的网站。', 'You have no site whose message statistics you may see.') }] }, 403)
    const rows: (MessageStatistics & { siteName: string })[] = []
    try {
      for (const site of chosen)
        rows.push({ ...(await messageStatistics(req.payload, site.id, period, req)), siteName: site.name })
    } catch (error) {
      if (error instanceof BilingualError || error instanceof RangeError) return json({ errors: [{ message: errorMessageIn(req, error) }] }, 400)
      throw error
    }
    return json({ docs: rows })
  },
}
