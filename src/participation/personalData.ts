/**
 * 个人信息 in the text of a public comment (意见征集). A comment that gives a phone number, an ID-card
 * number or an email address is never shown publicly, even if staff would approve it: the moderation
 * hook refuses, and the public page filters on the stored flag as well.
 */

/** Mainland mobile (1[3-9] + 9 digits) or a landline with area code, optionally separated. */
const phone = /(?<!\d)(?:1[3-9]\d[ -]?\d{4}[ -]?\d{4}|0\d{2,3}[ -]?\d{7,8})(?!\d)/
/** 居民身份证号码: 17 digits and a digit or X. */
const idCard = /(?<![0-9])\d{17}[\dXx](?![0-9A-Za-z])/
const email = /[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}/i

/** The kinds of personal data the text seems to carry, in Chinese, for the moderator's note. */
export function personalDataIn(text: string): string[] {
  const found: string[] = []
  if (idCard.test(text)) found.push('身份证号码')
  if (phone.test(text.replace(idCard, ''))) found.push('电话号码')
  if (email.test(text)) found.push('电子邮箱')
  return found
}
