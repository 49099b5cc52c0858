import type { NextFunction, Request, Response } from 'express'

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

/** A Chinese message naming the bad parameter, or null when the API query string is acceptable. */
export function apiQueryProblem(req: Request): string | null {
  const query = rawQuery(req)
  if (!query) return null
  if (query.length > maxQueryLength) return `查询参数过长（超过 ${maxQueryLength} 个字符），请缩短查询条件。`
  const pairs = query.split('&')
  if (pairs.length > maxParameters) return `查询参数过多（超过 ${maxParameters} 个），请简化查询条件。`
  for (const pair of pairs) {
    const [rawKey = '', rawValue = ''] = pair.split('=', 2)
    const key = decode(rawKey)
    const value = decode(rawValue)
    if (key === null || value === null) return '查询参数编码不正确，请检查链接。'
    if ((key.match(/\[/g) ?? []).length > maxKeyDepth) return `查询条件 ${key.slice(0, 40)} 嵌套过深（最多 ${maxKeyDepth} 层）。`
    const name = key.replace(/\[.*$/, '')
    const operator = name === 'where' ? /\[([a-z_]+)\](?:\[\d*\])?$/.exec(key)?.[1] : undefined
    if (operator && geoOperators.has(operator)) return `查询条件不支持运算符 ${operator}。`
    if (name === 'page' && !integerIn(value, 1, maxPage)) return `页码 page 应为 1 到 ${maxPage} 之间的整数。`
    if (name === 'limit' && !integerIn(value, 0, maxLimit)) return `每页条数 limit 应为 0 到 ${maxLimit} 之间的整数。`
    if (name === 'depth' && !integerIn(value, 0, maxDepth)) return `关联深度 depth 应为 0 到 ${maxDepth} 之间的整数。`
    if (name === 'pagination' && value !== 'true' && value !== 'false') return '分页参数 pagination 只能是 true 或 false。'
  }
  return null
}

export function apiQueryBounds(req: Request, res: Response, next: NextFunction): void {
  const problem = apiQueryProblem(req)
  if (!problem) {
    next()
    return
  }
  res.status(400).json({ errors: [{ message: problem }] })
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
