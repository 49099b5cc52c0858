import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { addVisitor, decodeSketch, emptySketch, encodeSketch, estimateVisitors, mergeSketches } from '../../src/visits/visitorSketch'

const hash = (text: string) => createHash('sha256').update(text).digest()

describe('the unique-visitor sketch', () => {
  it('is exact for a handful of visitors and counts a repeat visitor once', () => {
    const sketch = emptySketch()
    for (const v of ['a', 'b', 'c', 'a', 'b']) addVisitor(sketch, hash(v))
    expect(estimateVisitors(sketch)).toBe(3)
  })

  it('stays within 5 % at 20,000 visitors, and two halves merge to the whole', () => {
    const left = emptySketch()
    const right = emptySketch()
    for (let i = 0; i < 20_000; i++) addVisitor(i % 2 ? left : right, hash(`visitor ${i}`))
    // 5,000 of the right half's visitors also came to the left half's process.
    for (let i = 0; i < 10_000; i += 2) addVisitor(left, hash(`visitor ${i}`))
    const merged = mergeSketches(decodeSketch(encodeSketch(left)), right)
    expect(Math.abs(estimateVisitors(merged) - 20_000) / 20_000).toBeLessThan(0.05)
  })
})
