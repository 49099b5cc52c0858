import type { Payload } from 'payload'
import { plainTextToLexical } from '../render/richText'

const dayMs = 86_400_000
const daysAgo = (days: number) => new Date(Date.now() - days * dayMs).toISOString()

/** A starter 错敏词 dictionary: common misspellings in government writing, and their correct forms. */
export const demoSensitiveWords: { term: string; kind: 'sensitive' | 'misspelling'; suggestion?: string }[] = [
  { term: '既往不究', kind: 'misspelling', suggestion: '既往不咎' },
  { term: '按步就班', kind: 'misspelling', suggestion: '按部就班' },
  { term: '默守成规', kind: 'misspelling', suggestion: '墨守成规' },
  { term: '迫不急待', kind: 'misspelling', suggestion: '迫不及待' },
  { term: '再接再励', kind: 'misspelling', suggestion: '再接再厉' },
  { term: '一愁莫展', kind: 'misspelling', suggestion: '一筹莫展' },
  { term: '走头无路', kind: 'misspelling', suggestion: '走投无路' },
  { term: '不径而走', kind: 'misspelling', suggestion: '不胫而走' },
  { term: '中华人民共合国', kind: 'misspelling', suggestion: '中华人民共和国' },
  { term: '国务院办工厅', kind: 'misspelling', suggestion: '国务院办公厅' },
  { term: '宁夏回族自治州', kind: 'misspelling', suggestion: '宁夏回族自治区' },
  { term: '党中央国务院', kind: 'misspelling', suggestion: '党中央、国务院' },
]

/** The current leaders of the four demo sites the monitor demo uses (names are invented). */
const demoLeaders: Record<string, { name: string; titles: string }[]> = {
  yinchuan: [
    { name: '马文清', titles: '市委副书记、市长' },
    { name: '李红梅', titles: '副市长' },
  ],
  shizuishan: [{ name: '张立新', titles: '市长' }],
  wuzhong: [{ name: '王建国', titles: '市长' }],
  guyuan: [
    { name: '杨志强', titles: '市长' },
    { name: '刘海燕', titles: '副市长' },
  ],
}

type SiteRef = { id: number }

async function siteByCode(payload: Payload, siteCode: string): Promise<SiteRef | null> {
  return (await payload.find({ collection: 'sites', where: { siteCode: { equals: siteCode } }, limit: 1, depth: 0, overrideAccess: true })).docs[0] ?? null
}

async function columnsOf(payload: Payload, siteId: number) {
  return (await payload.find({ collection: 'columns', where: { site: { equals: siteId } }, pagination: false, depth: 0, overrideAccess: true })).docs
}

async function publish(payload: Payload, siteId: number, columnId: number, title: string, body: string, days: number) {
  return payload.create({
    collection: 'articles',
    overrideAccess: true,
    data: { site: siteId, columns: [columnId], title, body: plainTextToLexical(body) as never, workflowStatus: 'published', publishedAt: daysAgo(days), disclosureAttribute: 'public' } as never,
  })
}

/**
 * Problems the site-health monitor finds in the demo (issue 12): 石嘴山 has a stale news column, 吴忠 five empty
 * columns, 固原 a broken attachment link and a leader with a wrong title; 银川 is clean. Every site gets the entry to
 * its consultation channel in 互动交流, so that "no channel" does not hide the rest.
 */
export async function seedDemoMonitoring(payload: Payload, log: (message: string) => void = () => {}): Promise<void> {
  for (const word of demoSensitiveWords) await payload.create({ collection: 'sensitive-words', data: word, overrideAccess: true })
  const codes: Record<string, string> = { yinchuan: '6401000001', shizuishan: '6402000001', wuzhong: '6403000001', guyuan: '6404000001' }
  const sites = new Map<string, SiteRef>()
  for (const [key, code] of Object.entries(codes)) {
    const site = await siteByCode(payload, code)
    if (site) sites.set(key, site)
  }
  for (const [key, leaders] of Object.entries(demoLeaders)) {
    const site = sites.get(key)
    if (!site) continue
    for (const [order, leader] of leaders.entries()) await payload.create({ collection: 'site-leaders', data: { site: site.id, ...leader, order }, overrideAccess: true })
  }
  const all = (await payload.find({ collection: 'sites', where: { status: { equals: 'live' } }, pagination: false, depth: 0, overrideAccess: true })).docs
  for (const site of all) {
    const channel = (await columnsOf(payload, site.id)).find((c) => c.kind === 'interaction')
    if (channel) await publish(payload, site.id, channel.id, '在线咨询和建议', `欢迎通过本栏目向${site.name}提出咨询和建议，工作日内答复。咨询电话：${site.contact?.phone ?? '12345'}。`, 60)
  }

  // 银川: clean. Every column carries something recent (or is legitimately empty), leaders are named correctly.
  const yinchuan = sites.get('yinchuan')
  if (yinchuan) {
    const counts = new Map<string, number>()
    const published = await payload.find({ collection: 'articles', where: { and: [{ site: { equals: yinchuan.id } }, { workflowStatus: { equals: 'published' } }] }, pagination: false, depth: 0, overrideAccess: true, select: { columns: true } })
    for (const a of published.docs) for (const c of a.columns ?? []) counts.set(String(typeof c === 'object' ? c.id : c), 1)
    for (const column of await columnsOf(payload, yinchuan.id)) {
      if (counts.has(String(column.id)) || column.emptyReason || column.kind === 'interaction') continue
      await publish(payload, yinchuan.id, column.id, `${column.title}：本月工作情况`, `副市长李红梅主持召开专题会议，听取${column.title}相关工作汇报。`, column.kind === 'news' ? 1 : 10)
    }
    const news = (await columnsOf(payload, yinchuan.id)).find((c) => c.slug === 'bdyw')
    if (news) await publish(payload, yinchuan.id, news.id, '市委副书记、市长马文清调研重点项目建设', '马文清市长一行先后来到多个重点项目现场，了解项目进展。', 0)
  }

  // 石嘴山: 部门动态 (news) last updated 40 days ago.
  const shizuishan = sites.get('shizuishan')
  if (shizuishan) {
    const bmdt = (await columnsOf(payload, shizuishan.id)).find((c) => c.slug === 'bmdt')
    if (bmdt) {
      const items = await payload.find({ collection: 'articles', where: { columns: { contains: bmdt.id } }, pagination: false, depth: 0, overrideAccess: true })
      for (const item of items.docs) await payload.update({ collection: 'articles', id: item.id, data: { publishedAt: daysAgo(40) }, overrideAccess: true })
      if (!items.docs.length) await publish(payload, shizuishan.id, bmdt.id, '市直部门开展业务培训', '各部门组织开展业务培训。', 40)
    }
  }

  // 吴忠: five columns created and left empty without a note.
  const wuzhong = sites.get('wuzhong')
  if (wuzhong) {
    const titles = ['领导之窗', '统计数据', '财政预决算', '应急管理', '建议提案办理']
    for (const [i, title] of titles.entries()) {
      await payload.create({ collection: 'columns', overrideAccess: true, data: { site: wuzhong.id, title, slug: `kb-${i + 1}`, kind: 'other', order: 200 + i } })
    }
  }

  // 固原: an attachment link to a file that is not there, and 副市长 刘海燕 called 市长.
  const guyuan = sites.get('guyuan')
  if (guyuan) {
    const tzgg = (await columnsOf(payload, guyuan.id)).find((c) => c.slug === 'tzgg')
    if (tzgg) {
      await payload.create({
        collection: 'articles',
        overrideAccess: true,
        data: {
          site: guyuan.id,
          columns: [tzgg.id],
          title: '关于做好2026年度冬季供暖工作的通知',
          workflowStatus: 'published',
          publishedAt: daysAgo(2),
          disclosureAttribute: 'public',
          body: {
            root: {
              type: 'root', direction: 'ltr', format: '', indent: 0, version: 1,
              children: [
                { type: 'paragraph', direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', version: 1, children: [
                  { type: 'text', text: '市长刘海燕主持召开专题会议，部署冬季供暖工作。详见附件：', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
                  { type: 'link', fields: { url: '/api/files/file/gongnuan-2026.pdf', newTab: false, linkType: 'custom' }, direction: 'ltr', format: '', indent: 0, version: 3, children: [{ type: 'text', text: '供暖工作方案（PDF）', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] },
                ] },
              ],
            },
          } as never,
        } as never,
      })
    }
  }
  log(`网站监测：错敏词 ${demoSensitiveWords.length} 条，领导名录 ${Object.values(demoLeaders).flat().length} 人，示例问题 3 个网站`)
}
