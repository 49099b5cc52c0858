/**
 * 错敏词 check: an editable dictionary of sensitive words and common misspellings, and the current
 * leaders of each site with their titles. A leader named with a title that is not theirs
 * (「市长张三」 when 张三 is 副市长) is a serious wording error, single veto ① of 19号.
 */

export type DictionaryEntry = { term: string; kind: 'sensitive' | 'misspelling'; suggestion?: string | null }
export type Leader = { name: string; titles: string[] }

export type SafetyFinding =
  | { kind: 'sensitive' | 'misspelling'; term: string; suggestion: string | null; excerpt: string }
  | { kind: 'leaderTitle'; term: string; name: string; found: string; expected: string[]; excerpt: string }

/** Titles whose appearance next to a leader's name is read as that leader's title. */
export const commonTitles = [
  '书记', '副书记', '主席', '副主席', '省长', '副省长', '市长', '副市长', '常务副市长', '县长', '副县长', '区长', '副区长',
  '主任', '副主任', '局长', '副局长', '厅长', '副厅长', '秘书长', '副秘书长', '部长', '副部长', '常委', '委员',
  '党组书记', '党委书记', '纪委书记', '镇长', '副镇长', '乡长', '副乡长', '巡视员', '调研员',
]

/** A multi-pattern matcher (Aho–Corasick): one pass over the text whatever the dictionary's size. */
export class TermMatcher {
  private readonly goto: Map<string, number>[] = [new Map()]
  private readonly fail: number[] = [0]
  private readonly out: number[][] = [[]]
  constructor(readonly terms: string[]) {
    terms.forEach((term, index) => {
      let state = 0
      for (const ch of term) {
        let next = this.goto[state]!.get(ch)
        if (next === undefined) {
          next = this.goto.length
          this.goto.push(new Map())
          this.fail.push(0)
          this.out.push([])
          this.goto[state]!.set(ch, next)
        }
        state = next
      }
      if (term) this.out[state]!.push(index)
    })
    const queue: number[] = [...this.goto[0]!.values()]
    while (queue.length) {
      const state = queue.shift()!
      for (const [ch, next] of this.goto[state]!) {
        queue.push(next)
        let f = this.fail[state]!
        while (f && !this.goto[f]!.has(ch)) f = this.fail[f]!
        const target = this.goto[f]!.get(ch)
        this.fail[next] = target !== undefined && target !== next ? target : 0
        this.out[next] = [...this.out[next]!, ...this.out[this.fail[next]!]!]
      }
    }
  }
  /** Every match: term index and the UTF-16 offset where it ends (exclusive). */
  *matches(text: string): Generator<{ term: number; end: number }> {
    let state = 0
    let offset = 0
    for (const ch of text) {
      offset += ch.length
      while (state && !this.goto[state]!.has(ch)) state = this.fail[state]!
      state = this.goto[state]!.get(ch) ?? 0
      for (const term of this.out[state]!) yield { term, end: offset }
    }
  }
}

const excerptAround = (text: string, start: number, end: number) => text.slice(Math.max(0, start - 12), Math.min(text.length, end + 12))

export type SafetyChecker = { check(text: string): SafetyFinding[] }

export function contentSafetyChecker(dictionary: DictionaryEntry[], leaders: Leader[]): SafetyChecker {
  const titles = [...new Set([...commonTitles, ...leaders.flatMap((l) => l.titles)])].filter(Boolean)
  const dictTerms = dictionary.filter((d) => d.term.trim())
  const dict = new TermMatcher(dictTerms.map((d) => d.term))
  const names = new TermMatcher(leaders.map((l) => l.name))
  const titleMatcher = new TermMatcher(titles)
  return {
    check(text: string): SafetyFinding[] {
      const findings: SafetyFinding[] = []
      const seen = new Set<string>()
      for (const { term, end } of dict.matches(text)) {
        const entry = dictTerms[term]!
        if (seen.has(`d:${entry.term}`)) continue
        seen.add(`d:${entry.term}`)
        findings.push({ kind: entry.kind, term: entry.term, suggestion: entry.suggestion ?? null, excerpt: excerptAround(text, end - entry.term.length, end) })
      }
      if (!leaders.length) return findings
      // Titles ending right before or starting right after a name; the longest one wins (副市长 over 市长).
      const titleEnds = new Map<number, string>()
      const titleStarts = new Map<number, string>()
      for (const { term, end } of titleMatcher.matches(text)) {
        const title = titles[term]!
        const start = end - title.length
        if ((titleEnds.get(end)?.length ?? 0) < title.length) titleEnds.set(end, title)
        if ((titleStarts.get(start)?.length ?? 0) < title.length) titleStarts.set(start, title)
      }
      for (const { term, end } of names.matches(text)) {
        const leader = leaders[term]!
        const start = end - leader.name.length
        const adjacent = [titleEnds.get(start), titleStarts.get(end)].filter((t): t is string => Boolean(t))
        for (const found of adjacent) {
          // A title is right when it is one of the leader's, or a longer form ending in one (常务副市长 for 副市长);
          // 市长 for a 副市长 is wrong, which is why the leader's own titles are in the vocabulary and the longest wins.
          const right = leader.titles.some((t) => found === t || found.endsWith(t))
          const key = `l:${leader.name}:${found}`
          if (right || seen.has(key)) continue
          seen.add(key)
          findings.push({ kind: 'leaderTitle', term: `${found}${leader.name}`, name: leader.name, found, expected: leader.titles, excerpt: excerptAround(text, start - found.length, end + found.length) })
        }
      }
      return findings
    },
  }
}

/** Plain text of stored HTML, for the checker (tags dropped, entities decoded). */
export function htmlText(html: string | null | undefined): string {
  if (!html) return ''
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

/** A leader's titles as entered: 「市委副书记、市长」 → ['市委副书记', '市长']. */
export const splitTitles = (value: string | null | undefined): string[] =>
  (value ?? '')
    .split(/[、,，;；\s]+/)
    .map((t) => t.trim())
    .filter(Boolean)
