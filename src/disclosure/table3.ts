import type { Payload, PayloadRequest } from 'payload'
import type { Bilingual } from '../i18n/bilingual'
import { idOf } from '../ids'
import { organisationTypes, resultGroups, resultRows, type ResultGroup, type ResultRow } from './vocabulary'

/**
 * Table 三 of the annual openness report (国办公开办函〔2021〕30号): 收到和处理政府信息公开申请情况, for one site
 * and one year, from the applications (China-time days):
 * - 一 new: received (收到申请之日) in the year;
 * - 二 carried over: received before the year and not concluded before it;
 * - 三 results: concluded in the year, by result row; (七) 总计 is their sum;
 * - 四 carried forward: received by the year's end and not concluded by it.
 * An online application not yet confirmed has no receipt day and counts nowhere yet. Computed this way the
 * check 一 + 二 = 三(七) + 四 always holds; `checkTable3` is for a table after staff edits (the annual report
 * lets them correct figures before finalising) and refuses one that does not add up.
 */

export const table3Columns = [
  { value: 'natural-person', zh: '自然人', en: 'Natural persons' },
  ...organisationTypes.map((t) => ({ value: t.value, zh: t.zh, en: t.en })),
  { value: 'total', zh: '总计', en: 'Total' },
] as const
export type Table3Column = (typeof table3Columns)[number]['value']
export type Table3Counts = Record<Table3Column, number>

export type Table3 = {
  site: string
  year: number
  /** 一、本年新收政府信息公开申请数量 */
  newApplications: Table3Counts
  /** 二、上年结转政府信息公开申请数量 */
  carriedOver: Table3Counts
  /** 三、本年度办理结果, every sub-row. */
  results: Record<ResultRow, Table3Counts>
  /** The sums of the rows (一)…(六) (for (三)–(六), of their sub-rows). */
  resultGroups: Record<ResultGroup, Table3Counts>
  /** 三(七) 总计 */
  resultsTotal: Table3Counts
  /** 四、结转下年度继续办理 */
  carriedForward: Table3Counts
}

/** One printable line of the table, in the 2021 format's order. */
export type Table3Line = { key: string; label: string; level: 0 | 1 | 2; counts: Table3Counts | null }

export type Table3Check = { ok: boolean; problems: string[] }

export type ComputeTable3Args = { payload: Payload; site: string | number | { id: string | number }; year: number; req?: Partial<PayloadRequest> }

export const emptyCounts = (): Table3Counts =>
  Object.fromEntries(table3Columns.map((c) => [c.value, 0])) as Table3Counts

type Counted = {
  applicantKind?: string | null
  organisationType?: string | null
  receivedOn?: string | null
  concludedOn?: string | null
  resultRow?: string | null
}

const columnOf = (doc: Counted): Exclude<Table3Column, 'total'> =>
  doc.applicantKind === 'organisation'
    ? ((organisationTypes.find((t) => t.value === doc.organisationType)?.value ?? 'other-organisation') as Exclude<Table3Column, 'total'>)
    : 'natural-person'

const add = (counts: Table3Counts, column: Exclude<Table3Column, 'total'>) => {
  counts[column] += 1
  counts.total += 1
}

/** Table 三 from a list of applications (pure; `computeTable3` loads them). */
export function table3Of(docs: readonly Counted[], site: string, year: number): Table3 {
  const first = `${year}-01-01`
  const last = `${year}-12-31`
  const table: Table3 = {
    site,
    year,
    newApplications: emptyCounts(),
    carriedOver: emptyCounts(),
    results: Object.fromEntries(resultRows.map((r) => [r.value, emptyCounts()])) as Record<ResultRow, Table3Counts>,
    resultGroups: Object.fromEntries(resultGroups.map((g) => [g.value, emptyCounts()])) as Record<ResultGroup, Table3Counts>,
    resultsTotal: emptyCounts(),
    carriedForward: emptyCounts(),
  }
  for (const doc of docs) {
    const received = doc.receivedOn
    if (!received || received > last) continue
    const concluded = doc.concludedOn && doc.resultRow ? doc.concludedOn : null
    if (concluded && concluded < first) continue
    const column = columnOf(doc)
    if (received >= first) add(table.newApplications, column)
    else add(table.carriedOver, column)
    if (concluded && concluded <= last) {
      const row = resultRows.find((r) => r.value === doc.resultRow)
      if (!row) continue
      add(table.results[row.value], column)
      add(table.resultGroups[row.group], column)
      add(table.resultsTotal, column)
    } else add(table.carriedForward, column)
  }
  return table
}

export async function computeTable3({ payload, site, year, req }: ComputeTable3Args): Promise<Table3> {
  const siteId = idOf(site)
  if (!siteId) throw new Error('computeTable3: no site')
  const { docs } = await payload.find({
    collection: 'disclosure-applications',
    where: {
      and: [
        { site: { equals: siteId } },
        { receivedOn: { less_than_equal: `${year}-12-31` } },
        { or: [{ concludedOn: { exists: false } }, { concludedOn: { equals: null } }, { concludedOn: { greater_than_equal: `${year}-01-01` } }] },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { applicantKind: true, organisationType: true, receivedOn: true, concludedOn: true, resultRow: true },
    req,
  })
  return table3Of(docs as Counted[], siteId, year)
}

const sum = (rows: Table3Counts[], column: Table3Column) => rows.reduce((n, r) => n + (r[column] ?? 0), 0)

/**
 * 一 + 二 = 三 + 四 per column, (七) = the sum of the result rows, and each total = the sum of its columns. The
 * problems are worded for the admin (`language`); the table itself stays in the 2021 format's Chinese.
 */
export function checkTable3(table: Table3, language: 'zh' | 'en' = 'zh'): Table3Check {
  const en = language === 'en'
  const problems: string[] = []
  const rows = Object.values(table.results)
  for (const column of table3Columns) {
    const { value } = column
    const [one, two, three, four] = [table.newApplications[value], table.carriedOver[value], table.resultsTotal[value], table.carriedForward[value]]
    const left = one + two
    const right = three + four
    if (left !== right)
      problems.push(
        en
          ? `Column “${column.en}”: I (${one}) + II (${two}) = ${left}, not III (${three}) + IV (${four}) = ${right}.`
          : `“${column.zh}”列：一（${one}）+ 二（${two}）= ${left}，不等于 三（${three}）+ 四（${four}）= ${right}。`,
      )
    const rowSum = sum(rows, value)
    if (rowSum !== three) problems.push(en ? `Column “${column.en}”: the results add up to ${rowSum}, not the total (7) of ${three}.` : `“${column.zh}”列：各项办理结果之和 ${rowSum} 不等于（七）总计 ${three}。`)
  }
  const lines: [Bilingual, Table3Counts][] = [
    [{ zh: '一、本年新收政府信息公开申请数量', en: 'I. New applications this year' }, table.newApplications],
    [{ zh: '二、上年结转政府信息公开申请数量', en: 'II. Applications carried over from last year' }, table.carriedOver],
    [{ zh: '（七）总计', en: '(7) Total of results' }, table.resultsTotal],
    [{ zh: '四、结转下年度继续办理', en: 'IV. Carried forward to next year' }, table.carriedForward],
  ]
  for (const [label, counts] of lines) {
    const columns = table3Columns.filter((c) => c.value !== 'total').reduce((n, c) => n + counts[c.value], 0)
    if (columns !== counts.total) problems.push(en ? `${label.en}: the columns add up to ${columns}, not the total of ${counts.total}.` : `${label.zh}：各列之和 ${columns} 不等于总计 ${counts.total}。`)
  }
  return { ok: problems.length === 0, problems }
}

/** The table's lines in the 2021 format's order, with labels, for pages and spreadsheets. */
export function table3Lines(table: Table3): Table3Line[] {
  const lines: Table3Line[] = [
    { key: 'new', label: '一、本年新收政府信息公开申请数量', level: 0, counts: table.newApplications },
    { key: 'carried-over', label: '二、上年结转政府信息公开申请数量', level: 0, counts: table.carriedOver },
    { key: 'results', label: '三、本年度办理结果', level: 0, counts: null },
  ]
  for (const group of resultGroups) {
    const rows = resultRows.filter((r) => r.group === group.value)
    const single = rows.length === 1
    lines.push({ key: group.value, label: group.zh, level: 1, counts: single ? table.resultGroups[group.value] : null })
    if (!single) for (const row of rows) lines.push({ key: row.value, label: row.zh, level: 2, counts: table.results[row.value] })
  }
  lines.push({ key: 'results-total', label: '（七）总计', level: 1, counts: table.resultsTotal })
  lines.push({ key: 'carried-forward', label: '四、结转下年度继续办理', level: 0, counts: table.carriedForward })
  return lines
}
