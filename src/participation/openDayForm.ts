/** Field sizes of the open-day registration form; the collections enforce the same. */
export const openDayLimits = { title: 100, name: 30 } as const

/** The whole url-encoded body: a few short fields and the challenge solution. */
export const openDayBodyMaxBytes = 8 * 1024

export type OpenDayValues = { name: string; phone: string; idLast4: string; privacyConsent: boolean }
export type OpenDayErrors = Partial<Record<keyof OpenDayValues, string>>

// Control characters (NUL included) are dropped, never stored.
const clean = (value: string | undefined): string =>
  [...(value ?? '')]
    .filter((c) => {
      const code = c.codePointAt(0)!
      return code >= 0x20 && code !== 0x7f
    })
    .join('')
    .trim()

/** Markup is shown escaped anyway; refusing it keeps stored names plain text and tells the sender why. */
const markup = /<\s*\/?\s*[a-z!]|javascript\s*:/i

/** A mainland mobile number: the open day's notices go by SMS or a call on the day. */
export const mobilePattern = /^1[3-9]\d{9}$/
/** The last 4 characters of a resident ID card number: three digits and a digit or X (the check character). */
export const idLast4Pattern = /^\d{3}[\dX]$/

export function openDayValuesFrom(fields: Record<string, string>): OpenDayValues {
  return {
    name: clean(fields.name),
    phone: clean(fields.phone).replace(/[\s-]/g, ''),
    idLast4: clean(fields.idLast4).toUpperCase(),
    privacyConsent: fields.privacyConsent === 'yes',
  }
}

const lengthOf = (value: string): number => [...value].length

/** Every field checked; each error says in Chinese what to fix, shown beside its field. */
export function validateOpenDay(values: OpenDayValues): OpenDayErrors {
  const errors: OpenDayErrors = {}
  if (!values.name) errors.name = '请填写姓名。'
  else if (lengthOf(values.name) > openDayLimits.name) errors.name = `姓名最多 ${openDayLimits.name} 个字。`
  else if (markup.test(values.name)) errors.name = '姓名中不能含有网页代码，请删除后重试。'
  if (!values.phone) errors.phone = '请填写手机号码。'
  else if (!mobilePattern.test(values.phone)) errors.phone = '手机号码格式不正确：请填写 11 位手机号码，例如 13912345678。'
  if (!values.idLast4) errors.idLast4 = '请填写身份证号后 4 位。'
  else if (!idLast4Pattern.test(values.idLast4))
    errors.idLast4 = '身份证号后 4 位须为 4 个字符：前 3 位是数字，最后一位是数字或 X。'
  if (!values.privacyConsent) errors.privacyConsent = '请阅读并勾选同意隐私声明后再报名。'
  return errors
}
