import type { FieldHook, TextFieldSingleValidation } from 'payload'
import { type Bilingual, inLanguage } from '../../src/i18n/bilingual'
import { formatSynonymTerms, parseSynonymTerms, synonymGroupKey } from '../../src/search/synonyms'

const MAX_TERMS = 20
const MAX_TERM_LENGTH = 30

/** Whatever separators the administrator typed, the group is stored as 发改委 = 发展改革委 = 发展和改革委员会. */
export const normalizeTerms: FieldHook = ({ value }) => (typeof value === 'string' ? formatSynonymTerms(parseSynonymTerms(value)) : value)

/** What is wrong with a group's terms, in words an administrator can act on (both admin languages); null when nothing is. */
export function synonymTermsProblem(terms: readonly string[]): Bilingual | null {
  if (terms.length < 2)
    return {
      zh: '同义词组至少需要两个不同的词，词与词之间用“=”“，”或“、”分隔，例如：发改委 = 发展改革委。',
      en: 'A synonym group needs at least two different terms, separated by “=” or a comma (Chinese or Latin), e.g. NDRC = National Development and Reform Commission.',
    }
  if (terms.length > MAX_TERMS) return { zh: `一个同义词组最多 ${MAX_TERMS} 个词，请拆成几组。`, en: `A synonym group holds at most ${MAX_TERMS} terms; split it into several groups.` }
  const spaced = terms.find((t) => /\s/.test(t))
  // The search splits a query at spaces, so a term with a space inside could never be matched.
  if (spaced) return { zh: `同义词中不能有空格：“${spaced}”。如果是两个词，请用“=”分隔。`, en: `A term cannot contain a space: “${spaced}”. If these are two terms, separate them with “=”.` }
  const long = terms.find((t) => Array.from(t).length > MAX_TERM_LENGTH)
  if (long) return { zh: `每个同义词不超过 ${MAX_TERM_LENGTH} 个字：“${long}”。`, en: `A term has at most ${MAX_TERM_LENGTH} characters: “${long}”.` }
  return null
}

export const validateTerms: TextFieldSingleValidation = async (value, { req, id }) => {
  const terms = parseSynonymTerms(value)
  const problem = synonymTermsProblem(terms)
  if (problem) return inLanguage(req, problem)
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
  return same ? inLanguage(req, { zh: `已有相同的同义词组：“${same.terms}”。`, en: `The same synonym group exists already: “${same.terms}”.` }) : true
}
