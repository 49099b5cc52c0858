import type { GlobalConfig, NumberField } from 'payload'
import { isPlatformAdmin, readsWholeCluster } from '../../src/access/roles'
import { platformSettingDefaults } from '../../src/settings/defaults'
import { invalidatePages } from '../../src/render/invalidation'

const setting = (name: keyof typeof platformSettingDefaults, zh: string, en: string, description: string): NumberField => ({
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
    setting('closureNoticeDays', '关停公告期（天）', 'Closure notice (days)', '默认 30 天：关停前须在原网站发布公告并链接新网站。'),
    setting('policyPublishWorkdays', '政策文件公开时限（工作日）', 'Policy publication limit (working days)', '宁政办发〔2017〕74号：涉及公民、法人权利义务的政策性文件印发后 5 个工作日内公开。'),
    setting('activeDisclosureWorkdays', '主动公开时限（工作日）', 'Active disclosure limit (working days)', '《政府信息公开条例》第二十六条：20 个工作日。'),
    setting('repostDeadlineHours', '转载时限（小时）', 'Repost deadline (hours)', '宁政办发〔2017〕74号：重要政策信息 24 小时内转载。'),
    setting('listPageSize', '列表每页条数', 'List page size', '公众网站栏目列表每页显示的条数。'),
    setting('homeItemsPerColumn', '首页每栏目条数', 'Home items per column', '网站首页每个栏目显示的最新信息条数。'),
    setting('principalInterpretationsPerYear', '主要负责人年度解读次数', 'Principal interpretations per year', '宁政办发〔2017〕74号：主要负责人 1 年内解读重要政策应不少于 2 次，低于此数的网站在解读统计中标出。'),
    {
      // 宁政办发〔2017〕74号 二(二) binds the principal leaders of 县级以上人民政府; which departments it also binds is
      // the general office's decision, so it names them here rather than the rule applying to every site.
      name: 'principalInterpretationDepartments',
      type: 'relationship',
      relationTo: 'sites',
      hasMany: true,
      filterOptions: { level: { equals: 'department' } },
      label: { zh: '须考核主要负责人解读的部门', en: 'Departments held to the principal-interpretation rule' },
      admin: { description: '县级以上人民政府网站始终适用；部门网站只有列在这里的才计入主要负责人解读统计并标出不足。' },
    },
    setting('messageReplyWorkdays', '留言答复时限（工作日）', 'Message reply limit (working days)', '公众留言自收到（转办的自转办）之日起，在此工作日数内答复。超过 2 个月未答复预警，超过 3 个月未答复属“互动回应差”单项否决。'),
    setting('consultationFeedbackWorkdays', '意见征集反馈时限（工作日）', 'Consultation feedback limit (working days)', '意见征集结束后，在此工作日数内公布意见采纳情况反馈；逾期未公布的征集在后台标出。'),
    setting('messageRetentionYears', '留言个人信息保存期限（年）', 'Message personal data retention (years)', '留言办结或标为无效满此年数后，每日任务删除留言人的姓名、电话、邮箱（未公开的留言内容一并删除）；统计数字不受影响。国家规定未明确期限，默认 3 年。'),
    setting('disclosureReplyWorkdays', '依申请公开答复时限（工作日）', 'Disclosure reply limit (working days)', '《政府信息公开条例》第三十三条：自收到申请之日起 20 个工作日内答复；补正的自收到补正之日起算，征求第三方意见和缴费的时间不计算在内。'),
    setting('disclosureExtensionWorkdays', '依申请公开延期上限（工作日）', 'Disclosure extension limit (working days)', '第三十三条：需要延长的，经政府信息公开工作机构负责人同意并告知申请人，延长不超过 20 个工作日，只能延长一次。'),
    setting('disclosureSupplementRequestWorkdays', '补正告知时限（工作日）', 'Supplement request limit (working days)', '第三十条：申请内容不明确的，自收到申请之日起 7 个工作日内一次性告知申请人补正。'),
    setting('disclosureThirdPartyWorkdays', '第三方意见期限（工作日）', 'Third-party opinion period (working days)', '第三十二条：第三方自收到征求意见书之日起 15 个工作日内提出意见；征求意见时间不计算在答复期限内。'),
    setting('disclosureFeePaymentWorkdays', '信息处理费缴费期限（工作日）', 'Fee payment period (working days)', '《政府信息公开信息处理费管理办法》：申请人在收到收费通知次日起 20 个工作日内缴费，逾期未缴费的按“逾期未缴费”办结；缴费时间不计算在答复期限内。'),
    setting('frequentRequestApplicants', '多人申请提示人数', 'Frequent request threshold (applicants)', '同一年度内申请同一政府信息的申请人达到此人数时，在年度自查中提示考虑转为主动公开。'),
    {
      // src/editor/videoHosts.ts reads it: a body embeds video addresses only from these hosts (and their subdomains).
      name: 'videoHosts',
      type: 'textarea',
      label: { zh: '允许嵌入视频的网站', en: 'Allowed video hosts' },
      admin: { description: '每行一个域名，例如 www.gov.cn；正文中的视频网址只能来自这些网站（含其子域名）。留空则只能使用本网站图片库中的视频。' },
    },
  ],
}
