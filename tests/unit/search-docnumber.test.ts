import { describe, expect, it } from 'vitest'
import { docNumberKey, findDocNumbers, isDocNumber, parseDocNumber, referenceKeys } from '../../src/search/docNumber'

describe('文号 normalisation', () => {
  const variants = [
    '宁政办发〔2017〕74号',
    '宁政办发[2017]74号',
    '宁政办发（2017）74号',
    '宁政办发【2017】74号',
    '宁政办发(2017)74号',
    '宁政办发［2017］74号',
    '宁政办发﹝2017﹞74号',
    '宁政办发〔２０１７〕７４号',
    '宁政办发 〔2017〕 第74号',
    '宁政办发〔2017〕074号',
  ]

  it.each(variants)('%s has the same key as 宁政办发〔2017〕74号', (variant) => {
    expect(docNumberKey(variant)).toBe('宁政办发2017n74')
  })

  it('gives the standard printed form', () => {
    expect(parseDocNumber('宁政办发[2017]74号')?.canonical).toBe('宁政办发〔2017〕74号')
    expect(parseDocNumber('宁政办发〔2017〕74号')).toMatchObject({ prefix: '宁政办发', year: 2017, number: 74 })
  })

  it('tells different numbers, years and prefixes apart', () => {
    const keys = new Set(
      ['宁政办发〔2017〕74号', '宁政办发〔2017〕75号', '宁政办发〔2018〕74号', '宁政发〔2017〕74号'].map(docNumberKey),
    )
    expect(keys.size).toBe(4)
  })

  it('parses order numbers (令)', () => {
    expect(docNumberKey('国务院令第711号')).toBe('国务院令n711')
    expect(docNumberKey('自治区人民政府令第98号')).toBe('自治区人民政府令n98')
    expect(docNumberKey('中华人民共和国交通部令第８号')).toBe('中华人民共和国交通部令n8')
  })

  it('detects when a query is a 文号 and when it is not', () => {
    expect(isDocNumber('宁政办发〔2017〕74号')).toBe(true)
    expect(isDocNumber('宁政办发〔2017〕74')).toBe(true)
    for (const text of ['政务公开', '2017', '关于印发实施方案的通知', '令第8号', '宁政办发', ''])
      expect(isDocNumber(text), text).toBe(false)
  })

  it('finds 文号 cited in running text, whatever their brackets', () => {
    const text = '根据《实施细则》（国办发〔2016〕80号）、宁党办［2016］67号，依据《条例》（国务院令第711号）'
    expect(findDocNumbers(text).map((m) => m.parsed.key)).toEqual(['国办发2016n80', '宁党办2016n67', '国务院令n711'])
    // Without punctuation before it, the prefix is read greedily; referenceKeys covers that case.
    expect(findDocNumbers('和宁党办〔2016〕67号')[0]?.parsed.key).toBe('和宁党办2016n67')
  })

  it('indexes every possible start of a cited prefix, so the exact key of the query is among them', () => {
    const keys = referenceKeys('为贯彻落实宁政办发〔2017〕74号文件精神')
    expect(keys).toContain('宁政办发2017n74')
    expect(keys).toContain('贯彻落实宁政办发2017n74')
    expect(referenceKeys('没有文号的文本')).toEqual([])
  })
})
