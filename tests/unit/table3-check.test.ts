import { describe, expect, it } from 'vitest'
import { table3Columns, table3Lines, table3Of } from '../../src/disclosure/table3'
import type { OpennessFigures } from '../../src/reports/opennessFigures'
import { finalisationProblem } from '../../src/reports/reportFigures'

/** Table 三's layout in the annual report, and its check rule 一 + 二 = 三 + 四, which refuses finalisation. */
const person = (receivedOn: string, concludedOn?: string, resultRow?: string) => ({ applicantKind: 'natural-person', receivedOn, concludedOn, resultRow })
const balanced = () =>
  table3Of(
    [
      person('2024-12-20', '2025-01-10', 'disclosed'),
      person('2025-03-03', '2025-03-20', 'refused-state-secret'),
      person('2025-12-29'),
      { applicantKind: 'organisation', organisationType: 'commercial-enterprise', receivedOn: '2025-05-06', concludedOn: '2025-05-20', resultRow: 'cannot-not-held' },
    ],
    '1',
    2025,
  )

describe('table 三 in the annual report', () => {
  it('has the national layout: 7 columns; 一, 二, 三 with (一)–(七), 四', () => {
    expect(table3Columns.map((c) => c.zh)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'])
    const labels = table3Lines(balanced()).map((l) => l.label)
    expect(labels[0]).toBe('一、本年新收政府信息公开申请数量')
    expect(labels.at(-1)).toBe('四、结转下年度继续办理')
    expect(labels.filter((l) => /^[1-8]\./.test(l))).toHaveLength(8 + 3 + 5 + 3)
  })

  it('lets a report whose table holds the check rule be finalised', () => {
    expect(finalisationProblem('openness', { year: 2025, table3: balanced() } as OpennessFigures)).toBeNull()
  })

  it('refuses finalisation when 一 + 二 ≠ 三 + 四, naming the column', () => {
    const t = balanced()
    t.carriedForward['natural-person'] = 0
    t.carriedForward.total = 0
    const problem = finalisationProblem('openness', { year: 2025, table3: t } as OpennessFigures)
    expect(problem).toContain('一＋二＝三＋四')
    expect(problem).toContain('“自然人”列')
  })

  it('refuses a results total that is not the sum of its rows', () => {
    const t = balanced()
    t.results.disclosed['natural-person'] = 2
    t.results.disclosed.total = 3
    expect(finalisationProblem('openness', { year: 2025, table3: t } as OpennessFigures)).toContain('各项办理结果之和')
  })
})
