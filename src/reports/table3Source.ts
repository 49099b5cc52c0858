import type { Payload, PayloadRequest } from 'payload'
import { computeTable3, type Table3 as ApplicationTable3, type Table3Column as ApplicationColumn } from '../disclosure/table3'
import type { ResultRow } from '../disclosure/vocabulary'
import { emptyTable3, table3Problem, type Table3, type Table3Column, type Table3Row } from './table3'

export type Table3Input = { payload: Payload; site: number | string; year: number; req?: Partial<PayloadRequest> }

/** The applications' column and result-row keys (src/disclosure) onto the report's layout (src/reports/table3.ts). */
const columnOf: Record<ApplicationColumn, Table3Column> = {
  'natural-person': 'natural',
  'commercial-enterprise': 'commercial',
  'research-institution': 'research',
  'public-interest-organisation': 'publicInterest',
  'legal-service-organisation': 'legalServices',
  'other-organisation': 'otherOrganisation',
  total: 'total',
}

const rowOf: Record<ResultRow, Table3Row> = {
  disclosed: 'disclosed',
  'partly-disclosed': 'partlyDisclosed',
  'refused-state-secret': 'refusedStateSecret',
  'refused-barred-by-law': 'refusedOtherLaw',
  'refused-endangers-security': 'refusedSecurity',
  'refused-third-party-rights': 'refusedThirdParty',
  'refused-internal-affairs': 'refusedInternal',
  'refused-process-information': 'refusedProcess',
  'refused-enforcement-files': 'refusedEnforcement',
  'refused-administrative-query': 'refusedQuery',
  'cannot-not-held': 'unavailableNotHeld',
  'cannot-needs-creating': 'unavailableNeedsCreating',
  'cannot-still-unclear': 'unavailableUnclear',
  'not-handled-petition': 'notHandledPetition',
  'not-handled-repeat': 'notHandledRepeat',
  'not-handled-publication': 'notHandledPublication',
  'not-handled-mass-repeat': 'notHandledMass',
  'not-handled-confirm': 'notHandledConfirm',
  'other-no-supplement': 'otherNoSupplement',
  'other-unpaid-fee': 'otherFeeUnpaid',
  'other-other': 'otherOther',
}

/** The report's table 三 from the applications' own counts: the one place the openness report reads them. */
export function toReportTable3(source: ApplicationTable3): Table3 {
  const table = emptyTable3()
  const copy = (row: Table3Row, counts: ApplicationTable3['newApplications']) => {
    for (const [column, target] of Object.entries(columnOf) as [ApplicationColumn, Table3Column][]) table[row][target] = counts[column] ?? 0
  }
  copy('received', source.newApplications)
  copy('carriedIn', source.carriedOver)
  for (const [row, target] of Object.entries(rowOf) as [ResultRow, Table3Row][]) copy(target, source.results[row])
  copy('resultsTotal', source.resultsTotal)
  copy('carriedOut', source.carriedForward)
  return table
}

/** Table 三 of a site's year, computed live from its 依申请公开 applications (src/disclosure/table3.ts). */
export async function table3For(input: Table3Input): Promise<Table3> {
  return toReportTable3(await computeTable3(input))
}

/** Null when table 三 holds the check rule 一 + 二 = 三 + 四; a Chinese sentence otherwise. */
export function table3Check(table: Table3): string | null {
  return table3Problem(table)
}
