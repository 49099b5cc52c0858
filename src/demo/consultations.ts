import type { Payload } from 'payload'
import { addCalendarDays, chinaDay } from '../calendar/chinaTime'
import { Adoption, Comment, Consultation, Workflow } from '../states'

/**
 * 意见征集 demo (issue 13) on the region portal (宁夏, where the demo's policy documents are): one consultation open today with displayed comments (and one held back
 * because it gives a phone number), and one closed a month ago with its feedback report published and the
 * decision document linked. Dates are relative to the day the demo is seeded (China time).
 */
export async function seedDemoConsultations(payload: Payload, log: (message: string) => void = () => {}): Promise<void> {
  const site = (
    await payload.find({ collection: 'sites', where: { siteCode: { equals: '6400000001' } }, limit: 1, depth: 0, overrideAccess: true })
  ).docs[0]
  if (!site) return
  const today = chinaDay()
  const decision = (
    await payload.find({
      collection: 'policy-documents',
      where: { and: [{ site: { equals: site.id } }, { workflowStatus: { equals: Workflow.published } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
  const open = await payload.create({
    collection: 'consultations',
    overrideAccess: true,
    data: {
      site: site.id,
      title: '关于《宁夏回族自治区城市公园管理办法（征求意见稿）》公开征求意见的公告',
      status: Consultation.published,
      startsOn: addCalendarDays(today, -5),
      endsOn: addCalendarDays(today, 25),
      responsibleUnit: '自治区住房和城乡建设厅',
      contact: '电话 0951-0000000（工作日 9:00-17:00）；地址：银川市金凤区示例路 1 号',
      basis: '《中华人民共和国立法法》《重大行政决策程序暂行条例》等法律法规。',
      background:
        '为规范城市公园管理，提升公园服务水平，市园林管理局起草了《宁夏回族自治区城市公园管理办法（征求意见稿）》。\n主要内容包括公园规划建设、开放时间、游园秩序、设施维护和法律责任等。',
      draftText:
        '第一条　为加强城市公园管理，保护公园资源，为市民提供良好的游憩环境，制定本办法。\n第二条　本办法适用于本市行政区域内城市公园的规划、建设、保护和管理。\n第三条　公园应当全年开放，开放时间由公园管理机构向社会公布。',
      hearingNotice: '拟于征集期结束后召开听证会，听证会时间、地点另行公告。',
    },
  })
  const comments = [
    { content: '建议夏季公园开放时间延长到晚上 11 点，方便市民晚上纳凉锻炼。', status: Comment.displayed },
    { content: '第三条可以写明节假日期间增加保洁和安保人员。', status: Comment.displayed },
    { content: '希望增加无障碍通道和母婴室，方便老人和带孩子的家庭。', status: Comment.displayed },
    { content: '公园里广场舞音量太大，建议规定时段和音量。我的电话 13900000099，欢迎联系。', status: Comment.submitted },
  ]
  for (const [i, c] of comments.entries()) {
    await payload.create({
      collection: 'consultation-comments',
      overrideAccess: true,
      data: { site: site.id, consultation: open.id, content: c.content, status: Comment.submitted, receivedAt: new Date(Date.now() - (4 - i) * 86_400_000).toISOString() },
    })
  }
  const stored = await payload.find({ collection: 'consultation-comments', where: { consultation: { equals: open.id } }, limit: 10, overrideAccess: true, depth: 0 })
  for (const doc of stored.docs) {
    const wanted = comments.find((c) => c.content === doc.content)
    if (wanted?.status === Comment.displayed)
      await payload.update({ collection: 'consultation-comments', id: doc.id, overrideAccess: true, data: { status: Comment.displayed } })
  }

  await payload.create({
    collection: 'consultations',
    overrideAccess: true,
    data: {
      site: site.id,
      title: '关于《宁夏回族自治区生活垃圾分类管理实施方案（征求意见稿）》公开征求意见的公告',
      status: Consultation.published,
      startsOn: addCalendarDays(today, -60),
      endsOn: addCalendarDays(today, -30),
      responsibleUnit: '自治区住房和城乡建设厅',
      contact: '电话 0951-0000001',
      basis: '《宁夏回族自治区生活垃圾分类管理条例》（示例）。',
      background: '为推进生活垃圾分类工作，自治区住房和城乡建设厅起草了实施方案，向社会公开征求意见。',
      draftText: '一、总体要求\n二、分类标准\n三、投放、收集和运输\n四、保障措施',
      decisionDocument: decision?.id,
      feedback: {
        published: true,
        report:
          '征集期间共收到公众意见 46 条，经梳理归纳为以下 3 类。对合理意见予以采纳，对未采纳的意见说明理由如下。',
        groups: [
          { summary: '建议增加社区分类投放点和指导员', commentCount: 21, concentrated: true, adoption: Adoption.adopted, reason: '' },
          { summary: '建议对未分类投放的居民立即罚款', commentCount: 15, concentrated: true, adoption: Adoption.notAdopted, reason: '条例规定先劝导、后处罚，实施初期以宣传引导为主，暂不直接罚款。' },
          { summary: '建议厨余垃圾每日清运两次', commentCount: 10, concentrated: false, adoption: Adoption.partlyAdopted, reason: '夏季（6 至 9 月）每日清运两次，其他月份每日一次。' },
        ],
      },
    },
  })
  log('意见征集：自治区门户 1 项正在征集（3 条意见已公开），1 项已公布反馈')
}
