import { ValidationError, type CollectionBeforeChangeHook, type Field, type FieldHook, type PayloadRequest } from 'payload'
import { applicationFields, clockFields, receiptFields, replyFields } from './fields'
import { calendarDayProblem, chinaDay } from '../../src/calendar/chinaTime'
import { getWorkingDayCalendar } from '../../src/calendar/holidayCalendar'
import { CalendarYearMissingError } from '../../src/calendar/workingDays'
import { applicationClocks } from '../../src/disclosure/clocks'
import { applicationStatus, clockInputOf, clockNowOf, waitingStates, type ApplicationData } from '../../src/disclosure/applicationState'
import { enOf, legalBasisOf, receiptDayField, refusalTypes, resultRowLabel, rowsForReplyType, replyTypes, zhOf } from '../../src/disclosure/vocabulary'
import { speaker } from '../../src/i18n/bilingual'
import { newTrackingCode } from '../../src/participation/tracking'
import { getPlatformSettings } from '../../src/settings/platformSettings'
import { isPlatformAdmin } from '../../src/access/roles'

type Label = { zh: string; en: string }

/** Each field's label by its path (“补正 › 告知补正日期”), for the refusal's headline. */
function labelsByPath(fields: Field[], prefix = '', parent?: Label, into = new Map<string, Label>()): Map<string, Label> {
  for (const field of fields) {
    if (field.type === 'collapsible' || field.type === 'row') labelsByPath(field.fields, prefix, parent, into)
    else if ('name' in field) {
      const own = (field as { label?: unknown }).label as Label | undefined
      const label = own && parent ? { zh: `${parent.zh} › ${own.zh}`, en: `${parent.en} › ${own.en}` } : (own ?? parent)
      if (label) into.set(`${prefix}${field.name}`, label)
      if (field.type === 'group') labelsByPath(field.fields, `${prefix}${field.name}.`, own, into)
    }
  }
  return into
}
const labels = labelsByPath([...receiptFields, ...applicationFields, ...clockFields, ...replyFields])

/**
 * A refused save, on the field at `path`. Payload's headline (the admin's toast) is in the reader's language and
 * names the field by its label, not its path: “以下字段无效：理由”, not “The following field is invalid: reasons”.
 */
const refuserFor =
  (req: PayloadRequest) =>
  (path: string, message: string): never => {
    throw new ValidationError({ collection: 'disclosure-applications', errors: [{ path, message, label: labels.get(path) ?? path }], req }, req.t)
  }

const dayPaths = [
  'handedInOn',
  'signedForOn',
  'confirmedOn',
  'supplement.requestedOn',
  'supplement.receivedOn',
  'thirdParty.sentOn',
  'thirdParty.repliedOn',
  'extension.approvedOn',
  'extension.noticeOn',
  'fee.noticeOn',
  'fee.paidOn',
  'concludedOn',
] as const

const at = (data: ApplicationData, path: string): unknown =>
  path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), data)

/** Set once: a statutory step, once recorded, is not rewritten (only the platform admin corrects it). */
const onceOnly = ['supplement.requestedOn', 'extension.workdays', 'extension.approvedOn'] as const

/**
 * The rules of an application: real days; the receipt day of the channel; 补正 once and in time; one extension,
 * approved and notified, before the reply was due; a reply that names its type, its table 三 row, its legal basis
 * and (for refusals) its reasons. The status follows from the recorded steps; the clocks are recomputed on
 * every save (src/disclosure/clocks.ts).
 */
export const applicationRules: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  const now = clockNowOf(context)
  const next = data as ApplicationData
  const before = (originalDoc ?? {}) as ApplicationData
  const merged: ApplicationData = { ...before, ...next }
  // Staff read refusals in their admin language; applicants on the public form (any browser language) in Chinese.
  const L = speaker(req.user ? req : null)
  const refuse = refuserFor(req)
  for (const group of ['applicant', 'supplement', 'thirdParty', 'extension', 'fee'] as const)
    (merged as Record<string, unknown>)[group] = { ...(before[group] ?? {}), ...(next[group] ?? {}) }

  if (operation === 'create') next.trackingCode ||= newTrackingCode()
  for (const path of dayPaths) {
    const value = at(merged, path)
    if (value === null || value === undefined || value === '') continue
    const problem = calendarDayProblem(String(value))
    if (problem) refuse(path, L(`日期格式不正确（${problem}），请按“2026-09-30”的格式填写。`, `Not a valid date (${value}): write it as 2026-09-30.`))
  }
  if (operation === 'update' && !isPlatformAdmin(req.user))
    for (const path of onceOnly) {
      const was = at(before, path)
      if (was !== null && was !== undefined && was !== '' && at(merged, path) !== was)
        refuse(path, L('补正告知和延期只能进行一次，已记录的日期不能修改。', 'The supplement notice and the extension happen once: a recorded date cannot change.'))
    }

  if (merged.applicantKind === 'organisation' && !merged.organisationType)
    refuse(
      'organisationType',
      L('法人或其他组织申请的，请选择组织类型（商业企业、科研机构、社会公益组织、法律服务机构或其他）。', 'An organisation’s application needs its organisation type.'),
    )
  if (merged.applicantKind === 'natural-person' && merged.organisationType) next.organisationType = null
  if (operation === 'create' && req.user) {
    if (merged.channel === 'in-person' && !merged.handedInOn) refuse('handedInOn', L('当面提交的申请，请填写提交日期。', 'An application handed in needs the day it was handed in.'))
    if (merged.channel === 'post' && !merged.signedForOn) refuse('signedForOn', L('邮寄的申请，请填写签收日期。', 'A posted application needs the day it was signed for.'))
  }

  const settings = await getPlatformSettings(req.payload)
  const clocks = await applicationClocks(req.payload, clockInputOf(merged), now)
  if (merged.supplement?.requestedOn) {
    if (!clocks.receivedOn) refuse('supplement.requestedOn', L('尚未确认收到申请，不能告知补正。', 'Confirm receipt of the application before asking for a supplement.'))
    if (clocks.supplementRequestBy && merged.supplement.requestedOn > clocks.supplementRequestBy)
      refuse(
        'supplement.requestedOn',
        L(
          `补正须在收到申请之日起 ${settings.disclosureSupplementRequestWorkdays} 个工作日内（${clocks.supplementRequestBy} 前）一次性告知。`,
          `A supplement is asked for once, within ${settings.disclosureSupplementRequestWorkdays} working days of receipt (by ${clocks.supplementRequestBy}).`,
        ),
      )
    if (merged.supplement.receivedOn && merged.supplement.receivedOn < merged.supplement.requestedOn)
      refuse('supplement.receivedOn', L('收到补正的日期不能早于告知补正的日期。', 'The supplement cannot arrive before it was asked for.'))
  }
  const extension = merged.extension ?? {}
  if (extension.workdays) {
    if (extension.workdays > settings.disclosureExtensionWorkdays)
      refuse('extension.workdays', L(`延长答复期限最长不超过 ${settings.disclosureExtensionWorkdays} 个工作日。`, `An extension is at most ${settings.disclosureExtensionWorkdays} working days.`))
    if (!String(extension.approver ?? '').trim()) refuse('extension.approver', L('延期须经政府信息公开工作机构负责人同意，请填写同意的负责人。', 'An extension needs the approval of the head of the disclosure office: enter who approved it.'))
    if (!extension.approvedOn) refuse('extension.approvedOn', L('请填写负责人同意延期的日期。', 'Enter the day the extension was approved.'))
    if (!extension.noticeOn) refuse('extension.noticeOn', L('延期须告知申请人，请填写告知日期。', 'The applicant is told of an extension: enter the day they were told.'))
    if (clocks.replyDueOn && extension.approvedOn! > clocks.replyDueOn)
      refuse('extension.approvedOn', L(`延期须在原答复期限（${clocks.replyDueOn}）届满前决定。`, `An extension is decided before the reply is due (${clocks.replyDueOn}).`))
  }

  const concluding = Boolean(merged.resultRow || merged.replyType || merged.concludedOn)
  if (concluding) {
    // On the channel's own receipt day, the one field the officer sees (fields.ts: receivedBy).
    if (!clocks.receivedOn)
      refuse(receiptDayField[merged.channel ?? 'online'], L('请先填写收到申请之日并保存，再作出答复。', 'Enter and save the day of receipt before replying.'))
    if (!merged.replyType) refuse('replyType', L('请选择答复类型。', 'Choose the reply type.'))
    const allowed = rowsForReplyType[merged.replyType!]
    if (!merged.resultRow || !allowed.includes(merged.resultRow))
      refuse(
        'resultRow',
        L(
          `请选择办理结果。“${zhOf(replyTypes, merged.replyType)}”只能计入年报表三的：${allowed.map((r) => resultRowLabel(r).zh).join('；')}。`,
          `Choose the result. “${enOf(replyTypes, merged.replyType)}” can only be counted as: ${allowed.map((r) => resultRowLabel(r).en).join('; ')}.`,
        ),
      )
    if (refusalTypes.includes(merged.replyType!) && !String(merged.reasons ?? '').trim())
      refuse(
        'reasons',
        L(
          `答复类型为“${zhOf(replyTypes, merged.replyType)}”的，须在答复书中说明理由，请填写“理由”。`,
          `A “${enOf(replyTypes, merged.replyType)}” reply states its reasons in the letter: fill in Reasons.`,
        ),
      )
    if (merged.replyType === 'not-this-body' && !String(merged.responsibleBody ?? '').trim() && !String(merged.reasons ?? '').includes('无法确定'))
      refuse(
        'responsibleBody',
        L('能够确定负责公开的机关的，请填写其名称；不能确定的，请在理由中写明“无法确定”。', 'Name the body responsible for disclosure; if it cannot be determined, write “无法确定” in the reasons.'),
      )
    if (!String(merged.legalBasis ?? '').trim()) next.legalBasis = legalBasisOf(merged.replyType!)
    next.concludedOn = merged.concludedOn || chinaDay()
    merged.concludedOn = next.concludedOn
    if (merged.resultRow === 'other-unpaid-fee') {
      const paidLate = await applicationClocks(req.payload, clockInputOf(merged), new Date(`${merged.concludedOn}T12:00:00+08:00`))
      if (!paidLate.feeLapsed) refuse('resultRow', L('只有发出收费通知、缴费期限届满仍未缴费的申请，才能按“逾期未缴费”办结。', 'Only an application whose fee notice lapsed unpaid concludes as “fee not paid”.'))
    }
    if (merged.resultRow === 'other-no-supplement' && !(merged.supplement?.requestedOn && !merged.supplement.receivedOn))
      refuse('resultRow', L('只有告知补正后申请人未补正的申请，才能按“逾期不补正”办结。', 'Only an application whose requested supplement never came concludes as “no supplement”.'))
  }

  const after = await applicationClocks(req.payload, clockInputOf(merged), now)
  next.receivedOn = after.receivedOn
  next.clockStart = after.clockStart
  next.supplementRequestBy = after.supplementRequestBy
  next.dueOn = after.dueOn
  next.clockProblem = after.problem
  next.status = applicationStatus(merged, after)
  return next
}

/** 剩余工作日 on read: working days from today to the due day (negative when overdue); none once concluded. */
export const daysLeftOnRead: FieldHook = async ({ siblingData, req }) => {
  const dueOn = siblingData?.dueOn as string | null | undefined
  if (!dueOn || siblingData?.concludedOn) return null
  try {
    const calendar = await getWorkingDayCalendar(req.payload)
    return calendar.workdaysBetween(chinaDay(), dueOn)
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return null
    throw error
  }
}

export const overdueOnRead: FieldHook = ({ siblingData }) => {
  const dueOn = siblingData?.dueOn as string | null | undefined
  return Boolean(dueOn && !siblingData?.concludedOn && chinaDay() > dueOn)
}

/**
 * 办理状态 on read: a fee or consultation state stored before its period lapsed is read as it is today
 * (applicationStatus), so the edit view, the list and the applicant's query never show a wait that is over.
 * The daily job (src/disclosure/overdueApplications.ts) stores it, for filters and the list's sorting.
 */
export const statusOnRead: FieldHook = async ({ value, siblingData, req, context }) => {
  if (!waitingStates.includes(value) || !siblingData?.receivedOn) return value
  const data = siblingData as ApplicationData
  // A partial read (select) without the steps cannot be re-derived; it keeps what was stored.
  if (!data.fee && !data.thirdParty) return value
  try {
    return applicationStatus(data, await applicationClocks(req.payload, clockInputOf(data), clockNowOf(context)))
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return value
    throw error
  }
}
