import type { Bilingual } from '../../src/i18n/bilingual'
import type { Field } from 'payload'
import {
  applicantKinds,
  applicationChannels,
  deliveryForms,
  organisationTypes,
  receiptDayField,
  replyTypes,
  resultRowLabel,
  resultRowValues,
  rowsForReplyType,
  type ReplyType,
} from '../../src/disclosure/vocabulary'
import type { ApplicationData } from '../../src/disclosure/applicationState'
import { disclosureLimits } from '../../src/disclosure/limits'
import { setOnCreateOnly } from './access'
import { deadlineNoteComponents } from '../../src/i18n/storedNotes'

type Labelled = readonly { value: string; zh: string; en: string }[]
export const options = (list: Labelled) => list.map((t) => ({ value: t.value, label: { zh: t.zh, en: t.en } }))

/** A China-time day, 'YYYY-MM-DD' (the hooks check it is a real day). */
export const day = (name: string, zh: string, en: string, description?: Bilingual, condition?: Condition): Field => ({
  name,
  type: 'text',
  maxLength: 10,
  label: { zh, en },
  admin: { placeholder: '2026-09-30', ...(description ? { description } : {}), ...(condition ? { condition } : {}) },
})

type Condition = (data: Partial<ApplicationData>, siblingData: Partial<ApplicationData>) => boolean

/** Each channel has one receipt day (条例第三十一条): the officer sees only that one. */
const receivedBy =
  (field: 'handedInOn' | 'signedForOn' | 'confirmedOn'): Condition =>
  (data) =>
    Boolean(data?.channel && receiptDayField[data.channel] === field)

/** The reply's fields follow its type: nothing to fill before the officer decides how to reply. */
const replying: Condition = (data) => Boolean(data?.replyType)

const computed = (name: string, zh: string, en: string, description?: Bilingual, components?: { Field: string; Cell: string }): Field => ({
  name,
  type: 'text',
  label: { zh, en },
  admin: { readOnly: true, position: 'sidebar', ...(description ? { description } : {}), ...(components ? { components } : {}) },
})

/** What the applicant filed: who, what, how to deliver. */
export const applicationFields: Field[] = [
  {
    name: 'applicantKind',
    type: 'select',
    required: true,
    options: options(applicantKinds),
    label: { zh: '申请人类型', en: 'Applicant kind' },
    access: setOnCreateOnly,
  },
  {
    name: 'organisationType',
    type: 'select',
    options: options(organisationTypes),
    label: { zh: '法人或其他组织类型', en: 'Organisation type' },
    admin: { condition: (data) => data?.applicantKind === 'organisation', description: { zh: '按政府信息公开工作年度报告表三的分类。', en: 'As classified in table 3 of the annual openness report.' } },
    access: setOnCreateOnly,
  },
  {
    name: 'applicant',
    type: 'group',
    label: { zh: '申请人信息（个人信息，不公开）', en: 'Applicant (private)' },
    fields: [
      { name: 'name', type: 'text', required: true, maxLength: disclosureLimits.name, label: { zh: '姓名或名称', en: 'Name' }, access: setOnCreateOnly },
      { name: 'idNumber', type: 'text', maxLength: disclosureLimits.idNumber, label: { zh: '身份证件号码或统一社会信用代码', en: 'ID number' }, access: setOnCreateOnly },
      { name: 'contactPerson', type: 'text', maxLength: disclosureLimits.name, label: { zh: '联系人（法人或其他组织）', en: 'Contact person' }, access: setOnCreateOnly },
      { name: 'phone', type: 'text', maxLength: disclosureLimits.phone, label: { zh: '联系电话', en: 'Phone' }, access: setOnCreateOnly },
      { name: 'email', type: 'text', maxLength: disclosureLimits.email, label: { zh: '电子邮箱', en: 'Email' }, access: setOnCreateOnly },
      { name: 'address', type: 'text', maxLength: disclosureLimits.address, label: { zh: '通信地址', en: 'Address' }, access: setOnCreateOnly },
    ],
  },
  {
    name: 'requestedInformation',
    type: 'textarea',
    required: true,
    maxLength: disclosureLimits.requestedInformation,
    label: { zh: '所需政府信息的名称、文号或便于查询的其他特征性描述', en: 'Information requested' },
    access: setOnCreateOnly,
  },
  { name: 'purpose', type: 'textarea', maxLength: disclosureLimits.purpose, label: { zh: '用途（选填）', en: 'Purpose (optional)' }, access: setOnCreateOnly },
  {
    name: 'deliveryForm',
    type: 'select',
    required: true,
    defaultValue: 'paper',
    options: options(deliveryForms),
    label: { zh: '信息的提供形式', en: 'Delivery form' },
  },
  {
    name: 'subjectKey',
    type: 'text',
    maxLength: 200,
    index: true,
    label: { zh: '所申请信息（归类名称）', en: 'Information (grouping name)' },
    admin: {
      description: { zh: '工作人员填写所申请信息的规范名称（如文件标题、文号）。同一年度多个申请人申请同一信息的，在年度自查中提示考虑转为主动公开。', en: 'Staff enter the standard name of the requested information (document title, number). When several applicants ask for the same information in a year, the annual self-check suggests publishing it proactively.' },
    },
  },
]

/** 提交方式 and the receipt day rule (条例第三十一条). */
export const receiptFields: Field[] = [
  {
    name: 'channel',
    type: 'select',
    required: true,
    options: options(applicationChannels),
    label: { zh: '提交方式', en: 'Channel' },
    access: setOnCreateOnly,
  },
  day('handedInOn', '当面提交日期', 'Handed in on', { zh: '当面提交的，以提交之日为收到申请之日。', en: 'In person: received on the day handed in.' }, receivedBy('handedInOn')),
  day('signedForOn', '邮件签收日期', 'Signed for on', { zh: '邮寄提交的，以签收之日为收到申请之日。', en: 'By post: received on the day signed for.' }, receivedBy('signedForOn')),
  day(
    'confirmedOn',
    '双方确认日期',
    'Confirmed on',
    { zh: '网上申请、传真和无需签收的平常信函，以双方确认之日为收到申请之日：与申请人确认后填写，保存后开始计算答复期限。', en: 'Online, fax and ordinary letters: received on the day both sides confirm; fill in after confirming with the applicant. The reply clock starts once saved.' },
    receivedBy('confirmedOn'),
  ),
]

/** The pauses and the extension (条例第三十条、第三十二条、第三十三条), each with its days. */
export const clockFields: Field[] = [
  {
    name: 'supplement',
    type: 'group',
    label: { zh: '补正', en: 'Supplement' },
    admin: { description: { zh: '申请内容不明确的，自收到申请之日起 7 个工作日内一次性告知补正；答复期限自收到补正之日起重新计算。', en: 'An unclear application gets one supplement request within 7 working days of receipt; the reply clock restarts when the supplement arrives.' } },
    fields: [
      day('requestedOn', '告知补正日期', 'Requested on'),
      { name: 'request', type: 'textarea', maxLength: 2000, label: { zh: '需要补正的事项', en: 'What to supplement' } },
      day('receivedOn', '收到补正日期', 'Received on'),
    ],
  },
  {
    name: 'thirdParty',
    type: 'group',
    label: { zh: '征求第三方意见', en: 'Third-party consultation' },
    admin: { description: { zh: '第三方自收到征求意见书之日起 15 个工作日内提出意见；征求意见的时间不计算在答复期限内。', en: 'The third party answers within 15 working days; consultation time is not counted in the reply limit.' } },
    fields: [
      { name: 'name', type: 'text', maxLength: 200, label: { zh: '第三方', en: 'Third party' } },
      day('sentOn', '发出征求意见书日期', 'Sent on'),
      day('repliedOn', '收到第三方意见日期', 'Replied on'),
    ],
  },
  {
    name: 'extension',
    type: 'group',
    label: { zh: '延长答复期限', en: 'Extension' },
    admin: { description: { zh: '只能延长一次，不超过 20 个工作日；须经政府信息公开工作机构负责人同意，并告知申请人。', en: 'Once only, at most 20 working days; needs the openness office head\'s approval and a notice to the applicant.' } },
    fields: [
      { name: 'workdays', type: 'number', min: 1, label: { zh: '延长工作日数', en: 'Working days' } },
      { name: 'approver', type: 'text', maxLength: 100, label: { zh: '同意延期的负责人', en: 'Approved by' } },
      day('approvedOn', '同意日期', 'Approved on'),
      day('noticeOn', '告知申请人日期', 'Applicant notified on'),
      { name: 'reason', type: 'textarea', maxLength: 2000, label: { zh: '延期理由', en: 'Reason' } },
    ],
  },
  {
    name: 'fee',
    type: 'group',
    label: { zh: '信息处理费', en: 'Fee' },
    admin: { description: { zh: '收费的，申请人在收到收费通知次日起 20 个工作日内缴纳；缴费时间不计算在答复期限内；逾期未缴费的，按“逾期未缴费”办结。', en: 'Where a fee applies, the applicant pays within 20 working days of the notice; payment time is not counted; unpaid applications are concluded as “fee not paid in time”.' } },
    fields: [
      { name: 'amount', type: 'number', min: 0, label: { zh: '收费金额（元）', en: 'Amount (yuan)' } },
      day('noticeOn', '收费通知日期', 'Notice on'),
      day('paidOn', '缴费日期', 'Paid on'),
    ],
  },
  computed('receivedOn', '收到申请之日', 'Received on'),
  computed('clockStart', '答复期限起算日', 'Clock starts'),
  computed('supplementRequestBy', '补正告知截止日', 'Supplement request by'),
  computed('dueOn', '答复期限', 'Due on', { zh: '按工作日计算；补正重新起算，第三方意见、缴费时间不计算在内，含延期。', en: 'In working days; restarts on a supplement; third-party and fee time not counted; includes any extension.' }),
  computed('clockProblem', '期限计算问题', 'Clock problem', undefined, deadlineNoteComponents),
]

/** The reply (条例第三十六条) and its table 三 row, in the order an officer decides them. */
export const replyFields: Field[] = [
  {
    type: 'collapsible',
    label: { zh: '答复', en: 'Reply' },
    fields: [
      {
        name: 'replyType',
        type: 'select',
        options: replyTypes.map((t) => ({ value: t.value, label: { zh: t.zh, en: t.en } })),
        label: { zh: '答复类型', en: 'Reply type' },
        // The guidance sits under the first field: a collapsible's description renders below its fields.
        admin: {
          description: {
            zh: '按《政府信息公开条例》第三十六条。选择后再选年报表三中的办理结果，填写依据、理由和答复正文；保存后在右侧打印答复书。',
            en: 'Under article 36 of the Regulations on Open Government Information. Then choose its row of table 3 and fill in the basis, reasons and reply text; once saved, print the letter from the sidebar.',
          },
        },
      },
      {
        name: 'resultRow',
        type: 'select',
        index: true,
        options: resultRowValues.map((value) => ({ value, label: resultRowLabel(value) })),
        // Only the rows this reply type can be counted in: the hook refuses any other, so the list does not offer them.
        filterOptions: ({ options, siblingData }) => {
          const allowed: readonly string[] = rowsForReplyType[(siblingData as ApplicationData).replyType as ReplyType] ?? []
          return options.filter((o) => allowed.includes(typeof o === 'string' ? o : o.value))
        },
        label: { zh: '办理结果（年报表三）', en: 'Result (table 3 row)' },
        admin: {
          condition: replying,
          description: { zh: '只列出该答复类型可以计入的行。不予公开的，所选行即不予公开的理由类别。', en: 'Only the rows this reply type may be counted in. For refusals the row is the reason category.' },
        },
      },
      {
        name: 'legalBasis',
        type: 'text',
        maxLength: 500,
        label: { zh: '法律依据', en: 'Legal basis' },
        admin: {
          condition: replying,
          description: { zh: '留空则按答复类型填入条例条款（如“第三十六条第（一）项”）；引用其他法律法规的，在此写明。', en: 'Left empty, the article of the Regulations for the reply type is filled in; name any other law here.' },
        },
      },
      {
        name: 'reasons',
        type: 'textarea',
        maxLength: 5000,
        label: { zh: '理由', en: 'Reasons' },
        admin: {
          condition: replying,
          description: { zh: '不予公开、不属于本机关负责公开、按专门规定办理的，必须说明理由，理由写入答复书。', en: 'Required for refusals, “not this body’s” and special-law replies; the reasons go into the letter.' },
        },
      },
      {
        name: 'responsibleBody',
        type: 'text',
        maxLength: 200,
        label: { zh: '负责公开的机关', en: 'Responsible body' },
        admin: { condition: (data) => data?.replyType === 'not-this-body', description: { zh: '能够确定的，写明机关名称和联系方式。', en: 'Where known, the body’s name and contact.' } },
      },
      {
        name: 'replyText',
        type: 'textarea',
        maxLength: 20000,
        label: { zh: '答复正文（告知内容、获取方式、时间地点等）', en: 'Reply text' },
        admin: { condition: replying },
      },
      day('concludedOn', '答复（办结）日期', 'Concluded on', { zh: '留空则以保存之日为办结日期。', en: 'Left empty, the day of saving.' }, replying),
    ],
  },
]
