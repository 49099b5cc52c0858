import type { Field } from 'payload'

// The Chinese labels are the report formats' own line names; the English ones help an English admin find them.
const num = (name: string, zh: string, en: string): Field => ({ name, type: 'number', min: 0, label: { zh, en } })
const yes = (name: string, zh: string, en: string): Field => ({ name, type: 'checkbox', defaultValue: false, label: { zh, en } })
const row = (...fields: Field[]): Field => ({ type: 'row', fields })
const group = (name: string, zh: string, en: string, fields: Field[]): Field => ({ name, type: 'group', label: { zh, en }, fields })

/**
 * 《政府网站工作年度报表》 fields the platform cannot know (domain-rules §1.9), entered by staff. The computed
 * ones (访问量, 信息发布, 专栏, 解读, 留言, 征集, 安全检测) are in `figures`.
 */
export const websiteEnteredFields: Field[] = [
  group('header', '基本信息', 'Basic information', [
    row(
      { name: 'siteType', type: 'select', defaultValue: 'portal', label: { zh: '网站类型', en: 'Site type' }, options: [
        { value: 'portal', label: { zh: '政府门户网站', en: 'Portal' } },
        { value: 'department', label: { zh: '部门网站', en: 'Department' } },
        { value: 'special', label: { zh: '专项网站', en: 'Special' } },
      ] },
      num('overviewUpdates', '概况类信息更新量', 'Overview updates'),
    ),
  ]),
  group('interpretation', '解读回应（补充）', 'Interpretation and response (entered)', [
    row(num('mediaComments', '媒体评论文章', 'Media commentaries'), num('responses', '回应公众关注热点或重大舆情次数', 'Responses to public concerns or major opinion events')),
  ]),
  group('services', '办事服务', 'Online services', [
    row(
      yes('catalogPublished', '是否发布服务事项目录', 'Service catalogue published'),
      num('registeredUsers', '注册用户数', 'Registered users'),
      num('serviceItems', '政务服务事项数', 'Service items'),
      num('onlineItems', '可全程在线办理事项数', 'Items fully online'),
    ),
    row(num('cases', '办件量（总数）', 'Cases (total)'), num('casesPersons', '办件量（自然人）', 'Cases (natural persons)'), num('casesLegal', '办件量（法人）', 'Cases (legal persons)')),
  ]),
  group('interaction', '互动交流（补充）', 'Interaction (entered)', [
    row(yes('unifiedPlatform', '是否使用统一平台', 'Uses the unified platform'), yes('smartAnswers', '是否提供智能问答', 'Offers smart answers')),
    row(num('interviews', '在线访谈期数', 'Online interviews'), num('interviewQuestions', '网民留言数', 'Questions from the public'), num('interviewAnswers', '答复网民提问数', 'Questions answered')),
  ]),
  group('security', '安全防护（补充）', 'Security (entered)', [
    row(
      yes('monitoringMechanism', '是否建立安全监测预警机制', 'Security monitoring and warning in place'),
      yes('emergencyDrill', '是否开展应急演练', 'Emergency drill held'),
      yes('securityOfficer', '是否明确网站安全责任人', 'Security officer named'),
    ),
  ]),
  {
    name: 'newMedia',
    type: 'array',
    label: { zh: '移动新媒体', en: 'New media' },
    fields: [
      row(
        { name: 'platform', type: 'select', required: true, label: { zh: '类型', en: 'Platform' }, options: [
          { value: 'weibo', label: { zh: '微博', en: 'Weibo' } },
          { value: 'wechat', label: { zh: '微信', en: 'WeChat' } },
          { value: 'other', label: { zh: '其他', en: 'Other' } },
        ] },
        { name: 'name', type: 'text', required: true, maxLength: 100, label: { zh: '名称', en: 'Name' } },
        num('posts', '信息发布量', 'Posts'),
        num('followers', '关注量/订阅数', 'Followers or subscribers'),
      ),
    ],
  },
  group('innovation', '创新发展', 'Innovation', [
    row(
      yes('searchService', '搜索即服务', 'Search as a service'),
      yes('multilingual', '多语言版本', 'Multilingual versions'),
      yes('accessibility', '无障碍浏览', 'Accessible browsing'),
      yes('personalised', '千人千网', 'Personalised pages'),
    ),
    { name: 'other', type: 'textarea', maxLength: 2000, label: { zh: '其他', en: 'Other' } },
  ]),
  group('signOff', '填报信息', 'Sign-off', [
    row(
      { name: 'head', type: 'text', maxLength: 50, label: { zh: '单位负责人', en: 'Head' } },
      { name: 'reviewer', type: 'text', maxLength: 50, label: { zh: '审核人', en: 'Reviewer' } },
      { name: 'filledBy', type: 'text', maxLength: 50, label: { zh: '填报人', en: 'Filled by' } },
      { name: 'phone', type: 'text', maxLength: 30, label: { zh: '联系电话', en: 'Phone' } },
    ),
  ]),
]

/** 政务公开年度报告: table 二's rows the platform cannot know, and the text sections 一, 五, 六. */
export const opennessEnteredFields: Field[] = [
  group('table2Entered', '表二（人工填报）', 'Table II (entered)', [
    row(
      num('licensing', '第（五）项 行政许可：本年处理决定数量', 'Item (5) administrative licensing: decisions this year'),
      num('penalties', '第（六）项 行政处罚：本年处理决定数量', 'Item (6) administrative penalties: decisions this year'),
      num('enforcement', '第（六）项 行政强制：本年处理决定数量', 'Item (6) administrative enforcement: decisions this year'),
      num('fees', '第（八）项 行政事业性收费：本年收费金额（万元）', 'Item (8) administrative fees: amount this year (10,000 yuan)'),
    ),
  ]),
  group('sections', '文字部分', 'Text sections', [
    { name: 'overview', type: 'textarea', maxLength: 20000, label: { zh: '一、总体情况', en: 'Overview' } },
    { name: 'problems', type: 'textarea', maxLength: 20000, label: { zh: '五、存在的主要问题及改进情况', en: 'Problems and improvements' } },
    { name: 'otherMatters', type: 'textarea', maxLength: 20000, label: { zh: '六、其他需要报告的事项', en: 'Other matters' } },
  ]),
]
