import type { Config, Plugin } from 'payload'
import { type Bilingual, inLanguage } from '../i18n/bilingual'

type AfterErrorHook = NonNullable<NonNullable<Config['hooks']>['afterError']>[number]

/**
 * Payload's multipart parser refuses with fixed English sentences (or the one fixed `responseOnLimit`, which the
 * config passes to the admin's client bundle, so it cannot be a function of the request). Most oversize bodies are
 * refused before it in the staff member's language (src/security/bodyLimits.ts); what the parser itself refuses, a
 * file part over its limit or too many parts in one form, is worded here in the request's admin language.
 */
export const uploadTooLarge: Bilingual = {
  zh: '上传的文件过大，请压缩或拆分后重试。',
  en: 'The uploaded file is too large: compress or split it and try again.',
}

const tooManyParts: Bilingual = {
  zh: '一次上传的文件或表单项过多，请每次上传一个文件。',
  en: 'Too many files or form fields in one upload: upload one file at a time.',
}

/** The parser's messages (payload/dist/uploads/fetchAPI-multipart/processMultipart.js), by what they mean. */
const parserRefusals = new Map<string, Bilingual>([
  [uploadTooLarge.zh, uploadTooLarge],
  ['Multipart request size limit has been reached', uploadTooLarge],
  ['Multipart limit has been reached', tooManyParts],
])

const inRequestLanguage: AfterErrorHook = ({ error, req }) => {
  const text = (error as { status?: number }).status === 413 ? parserRefusals.get(error.message) : undefined
  if (!text) return
  return { response: { errors: [{ message: inLanguage(req, text) }] }, status: 413 }
}

export const uploadRefusalsInLanguage = (): Plugin => (config) => ({
  ...config,
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), inRequestLanguage] },
})
