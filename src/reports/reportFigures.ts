import type { Payload, PayloadRequest } from 'payload'
import { computeTable2, computeTable4, type OpennessFigures } from './opennessFigures'
import { checkTable3, computeTable3 } from '../disclosure/table3'
import { computeWebsiteFigures, type WebsiteFigures } from './websiteFigures'

export type AnnualReportKind = 'website' | 'openness'
export const annualReportKinds = [
  { value: 'website', label: { zh: '政府网站工作年度报表', en: 'Website work report' } },
  { value: 'openness', label: { zh: '政府信息公开工作年度报告', en: 'Openness annual report' } },
] as const

export type ReportFigures = WebsiteFigures | OpennessFigures

type Scope = { payload: Payload; site: number | string; year: number; req?: Partial<PayloadRequest> }

/** The computed figures of a report, from live data. */
export async function computeReportFigures(kind: AnnualReportKind, scope: Scope): Promise<ReportFigures> {
  if (kind === 'website') return computeWebsiteFigures(scope)
  const [table2, table3, table4] = [await computeTable2(scope), await computeTable3(scope), await computeTable4(scope)]
  return { year: scope.year, table2, table3, table4 }
}

/** Why a report may not be finalised with these figures (table 三's check rule), in the admin's language; null when it may. */
export function finalisationProblem(kind: AnnualReportKind, figures: ReportFigures, language: 'zh' | 'en' = 'zh'): string | null {
  if (kind !== 'openness') return null
  const check = checkTable3((figures as OpennessFigures).table3, language)
  if (check.ok) return null
  return language === 'en'
    ? `Table III breaks its check rule “I + II = III + IV”; check the applications' figures before finalising: ${check.problems.join(' ')}`
    : `表三不符合“一＋二＝三＋四”的核对规则，请核对申请办理数据后再审定：${check.problems.join('')}`
}
