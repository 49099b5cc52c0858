/**
 * Table 三 of the openness annual report (国办公开办函〔2021〕30号): 收到和处理政府信息公开申请情况.
 * The layout (rows and columns) is fixed by the national format; the figures come from the disclosure
 * applications through `table3For` (src/reports/table3Source.ts).
 */

export const table3Columns = [
  { key: 'natural', label: '自然人' },
  { key: 'commercial', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'publicInterest', label: '社会公益组织' },
  { key: 'legalServices', label: '法律服务机构' },
  { key: 'otherOrganisation', label: '其他' },
  { key: 'total', label: '总计' },
] as const
export type Table3Column = (typeof table3Columns)[number]['key']
/** The 法人或其他组织 group spans these columns in the header. */
export const table3OrganisationColumns: Table3Column[] = ['commercial', 'research', 'publicInterest', 'legalServices', 'otherOrganisation']

/** `group` is the row heading cell spanning several rows (三、本年度办理结果 and its sub-headings). */
export const table3Rows = [
  { key: 'received', label: '一、本年新收政府信息公开申请数量' },
  { key: 'carriedIn', label: '二、上年结转政府信息公开申请数量' },
  { key: 'disclosed', label: '（一）予以公开', group: '三、本年度办理结果' },
  { key: 'partlyDisclosed', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', group: '三、本年度办理结果' },
  { key: 'refusedStateSecret', label: '1.属于国家秘密', group: '（三）不予公开' },
  { key: 'refusedOtherLaw', label: '2.其他法律行政法规禁止公开', group: '（三）不予公开' },
  { key: 'refusedSecurity', label: '3.危及“三安全一稳定”', group: '（三）不予公开' },
  { key: 'refusedThirdParty', label: '4.保护第三方合法权益', group: '（三）不予公开' },
  { key: 'refusedInternal', label: '5.属于三类内部事务信息', group: '（三）不予公开' },
  { key: 'refusedProcess', label: '6.属于四类过程性信息', group: '（三）不予公开' },
  { key: 'refusedEnforcement', label: '7.属于行政执法案卷', group: '（三）不予公开' },
  { key: 'refusedQuery', label: '8.属于行政查询事项', group: '（三）不予公开' },
  { key: 'unavailableNotHeld', label: '1.本机关不掌握相关政府信息', group: '（四）无法提供' },
  { key: 'unavailableNeedsCreating', label: '2.没有现成信息需要另行制作', group: '（四）无法提供' },
  { key: 'unavailableUnclear', label: '3.补正后申请内容仍不明确', group: '（四）无法提供' },
  { key: 'notHandledPetition', label: '1.信访举报投诉类申请', group: '（五）不予处理' },
  { key: 'notHandledRepeat', label: '2.重复申请', group: '（五）不予处理' },
  { key: 'notHandledPublication', label: '3.要求提供公开出版物', group: '（五）不予处理' },
  { key: 'notHandledMass', label: '4.无正当理由大量反复申请', group: '（五）不予处理' },
  { key: 'notHandledConfirm', label: '5.要求行政机关确认或重新出具已获取信息', group: '（五）不予处理' },
  { key: 'otherNoSupplement', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', group: '（六）其他处理' },
  { key: 'otherFeeUnpaid', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', group: '（六）其他处理' },
  { key: 'otherOther', label: '3.其他', group: '（六）其他处理' },
  { key: 'resultsTotal', label: '（七）总计', group: '三、本年度办理结果' },
  { key: 'carriedOut', label: '四、结转下年度继续办理' },
] as const
export type Table3Row = (typeof table3Rows)[number]['key']

export type Table3Cells = Record<Table3Column, number>
export type Table3 = Record<Table3Row, Table3Cells>

const resultRows: Table3Row[] = table3Rows
  .map((r) => r.key)
  .filter((k) => k !== 'received' && k !== 'carriedIn' && k !== 'resultsTotal' && k !== 'carriedOut')

export const emptyTable3 = (): Table3 =>
  Object.fromEntries(table3Rows.map((r) => [r.key, Object.fromEntries(table3Columns.map((c) => [c.key, 0]))])) as Table3

/**
 * The national check rule: for every column, 一 + 二 = 三(七) + 四; also (七) is the sum of the result rows and
 * 总计 the sum of the applicant columns. Null when it holds, else a Chinese sentence saying where it fails.
 */
export function table3Problem(table: Table3): string | null {
  for (const column of table3Columns) {
    const c = column.key
    const results = resultRows.reduce((sum, row) => sum + table[row][c], 0)
    if (results !== table.resultsTotal[c]) return `表三“${column.label}”列：办理结果合计 ${results} 与（七）总计 ${table.resultsTotal[c]} 不符。`
    const incoming = table.received[c] + table.carriedIn[c]
    const outgoing = table.resultsTotal[c] + table.carriedOut[c]
    if (incoming !== outgoing) return `表三“${column.label}”列：一＋二（${incoming}）不等于三＋四（${outgoing}），请核对申请办理数据后再审定。`
  }
  for (const row of table3Rows) {
    const parts = table3Columns.filter((c) => c.key !== 'total').reduce((sum, c) => sum + table[row.key][c.key], 0)
    if (parts !== table[row.key].total) return `表三“${row.label}”行：各类申请人合计 ${parts} 与总计 ${table[row.key].total} 不符。`
  }
  return null
}
