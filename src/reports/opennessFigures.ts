import type { Payload, PayloadRequest, Where } from 'payload'
import { chinaYear, chinaYearPeriod } from '../calendar/chinaTime'
import { ReviewCaseResult, Validity, Workflow } from '../states'
import type { Table3 } from '../disclosure/table3'

/**
 * The computed tables of the openness annual report (国办公开办函〔2021〕30号) for one agency (site) and year.
 * Table 二's licensing, penalty, enforcement and fee rows are staff-entered (collections/annual-reports).
 */

export type Table2Row = { issued: number; repealed: number; inForce: number }
export type Table2 = { rules: Table2Row; normativeDocuments: Table2Row }

export const table4Blocks = [
  { key: 'reconsideration', label: '行政复议' },
  { key: 'litigation-direct', label: '行政诉讼：未经复议直接起诉' },
  { key: 'litigation-after-reconsideration', label: '行政诉讼：复议后起诉' },
] as const
export const table4Results = [
  { key: ReviewCaseResult.upheld, label: '结果维持' },
  { key: ReviewCaseResult.corrected, label: '结果纠正' },
  { key: ReviewCaseResult.otherResult, label: '其他结果' },
  { key: ReviewCaseResult.pending, label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const
export type Table4Block = (typeof table4Blocks)[number]['key']
export type Table4Result = (typeof table4Results)[number]['key']
/** 15 numbers: three blocks of five. */
export type Table4 = Record<Table4Block, Record<Table4Result, number>>

export type OpennessFigures = { year: number; table2: Table2; table3: Table3; table4: Table4 }

type Scope = { payload: Payload; site: number | string; year: number; req?: Partial<PayloadRequest> }

type DocRow = { documentKind?: string | null; issuedAt?: string | null; writtenAt?: string | null; validity?: string | null; validityChangedAt?: string | null }

const ended = (validity: string | null | undefined) => validity === Validity.repealed || validity === Validity.expired

/**
 * Table 二, 第二十条第（一）项, over the site's released policy documents of kind 规章 / 规范性文件:
 * - 本年制发: issued (印发日期, else 成文日期) in the year, China time;
 * - 本年废止: marked 已废止 with the change dated in the year (已失效 is not 废止 and is not counted here);
 * - 现行有效: issued by the year's end and not repealed or expired by then (已修订 documents stay in force).
 */
export async function computeTable2({ payload, site, year, req }: Scope): Promise<Table2> {
  const end = chinaYearPeriod(year).to
  const where: Where = {
    and: [
      { site: { equals: site } },
      { workflowStatus: { equals: Workflow.published } },
      { documentKind: { in: ['rules', 'normative-document'] } },
    ],
  }
  const found = await payload.find({
    collection: 'policy-documents',
    where,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { documentKind: true, issuedAt: true, writtenAt: true, validity: true, validityChangedAt: true },
  })
  const table: Table2 = { rules: { issued: 0, repealed: 0, inForce: 0 }, normativeDocuments: { issued: 0, repealed: 0, inForce: 0 } }
  for (const doc of found.docs as DocRow[]) {
    const row = doc.documentKind === 'rules' ? table.rules : table.normativeDocuments
    const issued = doc.issuedAt ?? doc.writtenAt
    if (!issued) continue
    if (chinaYear(issued) === year) row.issued++
    const changed = doc.validityChangedAt ? Date.parse(doc.validityChangedAt) : null
    if (doc.validity === Validity.repealed && doc.validityChangedAt && chinaYear(doc.validityChangedAt) === year) row.repealed++
    const endedByYearEnd = ended(doc.validity) && (changed === null || changed < end.getTime())
    if (Date.parse(issued) < end.getTime() && !endedByYearEnd) row.inForce++
  }
  return table
}

/** Table 四 from the site's review cases of the year (collections/review-cases). */
export async function computeTable4({ payload, site, year, req }: Scope): Promise<Table4> {
  const table = Object.fromEntries(
    table4Blocks.map((b) => [b.key, Object.fromEntries(table4Results.map((r) => [r.key, 0]))]),
  ) as Table4
  const cases = await payload.find({
    collection: 'review-cases',
    where: { and: [{ site: { equals: site } }, { year: { equals: year } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { kind: true, result: true },
  })
  for (const c of cases.docs) {
    const block = table[c.kind as Table4Block]
    if (!block) continue
    block[c.result as Table4Result]++
    block.total++
  }
  return table
}
