import type { GlobalConfig, NumberField } from 'payload'
import { isPlatformAdmin, readsWholeCluster } from '../../src/access/roles'
import { platformSettingDefaults } from '../../src/settings/defaults'
import { invalidatePages } from '../../src/render/invalidation'
import type { Bilingual } from '../../src/i18n/bilingual'

const setting = (name: keyof typeof platformSettingDefaults, zh: string, en: string, description: Bilingual): NumberField => ({
  name,
  type: 'number',
  required: true,
  min: 1,
  defaultValue: platformSettingDefaults[name],
  label: { zh, en },
  admin: { description },
})

export const PlatformSettingsGlobal: GlobalConfig = {
  slug: 'platform-settings',
  label: { zh: '平台设置', en: 'Platform settings' },
  admin: { group: { zh: '系统', en: 'System' } },
  access: {
    read: ({ req }) => readsWholeCluster(req.user) || Boolean(req.user),
    update: ({ req }) => isPlatformAdmin(req.user),
  },
  // Settings shape every page (list sizes, home sections): all pages go, and every process re-reads them.
  hooks: { afterChange: [({ req }) => invalidatePages(['*'], req)] },
  fields: [
    setting('closureNoticeDays', '关停公告期（天）', 'Closure notice (days)', { zh: '默认 30 天：关停前须在原网站发布公告并链接新网站。', en: 'Default 30 days: before closing, the site must show a notice linking the new site.' }),
    setting('policyPublishWorkdays', '政策文件公开时限（工作日）', 'Policy publication limit (working days)', { zh: '宁政办发〔2017〕74号：涉及公民、法人权利义务的政策性文件印发后 5 个工作日内公开。', en: 'Ningxia General Office document [2017] 74: policy documents affecting rights and obligations are published within 5 working days of issue.' }),
    setting('activeDisclosureWorkdays', '主动公开时限（工作日）', 'Active disclosure limit (working days)', { zh: '《政府信息公开条例》第二十六条：20 个工作日。', en: 'Regulations on the Disclosure of Government Information, art. 26: 20 working days.' }),
    setting('repostDeadlineHours', '转载时限（小时）', 'Repost deadline (hours)', { zh: '宁政办发〔2017〕74号：重要政策信息 24 小时内转载。', en: 'Ningxia General Office document [2017] 74: important policy information is reposted within 24 hours.' }),
    setting('listPageSize', '列表每页条数', 'List page size', { zh: '公众网站栏目列表每页显示的条数。', en: "Items per page in the public site's column lists." }),
    setting('homeItemsPerColumn', '首页每栏目条数', 'Home items per column', { zh: '网站首页每个栏目显示的最新信息条数。', en: "Latest items shown per column on a site's home page." }),
    setting('principalInterpretationsPerYear', '主要负责人年度解读次数', 'Principal interpretations per year', { zh: '宁政办发〔2017〕74号：主要负责人 1 年内解读重要政策应不少于 2 次，低于此数的网站在解读统计中标出。', en: 'Ningxia General Office document [2017] 74: the principal interprets important policies at least twice a year; sites below are marked in the interpretation statistics.' }),
    {
      // 宁政办发〔2017〕74号 二(二) binds the principal leaders of 县级以上人民政府; which departments it also binds is
      // the general office's decision, so it names them here rather than the rule applying to every site.
      name: 'principalInterpretationDepartments',
      type: 'relationship',
      relationTo: 'sites',
      hasMany: true,
      filterOptions: { level: { equals: 'department' } },
      label: { zh: '须考核主要负责人解读的部门', en: 'Departments held to the principal-interpretation rule' },
      admin: { description: { zh: '县级以上人民政府网站始终适用；部门网站只有列在这里的才计入主要负责人解读统计并标出不足。', en: "Always applies to governments' sites at county level and above; department sites count in the principal's interpretation statistics only when listed here." } },
    },
    setting('messageReplyWorkdays', '留言答复时限（工作日）', 'Message reply limit (working days)', { zh: '公众留言自收到（转办的自转办）之日起，在此工作日数内答复。超过 2 个月未答复预警，超过 3 个月未答复属“互动回应差”单项否决。', en: 'Messages are answered within this many working days of receipt (or transfer). Unanswered after 2 months is warned; after 3 months it is a “poor interaction” single veto.' }),
    setting('consultationFeedbackWorkdays', '意见征集反馈时限（工作日）', 'Consultation feedback limit (working days)', { zh: '意见征集结束后，在此工作日数内公布意见采纳情况反馈；逾期未公布的征集在后台标出。', en: 'Feedback on a consultation is published within this many working days of its close; late ones are marked in the admin.' }),
    setting('messageRetentionYears', '留言个人信息保存期限（年）', 'Message personal data retention (years)', { zh: '留言办结或标为无效满此年数后，每日任务删除留言人的姓名、电话、邮箱（未公开的留言内容一并删除）；统计数字不受影响。国家规定未明确期限，默认 3 年。', en: "This many years after a message is closed or marked invalid, the daily job deletes the sender's name, phone and e-mail (and unpublished message text); statistics are unaffected. National rules set no period; the default is 3 years." }),
    setting('disclosureReplyWorkdays', '依申请公开答复时限（工作日）', 'Disclosure reply limit (working days)', { zh: '《政府信息公开条例》第三十三条：自收到申请之日起 20 个工作日内答复；补正的自收到补正之日起算，征求第三方意见和缴费的时间不计算在内。', en: 'Regulation art. 33: reply within 20 working days of receipt; after a supplement the clock starts on its arrival; third-party consultation and fee payment time are not counted.' }),
    setting('disclosureExtensionWorkdays', '依申请公开延期上限（工作日）', 'Disclosure extension limit (working days)', { zh: '第三十三条：需要延长的，经政府信息公开工作机构负责人同意并告知申请人，延长不超过 20 个工作日，只能延长一次。', en: 'Art. 33: an extension needs the approval of the openness office head and a notice to the applicant; at most 20 working days, once.' }),
    setting('disclosureSupplementRequestWorkdays', '补正告知时限（工作日）', 'Supplement request limit (working days)', { zh: '第三十条：申请内容不明确的，自收到申请之日起 7 个工作日内一次性告知申请人补正。', en: 'Art. 30: an unclear application is answered with one request for a supplement within 7 working days of receipt.' }),
    setting('disclosureThirdPartyWorkdays', '第三方意见期限（工作日）', 'Third-party opinion period (working days)', { zh: '第三十二条：第三方自收到征求意见书之日起 15 个工作日内提出意见；征求意见时间不计算在答复期限内。', en: 'Art. 32: the third party answers within 15 working days; the consultation time is not counted in the reply limit.' }),
    setting('disclosureFeePaymentWorkdays', '信息处理费缴费期限（工作日）', 'Fee payment period (working days)', { zh: '《政府信息公开信息处理费管理办法》：申请人在收到收费通知次日起 20 个工作日内缴费，逾期未缴费的按“逾期未缴费”办结；缴费时间不计算在答复期限内。', en: 'Fee rules: the applicant pays within 20 working days of the notice; unpaid applications are concluded as “fee not paid in time”; payment time is not counted.' }),
    setting('frequentRequestApplicants', '多人申请提示人数', 'Frequent request threshold (applicants)', { zh: '同一年度内申请同一政府信息的申请人达到此人数时，在年度自查中提示考虑转为主动公开。', en: 'When this many applicants ask for the same information in a year, the annual self-check suggests publishing it proactively.' }),
    {
      // src/editor/videoHosts.ts reads it: a body embeds video addresses only from these hosts (and their subdomains).
      name: 'videoHosts',
      type: 'textarea',
      label: { zh: '允许嵌入视频的网站', en: 'Allowed video hosts' },
      admin: { description: { zh: '每行一个域名，例如 www.gov.cn；正文中的视频网址只能来自这些网站（含其子域名）。留空则只能使用本网站图片库中的视频。', en: "One host per line, e.g. www.gov.cn; video addresses in bodies may only come from these sites (and their subdomains). Leave empty to allow only videos from the site's media library." } },
    },
  ],
}
