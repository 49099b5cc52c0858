import { clean, emailPattern, lengthOf, markup, phonePattern } from '../participation/mailboxForm'
import { disclosureLimits } from './limits'
import { applicantKinds, deliveryForms, organisationTypes } from './vocabulary'

/**
 * The citizen's online application (/applications): what the form takes, each value cleaned of control
 * characters and bounded, and every error in Chinese beside its field saying what to fix.
 */

/** The url-encoded body: the longest texts percent-encoded (9 bytes a character) plus the rest. */
export const applicationBodyMaxBytes = 40 * 1024

export type ApplicationValues = {
  applicantKind: string
  organisationType: string
  name: string
  idNumber: string
  contactPerson: string
  phone: string
  email: string
  address: string
  requestedInformation: string
  purpose: string
  deliveryForm: string
  privacyConsent: boolean
}

export type ApplicationErrors = Partial<Record<keyof ApplicationValues, string>>

export function applicationValuesFrom(fields: Record<string, string>): ApplicationValues {
  return {
    applicantKind: clean(fields.applicantKind),
    organisationType: clean(fields.organisationType),
    name: clean(fields.name),
    idNumber: clean(fields.idNumber).toUpperCase(),
    contactPerson: clean(fields.contactPerson),
    phone: clean(fields.phone),
    email: clean(fields.email),
    address: clean(fields.address),
    requestedInformation: clean(fields.requestedInformation, true),
    purpose: clean(fields.purpose, true),
    deliveryForm: clean(fields.deliveryForm),
    privacyConsent: fields.privacyConsent === 'yes',
  }
}

const within = (value: string, max: number) => lengthOf(value) <= max
const idCard = /^\d{17}[\dX]$/
const creditCode = /^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/

export function validateApplication(v: ApplicationValues): ApplicationErrors {
  const errors: ApplicationErrors = {}
  const kinds = applicantKinds.map((k) => k.value) as string[]
  if (!kinds.includes(v.applicantKind)) errors.applicantKind = '请选择申请人类型：自然人，或法人或其他组织。'
  const organisation = v.applicantKind === 'organisation'
  if (organisation && !(organisationTypes.map((t) => t.value) as string[]).includes(v.organisationType))
    errors.organisationType = '请选择组织类型：商业企业、科研机构、社会公益组织、法律服务机构或其他。'
  if (!v.name) errors.name = organisation ? '请填写单位名称。' : '请填写姓名。'
  else if (!within(v.name, disclosureLimits.name) || markup.test(v.name)) errors.name = `名称最多 ${disclosureLimits.name} 字，不能含有网页代码。`
  if (!v.idNumber) errors.idNumber = organisation ? '请填写统一社会信用代码（18 位）。' : '请填写身份证号码（18 位）。'
  else if (organisation ? !creditCode.test(v.idNumber) : !idCard.test(v.idNumber))
    errors.idNumber = organisation ? '统一社会信用代码应为 18 位数字或大写字母，请核对。' : '身份证号码应为 18 位，最后一位可以是 X，请核对。'
  if (organisation && (!v.contactPerson || !within(v.contactPerson, disclosureLimits.name))) errors.contactPerson = '请填写联系人姓名（最多 100 字）。'
  if (!v.phone && !v.email) errors.phone = '请填写联系电话或电子邮箱（至少一项），以便告知办理情况。'
  if (v.phone && !phonePattern.test(v.phone)) errors.phone = '电话号码格式不正确，请只填写数字，例如 13912345678 或 010-12345678。'
  if (v.email && (!emailPattern.test(v.email) || !within(v.email, disclosureLimits.email))) errors.email = '电子邮箱格式不正确，例如 name@example.com。'
  if (!within(v.address, disclosureLimits.address) || markup.test(v.address)) errors.address = `通信地址最多 ${disclosureLimits.address} 字。`
  if (v.deliveryForm === 'paper' && !v.address) errors.address = '选择纸质形式提供的，请填写通信地址。'
  const asked = lengthOf(v.requestedInformation)
  if (asked < 5) errors.requestedInformation = '请写明所需政府信息的名称、文号或便于查询的其他特征（至少 5 个字）。'
  else if (asked > disclosureLimits.requestedInformation) errors.requestedInformation = `所需信息的描述最多 ${disclosureLimits.requestedInformation} 字，请精简。`
  else if (markup.test(v.requestedInformation)) errors.requestedInformation = '请只填写文字，不要包含网页代码。'
  if (!within(v.purpose, disclosureLimits.purpose) || markup.test(v.purpose)) errors.purpose = `用途最多 ${disclosureLimits.purpose} 字，只填写文字。`
  if (!(deliveryForms.map((f) => f.value) as string[]).includes(v.deliveryForm)) errors.deliveryForm = '请选择信息的提供形式。'
  if (!v.privacyConsent) errors.privacyConsent = '请阅读并勾选同意隐私声明：个人信息仅用于办理本申请。'
  return errors
}
