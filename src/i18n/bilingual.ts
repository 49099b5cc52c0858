/**
 * The admin's two languages: Simplified Chinese by default, English as the second (Payload's language selector
 * on the account page). Config labels and descriptions are `{ zh, en }` objects Payload picks from itself; server
 * messages shown in the admin (validation, refusals) pick through `inLanguage` with the request's `i18n`.
 */
export type Bilingual = { zh: string; en: string }

type WithLanguage = { i18n?: { language?: string } } | null | undefined

/** The English text when the admin language of the request is English, else the Chinese. */
export const inLanguage = (req: WithLanguage, text: Bilingual): string => (req?.i18n?.language === 'en' ? text.en : text.zh)
