/**
 * The admin's two languages: Simplified Chinese by default, English as the second (Payload's language selector
 * on the account page). Config labels and descriptions are `{ zh, en }` objects Payload picks from itself; server
 * messages shown in the admin (validation, refusals) pick through `inLanguage` with the request's `i18n`.
 */
export type Bilingual = { zh: string; en: string }

/** A request (its `i18n`) or an `i18n` itself. */
type WithLanguage = { i18n?: { language?: string }; language?: string } | null | undefined

/** The admin language of the request: 'en' when English is chosen, else 'zh'. */
export const languageOf = (from: WithLanguage): keyof Bilingual => ((from?.i18n?.language ?? from?.language) === 'en' ? 'en' : 'zh')

/**
 * The admin language of a plain HTTP request outside Payload (the preview route): the `payload-lng` cookie the
 * account page's selector sets, Chinese without it. Pass the result to `inLanguage` or `speaker`.
 */
export const cookieLanguage = (cookieHeader: string | undefined): { language: keyof Bilingual } => ({
  language: /(?:^|;\s*)payload-lng=en(?:;|$)/.test(cookieHeader ?? '') ? 'en' : 'zh',
})

/** The English text when the admin language of the request is English, else the Chinese. */
export const inLanguage = (from: WithLanguage, text: Bilingual): string => text[languageOf(from)]

/** For components with many words: `const L = speaker(i18n)`, then `L('标题', 'Title')` keeps both side by side. */
export const speaker =
  (req: WithLanguage) =>
  (zh: string, en: string): string =>
    inLanguage(req, { zh, en })

/**
 * An error raised below the request (a report filter, a statistics period, a year without holidays) that carries both wordings, so that the
 * endpoint answering the admin picks its language; `message` is the Chinese, for logs and Chinese callers.
 */
export class BilingualError extends Error {
  readonly text: Bilingual

  constructor(text: Bilingual) {
    super(text.zh)
    this.name = 'BilingualError'
    this.text = text
  }
}

/** An error's message in the request's admin language when it carries both wordings, else as raised. */
export const errorMessageIn = (from: WithLanguage, error: unknown): string =>
  error instanceof BilingualError ? inLanguage(from, error.text) : error instanceof Error ? error.message : String(error)
