import type { Payload } from 'payload'
import { plainTextToLexical } from '../render/richText'
import { fanOutOriginal } from '../reposting/fanOut'
import { demoSites } from './sites'

type SeedLog = (message: string) => void
const hour = 3600_000

/**
 * 协同联动 demo: the region government's important items go to every city and department site at once;
 * the development and reform commission's policy documents go to the city sites after review. The
 * records then carry a little history — on time, late, rejected, still pending — so that the
 * compliance report (转载情况统计) has something to show.
 */
export async function seedDemoReposts(payload: Payload, log: SeedLog = () => {}): Promise<void> {
  const siteId = async (key: string) => {
    const code = demoSites.find((s) => s.key === key)!.siteCode
    return (await payload.find({ collection: 'sites', where: { siteCode: { equals: code } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!.id
  }
  const columnId = async (site: number | string, slug: string) =>
    (await payload.find({ collection: 'columns', where: { and: [{ site: { equals: site } }, { slug: { equals: slug } }] }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!.id
  const nx = await siteId('nx')
  const fzggw = await siteId('fzggw')

  await payload.create({
    collection: 'repost-rules',
    overrideAccess: true,
    data: {
      name: '自治区人民政府重要政策信息全区转载',
      sourceType: 'sites',
      sourceSites: [nx],
      contentKinds: ['important-articles', 'policy-documents'],
      targetType: 'levels',
      targetLevels: ['city', 'department'],
      targetColumnKinds: ['notice', 'policy'],
      mode: 'automatic',
      deadlineHours: 24,
    },
  })
  await payload.create({
    collection: 'repost-rules',
    overrideAccess: true,
    data: {
      name: '自治区发展改革委政策文件转至各市（审核后转载）',
      sourceType: 'sites',
      sourceSites: [fzggw],
      contentKinds: ['policy-documents', 'important-articles'],
      targetType: 'levels',
      targetLevels: ['city'],
      targetColumnKinds: ['policy'],
      mode: 'review',
      deadlineHours: 24,
    },
  })

  // The source notice 宁政办发〔2017〕74号 on the region portal, reposted automatically; one department was late.
  const notice = (await payload.find({ collection: 'articles', where: { and: [{ site: { equals: nx } }, { important: { equals: true } }] }, sort: 'publishedAt', limit: 1, depth: 0, overrideAccess: true })).docs[0]
  const reposts = async (collection: string, id: number | string) =>
    (await payload.find({ collection: 'reposts', where: { and: [{ originalCollection: { equals: collection } }, { originalId: { equals: String(id) } }] }, pagination: false, depth: 1, overrideAccess: true })).docs
  const set = (id: number | string, data: Record<string, unknown>) =>
    payload.update({ collection: 'reposts', id, data, overrideAccess: true, context: { system: true } })
  const code = (r: { targetSite: unknown }) => (r.targetSite as { siteCode: string }).siteCode
  const keyOf = (r: { targetSite: unknown }) => demoSites.find((s) => s.siteCode === code(r))?.key

  let total = 0
  if (notice?.publishedAt) {
    await fanOutOriginal(payload, 'articles', notice.id)
    const published = Date.parse(notice.publishedAt)
    for (const [index, r] of (await reposts('articles', notice.id)).entries()) {
      const dueAt = published + 24 * hour
      const late = keyOf(r) === 'wsjkw'
      const at = late ? dueAt + 5 * hour : published + (1 + (index % 5)) * hour
      await set(r.id, { dueAt: new Date(dueAt).toISOString(), publishedAt: new Date(at).toISOString(), lateMinutes: late ? 300 : 0 })
      total++
    }
  }

  // A commission document in review mode: accepted on time, accepted late, rejected with a reason, still pending.
  const policyColumn = await columnId(fzggw, 'zcwj')
  const document = async (title: string, summary: string, publishedAt: Date) =>
    payload.create({
      collection: 'articles',
      overrideAccess: true,
      data: {
        site: fzggw,
        columns: [policyColumn],
        title,
        summary,
        body: plainTextToLexical(`${summary}\n各市、县（区）发展改革部门要结合实际认真贯彻落实，执行中遇到的问题请及时反馈。`) as never,
        source: '宁夏回族自治区发展和改革委员会',
        important: true,
        workflowStatus: 'published',
        publishedAt: publishedAt.toISOString(),
        disclosureAttribute: 'public',
      },
    })
  const threeDaysAgo = new Date(Date.now() - 72 * hour)
  const pricing = await document(
    '自治区发展改革委关于进一步规范政府定价行为的通知',
    '明确政府定价项目目录、定价程序和成本监审要求，推进价格决策公开透明。',
    threeDaysAgo,
  )
  await fanOutOriginal(payload, 'articles', pricing.id)
  const reviewer = (await payload.find({ collection: 'users', where: { email: { equals: 'reviewer@yinchuan.zhanqun.demo' } }, limit: 1, overrideAccess: true })).docs[0]
  const due = threeDaysAgo.getTime() + 24 * hour
  for (const r of await reposts('articles', pricing.id)) {
    const base = { dueAt: new Date(due).toISOString() }
    switch (keyOf(r)) {
      case 'yinchuan':
        await set(r.id, { ...base, status: 'published', publishedAt: new Date(due - 18 * hour).toISOString(), lateMinutes: 0, reviewedBy: reviewer?.id, reviewedAt: new Date(due - 18 * hour).toISOString() })
        break
      case 'shizuishan':
        await set(r.id, { ...base, status: 'published', publishedAt: new Date(due + 10 * hour).toISOString(), lateMinutes: 600, reviewedAt: new Date(due + 10 * hour).toISOString() })
        break
      case 'wuzhong':
        await set(r.id, { ...base, status: 'rejected', reviewReason: '本市已转发同一通知的市级实施细则，避免重复发布。', reviewedAt: new Date(due - 6 * hour).toISOString() })
        break
      default:
        await set(r.id, { ...base, overdue: true })
    }
    total++
  }

  // Published two hours ago: waiting in every city's review queue, not yet due.
  const recent = await document(
    '自治区发展改革委关于做好今冬明春能源保供工作的通知',
    '部署煤炭、天然气、电力保供工作，要求各地落实储备责任，保障群众温暖过冬。',
    new Date(Date.now() - 2 * hour),
  )
  await fanOutOriginal(payload, 'articles', recent.id)
  total += (await reposts('articles', recent.id)).length
  log(`转载规则：2 条；转载记录：${total} 条`)
}
