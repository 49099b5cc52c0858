import type { FieldHook, TextFieldSingleValidation } from 'payload'
import { formatSynonymTerms, parseSynonymTerms, synonymGroupKey } from '../../src/search/synonyms'

const MAX_TERMS = 20
const MAX_TERM_LENGTH = 30

/** Whatever separators the administrator typed, the group is stored as 发改委 = 发展改革委 = 发展和改革委员会. */
export const normalizeTerms: FieldHook = ({ value }) => (typeof value === 'string' ? formatSynonymTerms(parseSynonymTerms(value)) : value)

/** What is wrong with a group's terms, in words an administrator can act on; null when nothing is. */
export function synonymTermsProblem(terms: readonly string[]): string | null {
  if (terms.length < 2) return '同义词组至少需要两个不同的词，词与词之间用“=”“，”或“、”分隔，例如：发改委 = 发展改革委。'
  if (terms.length > MAX_TERMS) return `一个同义词组最多 ${MAX_TERMS} 个词，请拆成几组。`
  const spaced = terms.find((t) => /\s/.test(t))
  // The search splits a query at spaces, so a term with a space inside could never be matched.
  if (spaced) return `同义词中不能有空格：“${spaced}”。如果是两个词，请用“=”分隔。`
  const long = terms.find((t) => Array.from(t).length > MAX_TERM_LENGTH)
  if (long) return `每个同义词不超过 ${MAX_TERM_LENGTH} 个字：“${long}”。`
  return null
}

export const validateTerms: TextFieldSingleValidation = async (value, { req, id }) => {
  const terms = parseSynonymTerms(value)
  const problem = synonymTermsProblem(terms)
  if (problem) return problem
  const key = synonymGroupKey(terms)
  const { docs } = await req.payload.find({
    collection: 'search-synonyms',
    where: id ? { id: { not_equals: id } } : {},
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { terms: true },
    req,
  })
  const same = docs.find((doc) => synonymGroupKey(parseSynonymTerms(doc.terms)) === key)
  return same ? `已有相同的同义词组：“${same.terms}”。` : true
}
