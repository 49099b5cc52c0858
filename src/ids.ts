/**
 * IDs of related documents. A relationship arrives as an ID (number on SQL databases, string on MongoDB) or, with
 * `depth`, as the populated document; these read either form.
 */

/** The related document's ID as a string, for comparing IDs across engines; null when there is none. */
export const idOf = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return String((value as { id: unknown }).id)
  return String(value)
}

/** The related document's ID as stored (number or string), for writing a relationship. */
export const relationId = (value: unknown): number | string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return (value as { id: number | string }).id
  return value as number | string
}
