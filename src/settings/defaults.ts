/**
 * Defaults for every threshold the national rules set (docs/rules.md).
 * Administrators change them in the admin (全局设置 → 平台设置); code reads them through
 * `getPlatformSettings`, never as literals.
 */
export const platformSettingDefaults = {
  /** 网站关停公告期: at least 30 days' notice before a site closes (地方实践, 青海等; configurable). */
  closureNoticeDays: 30,
  /** 宁政办发〔2017〕74号 一(一): policy documents affecting rights are published within 5 working days. */
  policyPublishWorkdays: 5,
  /** 政府信息公开条例 第26条: active disclosure within 20 working days. */
  activeDisclosureWorkdays: 20,
  /** 宁政办发〔2017〕74号 三(二): important region documents reposted within 24 hours. */
  repostDeadlineHours: 24,
  /** Public listing page size. */
  listPageSize: 20,
  /** Items per column on a site's home page. */
  homeItemsPerColumn: 6,
  /** 宁政办发〔2017〕74号 二(二): principal leaders interpret important policies at least twice a year. */
  principalInterpretationsPerYear: 2,
  /** 留言答复时限: a message is answered within N working days of receipt (or of its transfer, 转办). */
  messageReplyWorkdays: 15,
  /** 意见征集反馈: the feedback on a consultation is published within N working days after it closes. */
  consultationFeedbackWorkdays: 15,
  /** 留言个人信息保存期限: personal data of a closed message is erased this many years after closing (no national
   *  figure; 3 years, src/participation/messageRetention.ts). */
  messageRetentionYears: 3,
  /** 政府信息公开条例 第33条: an application is answered within 20 working days of receipt. */
  disclosureReplyWorkdays: 20,
  /** 第33条: one extension, approved by the head of the disclosure office and notified, of at most 20 working days. */
  disclosureExtensionWorkdays: 20,
  /** 第30条: a supplement (补正) is asked for once, within 7 working days of receipt. */
  disclosureSupplementRequestWorkdays: 7,
  /** 第32条: a consulted third party has 15 working days; the time is not counted. */
  disclosureThirdPartyWorkdays: 15,
  /** 政府信息公开信息处理费管理办法: the applicant pays within 20 working days of the fee notice; that time is not counted. */
  disclosureFeePaymentWorkdays: 20,
  /** 依申请公开 of the same information by at least this many applicants in a year is flagged for the annual self-check. */
  frequentRequestApplicants: 3,
} as const

export type PlatformSettings = { -readonly [K in keyof typeof platformSettingDefaults]: number }
