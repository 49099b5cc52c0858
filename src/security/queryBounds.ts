import type { NextFunction, Request, Response } from 'express'
import { type Bilingual, cookieLanguage, inLanguage } from '../i18n/bilingual'

/**
 * Query strings are bounded before anything parses them deeply: no page, limit or depth a database
 * cannot take (SQLite answers a 21-digit OFFSET with "datatype mismatch", a 500), no `where` nested
 * or long enough to cost real work. A bad value is the visitor's mistake: 400 with what to fix.
 */

const maxQueryLength = 8 * 1024
const maxParameters = 200
const maxKeyDepth = 12
export const maxPage = 100_000
const maxLimit = 10_000
const maxDepth = 5
// No collection has a point field; the adapters throw on these instead of refusing them.
const geoOperators = new Set(['near', 'within', 'intersects'])

const rawQuery = (req: Request): string => {
  const at = req.originalUrl.indexOf('?')
  return at < 0 ? '' : req.originalUrl.slice(at + 1)
}

const decode = (value: string): string | null => {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '))
  } catch {
    return null
  }
}

const integerIn = (value: string, min: number, max: number): boolean => /^\d{1,9}$/.test(value) && Number(value) >= min && Number(value) <= max

/** A message naming the bad parameter, in both admin languages, or null when the API query string is acceptable. */
export function apiQueryProblem(req: Request): Bilingual | null {
  const query = rawQuery(req)
  if (!query) return null
  if (query.length > maxQueryLength) return { zh: `查询参数过长（超过 ${maxQueryLength} 个字符），请缩短查询条件。`, en: `The query string is too long (over ${maxQueryLength} characters): shorten the conditions.` }
  const pairs = query.split('&')
  if (pairs.length > maxParameters) return { zh: `查询参数过多（超过 ${maxParameters} 个），请简化查询条件。`, en: `Too many query parameters (over ${maxParameters}): simplify the conditions.` }
  for (const pair of pairs) {
    const [rawKey = '', rawValue = ''] = pair.split('=', 2)
    const key = decode(rawKey)
    const value = decode(rawValue)
    if (key === null || value === null) return { zh: '查询参数编码不正确，请检查链接。', en: 'A query parameter is wrongly encoded: check the link.' }
    if ((key.match(/\[/g) ?? []).length > maxKeyDepth) return { zh: `查询条件 ${key.slice(0, 40)} 嵌套过深（最多 ${maxKeyDepth} 层）。`, en: `The condition ${key.slice(0, 40)} is nested too deep (at most ${maxKeyDepth} levels).` }
    const name = key.replace(/\[.*$/, '')
    const operator = name === 'where' ? /\[([a-z_]+)\](?:\[\d*\])?$/.exec(key)?.[1] : undefined
    if (operator && geoOperators.has(operator)) return { zh: `查询条件不支持运算符 ${operator}。`, en: `The operator ${operator} is not supported in conditions.` }
    if (name === 'page' && !integerIn(value, 1, maxPage)) return { zh: `页码 page 应为 1 到 ${maxPage} 之间的整数。`, en: `page must be a whole number from 1 to ${maxPage}.` }
    if (name === 'limit' && !integerIn(value, 0, maxLimit)) return { zh: `每页条数 limit 应为 0 到 ${maxLimit} 之间的整数。`, en: `limit must be a whole number from 0 to ${maxLimit}.` }
    if (name === 'depth' && !integerIn(value, 0, maxDepth)) return { zh: `关联深度 depth 应为 0 到 ${maxDepth} 之间的整数。`, en: `depth must be a whole number from 0 to ${maxDepth}.` }
    if (name === 'pagination' && value !== 'true' && value !== 'false') return { zh: '分页参数 pagination 只能是 true 或 false。', en: 'pagination must be true or false.' }
  }
  return null
}

export function apiQueryBounds(req: Request, res: Response, next: NextFunction): void {
  const problem = apiQueryProblem(req)
  if (!problem) {
    next()
    return
  }
  res.status(400).json({ errors: [{ message: inLanguage(cookieLanguage(req.headers.cookie), problem) }] })
}

/** Public pages and search: `page` a page number the site can have; the query string of sane length. */
export function publicQueryProblem(req: Request): string | null {
  const query = rawQuery(req)
  if (!query) return null
  if (query.length > 2048) return '查询参数过长，请缩短搜索词或筛选条件。'
  const page = /(?:^|&)page=([^&]*)/.exec(query)?.[1]
  if (page !== undefined && page !== '' && !integerIn(decode(page) ?? '', 1, maxPage)) return `页码无效：page 应为 1 到 ${maxPage} 之间的整数。`
  return null
}
