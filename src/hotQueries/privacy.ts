/**
 * What of a visitor's query may be logged for 热门搜索 (hot queries). Only the normalised text is kept,
 * never who asked; a query that may carry personal data is not logged at all, since a citizen often
 * pastes an ID number, a phone number or an e-mail address into a government site's search box.
 */

/** Longer queries are pasted sentences: rarely repeated, and more likely to carry personal details. */
export const MAX_LOGGED_QUERY_LENGTH = 30

/** Seven or more digits (separators ignored): 身份证号, 手机号, 固定电话, 银行卡号, 社保号. A 文号 has at most four. */
const LONG_DIGIT_RUN = /\d{7,}/
const EMAIL_LIKE = /@|＠/
/** 身份证 ending in X, or digits broken up by letters the way people type card numbers. */
const ID_WITH_CHECK_LETTER = /\d{6,}[xX]/

/** The stored form of a query: NFKC (full-width to half-width), lower case, single spaces. */
export function normaliseLoggedQuery(q: string): string {
  return q.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** The normalised query if it may be logged, else null. */
export function loggableQuery(q: string): string | null {
  const normalised = normaliseLoggedQuery(q)
  if (!normalised || [...normalised].length > MAX_LOGGED_QUERY_LENGTH) return null
  const digitsJoined = normalised.replace(/[\s\-_.()（）+]/g, '')
  if (LONG_DIGIT_RUN.test(digitsJoined) || ID_WITH_CHECK_LETTER.test(digitsJoined) || EMAIL_LIKE.test(normalised)) return null
  return normalised
}
