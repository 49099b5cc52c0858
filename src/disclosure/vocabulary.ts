/**
 * The words of 依申请公开 (applications for disclosure): applicant kinds and the organisation types of the 2021
 * report's table 三 (国办公开办函〔2021〕30号), channels (提交方式) with their receipt rule (条例第三十一条),
 * delivery forms, the seven reply types of art. 36 and the result rows of table 三. One English identifier per
 * Chinese term (README glossary).
 */

type Term<T extends string> = { value: T; zh: string; en: string }
const values = <T extends string>(list: readonly Term<T>[]): T[] => list.map((t) => t.value)
export const zhOf = <T extends string>(list: readonly Term<T>[], value: string | null | undefined): string =>
  list.find((t) => t.value === value)?.zh ?? String(value ?? '')
export const enOf = <T extends string>(list: readonly Term<T>[], value: string | null | undefined): string =>
  list.find((t) => t.value === value)?.en ?? String(value ?? '')

export const applicantKinds = [
  { value: 'natural-person', zh: '自然人', en: 'Natural person' },
  { value: 'organisation', zh: '法人或其他组织', en: 'Legal person or other organisation' },
] as const satisfies readonly Term<string>[]
export type ApplicantKind = (typeof applicantKinds)[number]['value']

/** Table 三's columns under 法人或其他组织. */
export const organisationTypes = [
  { value: 'commercial-enterprise', zh: '商业企业', en: 'Commercial enterprise' },
  { value: 'research-institution', zh: '科研机构', en: 'Research institution' },
  { value: 'public-interest-organisation', zh: '社会公益组织', en: 'Public-interest organisation' },
  { value: 'legal-service-organisation', zh: '法律服务机构', en: 'Legal-service organisation' },
  { value: 'other-organisation', zh: '其他', en: 'Other organisation' },
] as const satisfies readonly Term<string>[]
export type OrganisationType = (typeof organisationTypes)[number]['value']

/**
 * 提交方式. Receipt day (条例第三十一条): in person, the day handed in; by post, the day signed for; an ordinary
 * letter needing no signature, online and fax, the day both sides confirm (staff confirm with the applicant).
 */
export const applicationChannels = [
  { value: 'online', zh: '网上申请', en: 'Online' },
  { value: 'in-person', zh: '当面提交', en: 'In person' },
  { value: 'post', zh: '邮寄（签收）', en: 'Post (signed for)' },
  { value: 'fax', zh: '传真', en: 'Fax' },
  { value: 'letter', zh: '平常信函（无需签收）', en: 'Ordinary letter' },
] as const satisfies readonly Term<string>[]
export type ApplicationChannel = (typeof applicationChannels)[number]['value']
export const channelValues = values(applicationChannels)

/** Which day of the channel is the receipt day. */
export const receiptDayField: Record<ApplicationChannel, 'handedInOn' | 'signedForOn' | 'confirmedOn'> = {
  'in-person': 'handedInOn',
  post: 'signedForOn',
  online: 'confirmedOn',
  fax: 'confirmedOn',
  letter: 'confirmedOn',
}

export const deliveryForms = [
  { value: 'paper', zh: '纸质', en: 'Paper' },
  { value: 'electronic', zh: '电子邮件', en: 'Email' },
  { value: 'disk', zh: '光盘/磁盘', en: 'Disk' },
  { value: 'inspection', zh: '当场查阅、抄录', en: 'Inspection on site' },
] as const satisfies readonly Term<string>[]

/** 条例第三十六条's seven reply types, plus the decisions outside it (补正、缴费、信访等) that close an application. */
export const replyTypes = [
  { value: 'already-public', zh: '已主动公开，告知获取方式和途径', en: 'Already public (route told)', basis: '第三十六条第（一）项' },
  { value: 'provided', zh: '予以提供', en: 'Provided', basis: '第三十六条第（二）项' },
  { value: 'refused', zh: '不予公开', en: 'Refused', basis: '第三十六条第（三）项' },
  { value: 'not-exist', zh: '信息不存在', en: 'Does not exist', basis: '第三十六条第（四）项' },
  { value: 'not-this-body', zh: '不属于本机关负责公开', en: 'Not this body’s', basis: '第三十六条第（五）项' },
  { value: 'repeat-application', zh: '重复申请，不予重复处理', en: 'Repeat application', basis: '第三十六条第（六）项' },
  { value: 'special-law', zh: '按专门规定办理（工商、不动产登记资料等）', en: 'Special-law records', basis: '第三十六条第（七）项' },
  { value: 'other-handling', zh: '其他处理决定', en: 'Other decision', basis: '第三十条、第三十九条、第四十二条等' },
] as const
export type ReplyType = (typeof replyTypes)[number]['value']
export const replyTypeValues = replyTypes.map((t) => t.value)

/** Table 三, 三、本年度办理结果: every sub-row, in the table's order. `group` is the row (一)…(六). */
export const resultRows = [
  { value: 'disclosed', group: 'disclosed', zh: '（一）予以公开', en: 'Disclosed' },
  { value: 'partly-disclosed', group: 'partly-disclosed', zh: '（二）部分公开', en: 'Partly disclosed' },
  { value: 'refused-state-secret', group: 'refused', zh: '1.属于国家秘密', en: 'State secret' },
  { value: 'refused-barred-by-law', group: 'refused', zh: '2.其他法律行政法规禁止公开', en: 'Barred by other laws' },
  { value: 'refused-endangers-security', group: 'refused', zh: '3.危及“三安全一稳定”', en: 'Endangers security or stability' },
  { value: 'refused-third-party-rights', group: 'refused', zh: '4.保护第三方合法权益', en: 'Third-party rights' },
  { value: 'refused-internal-affairs', group: 'refused', zh: '5.属于三类内部事务信息', en: 'Internal affairs' },
  { value: 'refused-process-information', group: 'refused', zh: '6.属于四类过程性信息', en: 'Process information' },
  { value: 'refused-enforcement-files', group: 'refused', zh: '7.属于行政执法案卷', en: 'Enforcement files' },
  { value: 'refused-administrative-query', group: 'refused', zh: '8.属于行政查询事项', en: 'Administrative query' },
  { value: 'cannot-not-held', group: 'cannot-provide', zh: '1.本机关不掌握相关政府信息', en: 'Not held' },
  { value: 'cannot-needs-creating', group: 'cannot-provide', zh: '2.没有现成信息需要另行制作', en: 'Would need creating' },
  { value: 'cannot-still-unclear', group: 'cannot-provide', zh: '3.补正后申请内容仍不明确', en: 'Still unclear after supplement' },
  { value: 'not-handled-petition', group: 'not-handled', zh: '1.信访举报投诉类申请', en: 'Petition or complaint' },
  { value: 'not-handled-repeat', group: 'not-handled', zh: '2.重复申请', en: 'Repeat' },
  { value: 'not-handled-publication', group: 'not-handled', zh: '3.要求提供公开出版物', en: 'Published material' },
  { value: 'not-handled-mass-repeat', group: 'not-handled', zh: '4.无正当理由大量反复申请', en: 'Mass repeat without reason' },
  { value: 'not-handled-confirm', group: 'not-handled', zh: '5.要求行政机关确认或重新出具已获取信息', en: 'Confirm or reissue' },
  { value: 'other-no-supplement', group: 'other', zh: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', en: 'No supplement in time' },
  { value: 'other-unpaid-fee', group: 'other', zh: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', en: 'Fee not paid in time' },
  { value: 'other-other', group: 'other', zh: '3.其他', en: 'Other' },
] as const
export type ResultRow = (typeof resultRows)[number]['value']
export type ResultGroup = (typeof resultRows)[number]['group']
export const resultRowValues = resultRows.map((r) => r.value)

export const resultGroups: readonly { value: ResultGroup; zh: string; en: string }[] = [
  { value: 'disclosed', zh: '（一）予以公开', en: 'Disclosed' },
  { value: 'partly-disclosed', zh: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', en: 'Partly disclosed' },
  { value: 'refused', zh: '（三）不予公开', en: 'Refused' },
  { value: 'cannot-provide', zh: '（四）无法提供', en: 'Cannot be provided' },
  { value: 'not-handled', zh: '（五）不予处理', en: 'Not handled' },
  { value: 'other', zh: '（六）其他处理', en: 'Other handling' },
]

/**
 * A result row as staff choose it: a sub-row alone (“1.属于国家秘密”) does not say which of table 三's rows it
 * belongs to, so it carries its group: “（三）不予公开：1.属于国家秘密”.
 */
export function resultRowLabel(value: ResultRow): { zh: string; en: string } {
  const row = resultRows.find((r) => r.value === value)!
  if (row.group === 'disclosed' || row.group === 'partly-disclosed') return { zh: row.zh, en: row.en }
  const group = resultGroups.find((g) => g.value === row.group)!
  return { zh: `${group.zh}：${row.zh}`, en: `${group.en}: ${row.en}` }
}

const rowsOf = (group: ResultGroup): ResultRow[] => resultRows.filter((r) => r.group === group).map((r) => r.value)

/** The table 三 rows a reply of each type may land in. */
export const rowsForReplyType: Record<ReplyType, readonly ResultRow[]> = {
  'already-public': ['disclosed'],
  provided: ['disclosed', 'partly-disclosed'],
  refused: rowsOf('refused').filter((r) => r !== 'refused-administrative-query'),
  'not-exist': ['cannot-not-held', 'cannot-needs-creating'],
  'not-this-body': ['cannot-not-held'],
  'repeat-application': ['not-handled-repeat', 'not-handled-mass-repeat'],
  'special-law': ['refused-administrative-query'],
  'other-handling': [
    'cannot-still-unclear',
    'not-handled-petition',
    'not-handled-publication',
    'not-handled-confirm',
    ...rowsOf('other'),
  ],
}

/** Reply types whose letter must give the reason row and the reasons (说明理由). */
export const refusalTypes: readonly ReplyType[] = ['refused', 'not-this-body', 'special-law']

export const legalBasisOf = (type: ReplyType): string =>
  `《中华人民共和国政府信息公开条例》${replyTypes.find((t) => t.value === type)?.basis ?? ''}`
