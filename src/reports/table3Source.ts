import type { Payload, PayloadRequest } from 'payload'
import type { Table3 } from './table3'
import { table3Problem } from './table3'

export type Table3Input = { payload: Payload; site: number | string; year: number; req?: Partial<PayloadRequest> }

/**
 * ┌──────────────────────────────────────────────────────────────────────────────────────────────┐
 * │ INTEGRATION POINT (issue 14 §1 → §2): the ONLY place the openness report reads table 三.        │
 * │ The disclosure applications (src/disclosure/table3.ts, built on another branch) export          │
 * │ `computeTable3({ payload, site, year, req })` and `checkTable3(table)`. At merge:               │
 * │   import { computeTable3, checkTable3 } from '../disclosure/table3'                            │
 * │   table3For  → return toReportTable3(await computeTable3(input))                               │
 * │   table3Check → checkTable3 (or keep table3Problem on the converted table)                      │
 * │ where toReportTable3 maps its rows/columns onto `Table3` (src/reports/table3.ts) if they differ. │
 * │ Until then the report says 依申请公开数据尚未接入 and finalises without table 三.                  │
 * └──────────────────────────────────────────────────────────────────────────────────────────────┘
 */
export async function table3For(_input: Table3Input): Promise<Table3 | null> {
  return null
}

/** Null when table 三 holds the check rule 一 + 二 = 三 + 四; a Chinese sentence otherwise. */
export function table3Check(table: Table3): string | null {
  return table3Problem(table)
}
