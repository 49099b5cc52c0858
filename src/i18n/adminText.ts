import type { Bilingual } from './bilingual'
import { complianceText } from './text/compliance'
import { deskText } from './text/desk'
import { tableText } from './text/table'

/**
 * The project's own admin words (custom views, buttons, cells), one table per concept, registered as Payload
 * custom translations (`i18n.translations` in payload.config.ts) so that a component reads them with the
 * admin's own `t` — `useTranslation()` in the browser, `req.i18n` on the server — as `zqDesk:title`.
 * Namespaces carry a `zq` prefix so they never shadow Payload's own (`general`, `fields`, ...).
 */
const tables = {
  zqDesk: deskText,
  zqCompliance: complianceText,
  zqTable: tableText,
} satisfies Record<string, Record<string, Bilingual>>

type Tables = typeof tables
export type AdminTextKey = { [N in keyof Tables]: `${N}:${keyof Tables[N] & string}` }[keyof Tables]

const inOneLanguage = (language: keyof Bilingual) =>
  Object.fromEntries(
    Object.entries(tables).map(([ns, table]) => [ns, Object.fromEntries(Object.entries(table as Record<string, Bilingual>).map(([key, text]) => [key, text[language]]))]),
  )

/** For `i18n.translations` in the config. */
export const adminTranslations = { zh: inOneLanguage('zh'), en: inOneLanguage('en') }

type Translator = { t: (key: never, vars?: never) => string }

/** One of the project's admin words in the admin's language; `{{name}}` in the text takes `vars.name`. */
export const say = (i18n: Translator, key: AdminTextKey, vars?: Record<string, string | number>): string =>
  (i18n.t as unknown as (key: string, vars?: Record<string, unknown>) => string)(key, vars)
