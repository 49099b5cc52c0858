/**
 * Names on the public list of replies (公开答复): the surname and asterisks (张** ), or 匿名 when none
 * was given. Phone and email are never shown anywhere public, so they have no masked form.
 */
export function maskedName(name: string | null | undefined): string {
  const chars = [...(name ?? '').trim()]
  if (!chars.length) return '匿名'
  return `${chars[0]}${'*'.repeat(Math.max(2, chars.length - 1))}`
}
