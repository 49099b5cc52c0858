import { describe, expect, it } from 'vitest'
import type { OpennessFigures } from '../../src/reports/opennessFigures'
import { finalisationProblem } from '../../src/reports/reportFigures'
import { emptyTable3, table3Columns, table3Problem, table3Rows } from '../../src/reports/table3'

/** Table 三's layout and its check rule 一 + 二 = 三 + 四, which refuses finalisation when it fails. */
const balanced = () => {
  const t = emptyTable3()
  const set = (row: keyof typeof t, natural: number, commercial = 0) => {
    t[row].natural = natural
    t[row].commercial = commercial
    t[row].total = natural + commercial
  }
  set('received', 10, 2)
  set('carriedIn', 1)
  set('disclosed', 6, 1)
  set('refusedStateSecret', 1)
  set('unavailableNotHeld', 2)
  set('resultsTotal', 9, 1)
  set('carriedOut', 2, 1)
  return t
}

describe('table 三', () => {
  it('has the national layout: 7 columns, 25 rows from 新收 to 结转下年度', () => {
    expect(table3Columns.map((c) => c.label)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'])
    expect(table3Rows).toHaveLength(25)
    expect(table3Rows.filter((r) => 'group' in r && r.group === '（三）不予公开')).toHaveLength(8)
  })

  it('holds the check rule on balanced figures', () => {
    expect(table3Problem(balanced())).toBeNull()
  })

  it('refuses finalisation when 一 + 二 ≠ 三 + 四, naming the column', () => {
    const t = balanced()
    t.carriedOut.natural = 1
    t.carriedOut.total = 2
    const problem = finalisationProblem('openness', { year: 2025, table3: t } as OpennessFigures)
    expect(problem).toContain('自然人')
    expect(problem).toContain('一＋二（11）不等于三＋四（10）')
  })

  it('refuses a results total that is not the sum of its rows', () => {
    const t = balanced()
    t.disclosed.natural = 7
    t.disclosed.total = 8
    expect(table3Problem(t)).toContain('办理结果合计')
  })
})
