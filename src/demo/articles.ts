import type { DemoSite } from './sites'
import { Workflow, type WorkflowState } from '../states'

export type DemoArticle = {
  column: string
  title: string
  summary: string
  body: string
  source: string
  daysAgo: number
  important?: boolean
  status?: WorkflowState
  disclosureAttribute?: 'public' | 'on-application' | 'not-public' | 'after-declassification'
  nonDisclosureReason?: string
}

const short = (site: DemoSite): string => site.name.replace('宁夏回族自治区', '自治区').replace('人民政府', '政府')
const place = (site: DemoSite): string => (site.level === 'city' ? site.name.replace('人民政府', '') : '全区')

/** Demo articles written for this project in the style of government news; dates count back from today. */
export function demoArticlesFor(site: DemoSite): DemoArticle[] {
  const unit = short(site)
  const area = place(site)
  return [
    {
      column: 'bdyw',
      title: `${unit}召开政务公开工作推进会`,
      summary: `会议总结今年以来政务公开工作，部署下一阶段重点任务。`,
      source: site.sponsor,
      daysAgo: 1,
      body: `近日，${unit}召开政务公开工作推进会，总结今年以来政务公开工作情况，分析存在的问题，安排部署下一阶段重点任务。
会议指出，今年以来，各部门认真落实政务公开各项要求，决策、执行、管理、服务、结果“五公开”不断深化，政策解读和回应关切水平持续提升，政府网站集约化建设取得阶段性成效。
会议强调，要坚持以公开为常态、不公开为例外，严格落实公文公开属性源头认定机制，做到“应公开，尽公开”。要加强政策解读，坚持政策性文件与解读材料同步组织、同步审签、同步部署。要做好重要政策信息转载工作，国务院和自治区人民政府发布的重要政策信息，应在24小时内充分转载。
会议要求，各单位要于12月底前完成不予公开信息和依申请公开信息的年度自查，发现应公开未公开的信息及时公开。`,
    },
    {
      column: 'bdyw',
      title: `${area}冬季供暖工作全面启动`,
      summary: `${area}各供热企业按期点火供热，保障群众温暖过冬。`,
      source: site.sponsor,
      daysAgo: 3,
      body: `入冬以来，${area}各供热企业按照统一部署，提前完成设备检修和燃料储备，按期点火供热。
据介绍，今年供暖季各地共排查整改供热管网隐患一百余处，新增供热面积约八十万平方米。各级供热管理部门开通24小时服务热线，及时受理群众反映的室温不达标等问题。
供热管理部门提醒广大市民，如遇暖气不热、管道漏水等情况，可拨打当地供热服务热线或通过政府网站留言反映，相关部门将在规定时限内答复办理。`,
    },
    {
      column: 'bmdt',
      title: `${unit}开展“政府开放日”活动`,
      summary: `邀请群众代表走进机关，面对面了解政务服务。`,
      source: site.sponsor,
      daysAgo: 6,
      body: `为进一步扩大公众参与，${unit}近日开展“政府开放日”活动，邀请人大代表、政协委员、群众代表和新闻媒体记者走进机关。
活动中，代表们参观了政务服务大厅，现场体验了“一窗受理、集成服务”办事流程，并就便民服务、政策落实等方面提出意见建议。单位负责人逐一回应代表关切，对现场提出的问题明确了办理时限和责任人。
下一步，${unit}将把“政府开放日”作为常态化工作，持续畅通公众参与渠道。`,
    },
    {
      column: 'tzgg',
      title: `关于${unit}门户网站改版期间部分栏目调整的公告`,
      summary: `网站已迁移至全区政府网站集约化平台，原有栏目地址自动跳转。`,
      source: site.sponsor,
      daysAgo: 9,
      body: `根据全区政府网站集约化建设统一部署，${site.name}网站已迁移至全区政府网站集约化平台统一管理。
迁移后，网站保留原有主要栏目，对长期无法保障更新的栏目进行了整合。原有信息已完整迁移，原网址可正常访问。
网站在使用过程中如发现错误或问题，欢迎通过页面底部“我为政府网站找错”入口反映，我们将及时核实处理。
特此公告。`,
    },
    {
      column: 'tzgg',
      title: `${unit}关于公开征求意见的公告`,
      summary: `就有关规范性文件草案公开征求社会公众意见，征求意见期为30日。`,
      source: site.sponsor,
      daysAgo: 15,
      body: `为提高决策的科学化、民主化水平，现将有关规范性文件草案全文向社会公布，公开征求意见。
社会公众可通过本网站“意见征集”栏目、电子邮件或信函方式提出意见建议。征求意见截止时间为公告发布之日起30日。
意见采纳情况将在征求意见结束后及时向社会公布，相对集中的意见建议未予采纳的，将说明理由。`,
    },
    {
      column: 'zcjd',
      title: `图解：一图读懂${area}政务公开重点工作`,
      summary: `以图文方式解读今年政务公开重点工作安排。`,
      source: site.sponsor,
      daysAgo: 4,
      body: `一、为什么要推进政务公开？
政务公开是保障公众知情权、参与权、表达权和监督权的重要制度安排，有利于增强政府公信力和执行力。
二、今年重点做什么？
严格审查公文公开属性；建立健全会议开放和重大行政决策预公开制度；加快完善主动公开目录；加强政策解读和回应关切；推进政府网站集约化建设。
三、群众如何参与？
可以通过政府网站“领导信箱”“意见征集”等栏目反映诉求、提出建议，也可以参加“政府开放日”活动。`,
    },
    {
      column: 'rsxx',
      title: `${unit}2026年公开招聘工作人员拟聘用人员公示`,
      summary: `经考试、考察和体检，现将拟聘用人员名单予以公示，公示期为7个工作日。`,
      source: site.sponsor,
      daysAgo: 20,
      body: `根据公开招聘工作安排，经笔试、面试、考察和体检，现将拟聘用人员名单予以公示。
公示期为7个工作日。公示期间，如对公示人员有异议，可通过电话或书面形式向组织人事部门反映。反映问题要实事求是，以真实姓名反映情况的，我们将予以保密。`,
    },
    {
      column: 'ghjh',
      title: `${area}“十五五”数字政府建设规划编制工作启动`,
      summary: `规划将统筹推进政务数据共享、政务服务和政府网站集约化建设。`,
      source: site.sponsor,
      daysAgo: 30,
      body: `近日，${area}“十五五”数字政府建设规划编制工作正式启动。
规划将围绕政务数据共享、一体化政务服务、政府网站和政务新媒体集约化建设等重点任务，明确发展目标和实施路径。编制过程中将广泛征求社会各界意见。`,
    },
    {
      column: 'xxgk',
      title: `${unit}政府信息公开指南`,
      summary: `说明主动公开的信息分类、获取方式和依申请公开的办理程序。`,
      source: site.sponsor,
      daysAgo: 60,
      body: `一、主动公开
本机关主动公开的政府信息，通过本网站、政府公报、新闻发布会以及报刊、广播、电视等途径公开。
二、依申请公开
公民、法人或者其他组织可以通过网络、信函、当面等方式提出政府信息公开申请。本机关收到申请后，能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日。
三、联系方式
办公地址：${site.address}；联系电话：${site.phone}。`,
    },
    {
      column: 'ztzl',
      title: `${area}政府网站集约化建设专题`,
      summary: `集中展示政府网站集约化建设进展。`,
      source: site.sponsor,
      daysAgo: 45,
      body: `按照“统一标准体系、统一技术平台、统一安全防护、统一运维监管”的要求，${area}政府网站已全部迁移到全区政府网站集约化平台。
集约化平台提供站点管理、栏目管理、资源管理、权限管理、内容发布、互动交流、站内搜索、运维监控和统计分析等功能，实现信息资源集中管理、内容服务集中提供。`,
    },
    {
      column: 'jggk',
      title: `${unit}主要职责`,
      summary: `本机关的主要职责和内设机构。`,
      source: site.sponsor,
      daysAgo: 90,
      body: `${unit}贯彻落实党中央、国务院和自治区党委、人民政府关于本领域工作的方针政策和决策部署，在履行职责过程中坚持和加强党的领导。
主要职责包括：拟订本领域发展规划和政策措施并组织实施；负责本领域政务公开、政策解读和回应关切工作；完成上级交办的其他任务。`,
    },
    {
      column: 'bmdt',
      title: `${unit}部署岁末年初安全生产工作（草稿）`,
      summary: '尚在编辑中的稿件，不会出现在公众网站上。',
      source: site.sponsor,
      daysAgo: 0,
      status: Workflow.draft,
      body: `（草稿）岁末年初是安全生产事故易发多发期，各单位要压实安全责任。`,
    },
    {
      column: 'tzgg',
      title: `${unit}关于调整办公时间的通知（已撤回）`,
      summary: '该通知因内容有误已撤回。',
      source: site.sponsor,
      daysAgo: 12,
      status: Workflow.withdrawn,
      body: `该通知发布后发现时间有误，已撤回。`,
    },
    {
      column: 'zcwj',
      title: `${unit}内部工作规程（不予公开）`,
      summary: '内部事务信息，不予公开。',
      source: site.sponsor,
      daysAgo: 25,
      disclosureAttribute: 'not-public',
      nonDisclosureReason: '属于内部事务信息，依据《政府信息公开条例》第十六条不予公开。',
      body: `本规程规范机关内部公文流转和会议组织程序。`,
    },
  ]
}
