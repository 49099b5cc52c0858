/**
 * The admin's two languages: Simplified Chinese by default, English as the second (Payload's language selector
 * on the account page). Config labels and descriptions are `{ zh, en }` objects Payload picks from itself; server
 * messages shown in the admin (validation, refusals) pick through `inLanguage` with the request's `i18n`.
 */
export type Bilingual = { zh: string; en: string }

/** A request (its `i18n`) or an `i18n` itself. */
type WithLanguage = { i18n?: { language?: string }; language?: string } | null | undefined

/** The English text when the admin language of the request is English, else the Chinese. */
export const inLanguage = (from: WithLanguage, text: Bilingual): string => ((from?.i18n?.language ?? from?.language) === 'en' ? text.en : text.zh)

/** For components with many words: `const L = speaker(i18n)`, then `L('标题', 'Title')` keeps both side by side. */
export const speaker =
  (req: WithLanguage) =>
  (zh: string, en: string): string =>
    inLanguage(req, { zh, en })
